// CHP art. 43 (and arts. 184 for fines, 53 for refunds): the amount of actualización of an unpaid amount.
import Decimal from 'decimal.js';
import { aTexto } from '../comun/importe';
import { compararFechas, mesDe, type Fecha } from '../comun/fecha';
import { validarFecha, validarImporte } from './validacion';
import { redondearACentavos } from '../comun/redondeo';
import { valorInvalido } from '../comun/errores';
import type { PartidaDeDesglose } from '../comun/explicacion';
import { factorDeActualizacion, factorATexto, type FactorDeActualizacion } from './factor-de-actualizacion';
import type { TablaInpc } from './inpc';

export interface ResultadoDeActualizacion {
  readonly importe: string;
  readonly factor: string;
  readonly actualizacion: string;
  readonly importeActualizado: string;
  readonly calculo: FactorDeActualizacion;
  readonly advertencias: string[];
  readonly desglose: PartidaDeDesglose[];
}

/** Actualización of `base` between the month it was due and the month it is paid (CHP art. 43). */
export function actualizarImporte(base: Decimal, fechaDebida: Fecha, fechaPago: Fecha, inpc: TablaInpc, articulo = 'CHP art. 43'): ResultadoDeActualizacion {
  const calculo = compararFechas(fechaPago, fechaDebida) <= 0
    ? factorDeActualizacion(inpc, mesDe(fechaDebida), mesDe(fechaDebida), fechaPago)
    : factorDeActualizacion(inpc, mesDe(fechaDebida), mesDe(fechaPago), fechaPago);
  const actualizacion = redondearACentavos(base.times(calculo.factor).minus(base));
  const importeActualizado = base.plus(actualizacion);
  return {
    importe: aTexto(base),
    factor: factorATexto(calculo.factor),
    actualizacion: aTexto(actualizacion),
    importeActualizado: aTexto(importeActualizado),
    calculo,
    advertencias: calculo.advertencias,
    desglose: [{
      concepto: 'Actualización',
      articulo,
      detalle: `${calculo.detalle} ${aTexto(base)} × (${factorATexto(calculo.factor)} − 1) = ${aTexto(actualizacion)}, redondeado a centavos.`,
      importe: aTexto(actualizacion),
    }],
  };
}

/** CHP art. 43: actualización of an unpaid contribution, aprovechamiento or fine (CHP art. 184) from its due date. */
export function calcularActualizacion(entrada: { importe: string; fechaLimitePago: Fecha; fechaPago: Fecha }, inpc: TablaInpc): ResultadoDeActualizacion {
  const base = validarImporte(entrada.importe, 'importe');
  const limite = validarFecha(entrada.fechaLimitePago, 'fechaLimitePago');
  const pago = validarFecha(entrada.fechaPago, 'fechaPago');
  return actualizarImporte(base, limite, pago, inpc);
}

/**
 * CHP arts. 53 and 43: a refund the Treasury owes is updated from the month of the undue payment (or of the
 * return showing the balance) to the month the refund is made, with the same factor and the same floor of 1.
 */
export function actualizarDevolucion(entrada: { importe: string; fechaPagoIndebido: Fecha; fechaDevolucion: Fecha }, inpc: TablaInpc): ResultadoDeActualizacion {
  const base = validarImporte(entrada.importe, 'importe');
  const desde = validarFecha(entrada.fechaPagoIndebido, 'fechaPagoIndebido');
  const hasta = validarFecha(entrada.fechaDevolucion, 'fechaDevolucion');
  if (compararFechas(hasta, desde) < 0) throw valorInvalido('devolucion-antes-del-pago', 'El campo fechaDevolucion no puede ser anterior a fechaPagoIndebido.', 'fechaDevolucion');
  return actualizarImporte(base, desde, hasta, inpc, 'CHP arts. 53 y 43');
}
