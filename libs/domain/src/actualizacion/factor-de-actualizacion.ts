// CHP art. 43: factor = INPC of the month before the most recent month of the period / INPC of the month before
// the oldest, to the ten-thousandth (truncated, decision 0001); no fractions of a month; below 1 it is 1.
import Decimal from 'decimal.js';
import { Dec } from '../comun/importe';
import { sumarMeses, type Fecha, type Mes } from '../comun/fecha';
import { truncarFactor } from '../comun/redondeo';
import { advertenciaDeParametroNoVerificado } from '../comun/explicacion';
import { inpcDelMes, inpcPublicadoAl, type TablaInpc } from './inpc';

export interface IndiceUsado {
  readonly mes: Mes;
  readonly indice: string;
  readonly fuente: string;
  readonly verificada: boolean;
}

export interface FactorDeActualizacion {
  /** The factor applied: truncated to four decimals, never below 1. */
  readonly factor: Decimal;
  /** The quotient truncated to four decimals, before the "below 1 counts as 1" rule (null when no index was needed). */
  readonly cociente: Decimal | null;
  readonly mesMasAntiguo: Mes;
  readonly mesMasReciente: Mes;
  readonly inpcReciente: IndiceUsado | null;
  readonly inpcAntiguo: IndiceUsado | null;
  readonly advertencias: string[];
  readonly detalle: string;
}

/** The factor as text, four decimals (it is already truncated, so no digit is lost). */
export function factorATexto(factor: Decimal): string {
  return factor.toFixed(4);
}

/**
 * CHP art. 43: the period runs from `mesMasAntiguo` (the month the payment was due) to `mesMasReciente` (the
 * month it is made); `fechaDeCorte` is the date the payment is made, which decides which indexes were published.
 */
export function factorDeActualizacion(tabla: TablaInpc, mesMasAntiguo: Mes, mesMasReciente: Mes, fechaDeCorte: Fecha): FactorDeActualizacion {
  const uno = new Dec(1);
  if (mesMasReciente <= mesMasAntiguo) {
    return { factor: uno, cociente: null, mesMasAntiguo, mesMasReciente, inpcReciente: null, inpcAntiguo: null, advertencias: [],
      detalle: `El pago se hace en el mismo mes en que debió hacerse (${mesMasAntiguo}): no hay mes completo que actualizar; factor 1.0000 (CHP art. 43, sin fracciones de mes).` };
  }
  const antiguo = inpcDelMes(tabla, sumarMeses(mesMasAntiguo, -1));
  const reciente = inpcPublicadoAl(tabla, sumarMeses(mesMasReciente, -1), fechaDeCorte);
  const advertencias: string[] = [];
  if (reciente.advertencia) advertencias.push(reciente.advertencia);
  for (const f of [antiguo, reciente.fila]) {
    if (!f.verificada) advertencias.push(advertenciaDeParametroNoVerificado('el INPC', f.valor.mes, f.fuente));
  }
  const aIndice = (f: typeof antiguo): IndiceUsado => ({ mes: f.valor.mes, indice: f.valor.indice, fuente: f.fuente, verificada: f.verificada });
  if (reciente.fila.valor.mes <= antiguo.valor.mes) {
    return { factor: uno, cociente: null, mesMasAntiguo, mesMasReciente, inpcReciente: aIndice(reciente.fila), inpcAntiguo: aIndice(antiguo), advertencias,
      detalle: `El último INPC publicado (${reciente.fila.valor.mes}) no es posterior al del mes anterior al más antiguo (${antiguo.valor.mes}): factor 1.0000 (CHP art. 43).` };
  }
  const cociente = truncarFactor(new Dec(reciente.fila.valor.indice).dividedBy(new Dec(antiguo.valor.indice)));
  const factor = cociente.lessThan(uno) ? uno : cociente;
  const minimo = cociente.lessThan(uno) ? ` El cociente ${factorATexto(cociente)} es menor que 1, así que el factor es 1.0000 (CHP art. 43, último párrafo).` : '';
  return {
    factor, cociente, mesMasAntiguo, mesMasReciente, inpcReciente: aIndice(reciente.fila), inpcAntiguo: aIndice(antiguo), advertencias,
    detalle: `Periodo de ${mesMasAntiguo} a ${mesMasReciente}: INPC de ${reciente.fila.valor.mes} (${reciente.fila.valor.indice}) entre INPC de ${antiguo.valor.mes} (${antiguo.valor.indice}) = ${factorATexto(cociente)}, truncado al diezmilésimo.${minimo}`,
  };
}
