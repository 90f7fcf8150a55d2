#!/usr/bin/env bash
# The speed issue's ratios, measured side by side in one run on this machine's loopback: each page of the published
# app (Release, Production, request logging on as in production) against the same bytes served as a static file by
# a bare Kestrel (tests/tools/static-file). wrk runs alternately against both in 1 s legs; the ratio is the median
# of the app's legs over the median of the file's. Absolute numbers depend on what else the machine is doing; the
# ratios much less so.
#
# Usage: tests/tools/load.sh [--legs N] [--quick] [--app FOLDER]
#   --legs N      1 s legs per side and page (default 5)
#   --quick       one leg each, no warm-up, one restart, 500 mixed requests instead of 10 000: checks that it runs
#   --app FOLDER  use an already built app (a folder with Anknytning.Web.dll) instead of publishing one
set -euo pipefail
cd "$(dirname "$0")/../.."
legs=5 warmup=3 mixed=10000 restarts=3 app=""
while [ $# -gt 0 ]; do
    case "$1" in
        --legs) legs=$2; shift ;;
        --quick) legs=1 warmup=0 mixed=500 restarts=1 ;;
        --app) app=$(cd "$2" && pwd); shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

work=$(mktemp -d /tmp/load.XXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

sh tests/tools/ensure-wrk.sh
if [ -z "$app" ]; then
    dotnet publish src/Anknytning.Web -c Release -o "$work/app" --nologo -v quiet
    app="$work/app"
fi
# The control is built into its own bin folder, so a second run only checks that it is up to date.
dotnet build tests/tools/static-file -c Release --nologo -v quiet -o tests/tools/static-file/bin/load >/dev/null

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
port=$(free_port)
base="http://127.0.0.1:$port"

# Cold start: from starting the process (after validating the content and checking the schema) to the first 200 on
# /. The first start of a new site also creates the database and the key ring's certificate; then restarts, which are
# what a deployment or a new instance sees, and the figure the goal is about. One restart swings by a few hundred ms
# on a 2-core VM, so the median of three is printed, with each.
start_app() {
    local started
    started=$(now_ms)
    (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
        ConnectionStrings__Default="Data Source=$work/app.db" DataProtection__KeysPath="$work/keys" \
        dotnet Anknytning.Web.dll >>"$work/app.log" 2>&1) &
    app_pid=$!
    pids+=($app_pid)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" 2>/dev/null)" = 200 ]; do
        kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped:" >&2; cat "$work/app.log" >&2; exit 1; }
        [ $(($(now_ms) - started)) -lt 60000 ] || { echo "the app did not answer within 60 s" >&2; exit 1; }
        sleep 0.02
    done
    started_ms=$(($(now_ms) - started))
}
start_app
first_ms=$started_ms
cold_all=()
for _ in $(seq "$restarts"); do
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    start_app
    cold_all+=("$started_ms")
done

static_port=$(free_port)
static="http://127.0.0.1:$static_port"
mkdir -p "$work/static"
ASPNETCORE_URLS="$static" Logging__LogLevel__Default=Warning \
    dotnet tests/tools/static-file/bin/load/StaticFile.dll "$work/static" >"$work/static.log" 2>&1 &
pids+=($!)

# A reader registers through the form and marks one section read (tests/tools/reader.sh).
. tests/tools/reader.sh
sign_in_reader "$base" "$work/cookies"

# name, path, signed in?
pages=(
    "home,/,no"
    "theme,/tema/lakning,no"
    "lesson,/lektion/$lesson,no"
    "whole-source,/original/tilknytning,no"
    "search,/sok?q=otrygg%20anknytning,no"
    "lesson-signed-in,/lektion/$lesson,yes"
    "home-signed-in,/,yes"
)

until curl -s -o /dev/null "$static/"; do sleep 0.1; done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
rps() { wrk -t2 -c32 -d1s "$@" | awk '/Requests\/sec/ { print $2 }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $legs leg(s) of 1 s per side; wrk -t2 -c32"
printf '%-18s %8s %10s %10s %7s\n' page bytes 'app req/s' 'file req/s' ratio
for entry in "${pages[@]}"; do
    IFS=, read -r name path signed_in <<<"$entry"
    headers=()
    [ "$signed_in" = yes ] && headers=(-H "Cookie: $cookie")
    curl -fs "${headers[@]}" "$base$path" -o "$work/static/$name.html"
    if [ "$signed_in" = yes ] && ! grep -q 'sign-out-form' "$work/static/$name.html"; then
        echo "$name: the page was not the signed-in one" >&2; exit 1
    fi
    if [ "$warmup" -gt 0 ]; then
        wrk -t2 -c32 -d"${warmup}s" "${headers[@]}" "$base$path" >/dev/null
        wrk -t2 -c32 -d"${warmup}s" "$static/$name.html" >/dev/null
    fi
    : >"$work/a" ; : >"$work/f"
    for _ in $(seq "$legs"); do
        rps "${headers[@]}" "$base$path" >>"$work/a"
        rps "$static/$name.html" >>"$work/f"
    done
    a=$(median <"$work/a") f=$(median <"$work/f")
    printf '%-18s %8s %10.0f %10.0f %6.2fx\n' "$name" "$(wc -c <"$work/static/$name.html")" "$a" "$f" "$(awk -v a="$a" -v f="$f" 'BEGIN { print a / f }')"
done

# Memory: RSS after mixed requests, anonymous and signed in, over every lesson, theme and source, in four streams.
mapfile -t lessons < <(grep -h '^id: ' content/*/*.md | sed 's/^id: //')
mapfile -t themes < <(grep -o 'tema/[a-z-]*' "$work/static/home.html" | sort -u)
mapfile -t sources < <(grep -o 'original/[a-z-]*' "$work/static/home.html" | sort -u)
urls=("/" "${themes[@]/#//}" "${sources[@]/#//}" "/sok?q=anknytning" "/sok?q=trøst" "/sok?q=n%C3%A4rhet")
for l in "${lessons[@]}"; do urls+=("/lektion/$l"); done
for stream in 1 2 3 4; do
    for i in $(seq $((mixed / 4))); do
        printf 'url = "%s%s"\noutput = "/dev/null"\n' "$base" "${urls[$(((i * 7 + stream) % ${#urls[@]}))]}"
    done >"$work/mixed-$stream"
done
curl -s -K "$work/mixed-1" & m1=$!
curl -s -K "$work/mixed-2" & m2=$!
curl -s -H "Cookie: $cookie" -K "$work/mixed-3" & m3=$!
curl -s -H "Cookie: $cookie" -K "$work/mixed-4" & m4=$!
wait $m1 $m2 $m3 $m4
rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$app_pid/status")

echo "first start of a new site (database and certificate made) to the first 200 on /: ${first_ms} ms"
cold_ms=$(printf '%s\n' "${cold_all[@]}" | median)
echo "cold start to the first 200 on /: ${cold_ms} ms (median of ${restarts} restart(s): ${cold_all[*]} ms)"
echo "RSS after $mixed mixed requests: $((rss_kb / 1024)) MB"
