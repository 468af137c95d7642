#!/usr/bin/env bash
# check-bundle.sh CPACK BUILD_DIR VERSION XVFB_RUN WINE64 WINESERVER
#
# Makes the portable zip of the Windows build (cmake/TokenScopePackaging.cmake), checks that it
# holds exactly what tokenscope.exe needs, unzips it into a scratch folder and starts it there in
# a brand-new Wine prefix with nothing else installed: the CLI answers `whoami --json`, and the
# GUI's window appears on Xvfb (found by its title with xdotool) and is ended.
set -euo pipefail
cpack=$1 build=$2 version=$3 xvfb_run=$4 wine64=$5 wineserver=$6
scratch=$(mktemp -d)
prefix=$scratch/wineprefix
export WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
  "$wineserver" -k >/dev/null 2>&1 || true
  "$wineserver" -w >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "check-bundle: FAIL: $*" >&2; exit 1; }

# CPack's install step writes install_manifest.txt into the build folder; keep the folder as it was.
manifest=$build/install_manifest.txt
[[ -e $manifest ]] && cp "$manifest" "$scratch/manifest.saved"
"$cpack" --config "$build/CPackConfig.cmake" -G ZIP -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; fail "cpack -G ZIP failed"; }
if [[ -e $scratch/manifest.saved ]]; then mv "$scratch/manifest.saved" "$manifest"; else rm -f "$manifest"; fi
name=TokenScope-$version-win64
zip=$scratch/out/$name.zip
[[ -s $zip ]] || fail "$name.zip was not made"
echo "check-bundle: $name.zip: $(stat -c %s "$zip") bytes"

python3 - "$zip" "$name" <<'PY' || fail "the zip's contents are not the expected ones"
import sys, zipfile
zip_path, name = sys.argv[1], sys.argv[2]
want = {f"{name}/{f}" for f in [
    "tokenscope.exe", "tokenscope-cli.exe",
    "Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6Concurrent.dll",
    "platforms/qwindows.dll", "styles/qwindowsvistastyle.dll",
    "libstdc++-6.dll", "libgcc_s_seh-1.dll", "libwinpthread-1.dll"]}
got = {i.filename for i in zipfile.ZipFile(zip_path).infolist() if not i.is_dir()}
missing, extra = sorted(want - got), sorted(got - want)
for f in missing: print("check-bundle: missing from the zip:", f, file=sys.stderr)
for f in extra: print("check-bundle: not needed in the zip:", f, file=sys.stderr)
sys.exit(1 if missing or extra else 0)
PY
python3 -m zipfile -e "$zip" "$scratch/unzipped"
dir=$scratch/unzipped/$name

# Nothing in it carries symbols or debug information (objdump's section table): the runtime and
# Qt DLLs are stripped when installed, which makes the unzipped folder less than half as large.
for f in "$dir"/*.exe "$dir"/*.dll "$dir"/platforms/*.dll "$dir"/styles/*.dll; do
  if x86_64-w64-mingw32-objdump -h "$f" | grep -q ' \.debug_'; then
    fail "${f#"$dir"/} carries debug sections (it was not stripped)"
  fi
  if [[ $(x86_64-w64-mingw32-objdump -t "$f" | grep -c '^\[') -gt 0 ]]; then
    fail "${f#"$dir"/} carries a symbol table (it was not stripped)"
  fi
done
echo "check-bundle: unzipped, the folder holds $(du -sb "$dir" | cut -f1) bytes, nothing with symbols or debug sections"

# Every DLL the programs and Qt import is either in the bundle or one of Windows' own.
for f in "$dir"/*.exe "$dir"/*.dll "$dir"/platforms/*.dll "$dir"/styles/*.dll; do
  x86_64-w64-mingw32-objdump -p "$f" | sed -n 's/^\tDLL Name: //p'
done | sort -u >"$scratch/imports"
while read -r dll; do
  [[ -e $dir/$dll ]] && continue
  case "${dll,,}" in
    kernel32.dll|user32.dll|gdi32.dll|advapi32.dll|shell32.dll|ole32.dll|oleaut32.dll|comdlg32.dll|\
    ws2_32.dll|winmm.dll|imm32.dll|uxtheme.dll|dwmapi.dll|version.dll|shlwapi.dll|netapi32.dll|\
    userenv.dll|secur32.dll|msvcrt.dll|mpr.dll|dwrite.dll|d3d9.dll|d3d11.dll|dxgi.dll|setupapi.dll|\
    wtsapi32.dll|authz.dll|api-ms-win-*|ntdll.dll|comctl32.dll|crypt32.dll|bcrypt.dll|winspool.drv|\
    shcore.dll|rpcrt4.dll|iphlpapi.dll|dnsapi.dll|userenv.dll|sspicli.dll) ;;
    *) fail "$dll is imported but neither in the zip nor a Windows DLL" ;;
  esac
done <"$scratch/imports"

# A brand-new prefix: nothing but Wine's own Windows.
mkdir -p "$prefix"
"$xvfb_run" -a -s "-screen 0 1280x900x24" bash -c '
  set -u
  dir=$1 wine64=$2 wineserver=$3
  "$wine64" wineboot </dev/null >/dev/null 2>&1 || { echo "check-bundle: wineboot failed" >&2; exit 1; }
  json=$("$wine64" "$dir/tokenscope-cli.exe" whoami --json </dev/null 2>/dev/null | tr -d "\r")
  python3 -c "import json,sys; d=json.loads(sys.argv[1]); assert d[\"platform\"]==\"windows\", d" "$json" \
    || { echo "check-bundle: FAIL: tokenscope-cli.exe whoami --json answered: $json" >&2; exit 1; }
  echo "check-bundle: tokenscope-cli.exe whoami --json: platform windows"
  start=$SECONDS
  "$wine64" "$dir/tokenscope.exe" </dev/null >/dev/null 2>&1 &
  # The main window: titled exactly "TokenScope" (xdotool matches without case, and Qt titles its
  # start-up error box "tokenscope") and of the main window'"'"'s size, not a message box.
  main_window() {
    local id
    for id in $(xdotool search --name "^TokenScope\$" 2>/dev/null); do
      [[ $(xdotool getwindowname "$id" 2>/dev/null) == TokenScope ]] || continue
      eval "$(xdotool getwindowgeometry --shell "$id" 2>/dev/null)"
      (( ${WIDTH:-0} >= 800 && ${HEIGHT:-0} >= 500 )) && { echo "$WIDTH x $HEIGHT"; return 0; }
    done
    return 1
  }
  until size=$(main_window); do
    if (( SECONDS - start > 90 )); then echo "check-bundle: FAIL: no TokenScope window within 90 s" >&2; exit 1; fi
    sleep 0.5
  done
  echo "check-bundle: the TokenScope window ($size) appeared after $(( SECONDS - start )) s in a new Wine prefix"
  "$wineserver" -k
  wait || true' check-bundle "$dir" "$wine64" "$wineserver"
echo "check-bundle: ok"
