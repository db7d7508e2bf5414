#!/usr/bin/env bash
# The desktop file and the AppStream metadata pass the freedesktop validators.
set -u
DIR=$1/platforms/linux
ID=io.github.agencytokens.AgencyTokens
fail=0
desktop-file-validate "$DIR/$ID.desktop" || { echo "FAIL: desktop-file-validate"; fail=1; }
appstreamcli validate --no-net "$DIR/$ID.metainfo.xml" || { echo "FAIL: appstreamcli validate"; fail=1; }
[ $fail -eq 0 ] && echo "PASS: $ID.desktop and $ID.metainfo.xml are valid"
exit $fail
