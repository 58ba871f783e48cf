// CHP art. 113: gastos de ejecución, 2 % of the credit per diligencia of the PAE (requerimiento, embargo,
// remate), never below $370 nor above $51,000 each, plus the extraordinary costs the article lists;
// and the $450 honorarios de notificación of its last paragraph.
import Decimal from 'decimal.js';
import { Dec, aTexto, suma } from '../comun/importe';
import type { Fecha } from '../comun/fecha';
import { redondearACentavos } from '../comun/redondeo';
import { valorInvalido } from '../comun/errores';
import { advertenciaDeParametroNoVerificado, unirAdvertencias, type PartidaDeDesglose } from '../comun/explicacion';
import type { FilaFechada, TablaFechada } from '../comun/tabla-fechada';
import { validarFecha, validarImporte } from '../actualizacion/validacion';

/** CHP art. 113 I-III: the three diligencias that cause gastos de ejecución. */
export type DiligenciaDeEjecucion = 'requerimiento' | 'embargo' | 'remate';
export const DILIGENCIAS_DE_EJECUCION: readonly DiligenciaDeEjecucion[] = ['requerimiento', 'embargo', 'remate'];

const TEXTO_DILIGENCIA: Record<DiligenciaDeEjecucion, string> = {
  requerimiento: 'requerimiento de pago (CHP art. 113 I, art. 117 primer párrafo)',
  embargo: 'embargo, incluidos los de los arts. 66 II y 27 V (CHP art. 113 II)',
  remate: 'remate, enajenación fuera de remate o adjudicación al fisco estatal (CHP art. 113 III)',
};

/** CHP art. 113 ¶6: the extraordinary costs "únicamente comprenderán" these. */
export type GastoExtraordinario =
  | 'transporte-de-bienes' | 'avaluo' | 'impresion-y-publicacion' | 'registro-publico'
  | 'certificado-de-libertad-de-gravamen' | 'honorarios-de-depositario' | 'honorarios-de-perito' | 'honorarios-de-interventor';
export const GASTOS_EXTRAORDINARIOS: readonly GastoExtraordinario[] = [
  'transporte-de-bienes', 'avaluo', 'impresion-y-publicacion', 'registro-publico',
  'certificado-de-libertad-de-gravamen', 'honorarios-de-depositario', 'honorarios-de-perito', 'honorarios-de-interventor',
];

/** The dated figures of CHP art. 113, from `montos-de-ley.csv`. */
export interface MontosDeGastosDeEjecucion {
  readonly porcentaje: TablaFechada<string>;
  readonly minimo: TablaFechada<string>;
  readonly maximo: TablaFechada<string>;
  readonly honorariosDeNotificacion: TablaFechada<string>;
}

export interface EntradaDeGastosDeEjecucion {
  /** The credit demanded in the diligencias (decision 0007: updated contribution plus accessories, without gastos de ejecución). */
  readonly creditoFiscal: string;
  readonly diligencias: readonly { readonly tipo: DiligenciaDeEjecucion; readonly fecha: Fecha }[];
  readonly extraordinarios?: readonly { readonly concepto: GastoExtraordinario; readonly importe: string; readonly fecha: Fecha }[];
}

export interface ResultadoDeGastosDeEjecucion {
  readonly porDiligencia: { tipo: DiligenciaDeEjecucion; fecha: Fecha; calculado: string; importe: string; ajuste: 'ninguno' | 'minimo' | 'maximo' }[];
  readonly extraordinarios: string;
  readonly total: string;
  readonly advertencias: string[];
  readonly desglose: PartidaDeDesglose[];
}

function advertenciaSi(fila: FilaFechada<string>, que: string): string[] {
  return fila.verificada ? [] : [advertenciaDeParametroNoVerificado(que, `desde ${fila.desde}`, fila.fuente)];
}

/** CHP art. 113: 2 % of the credit for one diligencia, raised to the minimum or cut to the maximum in force that day. */
export function gastosPorDiligencia(credito: Decimal, fecha: Fecha, montos: MontosDeGastosDeEjecucion) {
  const porcentaje = montos.porcentaje.filaEn(fecha), minimo = montos.minimo.filaEn(fecha), maximo = montos.maximo.filaEn(fecha);
  const calculado = redondearACentavos(credito.times(new Dec(porcentaje.valor)).dividedBy(100));
  const min = new Dec(minimo.valor), max = new Dec(maximo.valor);
  const ajuste: 'ninguno' | 'minimo' | 'maximo' = calculado.lessThan(min) ? 'minimo' : calculado.greaterThan(max) ? 'maximo' : 'ninguno';
  const importe = ajuste === 'minimo' ? min : ajuste === 'maximo' ? max : calculado;
  const advertencias = [...advertenciaSi(porcentaje, 'el porcentaje de gastos de ejecución'), ...advertenciaSi(minimo, 'el mínimo de gastos de ejecución'), ...advertenciaSi(maximo, 'el máximo de gastos de ejecución')];
  return { calculado, importe, ajuste, porcentaje: porcentaje.valor, minimo: min, maximo: max, advertencias };
}

