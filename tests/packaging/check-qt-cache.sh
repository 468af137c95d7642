#!/usr/bin/env bash
# check-qt-cache.sh SOURCE_DIR: cmake/build-qt-mingw.sh --check accepts only a complete cache of
# its own recipe, so the Windows build never links against a half-built Qt. Made-up caches in a
# scratch folder: empty, every file but one, every file with another recipe's stamp, complete,
# and one whose DLL is empty. Nothing is built.
set -euo pipefail
script=$1/cmake/build-qt-mingw.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check-qt-cache: FAIL: $*" >&2; exit 1; }
check() { TOKENSCOPE_QT_MINGW_PREFIX=$scratch/qt bash "$script" --check; }

[[ $(TOKENSCOPE_QT_MINGW_PREFIX=$scratch/qt bash "$script" --print-prefix) == "$scratch/qt" ]] \
  || fail "--print-prefix does not follow TOKENSCOPE_QT_MINGW_PREFIX"
check && fail "a missing cache passed --check"
mkdir -p "$scratch/qt"
check && fail "an empty cache passed --check"

# The required files, as the script lists them.
mapfile -t required < <(sed -n '/^required=(/,/^)/p' "$script" | sed '1d;$d' | tr ' ' '\n' | sed '/^$/d')
(( ${#required[@]} >= 10 )) || fail "could not read the script's list of required files"
recipe=$(sed -n 's/^recipe=\([0-9]*\)$/\1/p' "$script")
version=$(sed -n 's/^version=\(.*\)$/\1/p' "$script")
for f in "${required[@]}"; do mkdir -p "$scratch/qt/$(dirname "$f")"; echo x >"$scratch/qt/$f"; done
check && fail "a cache without its stamp (a build that did not finish) passed --check"
echo "qt $version recipe $((recipe + 1))" >"$scratch/qt/tokenscope-qt.stamp"
check && fail "a cache of another recipe passed --check"
echo "qt $version recipe $recipe" >"$scratch/qt/tokenscope-qt.stamp"
check || fail "a complete cache failed --check"
: >"$scratch/qt/bin/Qt6Widgets.dll"
check && fail "a cache with an empty Qt6Widgets.dll passed --check"
echo x >"$scratch/qt/bin/Qt6Widgets.dll"
rm "$scratch/qt/plugins/platforms/qwindows.dll"
check && fail "a cache without the windows platform plugin passed --check"
echo "check-qt-cache: ok (${#required[@]} required files, recipe $recipe)"
