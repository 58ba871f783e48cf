// Reads of the payment status: one payment with every credit it reached and what it covered by concept, and the
// payments of a taxpayer. What the payment brought is what it covered plus what it left over after the last credit
// it reached: that holds whether the money passes whole from credit to credit or is split beforehand.
import { Dec, aTexto, suma, type Fecha, type ParteAplicada } from '@tesoreria/domain';
import type { SqlClient } from '@tesoreria/event-store';

export interface AplicacionDelPago {
  readonly creditoId: string;
  readonly importe: string;
  readonly totalAplicado: string;
  readonly totalPendiente: string | null;
  readonly remanente: string;
  readonly partes: readonly Partial<ParteAplicada>[];
}

export type EstadoDelPago = 'aplicado' | 'cheque-no-pagado';

export interface PagoDeCreditos {
  readonly pagoId: string;
  readonly origen: string;
  readonly fechaPago: Fecha;
  readonly contribuyente: { readonly rfc: string | null; readonly curp: string | null };
  readonly importeRecibido: string;
  readonly totalAplicado: string;
  readonly remanente: string;
  /** CHP art. 53 for the debtor's own money; art. 166 for the surplus of a remate or adjudicación. */
  readonly destinoDelRemanente: 'saldo-a-favor' | 'excedente-devuelto' | null;
  readonly estado: EstadoDelPago;
  /** CHP art. 48: the date the cheque bounced and the 20 % owed for it. */
  readonly chequeNoPagado: { readonly fecha: Fecha; readonly indemnizacion: string } | null;
  readonly aplicaciones: readonly AplicacionDelPago[];
}

type Fila = Record<string, unknown>;
const texto = (v: unknown) => (v === null || v === undefined ? null : String(v));
const COLUMNAS = `pago_id, credito_id, rfc, curp, origen, fecha_pago, importe::text, total_aplicado::text, total_pendiente::text, remanente::text,
  partes, cheque_no_pagado_el, indemnizacion::text, posicion`;

function agrupar(filas: readonly Fila[]): PagoDeCreditos[] {
  const porPago = new Map<string, Fila[]>();
  for (const f of filas) porPago.set(String(f.pago_id), [...(porPago.get(String(f.pago_id)) ?? []), f]);
  return [...porPago.values()].map((fs) => {
    const primera = fs[0], ultima = fs[fs.length - 1];
    const aplicado = suma(fs.map((f) => new Dec(String(f.total_aplicado))));
    const remanente = String(ultima.remanente);
    const origen = String(primera.origen);
    const rebotado = fs.find((f) => f.cheque_no_pagado_el !== null);
    return {
      pagoId: String(primera.pago_id), origen, fechaPago: String(primera.fecha_pago),
      contribuyente: { rfc: texto(primera.rfc), curp: texto(primera.curp) },
      importeRecibido: aTexto(aplicado.plus(remanente)), totalAplicado: aTexto(aplicado), remanente,
      destinoDelRemanente: new Dec(remanente).isZero() ? null : origen === 'pago-recibido' || origen.startsWith('parcialidad-') ? 'saldo-a-favor' : 'excedente-devuelto',
      estado: rebotado ? 'cheque-no-pagado' : 'aplicado',
      chequeNoPagado: rebotado ? { fecha: String(rebotado.cheque_no_pagado_el), indemnizacion: String(rebotado.indemnizacion) } : null,
      aplicaciones: fs.map((f) => ({
        creditoId: String(f.credito_id), importe: String(f.importe), totalAplicado: String(f.total_aplicado), totalPendiente: texto(f.total_pendiente),
        remanente: String(f.remanente), partes: (typeof f.partes === 'string' ? JSON.parse(f.partes) : f.partes) as Partial<ParteAplicada>[],
      })),
    };
  });
}

export async function estadoDelPago(db: SqlClient, pagoId: string): Promise<PagoDeCreditos | null> {
  const r = await db.query<Fila>(`SELECT ${COLUMNAS} FROM creditos_pagos_aplicados WHERE pago_id = $1 ORDER BY posicion`, [pagoId]);
  return agrupar(r.rows)[0] ?? null;
}

/** A taxpayer's payments (by RFC or CURP), newest first, optionally within dates of payment. */
export async function pagosDelContribuyente(
  db: SqlClient, contribuyente: { rfc?: string; curp?: string }, fechas: { desde?: Fecha; hasta?: Fecha } = {},
): Promise<PagoDeCreditos[]> {
  const r = await db.query<Fila>(
    `SELECT ${COLUMNAS} FROM creditos_pagos_aplicados
      WHERE ((rfc = $1) OR (curp = $2)) AND ($3::text IS NULL OR fecha_pago >= $3) AND ($4::text IS NULL OR fecha_pago <= $4)
      ORDER BY fecha_pago DESC, pago_id, posicion`,
    [contribuyente.rfc ?? null, contribuyente.curp ?? null, fechas.desde ?? null, fechas.hasta ?? null]);
  return agrupar(r.rows);
}
