#!/usr/bin/env bash
# Where a signed-in page's memory goes. Starts the published app (Release, Production), registers a reader through
# the form and marks one section read, puts the page under wrk and records 8 s of dotnet-trace's gc-verbose
# profile, then prints the allocation report (tests/Anknytning.Benchmarks/AllocationReport.cs): by type, by the
# nearest frame of the app, by stack. See docs/benchmarks.md.
#
# Usage: tests/tools/allocations.sh [PATH] [--app FOLDER]
#   PATH          the page as the signed-in reader gets it (default /lektion/barnets-behov-av-narhet)
#   --app FOLDER  an already published app (a folder with Anknytning.Web.dll) instead of publishing one
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/tools/reader.sh
path="/lektion/$lesson" app=""
while [ $# -gt 0 ]; do
    case "$1" in
        --app) app=$(cd "$2" && pwd); shift ;;
        /*) path=$1 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

work=$(mktemp -d /tmp/allocations.XXXX)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

sh tests/tools/ensure-wrk.sh
trace_tool=$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")
[ -x "$trace_tool" ] || dotnet tool install -g dotnet-trace --version 10.0.750501 >/dev/null
dotnet build tests/Anknytning.Benchmarks -c Release --nologo -v quiet >/dev/null
if [ -z "$app" ]; then
    dotnet publish src/Anknytning.Web -c Release -o "$work/app" --nologo -v quiet
    app="$work/app"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
(cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    ConnectionStrings__Default="Data Source=$work/app.db" DataProtection__KeysPath="$work/keys" \
    dotnet Anknytning.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 600); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done

# The same reader as the load script's: registered through the form, one section read.
sign_in_reader "$base" "$work/cookies"
curl -fs -H "Cookie: $cookie" "$base$path" | grep -q 'sign-out-form' || { echo "$path: not the signed-in page" >&2; exit 1; }

# Warm up first, so the trace holds the steady state rather than start-up's one-off allocations.
wrk -t2 -c32 -d10s -H "Cookie: $cookie" "$base$path" >/dev/null
wrk -t2 -c32 -d12s -H "Cookie: $cookie" "$base$path" >"$work/wrk.txt" &
sleep 2
"$trace_tool" collect -p "$app_pid" --profile gc-verbose --duration 00:00:00:08 -o "$work/trace.nettrace" >/dev/null
wait %2 2>/dev/null || true
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
echo "$path, signed in: $(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt") requests/s under wrk ($requests in 12 s)"
dotnet run --project tests/Anknytning.Benchmarks -c Release --no-build -- allocations "$work/trace.nettrace"
