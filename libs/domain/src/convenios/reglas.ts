// CHP arts. 41 and 42 VI: the rules an instalment or deferred-payment request must meet. Each throws a typed
// refusal naming the field and the article.
import { reglaIncumplida } from '../comun/errores';
import { mesDe, partes, sumarMeses, type Fecha } from '../comun/fecha';

export const MAXIMO_DE_PARCIALIDADES = 24;
export const MAXIMO_DE_MESES_DIFERIDO = 12;

/** CHP art. 41: instalments are monthly and the whole term may not exceed 24 months. */
export function plazoDeParcialidadesPermitido(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAXIMO_DE_PARCIALIDADES) {
    throw reglaIncumplida('plazo-de-parcialidades-excedido', `El campo numeroDeParcialidades debe ser un entero de 1 a ${MAXIMO_DE_PARCIALIDADES}: el pago en parcialidades no puede exceder de veinticuatro meses.`, 'numeroDeParcialidades', 'CHP art. 41');
  }
}

export type NaturalezaDeLaContribucion = 'propia' | 'retenida' | 'trasladada' | 'recaudada';

export interface ContribucionSolicitada {
  readonly concepto: string;
  /** The date on which the contribution had to be paid. */
  readonly debioPagarseEl: Fecha;
  readonly naturaleza: NaturalezaDeLaContribucion;
}

/**
 * CHP art. 42 VI a: not for contributions due in the current calendar year, nor in the six months before the
 * month of the request.
 */
export function noEsDelEjercicioEnCursoNiDeLosSeisMesesAnteriores(c: ContribucionSolicitada, indice: number, fechaDeSolicitud: Fecha): void {
  const mesSolicitud = mesDe(fechaDeSolicitud);
  const delAnioEnCurso = partes(c.debioPagarseEl).anio === partes(fechaDeSolicitud).anio;
  const deLosSeisMeses = mesDe(c.debioPagarseEl) >= sumarMeses(mesSolicitud, -6);
  if (delAnioEnCurso || deLosSeisMeses) {
    throw reglaIncumplida(
      'parcialidades-no-permitidas-para-contribuciones-recientes',
      `El campo contribuciones[${indice}].debioPagarseEl (${c.debioPagarseEl}) corresponde al año en curso o a los seis meses anteriores al mes de la solicitud (${mesSolicitud}): no procede el pago a plazos.`,
      `contribuciones[${indice}].debioPagarseEl`,
      'CHP art. 42 VI a',
    );
  }
}

/** CHP art. 42 VI b: not for contributions withheld, passed on (trasladadas) or collected from third parties. */
export function noEsRetenidaTrasladadaNiRecaudada(c: ContribucionSolicitada, indice: number): void {
  if (c.naturaleza !== 'propia') {
    throw reglaIncumplida(
      'parcialidades-no-permitidas-para-contribuciones-retenidas',
      `El campo contribuciones[${indice}].naturaleza es "${c.naturaleza}": no procede el pago a plazos de contribuciones retenidas, trasladadas o recaudadas.`,
      `contribuciones[${indice}].naturaleza`,
      'CHP art. 42 VI b',
    );
  }
}

/** The policies of art. 42 VI, run over every contribution of the request. */
export function contribucionesAdmitenPagoAPlazos(contribuciones: readonly ContribucionSolicitada[], fechaDeSolicitud: Fecha): void {
  contribuciones.forEach((c, i) => {
    noEsRetenidaTrasladadaNiRecaudada(c, i);
    noEsDelEjercicioEnCursoNiDeLosSeisMesesAnteriores(c, i, fechaDeSolicitud);
  });
}
