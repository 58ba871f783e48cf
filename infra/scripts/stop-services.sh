#!/usr/bin/env bash
# Stops, by their pid files, the PostgreSQL and Redis that start-services.sh started in this run
# (TESORERIA_SERVICIOS_INICIADOS), and waits until they are gone; servers that were already running are left alone.
set -u
PGDATA=${PGDATA:-/tmp/ci-pgdata}
REDIS_PIDFILE=${REDIS_PIDFILE:-/tmp/ci-redis.pid}
detener() { # pid signal
  kill "-$2" "$1" 2>/dev/null || return 0
  for i in $(seq 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  echo "El proceso $1 no terminó en 30 s" >&2
}
case " ${TESORERIA_SERVICIOS_INICIADOS:-} " in
  *" pg "*) [ -f "$PGDATA/postmaster.pid" ] && detener "$(head -1 "$PGDATA/postmaster.pid")" INT ;;
esac
case " ${TESORERIA_SERVICIOS_INICIADOS:-} " in
  *" redis "*) [ -f "$REDIS_PIDFILE" ] && detener "$(cat "$REDIS_PIDFILE")" TERM ;;
esac
exit 0
