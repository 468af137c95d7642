#!/usr/bin/env bash
# Builds Qt 6.4.2 for 64-bit Windows (mingw-w64, posix threads) from Debian's own source packages,
# so that the Windows GUI (tokenscope.exe) can be cross-built and tested under Wine. Debian ships
# no mingw build of Qt.
#
#   bash cmake/build-qt-mingw.sh [--print-prefix] [--check]
#
# Installs into a cache folder outside the source tree, by default
#   ${XDG_CACHE_HOME:-$HOME/.cache}/tokenscope/qt-6.4.2-mingw   (override: TOKENSCOPE_QT_MINGW_PREFIX)
# and prints that prefix on its last line. A complete cache (every file the project links or ships,
# and a stamp written last with this script's recipe) is used as it is; a missing, half-built or
# older-recipe cache is removed and built again, never linked against.
#   --check          exit 0 when the cache is complete, 1 when not; builds nothing
#   --print-prefix   print the prefix and exit
#
# What it builds: qtbase (Core, Gui, Widgets, Concurrent, Test, the `windows` platform plugin and
# the `windowsvista` style) as shared libraries, with Debian's Qt 6.4.2 host tools (moc, rcc, uic
# from qt6-base-dev). Left out, because TokenScope neither uses nor ships them and a fresh CI run
# builds all of this: the Direct2D platform plugin (a second copy of the windows plugin) and the
# opt-in DirectWrite font database (Qt 6.4 compiles it only with Direct2D, so it must go with it;
# the default GDI font database stays), FreeType
# (Windows draws text with its own font engines) and with it the offscreen plugin, Vulkan, PDF,
# QMovie, Markdown and ODF text, and the widgets no window of ours has (graphics view and effects,
# MDI, calendar and date-time edits, LCD number, dial, wizard, column view, undo view, font and
# colour dialogs, font combo box). The sources come
# from `apt-get source --download-only` after adding a deb-src entry for the configured Debian
# suites (as root). Debian's patches are for the Linux build and are not applied. Bookworm's
# qt6-svg source is not on the mirrors (its files answer 404), so the Windows GUI embeds its icons
# as PNG files rendered from the SVG ones (resources/icons/png, checked by the Linux suite).
# Time on 2 cores: see docs/windows.md ("The Windows GUI").
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=6.4.2
# Bump when the recipe below changes: a cache built by another recipe is rebuilt.
recipe=2
prefix=${TOKENSCOPE_QT_MINGW_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/tokenscope/qt-$version-mingw}
work=${prefix}.work
stamp=$prefix/tokenscope-qt.stamp
triplet=x86_64-w64-mingw32
jobs=${TOKENSCOPE_QT_JOBS:-$(nproc)}

# The files whose presence makes the cache usable; the stamp is written only after all exist.
required=(
  bin/qt-cmake
  bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Concurrent.dll bin/Qt6Test.dll
  plugins/platforms/qwindows.dll plugins/styles/qwindowsvistastyle.dll
  lib/cmake/Qt6/qt.toolchain.cmake lib/cmake/Qt6Widgets/Qt6WidgetsConfig.cmake
  lib/cmake/Qt6Test/Qt6TestConfig.cmake lib/cmake/Qt6Concurrent/Qt6ConcurrentConfig.cmake
  tokenscope-mingw-toolchain.cmake
)

complete() {
  [[ -f $stamp && $(cat "$stamp") == "qt $version recipe $recipe" ]] || return 1
  local f
  for f in "${required[@]}"; do [[ -s $prefix/$f ]] || return 1; done
}

case "${1:-}" in
  --print-prefix) echo "$prefix"; exit 0 ;;
  --check) complete; exit $? ;;
  "") ;;
  *) echo "usage: bash cmake/build-qt-mingw.sh [--check|--print-prefix]" >&2; exit 2 ;;
esac

if complete; then
  echo "build-qt-mingw: Qt $version for mingw-w64 is complete in the cache."
  echo "$prefix"
  exit 0
fi

for tool in "$triplet-g++-posix" "$triplet-gcc-posix" "$triplet-windres" cmake ninja tar xz; do
  command -v "$tool" >/dev/null || {
    echo "build-qt-mingw: $tool is missing (bash cmake/install-deps.sh installs it)" >&2; exit 1; }
done
[[ -x /usr/lib/qt6/libexec/moc && -d /usr/lib/x86_64-linux-gnu/cmake/Qt6CoreTools ]] || {
  echo "build-qt-mingw: Debian's Qt $version host tools are missing (qt6-base-dev;" \
       "bash cmake/install-deps.sh installs them)" >&2; exit 1; }
host_version=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")$/\1/p' \
  /usr/lib/x86_64-linux-gnu/cmake/Qt6Core/Qt6CoreConfigVersionImpl.cmake 2>/dev/null || true)
[[ -z $host_version || $host_version == "$version" ]] || {
  echo "build-qt-mingw: the host Qt is $host_version, but the tools must match Qt $version" >&2; exit 1; }

if [[ -e $prefix ]]; then
  echo "build-qt-mingw: the cache in $prefix is incomplete or from another recipe; building it again."
  rm -rf "$prefix"
fi
mkdir -p "$work"
started=$SECONDS

