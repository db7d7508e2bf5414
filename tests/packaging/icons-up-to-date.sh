#!/usr/bin/env bash
# The committed icons are what scripts/icons makes from assets/*.svg today:
# regenerate into a temporary root and compare byte for byte (the tools'
# output is deterministic), and no stale file may be left in the generated folders.
set -u
ROOT=$1
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
"$ROOT/scripts/icons" "$TMP" || { echo "FAIL: scripts/icons failed"; exit 1; }
fail=0
while IFS= read -r f; do
    rel=${f#"$TMP"/}
    if ! cmp -s "$f" "$ROOT/$rel"; then echo "FAIL: $rel differs from what scripts/icons makes"; fail=1; fi
done < <(find "$TMP" -type f | sort)
for dir in assets/icons platforms/ios/Assets.xcassets platforms/android/res/mipmap-*; do
    while IFS= read -r f; do
        rel=${f#"$ROOT"/}
        [ -e "$TMP/$rel" ] || { echo "FAIL: $rel is not made by scripts/icons (stale?)"; fail=1; }
    done < <(find "$ROOT/$dir" -type f | sort)
done
[ $fail -eq 0 ] && echo "PASS: $(find "$TMP" -type f | wc -l) generated icon files are up to date" \
    || echo "Run scripts/icons and commit the result."
exit $fail
