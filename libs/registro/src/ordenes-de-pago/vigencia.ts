// How long a línea de captura may be paid (decision 0202 leaves it to the handler): 15 calendar days counted as
// CHP art. 21 counts periods (every day, the end moved to the next business day of the payments calendar), and
// never past 31 December of the year of issue (CHP art. 20: tariffs change by decree on 1 January).
import { desdePartes, partes, plazoEnDiasNaturales, type Calendario, type Fecha } from '@tesoreria/domain';

export const DIAS_DE_VIGENCIA = 15;

export function vigenciaDeOrden(calendarioDePagos: Calendario, emision: Fecha, dias = DIAS_DE_VIGENCIA): Fecha {
  const propuesta = plazoEnDiasNaturales(calendarioDePagos, emision, dias);
  const finDelEjercicio = desdePartes(partes(emision).anio, 12, 31);
  return propuesta > finDelEjercicio ? finDelEjercicio : propuesta;
}
