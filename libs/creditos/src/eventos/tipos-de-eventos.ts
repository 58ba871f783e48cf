// The credit ledger's event types in the log's registry (libs/event-store EventTypeRegistry): every event of a
// credit names its credit (the convenio's own events, folded inside the credit's flujo, name their convenio), and a
// formato de pago its number and línea de captura. Registering them makes a type
// unique across the log (the registry refuses a credit type that another context already uses) and stops a reader
// from folding an event whose data lost the field that routes it. All are at their first schema version.
import { TIPOS_DE_EVENTO_DE_CREDITO } from '@tesoreria/domain';
import type { EventTypeDefinition } from '@tesoreria/event-store';

type Datos = Record<string, unknown>;

const conTexto =
  (...campos: string[]) =>
  (data: Datos): string | null => {
    for (const c of campos) if (typeof data[c] !== 'string' || data[c] === '') return `${c}: se esperaba texto`;
    return null;
  };

/** The credit's own events carry creditoId; the ConvenioParcialidades decider's (arts. 41-42) carry convenioId. */
const delCredito = (data: Datos): string | null =>
  typeof data.convenioId === 'string' && data.convenioId !== '' ? null : conTexto('creditoId')(data);

const formatoDePago = (data: Datos): string | null =>
  typeof data.numero !== 'number' ? 'numero: se esperaba número' : conTexto('lineaDeCaptura', 'total', 'fechaVigencia')(data);

export const tiposDeCreditos: readonly EventTypeDefinition[] = [
  ...TIPOS_DE_EVENTO_DE_CREDITO.map((type) => ({ type, schemaVersion: 1, check: delCredito })),
  { type: 'FormatoDePagoEmitido', schemaVersion: 1, check: formatoDePago },
];
