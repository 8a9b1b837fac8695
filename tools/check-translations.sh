#!/usr/bin/env bash
# Fails when the committed translations are not complete and current: runs lupdate over the
# sources into a temporary copy of translations/ and reports every string that is unfinished
# (new or changed in the code, not yet translated) or obsolete (gone from the code).
# Fix: cmake --build <build dir> --target update_translations, translate the new strings
# (Qt Linguist: linguist translations/spoolbridge_de.ts), commit the .ts files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate=${LUPDATE:-}
for candidate in "$lupdate" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [[ -n $candidate && -x $candidate ]]; then
        lupdate=$candidate
        break
    fi
done
[[ -x $lupdate ]] || { echo "check-translations: lupdate not found (package qt6-l10n-tools); set LUPDATE." >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/*.ts "$tmp/"
mapfile -t sources < <(git ls-files --cached --others --exclude-standard -- 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'ui/*.ui' 'app/*.cpp' 'app/*.h')
# The same options as translations/Translations.cmake, but keeping obsolete entries so that
# they can be reported.
common=(-locations none -no-ui-lines -silent -I .)
mapfile -t targets < <(ls "$tmp"/spoolbridge_*.ts | grep -v '_en\.ts$')
"$lupdate" "${common[@]}" "${sources[@]}" -ts "${targets[@]}"
"$lupdate" "${common[@]}" -pluralonly "${sources[@]}" -ts "$tmp/spoolbridge_en.ts"

status=0
for ts in "$tmp"/spoolbridge_*.ts; do
    name=$(basename "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    obsolete=$(grep -Ec 'type="(vanished|obsolete)"' "$ts" || true)
    if ((unfinished + obsolete > 0)); then
        echo "check-translations: translations/$name: $unfinished unfinished, $obsolete obsolete" >&2
        status=1
    fi
done
if ((status)); then
    echo "check-translations: run the update_translations target, translate, and commit the .ts files." >&2
    exit 1
fi
echo "check-translations: ${#targets[@]} languages complete and current."
