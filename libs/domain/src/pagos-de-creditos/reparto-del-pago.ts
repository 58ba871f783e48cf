// CHP art. 51: a payment of several credits covers the oldest first (decision 0101: the whole older period
// before the next). Each live credit receives up to what it owes on the payment date; the last live credit also
// receives what exceeds the whole debt, so its PagoAplicado records the excess as saldo a favor (CHP art. 53)
// and the shares always add up to the money received.
import Decimal from 'decimal.js';
import { CERO, Dec, aTexto } from '../comun/importe';
import type { Fecha } from '../comun/fecha';
import type { AsignacionDelPago } from './formato-de-pago.events';

export interface CreditoPorPagar {
  readonly creditoId: string;
  readonly periodo: string;
  readonly fechaDeterminacion: Fecha;
  /** Owed on the payment date; irrelevant when the credit is no longer alive. */
  readonly adeudo: string;
  readonly vivo: boolean;
}

/** Oldest first: by period, then determination date, then id (a total order, so the split is reproducible). */
export function ordenDeAntiguedad<T extends Pick<CreditoPorPagar, 'creditoId' | 'periodo' | 'fechaDeterminacion'>>(creditos: readonly T[]): T[] {
  const clave = (c: T) => [c.periodo, c.fechaDeterminacion, c.creditoId] as const;
  return [...creditos].sort((a, b) => {
    const [x, y] = [clave(a), clave(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

export function repartirPago(importe: string, creditos: readonly CreditoPorPagar[]): { asignaciones: AsignacionDelPago[]; saldoAFavorSinAplicar: string } {
  const vivos = ordenDeAntiguedad(creditos).filter((c) => c.vivo);
  let resto = new Dec(importe);
  const asignaciones: AsignacionDelPago[] = [];
  vivos.forEach((c, i) => {
    const ultimo = i === vivos.length - 1;
    const parte: Decimal = ultimo ? resto : Decimal.min(resto, Decimal.max(CERO, new Dec(c.adeudo)));
    resto = resto.minus(parte);
    if (parte.gt(0)) asignaciones.push({ creditoId: c.creditoId, importe: aTexto(parte) });
  });
  return { asignaciones, saldoAFavorSinAplicar: aTexto(resto) };
}
