#!/usr/bin/env bash
# A real PostgreSQL server (Debian's packages) on 127.0.0.1 for Blinq's catalog tests.
#
#   scripts/postgres.sh start     initdb a cluster (first time) and start it in the background
#   scripts/postgres.sh stop      stop it (the cluster is kept, so `start` resumes it)
#   scripts/postgres.sh url       print the URL of the `blinq` database
#   scripts/postgres.sh status    say whether it answers
#
# Settings (environment):
#   BLINQ_PG_PORT   the port on 127.0.0.1                  (default 55432)
#   BLINQ_PG_DIR    cluster, socket and log                (default /tmp/blinq-postgres-$PORT)
#   BLINQ_PG_BIN    where initdb, pg_ctl, createdb are     (default: the newest /usr/lib/postgresql/*/bin)
set -euo pipefail

port="${BLINQ_PG_PORT:-55432}"
dir="${BLINQ_PG_DIR:-/tmp/blinq-postgres-$port}"
bin="${BLINQ_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
user=blinq

say() { echo "postgres.sh: $*" >&2; }

[ -x "$bin/pg_ctl" ] || { say "no PostgreSQL found (install Debian's postgresql package, or set BLINQ_PG_BIN)"; exit 1; }

# PostgreSQL refuses to run as root: run it as a dedicated user then.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown -R postgres "$dir"
        su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    else
        "$@"
    fi
}

url() { echo "postgres://$user@127.0.0.1:$port/blinq"; }

answers() { as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; }

start() {
    mkdir -p "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        say "initdb in $dir/data"
        as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --no-locale >"$dir/initdb.log"
    fi
    if answers; then
        say "already running on 127.0.0.1:$port"
    else
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
            -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    fi
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'blinq'" | grep 1 >/dev/null \
        || as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" blinq
    say "running on 127.0.0.1:$port: $(url)"
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    status) if answers; then say "answers on 127.0.0.1:$port"; else say "not running"; exit 1; fi ;;
    *) say "usage: $0 start|stop|url|status"; exit 2 ;;
esac
