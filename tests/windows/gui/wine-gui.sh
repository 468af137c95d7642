#!/bin/sh
# wine-gui.sh XVFB_RUN WINE64 WINESERVER PREFIX LOG PROGRAM [ARGS…]
#
# Runs a cross-built Windows GUI program under Wine with a fresh Xvfb as its display, in a Wine
# prefix of its own (made on first use). Wine's desktop takes the graphics driver of the process
# that starts it, so the GUI prefix gets a wineserver started inside the X server here (the
# headless suite's persistent server would give a desktop without a display), and it is ended
# afterwards. Exits with the program's status. LOG: a file the program writes its report to, shown
# afterwards ("-" for none): a Qt Test program under Wine writes nothing to a pipe, so its test
# passes `-o LOG,txt`.
set -u
xvfb_run=$1 wine64=$2 wineserver=$3 prefix=$4 log=$5
shift 5
[ "$log" = - ] || rm -f "$log"
mkdir -p "$prefix" || exit 1
export WINESERVER="$wineserver" WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# A server left from an interrupted run would own the desktop of a display that is gone.
"$wineserver" -k </dev/null >/dev/null 2>&1
"$wineserver" -w </dev/null >/dev/null 2>&1
"$xvfb_run" -a -s "-screen 0 1400x900x24" sh -c '
  "$1" wineboot </dev/null >/dev/null 2>&1 || { echo "wine-gui: wineboot failed" >&2; exit 1; }
  w=$1; shift
  "$w" "$@" </dev/null
  status=$?
  "$WINESERVER" -k </dev/null >/dev/null 2>&1
  "$WINESERVER" -w </dev/null >/dev/null 2>&1
  exit $status' wine-gui "$wine64" "$@"
status=$?
if [ "$log" != - ]; then
  if [ -f "$log" ]; then cat "$log"; else echo "wine-gui: the program wrote no report ($log)"; fi
fi
exit $status
