#!/usr/bin/env bash
# Stops, by their pid files, the PostgreSQL and Redis that start-services.sh started in this run
# (TESORERIA_SERVICIOS_INICIADOS); servers that were already running are left alone.
set -u
PGDATA=${PGDATA:-/tmp/ci-pgdata}
case " ${TESORERIA_SERVICIOS_INICIADOS:-} " in
  *" pg "*) [ -f "$PGDATA/postmaster.pid" ] && kill -INT "$(head -1 "$PGDATA/postmaster.pid")" 2>/dev/null ;;
esac
case " ${TESORERIA_SERVICIOS_INICIADOS:-} " in
  *" redis "*) [ -f /tmp/ci-redis.pid ] && kill "$(cat /tmp/ci-redis.pid)" 2>/dev/null ;;
esac
exit 0
