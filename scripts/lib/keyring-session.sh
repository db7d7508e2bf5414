#!/usr/bin/env bash
# Runs "$@" inside its own private D-Bus session bus, with a freshly unlocked
# gnome-keyring (the real Secret Service) and a throwaway HOME (and XDG
# folders) that is deleted afterwards. The keyring password is a throwaway too.
#
# Every ctest test that needs the keychain is registered through this script
# (tests/CMakeLists.txt), so each test run has a keyring and a HOME of its own:
# tests never see each other's entries, settings or locks, `ctest -j` is safe,
# and a bare `ctest` works without any wrapper. scripts/bench uses it as well.
# Calls nest: each call starts a new session of its own.
set -u
if [ "${1:-}" != "--inside-private-session" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/agency-tokens-home.XXXXXX") || exit 1
    trap 'rm -rf "$home"' EXIT
    export HOME="$home" XDG_RUNTIME_DIR="$home/run"
    export XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    # No keyring of an outer session may leak in.
    unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID SSH_AUTH_SOCK
    dbus-run-session -- "$0" --inside-private-session "$@"
    exit $?
fi
shift
eval "$(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets)" || {
    echo "gnome-keyring-daemon did not start" >&2; exit 1; }
export GNOME_KEYRING_CONTROL
# The daemon answers the unlock before it owns its bus name; a test that starts
# in between finds no Secret Service (or D-Bus activates a second, locked one).
# Wait for the name itself (gdbus waits on the bus's signal, it does not poll).
gdbus wait --session --timeout 20 org.freedesktop.secrets || {
    echo "gnome-keyring-daemon did not take org.freedesktop.secrets within 20 s" >&2; exit 1; }
# The unlock above creates the "login" collection, the default one, so libsecret
# writes there without a prompt to create a collection.
"$@"
rc=$?
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
exit $rc
