#!/usr/bin/env bash
# Installs, with apt-get, every Debian 12 package TokenScope needs to build and test.
# Safe to run twice: it installs only what is missing, and does nothing when all is there.
# Usage: cmake/install-deps.sh [--print]   (--print lists the packages and exits)
set -euo pipefail

packages=(
  # build (ccache: a second build of the same sources, even from another clone, is taken from it)
  cmake ninja-build g++ pkg-config git ca-certificates ccache
  # core (Linux backend)
  libcap-dev libcap2-bin libpam0g-dev
  # CLI
  libcli11-dev nlohmann-json3-dev
  # GUI
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6test6 qt6-svg-dev
  qt6-translations-l10n libgl-dev
  # a Japanese font, so the Japanese translation renders (and its test finds the glyphs)
  fonts-vlgothic
  # tests: GoogleTest, Google Benchmark, real PAM and cwrap, a real X server
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libpam-modules libpam-runtime libpam-wrapper libnss-wrapper libuid-wrapper pamtester
  passwd login util-linux procps
  # explained access: setfacl/getfacl and chattr make the ACLs and attributes the tests check
  acl e2fsprogs
  xvfb xauth xdotool
  # the .deb (cpack): dpkg-shlibdeps for its Depends (CPackDeb needs file(1) for that),
  # desktop-file-validate for its test
  dpkg-dev file desktop-file-utils
  # Windows and the constants database: mingw-w64 cross compilers (posix threads) as the Windows
  # build and the value oracle, Wine to run the tests and FormatMessageW, Python 3 for the
  # generator, hyperfine for the CLI-versus-grep timing
  python3 mingw-w64 g++-mingw-w64-x86-64-posix wine64 wine hyperfine
  # Qt for the Windows GUI (cmake/build-qt-mingw.sh): its source is an .orig.tar.xz
  xz-utils
  # hardening: libFuzzer (Clang and its runtime), gcore for the secrets-in-memory test
  clang libclang-rt-14-dev gdb
)

if [[ "${1:-}" == "--print" ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are installed."
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root (missing: ${missing[*]})" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