# 1. The sources, from Debian (kept in the work folder, so a rebuild downloads nothing).
fetch() {  # fetch PACKAGE: leaves PACKAGE_*.orig.tar.xz in $work/src
  local package=$1
  mkdir -p "$work/src"
  compgen -G "$work/src/${package}_${version}*.orig.tar.xz" >/dev/null && return 0
  if ! (cd "$work/src" && apt-get source --download-only -q "$package" >/dev/null 2>&1); then
    # No deb-src entry yet: add one with the same mirrors, suites and keys as the binary entries.
    [[ $(id -u) -eq 0 ]] || {
      echo "build-qt-mingw: apt-get source $package failed; add a deb-src entry for Debian 12 (as root)" >&2
      exit 1; }
    local list=/etc/apt/sources.list.d/tokenscope-deb-src.sources
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources >"$list"
    elif [[ -f /etc/apt/sources.list ]]; then
      sed -n 's/^deb \(.*\)$/deb-src \1/p' /etc/apt/sources.list >"${list%.sources}.list"
    fi
    apt-get update -q >/dev/null
    (cd "$work/src" && apt-get source --download-only -q "$package" >/dev/null) || {
      echo "build-qt-mingw: apt-get source $package failed" >&2; exit 1; }
  fi
  compgen -G "$work/src/${package}_${version}*.orig.tar.xz" >/dev/null || {
    echo "build-qt-mingw: apt-get source $package did not give version $version" >&2; exit 1; }
}
fetch qt6-base

unpack() {  # unpack PACKAGE DIR
  rm -rf "$work/$2"
  mkdir -p "$work/$2"
  tar -C "$work/$2" --strip-components=1 -xf "$(compgen -G "$work/src/${1}_${version}*.orig.tar.xz" | head -n1)"
}
unpack qt6-base qtbase

# 2. The toolchain that Qt records and its consumers chain-load: a copy inside the prefix, so the
#    cache does not depend on the folder of the clone that built it.
mkdir -p "$prefix"
cat >"$prefix/tokenscope-mingw-toolchain.cmake" <<EOF
# Written by TokenScope's cmake/build-qt-mingw.sh: 64-bit Windows with mingw-w64 (posix threads).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER $triplet-gcc-posix)
set(CMAKE_CXX_COMPILER $triplet-g++-posix)
set(CMAKE_RC_COMPILER $triplet-windres)
set(CMAKE_FIND_ROOT_PATH /usr/$triplet)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
EOF

# 3. qtbase.
common=(
  -G Ninja -Wno-dev
  -DCMAKE_BUILD_TYPE=Release
  -DCMAKE_INSTALL_PREFIX="$prefix"
  -DCMAKE_TOOLCHAIN_FILE="$prefix/tokenscope-mingw-toolchain.cmake"
  -DQT_HOST_PATH=/usr
  -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
  -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
)
echo "build-qt-mingw: configuring qtbase $version for $triplet (log: $work/qtbase.log)"
rm -rf "$work/qtbase-build"  # a build that failed or was stopped leaves its tree: start clean
cmake -S "$work/qtbase" -B "$work/qtbase-build" "${common[@]}" \
  -DFEATURE_sql=OFF -DFEATURE_network=OFF -DFEATURE_dbus=OFF -DFEATURE_opengl=OFF \
  -DFEATURE_dynamicgl=OFF -DFEATURE_printsupport=OFF -DFEATURE_xml=OFF \
  -DFEATURE_tabletevent=OFF -DFEATURE_concurrent=ON -DFEATURE_testlib=ON \
  -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF \
  -DFEATURE_system_freetype=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
  -DFEATURE_system_doubleconversion=OFF -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF \
  -DFEATURE_direct2d=OFF -DFEATURE_directwrite3=OFF -DFEATURE_freetype=OFF -DFEATURE_vulkan=OFF -DFEATURE_pdf=OFF -DFEATURE_movie=OFF \
  -DFEATURE_textodfwriter=OFF -DFEATURE_textmarkdownreader=OFF -DFEATURE_textmarkdownwriter=OFF \
  -DFEATURE_graphicsview=OFF -DFEATURE_graphicseffect=OFF -DFEATURE_mdiarea=OFF -DFEATURE_calendarwidget=OFF \
  -DFEATURE_datetimeedit=OFF -DFEATURE_lcdnumber=OFF -DFEATURE_dial=OFF -DFEATURE_wizard=OFF \
  -DFEATURE_columnview=OFF -DFEATURE_undoview=OFF -DFEATURE_fontdialog=OFF -DFEATURE_colordialog=OFF \
  -DFEATURE_fontcombobox=OFF \
  >"$work/qtbase.log" 2>&1 || { tail -n 40 "$work/qtbase.log" >&2; exit 1; }
echo "build-qt-mingw: building qtbase with $jobs jobs"
cmake --build "$work/qtbase-build" --parallel "$jobs" >>"$work/qtbase.log" 2>&1 \
  || { tail -n 40 "$work/qtbase.log" >&2; exit 1; }
cmake --install "$work/qtbase-build" >>"$work/qtbase.log" 2>&1 \
  || { tail -n 40 "$work/qtbase.log" >&2; exit 1; }
echo "build-qt-mingw: qtbase done after $(( SECONDS - started )) s"

missing=()
for f in "${required[@]}"; do [[ -s $prefix/$f ]] || missing+=("$f"); done
if (( ${#missing[@]} )); then
  echo "build-qt-mingw: the build finished but these are missing: ${missing[*]}" >&2
  exit 1
fi
echo "qt $version recipe $recipe" >"$stamp"
# Keep the downloaded sources for a rebuild; drop the build tree.
rm -rf "$work/qtbase" "$work/qtbase-build"
echo "build-qt-mingw: Qt $version for mingw-w64 built in $(( SECONDS - started )) s"
echo "$prefix"
