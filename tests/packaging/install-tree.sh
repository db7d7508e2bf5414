#!/usr/bin/env bash
# `cmake --install` of the component "app" into a DESTDIR puts the binary, the
# desktop file, the AppStream metadata and the hicolor icons where GNUInstallDirs
# says, and nothing of the reference server; the installed binary answers
# --version without a display. The command line tool, its man page and its bash
# completion are in the same component. The server is its own component.
set -u
BUILD=$1 VERSION=$2
ID=io.github.agencytokens.AgencyTokens
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }

DESTDIR=$TMP/app cmake --install "$BUILD" --prefix /usr --component app >/dev/null || bad "cmake --install --component app"
R=$TMP/app/usr
for f in bin/agency-tokens share/applications/$ID.desktop share/metainfo/$ID.metainfo.xml \
         share/icons/hicolor/scalable/apps/$ID.svg bin/agency-tokens-cli share/man/man1/agency-tokens-cli.1 \
         share/bash-completion/completions/agency-tokens-cli; do
    [ -f "$R/$f" ] || bad "$f is not installed"
done
for s in 16 22 24 32 48 64 128 256 512; do
    [ -f "$R/share/icons/hicolor/${s}x${s}/apps/$ID.png" ] || bad "the ${s}x${s} icon is not installed"
done
[ ! -e "$R/bin/agency-tokens-server" ] || bad "the reference server is in the app component"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$R/bin/agency-tokens" --version 2>&1) \
    || bad "installed agency-tokens --version failed: $out"
[[ $out == *"$VERSION"* ]] || bad "installed agency-tokens --version printed '$out', not $VERSION"
out=$("$R/bin/agency-tokens-cli" --version 2>&1) || bad "installed agency-tokens-cli --version failed: $out"
[[ $out == *"$VERSION"* ]] || bad "installed agency-tokens-cli --version printed '$out', not $VERSION"

# A plain install (every component) leaves the reference server out unless
# the build asked for it (AGENCYTOKENS_INSTALL_SERVER, off by default).
DESTDIR=$TMP/all cmake --install "$BUILD" --prefix /usr >/dev/null || bad "cmake --install"
if grep -q "^AGENCYTOKENS_INSTALL_SERVER:BOOL=ON" "$BUILD/CMakeCache.txt"; then
    [ -f "$TMP/all/usr/bin/agency-tokens-server" ] || bad "AGENCYTOKENS_INSTALL_SERVER=ON but no server installed"
else
    [ ! -e "$TMP/all/usr/bin/agency-tokens-server" ] || bad "a plain install put the reference server in"
fi
[ $fail -eq 0 ] && echo "PASS: install tree of agency-tokens $VERSION"
exit $fail
