#!/usr/bin/env bash
# Runs "$@" inside a private D-Bus session bus with a freshly unlocked
# gnome-keyring (the real Secret Service) and a throwaway HOME.
# Used by scripts/test; the keyring password is a throwaway too.
set -u
if [ -z "${AT_IN_KEYRING_SESSION:-}" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/agency-tokens-home.XXXXXX")
    trap 'rm -rf "$home"' EXIT
    export AT_IN_KEYRING_SESSION=1 HOME="$home" XDG_RUNTIME_DIR="$home/run"
    export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    dbus-run-session -- "$0" "$@"
    exit $?
fi
eval "$(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets)" || {
    echo "gnome-keyring-daemon did not start" >&2; exit 1; }
export GNOME_KEYRING_CONTROL
# The unlock above creates the "login" collection, the default one, so libsecret
# writes there without a prompt to create a collection.
"$@"
rc=$?
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
exit $rc
