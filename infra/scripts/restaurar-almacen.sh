#!/usr/bin/env bash
# Restores the event store (and the read models stored with it) from one PostgreSQL database into another,
# for a move to a new server or a recovery from a logical backup, and checks the result is readable.
#
#   restaurar-almacen.sh ORIGEN_URL DESTINO_URL   pg_dump of ORIGEN, pg_restore into DESTINO (which must exist
#                                                 and be empty), then the step below
#   restaurar-almacen.sh --reparar DESTINO_URL    only the step after a restore made some other way (a data-only
#                                                 dump, a copy table by table): the store refuses to start until
#                                                 it has run
#
# The step after the restore is SELECT * FROM event_store_after_restore(): it moves the position sequence and
# the registradoEn clock up to the restored log, only ever forwards, so it is safe to repeat. Readers do not
# depend on the source server's transaction ids (migration 0002), so the restored history is readable as it is.
# Stop the api and the worker that write to DESTINO first; ORIGEN can stay in use (pg_dump reads a snapshot).
# Needs pg_dump, pg_restore and psql of the server's major version or newer (PGBIN, or on PATH).
set -euo pipefail

uso() {
  sed -n '5,10p' "$0" >&2
  exit 2
}

bin() {
  if [ -n "${PGBIN:-}" ] && [ -x "$PGBIN/$1" ]; then echo "$PGBIN/$1"; else command -v "$1" || { echo "No se encontró $1: instale el cliente de PostgreSQL o defina PGBIN" >&2; exit 1; }; fi
}

psql_=$(bin psql)

reparar() {
  local destino=$1
  local existe
  existe=$("$psql_" "$destino" -v ON_ERROR_STOP=1 -tAc "SELECT to_regproc('event_store_after_restore') IS NOT NULL")
  if [ "$existe" != "t" ]; then
    echo "El destino no tiene la versión 2 del almacén: al arrancar, la aplicación la instala; vuelva a ejecutar después --reparar si se niega a arrancar." >&2
    return 0
  fi
  "$psql_" "$destino" -v ON_ERROR_STOP=1 -tAc "SELECT 'secuencias al día: última posición ' || last_position || ', reloj ' || (timestamptz 'epoch' + last_recorded_ms * interval '1 millisecond') FROM event_store_after_restore()"
  "$psql_" "$destino" -v ON_ERROR_STOP=1 -tAc "SELECT 'eventos: ' || count(*) || ', visibles hasta la posición ' || event_store_head() FROM events"
}

[ $# -eq 2 ] || uso
if [ "$1" = "--reparar" ]; then
  reparar "$2"
  exit 0
fi

origen=$1
destino=$2
vacio=$("$psql_" "$destino" -v ON_ERROR_STOP=1 -tAc "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'")
if [ "$vacio" != "0" ]; then
  echo "El destino ya tiene tablas: restaure en una base recién creada (createdb) para no mezclar dos registros." >&2
  exit 1
fi
copia=$(mktemp -t restaurar-almacen.XXXXXX)
trap 'rm -f "$copia"' EXIT
"$(bin pg_dump)" --format=custom --no-owner --no-privileges --file="$copia" "$origen"
"$(bin pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$destino" "$copia"
reparar "$destino"
