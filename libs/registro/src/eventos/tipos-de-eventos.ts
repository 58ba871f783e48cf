// The registry's event types as the log holds them: each type, its current schema version, the check of its data,
// and the upcasters that bring older events up to it. Read through withEventTypes (libs/event-store), the demo
// log written before the rename reads in today's words:
//   - ServicioOtorgado v1 -> ServicioRegistrado v1 (the design card's name; the flujo keeps its stored name);
//   - PagoRecibido v1 -> v2, which says what the payment pays (`paga`), so a credit's payment can share the type.
import type { EventTypeDefinition } from '@tesoreria/event-store';

type Datos = Record<string, unknown>;
type Forma = Record<string, 'string' | 'number' | 'object'>;

/** Null when every field has its kind, else the first field that does not. */
function campos(forma: Forma): (data: Datos) => string | null {
  return (data) => {
    for (const [campo, tipo] of Object.entries(forma)) {
      const v = data[campo];
      if (typeof v !== tipo || v === null) return `${campo}: se esperaba ${tipo}`;
    }
    return null;
  };
}

const DEL_RECIBO: Forma = { folioRecibo: 'string' };

function checkDePago(data: Datos): string | null {
  const paga = data.paga as { tipo?: unknown } | undefined;
  if (!paga || typeof paga !== 'object') return 'paga: falta lo que el pago paga';
  const comun = campos({ folio: 'string', importeTotal: 'string', fechaPago: 'string', referenciaBancaria: 'string', institucion: 'string' })(data);
  if (comun) return comun;
  if (paga.tipo === 'orden-de-pago') return campos({ serieOrden: 'number', lineaDeCaptura: 'string' })(paga as Datos) ?? campos({ claveDerecho: 'string', importeDerecho: 'string' })(data);
  if (paga.tipo === 'formato-de-pago') return campos({ numeroDeFormato: 'number', lineaDeCaptura: 'string', asignaciones: 'object' })(paga as Datos);
  return `paga.tipo: desconocido (${String(paga.tipo)})`;
}

/** A v1 payment paid a derecho's orden de pago: that is what its línea de captura and serie named. */
function pagoV1aV2(data: Datos): Datos {
  return { paga: { tipo: 'orden-de-pago', serieOrden: data.serieOrden, lineaDeCaptura: data.lineaDeCaptura }, ...data };
}

export const tiposDelRegistro: readonly EventTypeDefinition[] = [
  { type: 'OrdenDePagoEmitida', schemaVersion: 1, check: campos({ serie: 'number', lineaDeCaptura: 'string', claveDerecho: 'string', total: 'string' }) },
  {
    type: 'PagoRecibido',
    schemaVersion: 2,
    check: checkDePago,
    upcasters: [{ desde: { type: 'PagoRecibido', schemaVersion: 1 }, hasta: { type: 'PagoRecibido', schemaVersion: 2 }, subir: pagoV1aV2 }],
  },
  {
    type: 'ServicioRegistrado',
    schemaVersion: 1,
    check: campos({ ...DEL_RECIBO, dependencia: 'string', fechaOtorgamiento: 'string' }),
    upcasters: [{ desde: { type: 'ServicioOtorgado', schemaVersion: 1 }, hasta: { type: 'ServicioRegistrado', schemaVersion: 1 }, subir: (d) => d }],
  },
  { type: 'ConstanciaDeNoPrestacionEmitida', schemaVersion: 1, check: campos({ ...DEL_RECIBO, dependencia: 'string', fechaEmision: 'string' }) },
  { type: 'DevolucionSolicitada', schemaVersion: 1, check: campos({ ...DEL_RECIBO, fechaSolicitud: 'string' }) },
  { type: 'OrdenDeAutorizacionDeCobroEmitida', schemaVersion: 1, check: campos({ ...DEL_RECIBO, fechaPrestacion: 'string' }) },
  { type: 'DiferenciaPagada', schemaVersion: 1, check: campos({ ...DEL_RECIBO, folioReciboDiferencia: 'string' }) },
];
