// LD art. 6 II (decision 0206): the accessories of a tariff difference run from the date the derecho was paid to
// the date the service is given: actualización (CHP art. 43) and recargos (CHP arts. 44-45 ¶3) on the difference.
import { calcularAdeudo, type TablasDeAdeudo } from '../adeudo/adeudo';
import { Fecha } from '../comun/fecha';
import { aTexto, importe } from '../comun/importe';
import { diferenciaDeTarifa } from './reglas';
import { ReciboParaServicio } from './servicio-registrado.commands';

export interface AccesoriosDeLaDiferencia {
  readonly accesorios: { readonly actualizacion: string; readonly recargos: string };
  /** The period the accessories run over; null when there is nothing to charge. */
  readonly periodo: { readonly desde: Fecha; readonly hasta: Fecha; readonly mesesDeMora: number } | null;
  /** Provisional parameters used (CHP art. 43's last published INPC, rates not yet verified). */
  readonly advertencias: readonly string[];
}

const SIN_ACCESORIOS: AccesoriosDeLaDiferencia = { accesorios: { actualizacion: '0.00', recargos: '0.00' }, periodo: null, advertencias: [] };

/**
 * "Las diferencias y accesorios correspondientes a la fecha de la prestación": the payment fell short by the
 * difference on the day it was made, so that day is when the difference became due, and the service date is when
 * it is collected. `tarifaALaFecha` is the tariff in force on `fechaPrestacion`.
 */
export function accesoriosDeLaDiferencia(
  recibo: Pick<ReciboParaServicio, 'folio' | 'cantidad' | 'importeDerecho' | 'fechaPago'>,
  linea: { readonly clave: string; readonly tarifa: string | null; readonly dependencia: string } | null,
  fechaPrestacion: Fecha,
  tablas: TablasDeAdeudo,
): AccesoriosDeLaDiferencia {
  if (!linea || linea.tarifa === null || fechaPrestacion <= recibo.fechaPago) return SIN_ACCESORIOS;
  const { diferencia } = diferenciaDeTarifa(recibo as ReciboParaServicio, linea);
  if (importe(diferencia).isZero()) return SIN_ACCESORIOS;
  const adeudo = calcularAdeudo({ importe: aTexto(importe(diferencia)), fechaLimitePago: recibo.fechaPago, fechaPago: fechaPrestacion }, tablas);
  return {
    accesorios: { actualizacion: adeudo.actualizacion, recargos: adeudo.recargos },
    periodo: { desde: recibo.fechaPago, hasta: fechaPrestacion, mesesDeMora: adeudo.mesesDeMora },
    advertencias: adeudo.advertencias,
  };
}
