#!/bin/sh
# Provides Debian's Chromium for the browser tests. Their fixture runs this only when /usr/bin/chromium is missing.
# Playwright's own browser download is never used: the machines reach package registries, not browser builds.
set -eu

chromium=/usr/bin/chromium

if [ -x "$chromium" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: $chromium is missing; installing Debian's chromium package for the browser tests."
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
    if [ -x "$chromium" ]; then
        exit 0
    fi
    echo "ensure-chromium: apt-get installed chromium, but $chromium is still missing." >&2
    exit 1
fi

echo "ensure-chromium: the browser tests need Chromium at $chromium, and this script can install it only as root on a system with apt-get." >&2
echo "ensure-chromium: on Debian, run: sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
