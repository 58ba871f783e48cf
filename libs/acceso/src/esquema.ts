// The SQL tables access owns, created idempotently at start. Users are not ledger facts: who created, deactivated
// or reactivated a user, or changed a password, is kept in registro_auditoria_usuarios (never updated nor deleted
// by the application). The names keep the registro_ prefix the deployed databases already have.
import type { SqlDatabase } from '@tesoreria/event-store';

const TABLAS = `
  CREATE TABLE IF NOT EXISTS registro_usuarios (
    usuario TEXT PRIMARY KEY,
    nombre TEXT NOT NULL,
    rol TEXT NOT NULL,
    dependencia TEXT,
    institucion TEXT,
    hash TEXT NOT NULL,
    activo BOOLEAN NOT NULL DEFAULT TRUE,
    creado_en TEXT NOT NULL,
    creado_por TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS registro_sesiones (
    id TEXT PRIMARY KEY,
    usuario TEXT NOT NULL REFERENCES registro_usuarios (usuario),
    iniciada TEXT NOT NULL,
    ultima_actividad TEXT NOT NULL,
    cerrada TEXT
  );
  CREATE TABLE IF NOT EXISTS registro_auditoria_usuarios (
    id BIGSERIAL PRIMARY KEY,
    instante TEXT NOT NULL,
    usuario TEXT NOT NULL,
    accion TEXT NOT NULL,
    realizado_por TEXT NOT NULL,
    detalle TEXT
  );
  CREATE INDEX IF NOT EXISTS registro_auditoria_usuarios_usuario ON registro_auditoria_usuarios (usuario, id);
  CREATE TABLE IF NOT EXISTS registro_intentos_fallidos (usuario TEXT NOT NULL, instante TEXT NOT NULL);
  ALTER TABLE registro_intentos_fallidos ADD COLUMN IF NOT EXISTS id BIGSERIAL;
  CREATE INDEX IF NOT EXISTS registro_intentos_fallidos_usuario ON registro_intentos_fallidos (usuario);`;

export async function prepararTablasDeAcceso(db: SqlDatabase): Promise<void> {
  await db.exec(TABLAS);
}
