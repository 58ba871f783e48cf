#!/usr/bin/env bash
# Installs (from Debian's packages, with apt-get: root or sudo) and starts PostgreSQL and Redis on loopback, plus
# Chromium for the browser tests. Prints the environment to export. Tested on Debian 12 as root without systemd.
# Usage: eval "$(bash infra/scripts/start-services.sh)"
# Optional: PGDATA, PGPORT, PG_EXTRA_OPTS, REDIS_PORT, REDIS_PIDFILE, SERVICIOS ("pg redis" by default: which to start).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SERVICIOS=${SERVICIOS:-pg redis}
como_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Instalando con apt-get: ${need[*]} (necesita root o sudo y acceso a la red)" >&2
  # Three tries: a mirror that hiccups once should not fail the whole CI run.
  for intento in 1 2 3; do
    if como_root apt-get update -qq >&2 && como_root apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; then break; fi
    [ "$intento" = 3 ] && { como_root apt-get install -y -qq "${need[@]}" >&2; exit 1; }
    sleep $((intento * 5))
  done
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=${PGDATA:-/tmp/ci-pgdata}
PGPORT=${PGPORT:-5432}
REDIS_PORT=${REDIS_PORT:-6379}
REDIS_PIDFILE=${REDIS_PIDFILE:-/tmp/ci-redis.pid}
started=""
# PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user, otherwise to the caller.
como_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case " $SERVICIOS " in *" pg "*)
  if [ -f "$PGDATA/postmaster.pid" ] && kill -0 "$(head -1 "$PGDATA/postmaster.pid")" 2>/dev/null; then
    echo "PostgreSQL ya está en marcha en $PGDATA: se usa y no se detendrá al final" >&2
  else
    started="$started pg"
    rm -rf "$PGDATA"
    if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres "$PGDATA"; else install -d -m 700 "$PGDATA"; fi
    como_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    como_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=/tmp -c max_connections=200 ${PG_EXTRA_OPTS:-}" >/dev/null
  fi
  "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "select 1 from pg_database where datname='test'" | grep -q 1 \
    || "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres test
  echo "export PGDATA=$PGDATA PGBIN=$PGBIN DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/test"
;; esac
case " $SERVICIOS " in *" redis "*)
  if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
    started="$started redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
      --pidfile "$REDIS_PIDFILE" --logfile "${REDIS_PIDFILE%.pid}.log"
    for i in $(seq 50); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  fi
  echo "export REDIS_PIDFILE=$REDIS_PIDFILE REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
;; esac
echo "export TESORERIA_SERVICIOS_INICIADOS='${started# }'"
