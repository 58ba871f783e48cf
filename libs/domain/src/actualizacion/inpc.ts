// CHP art. 43: the INPC of a month, and the "last published index" fallback of its second paragraph.
import { compararFechas, type Fecha, type Mes } from '../comun/fecha';
import { reglaIncumplida } from '../comun/errores';
import type { FilaFechada, TablaFechada } from '../comun/tabla-fechada';

export interface ValorInpc {
  readonly mes: Mes;
  /** The index as published (three decimals since August 2018, six before). */
  readonly indice: string;
  readonly fechaPublicacion: Fecha;
  /** True when the publication date is the legal deadline (10th of the next month) rather than the real DOF date. */
  readonly publicacionEstimada: boolean;
}

/** One row per month; the row of month M starts on M-01 and ends on its last day. */
export type TablaInpc = TablaFechada<ValorInpc>;

export interface InpcUsado {
  /** The month whose index the article asks for. */
  readonly mesRequerido: Mes;
  readonly fila: FilaFechada<ValorInpc>;
  /** True when the index of mesRequerido was not published by the cut-off date and the last published one was used. */
  readonly sustituido: boolean;
  readonly advertencia?: string;
}

const primerDia = (m: Mes): Fecha => `${m}-01`;

/** The index of `mes` if it was published on or before `fechaDeCorte`; otherwise the last one published (CHP art. 43 ¶2). */
export function inpcPublicadoAl(tabla: TablaInpc, mes: Mes, fechaDeCorte: Fecha): InpcUsado {
  const propia = tabla.buscarFilaEn(primerDia(mes));
  if (propia && compararFechas(propia.valor.fechaPublicacion, fechaDeCorte) <= 0) return { mesRequerido: mes, fila: propia, sustituido: false };
  let ultima: FilaFechada<ValorInpc> | undefined;
  for (const f of tabla.filas) {
    if (f.valor.mes < mes && compararFechas(f.valor.fechaPublicacion, fechaDeCorte) <= 0) ultima = f;
  }
  if (!ultima) {
    throw reglaIncumplida('inpc-no-disponible', `El campo fechaPago pide el INPC de ${mes}, y al ${fechaDeCorte} no hay publicado ni ese ni uno anterior en la tabla de INPC.`, 'fechaPago', 'CHP art. 43', { mes, fechaDeCorte });
  }
  const advertencia = propia
    ? `El INPC de ${mes} aún no estaba publicado el ${fechaDeCorte} (se publica el ${propia.valor.fechaPublicacion}${propia.valor.publicacionEstimada ? ', fecha estimada' : ''}); conforme al CHP art. 43 se usó el último publicado, el de ${ultima.valor.mes}.`
    : `La tabla de INPC no tiene el índice de ${mes}; conforme al CHP art. 43 se usó el último registrado y publicado, el de ${ultima.valor.mes}. Si ya se publicó, agréguelo a la tabla.`;
  return { mesRequerido: mes, fila: ultima, sustituido: true, advertencia };
}

/** The index of `mes`, which must be in the table (the oldest month of a period has no fallback in CHP art. 43). */
export function inpcDelMes(tabla: TablaInpc, mes: Mes): FilaFechada<ValorInpc> {
  const fila = tabla.buscarFilaEn(primerDia(mes));
  if (!fila) throw reglaIncumplida('inpc-no-disponible', `El campo fechaLimitePago pide el INPC de ${mes} (el mes anterior al más antiguo del periodo), que la tabla de INPC no tiene.`, 'fechaLimitePago', 'CHP art. 43', { mes });
  return fila;
}
