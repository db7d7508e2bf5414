#!/usr/bin/env bash
# The committed icons are what scripts/icons makes from assets/*.svg today:
# regenerate into a temporary root and compare what a user sees (sizes and
# decoded pixels, compare-icons.py; text files byte for byte), so that a newer
# librsvg, cairo or zlib that writes other bytes for the same picture still
# passes; and no stale file may be left in the generated folders.
set -u
ROOT=$1
cd "$ROOT" || exit 1
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
"$ROOT/scripts/icons" "$TMP" || { echo "FAIL: scripts/icons failed"; exit 1; }
fail=0
python3 "$ROOT/tests/packaging/compare-icons.py" "$TMP" "$ROOT" || fail=1
# Every file in a generated folder is one scripts/icons makes. The folders are
# listed from the generated tree, so the check does not hang on a glob.
while IFS= read -r dir; do
    [ -d "$ROOT/$dir" ] || { echo "FAIL: $dir is not in the repository"; fail=1; continue; }
    while IFS= read -r f; do
        rel=${f#"$ROOT"/}
        [ -e "$TMP/$rel" ] || { echo "FAIL: $rel is not made by scripts/icons (stale?)"; fail=1; }
    done < <(find "$ROOT/$dir" -type f | sort)
done < <(cd "$TMP" && { echo assets/icons; echo platforms/ios/Assets.xcassets;
                        find platforms/android/res -mindepth 1 -maxdepth 1 -type d; } | sort)
[ $fail -eq 0 ] && echo "PASS: $(find "$TMP" -type f | wc -l) generated icon files match the committed ones" \
    || echo "Run scripts/icons and commit the result."
exit $fail