export function calcularGastosDeEjecucion(entrada: EntradaDeGastosDeEjecucion, montos: MontosDeGastosDeEjecucion): ResultadoDeGastosDeEjecucion {
  const credito = validarImporte(entrada.creditoFiscal, 'creditoFiscal');
  if (!Array.isArray(entrada.diligencias)) throw valorInvalido('diligencias-invalidas', 'El campo diligencias debe ser una lista.', 'diligencias');
  const desglose: PartidaDeDesglose[] = [];
  const advertencias: string[][] = [];
  const porDiligencia = (entrada.diligencias as EntradaDeGastosDeEjecucion['diligencias']).map((d, i) => {
    if (!DILIGENCIAS_DE_EJECUCION.includes(d.tipo)) {
      throw valorInvalido('diligencia-invalida', `El campo diligencias[${i}].tipo debe ser requerimiento, embargo o remate (CHP art. 113).`, `diligencias[${i}].tipo`);
    }
    const fecha = validarFecha(d.fecha, `diligencias[${i}].fecha`);
    const g = gastosPorDiligencia(credito, fecha, montos);
    advertencias.push(g.advertencias);
    const ajuste = g.ajuste === 'minimo' ? `; es menor que $${aTexto(g.minimo)}, se cobra el mínimo (CHP art. 113 ¶4)`
      : g.ajuste === 'maximo' ? `; excede $${aTexto(g.maximo)}, se cobra el máximo (CHP art. 113 ¶5)` : '';
    desglose.push({
      concepto: `Gastos de ejecución: ${d.tipo}`,
      articulo: 'CHP art. 113',
      detalle: `${TEXTO_DILIGENCIA[d.tipo]} del ${fecha}: ${g.porcentaje} % de ${aTexto(credito)} = ${aTexto(g.calculado)}${ajuste}.`,
      importe: aTexto(g.importe),
    });
    return { tipo: d.tipo, fecha, calculado: aTexto(g.calculado), importe: aTexto(g.importe), ajuste: g.ajuste, valor: g.importe };
  });
  const extra = (entrada.extraordinarios ?? []).map((e, i) => {
    if (!GASTOS_EXTRAORDINARIOS.includes(e.concepto)) {
      throw valorInvalido('gasto-extraordinario-invalido', `El campo extraordinarios[${i}].concepto no es uno de los gastos extraordinarios que enumera el CHP art. 113.`, `extraordinarios[${i}].concepto`);
    }
    validarFecha(e.fecha, `extraordinarios[${i}].fecha`);
    const valor = validarImporte(e.importe, `extraordinarios[${i}].importe`);
    desglose.push({ concepto: `Gasto extraordinario: ${e.concepto}`, articulo: 'CHP art. 113', detalle: `Erogado el ${e.fecha}, se cobra en lo que importó.`, importe: aTexto(valor) });
    return valor;
  });
  const extraordinarios = suma(extra);
  const total = suma(porDiligencia.map((p) => p.valor)).plus(extraordinarios);
  return {
    porDiligencia: porDiligencia.map(({ valor: _valor, ...resto }) => resto),
    extraordinarios: aTexto(extraordinarios),
    total: aTexto(total),
    advertencias: unirAdvertencias(...advertencias),
    desglose,
  };
}

/**
 * CHP art. 113, last paragraph: a notification of a requerimiento to meet an obligation not met on time causes
 * honorarios de notificación, a fixed amount ($450.00 in the text in force).
 */
export function honorariosDeNotificacion(fechaNotificacion: Fecha, montos: MontosDeGastosDeEjecucion): { importe: string; advertencias: string[]; desglose: PartidaDeDesglose[] } {
  const fecha = validarFecha(fechaNotificacion, 'fechaNotificacion');
  const fila = montos.honorariosDeNotificacion.filaEn(fecha);
  const importe = aTexto(new Dec(fila.valor));
  return {
    importe,
    advertencias: advertenciaSi(fila, 'los honorarios de notificación'),
    desglose: [{ concepto: 'Honorarios de notificación', articulo: 'CHP art. 113 último párrafo', detalle: `Requerimiento de una obligación no cumplida en plazo, notificado el ${fecha}.`, importe }],
  };
}

