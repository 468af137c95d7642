#!/usr/bin/env bash
# Makes the .deb of a build with CPack, unpacks it into a scratch root with dpkg -x, and checks
# it: control fields, the exact file list and modes (no setuid), stripped binaries without an
# RPATH, the programs run from the scratch root, the GUI finds the broker beside it, and the
# .desktop file validates. Everything goes to a temporary folder that is removed at exit; the
# build tree keeps its install_manifest.txt as it was (CPack's install step writes one there).
# No network, no root needed.
#
# Usage: check-deb.sh CPACK SOURCE_DIR BUILD_DIR VERSION GUI(ON|OFF)
set -uo pipefail

if [[ $# -ne 5 ]]; then
  echo "usage: $0 CPACK SOURCE_DIR BUILD_DIR VERSION GUI" >&2
  exit 2
fi
cpack=$1 source_dir=$2 build_dir=$3 version=$4 gui=$5

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }

required=(dpkg dpkg-deb dpkg-shlibdeps readelf)
[[ $gui == ON ]] && required+=(desktop-file-validate)
for tool in "${required[@]}"; do
  command -v "$tool" >/dev/null || die "$tool is missing (bash cmake/install-deps.sh installs it)"
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokenscope-deb.XXXXXX") || die "no temporary folder"
manifest=$build_dir/install_manifest.txt
had_manifest=0
if [[ -e $manifest ]]; then
  had_manifest=1
  cp -p "$manifest" "$scratch/install_manifest.txt"
fi
cleanup() {
  if [[ $had_manifest -eq 1 ]]; then
    cp -p "$scratch/install_manifest.txt" "$manifest"
  else
    rm -f "$manifest"
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# --- the package --------------------------------------------------------------------------------
"$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
  cat "$scratch/cpack.log" >&2
  die "cpack -G DEB failed (output above)"
}
arch=$(dpkg --print-architecture)
deb=$scratch/out/tokenscope_${version}_${arch}.deb
[[ -f $deb ]] || die "no $(basename "$deb"); cpack made: $(cd "$scratch/out" && ls -- *.deb 2>/dev/null)"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb -I "$deb" || die "dpkg-deb -I cannot read the package"

field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {
  local actual
  actual=$(field "$1")
  [[ $actual == "$2" ]] || fail "field $1 is '$actual', expected '$2'"
}
expect_field Package tokenscope
expect_field Version "$version"
expect_field Architecture "$arch"
expect_field Section admin
expect_field Maintainer "TokenScope developers"
# Depends comes from dpkg-shlibdeps: the packages of the libraries the programs link.
depends=$(field Depends)
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/ //g')
needed=(libc6 libcap2 libpam0g)
[[ $gui == ON ]] && needed+=(libqt6widgets6 libqt6gui6 libqt6core6)
for package in "${needed[@]}"; do
  grep -qx "$package" <<<"$depends_names" || fail "Depends lacks $package: $depends"
done

# --- the file list ------------------------------------------------------------------------------
# Every entry that is not a folder, with its mode and owner: nothing else (no tests, headers,
# static libraries), nothing setuid or setgid.
expected=(
  "-rwxr-xr-x root/root ./usr/bin/tokenscope-cli"
  "-rwxr-xr-x root/root ./usr/bin/tokenscope-logon-broker"
)
if [[ $gui == ON ]]; then
  expected+=(
    "-rwxr-xr-x root/root ./usr/bin/tokenscope"
    "-rw-r--r-- root/root ./usr/share/applications/tokenscope.desktop"
    "-rw-r--r-- root/root ./usr/share/icons/hicolor/scalable/apps/tokenscope.svg"
  )
fi
dpkg-deb -c "$deb" >"$scratch/contents" || die "dpkg-deb -c cannot list the package"
actual_list=$(awk '$1 !~ /^d/ {print $1, $2, $6}' "$scratch/contents" | sort)
expected_list=$(printf '%s\n' "${expected[@]}" | sort)
if [[ $actual_list != "$expected_list" ]]; then
  fail "the package's files differ from the expected list (< expected, > package):"
  diff <(echo "$expected_list") <(echo "$actual_list") >&2
fi
# Folders: only those that lead to the files above.
while read -r folder; do
  grep -qF " $folder" <<<"$expected_list" || fail "unexpected folder in the package: $folder"
done < <(awk '$1 ~ /^d/ {print $6}' "$scratch/contents")

# --- unpacked into a scratch root ---------------------------------------------------------------
root=$scratch/root
dpkg -x "$deb" "$root" || die "dpkg -x failed"
bin=$root/usr/bin

programs=(tokenscope-cli tokenscope-logon-broker)
[[ $gui == ON ]] && programs+=(tokenscope)
for program in "${programs[@]}"; do
  file=$bin/$program
  [[ -x $file ]] || { fail "$program is not an executable in usr/bin"; continue; }
  if [[ -u $file || -g $file ]]; then fail "$program is setuid or setgid"; fi
  # Stripped: CPACK_STRIP_FILES. No symbol table, no debug sections.
  sections=$(readelf -S -W "$file") || { fail "$program is not an ELF file"; continue; }
  if grep -qE '\.symtab|\.debug_' <<<"$sections"; then fail "$program is not stripped"; fi
  # No RPATH or RUNPATH: the build tree's library paths must not leak into the package.
  if readelf -d "$file" | grep -qE 'R(UN)?PATH'; then fail "$program has an RPATH/RUNPATH"; fi
done

# The CLI runs from the scratch root.
cli_out=$(env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 "$bin/tokenscope-cli" whoami --json 2>&1) ||
  fail "usr/bin/tokenscope-cli whoami --json failed: $cli_out"
grep -q '"platform": "linux"' <<<"$cli_out" || fail "tokenscope-cli whoami --json: no linux platform in: $cli_out"
grep -q "\"uid\": $(id -u)," <<<"$cli_out" || fail "tokenscope-cli whoami --json does not report uid $(id -u)"

# The broker runs from the scratch root (its libraries resolve): by hand, without the socket its
# client passes as descriptor 3, it refuses with exit status 2.
broker_out=$("$bin/tokenscope-logon-broker" </dev/null 2>&1 3<&-)
broker_status=$?
[[ $broker_status -eq 2 && $broker_out == *"started by tokenscope"* ]] ||
  fail "usr/bin/tokenscope-logon-broker run by hand: status $broker_status, output: $broker_out"

if [[ $gui == ON ]]; then
  # The GUI runs from the scratch root and reports the package's version.
  mkdir -m 700 "$scratch/runtime" "$scratch/home"
  gui_out=$(env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
    QT_QPA_PLATFORM=offscreen "$bin/tokenscope" --version 2>"$scratch/gui.err")
  [[ $gui_out == "TokenScope $version" ]] ||
    fail "usr/bin/tokenscope --version printed '$gui_out', expected 'TokenScope $version' ($(cat "$scratch/gui.err"))"

  # The GUI starts the broker at defaultLogonBrokerPath(): tokenscope-logon-broker in the folder
  # of its own executable (/proc/self/exe), i.e. usr/bin beside it.
  grep -q -a 'tokenscope-logon-broker' "$bin/tokenscope" ||
    fail "usr/bin/tokenscope does not name tokenscope-logon-broker"
  [[ $(dirname "$(readlink -f "$bin/tokenscope")") == "$(dirname "$(readlink -f "$bin/tokenscope-logon-broker")")" ]] ||
    fail "tokenscope-logon-broker is not in the GUI's folder"

  # The menu entry: valid, its program and icon are in the package, the icon is the project's.
  desktop=$root/usr/share/applications/tokenscope.desktop
  desktop-file-validate "$desktop" || fail "tokenscope.desktop does not validate (desktop-file-validate, above)"
  grep -qx 'Exec=tokenscope' "$desktop" || fail "tokenscope.desktop does not run tokenscope"
  grep -qx 'Icon=tokenscope' "$desktop" || fail "tokenscope.desktop's icon is not tokenscope"
  cmp -s "$root/usr/share/icons/hicolor/scalable/apps/tokenscope.svg" "$source_dir/resources/icons/tokenscope.svg" ||
    fail "the packaged icon differs from resources/icons/tokenscope.svg"
fi

if [[ $failures -ne 0 ]]; then
  echo "check-deb: $failures check(s) failed" >&2
  exit 1
fi
echo "check-deb: $(basename "$deb") is complete and works from a scratch root"
