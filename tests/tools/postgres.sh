#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests, from Debian's postgresql package (installed when missing, as root).
#   tests/tools/postgres.sh start [--owner PID]   prints its connection string, e.g.
#                                                 Host=127.0.0.1;Port=54321;Username=anknytning;Database=postgres
#   tests/tools/postgres.sh stop PORT|CONNECTION-STRING
# The cluster lives in a temporary folder, is run by an unprivileged user (nobody, when started as root),
# listens on a free loopback port only and trusts local connections: it is for tests, never for data.
# With --owner, it also stops by itself once that process has ended (a test run that was killed).
# fsync is off: a crash loses the cluster, which is thrown away anyway.
set -euo pipefail

command=${1:-}
script=$(readlink -f "$0")
tmp=${TMPDIR:-/tmp}

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

postgres_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$dir" ]; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "postgres.sh: PostgreSQL is not installed; run: sudo apt-get install postgresql" >&2
            exit 1
        fi
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
        dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    echo "$dir"
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    local owner="" bin port folder attempt
    if [ "${1:-}" = "--owner" ]; then owner=${2:?--owner needs a process id}; fi
    bin=$(postgres_bin)
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        port_is_free "$port" || continue
        folder="$tmp/anknytning-postgres-$port"
        mkdir "$folder" 2>/dev/null || continue
        chmod 700 "$folder"
        [ "$(id -u)" -eq 0 ] && chown nobody "$folder"
        as_server_user "$bin/initdb" -D "$folder/data" -U anknytning -A trust -E UTF8 --no-locale --no-sync >"$folder/initdb.log" 2>&1 \
            || { cat "$folder/initdb.log" >&2; rm -rf "$folder"; exit 1; }
        if as_server_user "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start -o \
            "-p $port -k $folder -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2; then
            if [ -n "$owner" ]; then
                # Detached, with no inherited output, so whoever reads this script's output is not kept waiting.
                setsid nohup bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 2; done; "$2" stop "$3"' _ "$owner" "$script" "$port" \
                    </dev/null >/dev/null 2>&1 &
            fi
            echo "Host=127.0.0.1;Port=$port;Username=anknytning;Database=postgres"
            return 0
        fi
        cat "$folder/server.log" >&2 || true
        rm -rf "$folder"
    done
    echo "postgres.sh: could not start PostgreSQL on a free port" >&2
    exit 1
}

stop() {
    local port
    port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"${1:?stop needs the port or the connection string}")
    local folder="$tmp/anknytning-postgres-$port"
    [ -d "$folder/data" ] || { echo "postgres.sh: no test PostgreSQL on port $port" >&2; exit 1; }
    as_server_user "$(postgres_bin)/pg_ctl" -D "$folder/data" -m immediate -w stop >&2 || true
    rm -rf "$folder"
}

case $command in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: $0 start [--owner PID] | stop PORT|CONNECTION-STRING" >&2; exit 2 ;;
esac
