// Given events for the registry's read-model specs: one orden de pago, its payment (v1 layout, as the demo log
// holds it), what an agency did with the receipt, and a credit's payment that the derecho models must leave alone.
// `proyectar` folds them, through the log's event-type registry, into a fresh PGlite and returns the database.
import { EventTypeRegistry, PgliteDatabase, type RecordedEvent } from '@tesoreria/event-store';
import type { Projection } from '@tesoreria/projections';
import { tiposDelRegistro } from '@tesoreria/registro';

export interface Dado {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly schemaVersion?: number;
  readonly userId?: string;
}

const LINEA = '07000000012322810000018020051';
export const FOLIO = 'RO-2026-00000001-7';

export const ordenEmitida: Dado = {
  type: 'OrdenDePagoEmitida',
  data: {
    serie: 1, lineaDeCaptura: LINEA, claveDerecho: 'LD-21-III-a', dependencia: 'SGG', cantidad: 1, tarifa: '100.00', importeDerecho: '100.00',
    adicional: '6.00', salvamentos: '0.00', total: '106.00', exentoDeAdicional: false, fundamentoAdicional: 'CHP art. 264',
    fechaEmision: '2026-03-02', fechaVigencia: '2026-03-17', token: 'a'.repeat(22),
  },
};

/** Written before `paga` existed (schema version 1). */
export const pagoV1: Dado = {
  type: 'PagoRecibido',
  schemaVersion: 1,
  userId: 'banco.sureste',
  data: {
    folio: FOLIO, lineaDeCaptura: LINEA, serieOrden: 1, referenciaBancaria: 'BSE-1', canal: 'banco', institucion: 'Banco del Sureste',
    claveDerecho: 'LD-21-III-a', cantidad: 1, importeDerecho: '100.00', adicional: '6.00', salvamentos: '0.00', importeTotal: '106.00',
    contribuyente: { rfc: 'HEGG850101AB1', curp: null, nombre: 'Gloria Hernández García' }, fechaPago: '2026-03-03', fechaVigencia: '2026-03-17',
    medioDePago: 'efectivo', delegacion: 'I',
  },
};

/** Written before the rename (ServicioOtorgado). */
export const servicioOtorgadoV1: Dado = {
  type: 'ServicioOtorgado',
  userId: 'sgg.registro',
  data: {
    folioRecibo: FOLIO, claveDerecho: 'LD-21-III-a', cantidad: 1, dependencia: 'SGG', fechaOtorgamiento: '2026-03-04', fechaPago: '2026-03-03',
    receptor: { nombre: 'Gloria Hernández García', identificacion: null },
  },
};

/** A credit's payment form paid at a bank: the same fact, paying something other than a derecho. */
export const pagoDeFormato: Dado = {
  type: 'PagoRecibido',
  schemaVersion: 2,
  userId: 'banco.sureste',
  data: {
    paga: { tipo: 'formato-de-pago', numeroDeFormato: 1, lineaDeCaptura: '07900000000123160000050000071', creditos: ['C-1'], asignaciones: [{ creditoId: 'C-1', importe: '5000.00' }], saldoAFavorSinAplicar: '0.00' }, folio: 'RO-2026-00000002-5', referenciaBancaria: 'BSE-2', canal: 'banco',
    institucion: 'Banco del Sureste', importeTotal: '5000.00', contribuyente: { rfc: 'HEGG850101AB1', curp: null, nombre: 'Gloria Hernández García' },
    fechaPago: '2026-03-03', medioDePago: 'efectivo', delegacion: 'I',
  },
};

const registro = new EventTypeRegistry(tiposDelRegistro);

export function registrados(dados: readonly Dado[]): RecordedEvent[] {
  return dados.map((d, i) =>
    registro.leer({
      eventId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      streamId: `flujo-${i}`,
      revision: 0,
      position: i + 1,
      type: d.type,
      data: d.data,
      metadata: { actor: { userId: d.userId ?? 'publico', role: 'x' }, correlationId: 'c', registradoEn: '2026-03-05T12:00:00Z', fechaEfecto: '2026-03-05', schemaVersion: d.schemaVersion ?? 1 },
    }),
  );
}

/** The projection's tables after applying the given events (filtered by `handles`, as the engine does). */
export async function proyectar(p: Projection, dados: readonly Dado[]): Promise<PgliteDatabase> {
  const db = await PgliteDatabase.open();
  await db.exec(p.schema);
  const eventos = registrados(dados).filter((e) => p.handles.includes(e.type));
  await db.transaction((tx) => p.apply(tx, eventos));
  return db;
}
