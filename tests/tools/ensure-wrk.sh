#!/bin/sh
# Installs Debian's wrk (an HTTP load generator) when it is missing. Used by measure-search-rps.sh only.
set -eu
command -v wrk >/dev/null 2>&1 && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "wrk is missing: sudo apt-get update && sudo apt-get install -y wrk" >&2
    exit 1
fi
apt-get update -qq && apt-get install -y -qq wrk >/dev/null
