#!/usr/bin/env bash
# Installs (from Debian's packages) and starts PostgreSQL and Redis on loopback, plus Chromium for the
# browser tests. Prints the environment to export. Tested on Debian 12 as root without systemd.
# Usage: eval "$(bash infra/scripts/start-services.sh)"
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  # Three tries: a mirror that hiccups once should not fail the whole CI run.
  for intento in 1 2 3; do
    if apt-get update -qq >&2 && apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; then break; fi
    [ "$intento" = 3 ] && { apt-get install -y -qq "${need[@]}" >&2; exit 1; }
    sleep $((intento * 5))
  done
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=${PGDATA:-/tmp/ci-pgdata}
PGPORT=${PGPORT:-5432}
started=""
if [ -f "$PGDATA/postmaster.pid" ] && kill -0 "$(head -1 "$PGDATA/postmaster.pid")" 2>/dev/null; then
  echo "PostgreSQL ya está en marcha en $PGDATA: se usa y no se detendrá al final" >&2
else
  started="$started pg"
  rm -rf "$PGDATA"; install -d -o postgres -g postgres "$PGDATA"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=/tmp -c max_connections=200 ${PG_EXTRA_OPTS:-}" >/dev/null
fi
"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "select 1 from pg_database where datname='test'" | grep -q 1 \
  || "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres test
if ! redis-cli -h 127.0.0.1 ping 2>/dev/null | grep -q PONG; then
  started="$started redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
    --pidfile /tmp/ci-redis.pid --logfile /tmp/ci-redis.log
  for i in $(seq 50); do redis-cli -h 127.0.0.1 ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
fi
echo "export PGDATA=$PGDATA PGBIN=$PGBIN TESORERIA_SERVICIOS_INICIADOS='${started# }'"
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/test REDIS_URL=redis://127.0.0.1:6379"
