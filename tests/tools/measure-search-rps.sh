#!/usr/bin/env bash
# Requests per second of the search results page, and of the same bytes served as a static file by Kestrel,
# side by side in one run, on this machine's loopback only. Usage: tests/tools/measure-search-rps.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
query='otrygg%20anknytning'
work=$(mktemp -d /tmp/search-rps.XXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

sh tests/tools/ensure-wrk.sh
dotnet publish src/Anknytning.Web -c Release -o "$work/app" --nologo -v quiet
dotnet publish tests/tools/static-file -c Release -o "$work/static-file" --nologo -v quiet

# The app as in production, its database and keys in the scratch folder; logs are kept out of the measurement.
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:5301 \
    ConnectionStrings__Default="Data Source=$work/app.db" DataProtection__KeysPath="$work/keys" \
    Serilog__MinimumLevel__Default=Warning "$work/app/Anknytning.Web" >"$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do curl -fs http://127.0.0.1:5301/health >/dev/null 2>&1 && break; sleep 0.5; done

mkdir -p "$work/static"
curl -fs "http://127.0.0.1:5301/sok?q=$query" -o "$work/static/sok.html"
ASPNETCORE_URLS=http://127.0.0.1:5302 Logging__LogLevel__Default=Warning \
    "$work/static-file/StaticFile" "$work/static" >"$work/static.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do curl -fs http://127.0.0.1:5302/sok.html >/dev/null 2>&1 && break; sleep 0.5; done

echo "bytes: $(wc -c <"$work/static/sok.html") (results page for '$query', no compression)"
rps() { wrk -t2 -c16 -d"${seconds}s" "$1" | awk '/Requests\/sec/ { print $2 }'; }
# Warm up both (tiered JIT needs some seconds of traffic before the app runs at full speed).
wrk -t2 -c16 -d10s "http://127.0.0.1:5301/sok?q=$query" >/dev/null
wrk -t2 -c16 -d5s "http://127.0.0.1:5302/sok.html" >/dev/null
page=$(rps "http://127.0.0.1:5301/sok?q=$query")
file=$(rps "http://127.0.0.1:5302/sok.html")
echo "results page: $page requests/s"
echo "static file:  $file requests/s"
awk -v p="$page" -v f="$file" 'BEGIN { printf "ratio: %.2f (the promise: at least 0.50)\n", p / f }'
