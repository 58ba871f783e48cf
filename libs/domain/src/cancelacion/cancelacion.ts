// CHP arts. 25-26: when the Secretaría may cancel a debtor's credits, for incosteabilidad or insolvencia.
// The test only says the credits qualify; cancelling stays a discretionary act (acuerdo del Secretario).
import Decimal from 'decimal.js';
import { Dec, aTexto, esImporteValido, suma } from '../comun/importe';
import { valorInvalido } from '../comun/errores';
import { redondearACentavos } from '../comun/redondeo';
import type { PartidaDeDesglose, ResultadoExplicado } from '../comun/explicacion';
import { advertenciaDeParametroNoVerificado } from '../comun/explicacion';
import { crearTablaFechada, type TablaFechada } from '../comun/tabla-fechada';
import { esFechaValida, type Fecha } from '../comun/fecha';

/** The figures of CHP art. 25 I, one row of a dated table: a reform adds a row, not code. */
export interface UmbralesDeCancelacion {
  /** Credits up to this amount (inclusive) are uncollectable without further test. */
  readonly importeMaximoIncosteable: string;
  /** Credits up to this amount (inclusive) are uncollectable when recovery costs more than the percentage. */
  readonly importeMaximoConCosto: string;
  /** The recovery cost must exceed ("rebase") this percentage of the credit. */
  readonly porcentajeDeCosto: string;
  readonly fundamento: string;
}

/**
 * Default table, read in the CHP text in force (last reform published January 2025). The compiled text carries
 * no reform note on art. 25, so the row starts on the date of the text consulted, not of the decree (decision 0105).
 */
export const TABLA_UMBRALES_DE_CANCELACION: TablaFechada<UmbralesDeCancelacion> = crearTablaFechada('umbrales de cancelación (CHP art. 25 I)', [
  {
    desde: '2025-01-01',
    valor: { importeMaximoIncosteable: '1500.00', importeMaximoConCosto: '109000.00', porcentajeDeCosto: '75', fundamento: 'CHP art. 25 I' },
    fuente: 'Código de la Hacienda Pública para el Estado de Chiapas, texto vigente (última reforma enero 2025), art. 25 fracción I; inicio de vigencia anterior no verificado',
    verificada: true,
  },
]);

/** CHP art. 25 II: the three cases in which a debtor or solidary obligor counts as insolvent. */
export type CausaDeInsolvencia = 'sin-bienes-embargables' | 'no-localizado-sin-bienes-embargables' | 'fallecido-sin-bienes';

export interface EntradaDeCancelacion {
  /** The date of the test: picks the thresholds in force. */
  readonly fecha: Fecha;
  /** Every credit the debtor owes, each at its updated amount with accessories on the date of the test. */
  readonly creditos: readonly { readonly id: string; readonly importe: string }[];
  /** Estimated cost of recovering all of them, when the authority has estimated it. */
  readonly costoDeRecuperacion?: string;
  readonly insolvencia?: CausaDeInsolvencia;
}

export type CausaDeCancelacion = 'incosteable-por-monto' | 'incosteable-por-costo' | 'insolvencia';

export interface ResultadoDeCancelacion extends ResultadoExplicado {
  readonly procede: boolean;
  readonly causas: readonly CausaDeCancelacion[];
  readonly importeConsiderado: string;
}

const TEXTO_INSOLVENCIA: Record<CausaDeInsolvencia, string> = {
  'sin-bienes-embargables': 'no tiene bienes embargables para cubrir el crédito',
  'no-localizado-sin-bienes-embargables': 'está como no localizado y no tiene bienes embargables',
  'fallecido-sin-bienes': 'falleció sin dejar bienes que puedan ser objeto del procedimiento administrativo de ejecución',
};

function leer(texto: string, campo: string): Decimal {
  if (!esImporteValido(texto) || !/^\d+(\.\d{1,2})?$/.test(texto)) {
    throw valorInvalido('importe-invalido', `El campo ${campo} debe ser un importe no negativo en pesos con a lo más dos decimales.`, campo);
  }
  return new Dec(texto);
}

