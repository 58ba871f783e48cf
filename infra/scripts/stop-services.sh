#!/usr/bin/env bash
# Stops the PostgreSQL and Redis started by start-services.sh, by their pid files.
set -u
PGDATA=${PGDATA:-/tmp/ci-pgdata}
if [ -f "$PGDATA/postmaster.pid" ]; then kill -INT "$(head -1 "$PGDATA/postmaster.pid")" 2>/dev/null || true; fi
if [ -f /tmp/ci-redis.pid ]; then kill "$(cat /tmp/ci-redis.pid)" 2>/dev/null || true; fi
exit 0
