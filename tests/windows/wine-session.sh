#!/bin/sh
# wine-session.sh start|stop WINE64 WINESERVER PREFIX
#
# One persistent wineserver for a whole test run. Without it every test pays Wine's start-up
# (seconds) and some runs hang. `start` also creates the prefix on first use (wineboot), with
# stdin and stdout detached so nothing waits on a terminal; `stop` ends the server.
set -u
action=$1 wine64=$2 wineserver=$3 prefix=$4
export WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

case "$action" in
  start)
    mkdir -p "$prefix" || exit 1
    # Fails harmlessly when a server for this prefix is already running.
    "$wineserver" -p </dev/null >/dev/null 2>&1 || true
    "$wine64" wineboot </dev/null >/dev/null 2>&1
    status=$?
    if [ "$status" -ne 0 ]; then
      echo "wine-session: wineboot failed with status $status (prefix $prefix)" >&2
      exit "$status"
    fi
    echo "wine-session: wineserver running for $prefix"
    ;;
  stop)
    "$wineserver" -k </dev/null >/dev/null 2>&1 || true
    # Wait until it is gone, so a run that starts right after cannot meet a dying server.
    "$wineserver" -w </dev/null >/dev/null 2>&1 || true
    echo "wine-session: wineserver stopped for $prefix"
    ;;
  *)
    echo "usage: wine-session.sh start|stop WINE64 WINESERVER PREFIX" >&2
    exit 2
    ;;
esac
