// Money applied to a credit, as the account and the payment status read it: a PagoAplicado (CHP arts. 50-51,
// 131, 161) or an instalment of a convenio (art. 42: the extension's recargos first, then the principal).
import { Dec, aTexto, type Fecha, type ParteAplicada } from '@tesoreria/domain';
import type { HechoDeCredito } from './hecho-de-credito';

export interface DineroAplicado {
  readonly pagoId: string;
  readonly origen: string;
  readonly fechaPago: Fecha;
  readonly importe: string;
  readonly totalAplicado: string;
  /** Null for an instalment: what remains is the convenio's balance. */
  readonly totalPendiente: string | null;
  readonly remanente: string;
  readonly partes: readonly Partial<ParteAplicada>[];
}

export function dineroAplicado(h: HechoDeCredito): DineroAplicado | null {
  const e = h.evento;
  if (e.type === 'PagoAplicado') {
    const d = e.data;
    return { pagoId: d.pagoId, origen: d.origen, fechaPago: d.fechaPago, importe: d.importe, totalAplicado: d.totalAplicado, totalPendiente: d.totalPendiente, remanente: d.remanente, partes: d.partes };
  }
  if (e.type !== 'ParcialidadPagada') return null;
  const d = e.data;
  return {
    pagoId: d.referencia, origen: `parcialidad-${d.numero}`, fechaPago: d.fechaDePago, importe: d.importe,
    totalAplicado: aTexto(new Dec(d.aplicadoARecargosPorProrroga).plus(d.aplicadoACapital)), totalPendiente: null, remanente: d.remanente,
    partes: [
      { concepto: 'recargos-por-prorroga' as ParteAplicada['concepto'], aplicado: d.aplicadoARecargosPorProrroga, fundamento: 'CHP art. 42' },
      { concepto: 'capital-del-convenio' as ParteAplicada['concepto'], aplicado: d.aplicadoACapital, fundamento: 'CHP art. 42' },
    ],
  };
}
