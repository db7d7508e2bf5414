#!/usr/bin/env bash
# cpack on this build directory makes agency-tokens_<version>_<arch>.deb whose
# control file names the QML modules and a Secret Service provider next to the
# shared libraries dpkg-shlibdeps found, whose contents are the app's files
# (not the server), and whose unpacked binary answers --version.
set -u
BUILD=$1 VERSION=$2
ID=io.github.agencytokens.AgencyTokens
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail=0; bad() { echo "FAIL: $*"; fail=1; }

cpack --config "$BUILD/CPackConfig.cmake" -B "$TMP" >"$TMP/cpack.log" 2>&1 || { cat "$TMP/cpack.log"; bad "cpack failed"; exit 1; }
DEB=$TMP/agency-tokens_${VERSION}_$(dpkg --print-architecture).deb
[ -f "$DEB" ] || { ls "$TMP"; bad "$(basename "$DEB") was not made"; exit 1; }

[ "$(dpkg-deb -f "$DEB" Package)" = agency-tokens ] || bad "Package is not agency-tokens"
[ "$(dpkg-deb -f "$DEB" Version)" = "$VERSION" ] || bad "Version is not $VERSION"
depends=$(dpkg-deb -f "$DEB" Depends)
for want in libqt6core6 libqt6qml6 libqt6keychain1 qml6-module-qtquick-controls qml6-module-qtquick-layouts \
            qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript \
            "gnome-keyring | libkf5wallet-bin | keepassxc"; do
    [[ $depends == *"$want"* ]] || bad "Depends lacks $want: $depends"
done

dpkg-deb -c "$DEB" | awk '{print $6}' >"$TMP/contents"
for f in ./usr/bin/agency-tokens ./usr/share/applications/$ID.desktop ./usr/share/metainfo/$ID.metainfo.xml \
         ./usr/share/icons/hicolor/16x16/apps/$ID.png ./usr/share/icons/hicolor/512x512/apps/$ID.png \
         ./usr/share/icons/hicolor/scalable/apps/$ID.svg; do
    grep -qxF "$f" "$TMP/contents" || bad "the .deb lacks $f"
done
! grep -q agency-tokens-server "$TMP/contents" || bad "the .deb contains the reference server"

dpkg-deb -x "$DEB" "$TMP/root"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$TMP/root/usr/bin/agency-tokens" --version 2>&1) || bad "unpacked agency-tokens --version failed: $out"
[[ $out == *"$VERSION"* ]] || bad "unpacked agency-tokens --version printed '$out'"
[ $fail -eq 0 ] && echo "PASS: $(basename "$DEB"), $(wc -l <"$TMP/contents") entries; Depends: $depends"
exit $fail