export function pruebaDeCancelacion(entrada: EntradaDeCancelacion, tabla: TablaFechada<UmbralesDeCancelacion> = TABLA_UMBRALES_DE_CANCELACION): ResultadoDeCancelacion {
  if (!esFechaValida(entrada.fecha)) throw valorInvalido('fecha-invalida', `El campo fecha no es una fecha válida (AAAA-MM-DD): ${JSON.stringify(entrada.fecha)}.`, 'fecha');
  const fila = tabla.filaEn(entrada.fecha);
  const umbrales = fila.valor;
  const advertencias = fila.verificada ? [] : [advertenciaDeParametroNoVerificado(tabla.nombre, entrada.fecha, fila.fuente)];
  if (entrada.creditos.length === 0) {
    throw valorInvalido('sin-creditos', 'El campo creditos debe incluir al menos un crédito del deudor.', 'creditos');
  }
  const importes = entrada.creditos.map((c, i) => leer(c.importe, `creditos[${i}].importe`));
  const total = suma(importes);
  const desglose: PartidaDeDesglose[] = [];
  if (entrada.creditos.length > 1) {
    desglose.push({ concepto: 'Importe considerado', articulo: 'CHP art. 25, último párrafo', detalle: `se suman los ${entrada.creditos.length} créditos del deudor`, importe: aTexto(total) });
  } else {
    desglose.push({ concepto: 'Importe considerado', articulo: 'CHP art. 25 I', detalle: 'el deudor tiene un solo crédito', importe: aTexto(total) });
  }

  const causas: CausaDeCancelacion[] = [];
  const maximoIncosteable = new Dec(umbrales.importeMaximoIncosteable);
  if (total.lte(maximoIncosteable)) {
    causas.push('incosteable-por-monto');
    desglose.push({ concepto: 'Incosteabilidad por monto', articulo: umbrales.fundamento, detalle: `Importe inferior o equivalente a $${aTexto(maximoIncosteable)}: cobro incosteable` });
  } else {
    desglose.push({ concepto: 'Incosteabilidad por monto', articulo: umbrales.fundamento, detalle: `Importe superior a $${aTexto(maximoIncosteable)}: no es incosteable sólo por su monto` });
    const maximoConCosto = new Dec(umbrales.importeMaximoConCosto);
    if (entrada.costoDeRecuperacion === undefined) {
      desglose.push({ concepto: 'Costo de recuperación', articulo: umbrales.fundamento, detalle: 'Sin estimación del costo de recuperación: no se prueba la segunda hipótesis' });
    } else if (total.gt(maximoConCosto)) {
      desglose.push({ concepto: 'Costo de recuperación', articulo: umbrales.fundamento, detalle: `Importe superior a $${aTexto(maximoConCosto)}: el costo de recuperación no lo hace incosteable` });
    } else {
      const costo = leer(entrada.costoDeRecuperacion, 'costoDeRecuperacion');
      const limite = total.times(umbrales.porcentajeDeCosto).dividedBy(100);
      // "rebase": strictly above the percentage; a cost exactly at 75 % does not qualify.
      if (costo.gt(limite)) {
        causas.push('incosteable-por-costo');
        desglose.push({ concepto: 'Costo de recuperación', articulo: umbrales.fundamento, detalle: `Costo de recuperación $${aTexto(costo)} rebasa el ${umbrales.porcentajeDeCosto} % del importe ($${aTexto(redondearACentavos(limite))}): cobro incosteable` });
      } else {
        desglose.push({ concepto: 'Costo de recuperación', articulo: umbrales.fundamento, detalle: `Costo de recuperación $${aTexto(costo)} no rebasa el ${umbrales.porcentajeDeCosto} % del importe ($${aTexto(redondearACentavos(limite))})` });
      }
    }
  }

  if (entrada.insolvencia !== undefined) {
    causas.push('insolvencia');
    desglose.push({ concepto: 'Insolvencia', articulo: 'CHP art. 25 II', detalle: `Deudor insolvente: ${TEXTO_INSOLVENCIA[entrada.insolvencia]}` });
  }
  desglose.push({
    concepto: 'Resultado',
    articulo: 'CHP arts. 25 y 26',
    detalle: causas.length > 0
      ? 'Los créditos pueden cancelarse mediante acuerdo del Secretario o del Subsecretario de Ingresos, conforme a las reglas de la Secretaría'
      : 'Los créditos no reúnen los requisitos para cancelarse',
  });
  return { procede: causas.length > 0, causas, importeConsiderado: aTexto(total), advertencias, desglose };
}
