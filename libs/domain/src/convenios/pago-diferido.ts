// CHP arts. 41 and 42 II: deferred payment. The 80 % left after the initial 20 % is paid in one sum on the date the
// taxpayer chose, plus the prórroga rate times the months (or fraction) between request and that date.
import { aTexto } from '../comun/importe';
import { redondearACentavos } from '../comun/redondeo';
import { reglaIncumplida } from '../comun/errores';
import type { Fecha } from '../comun/fecha';
import type { PartidaDeDesglose, ResultadoExplicado } from '../comun/explicacion';
import type { Calendario } from '../calendario/calendario';
import { vencimientoEnMeses } from '../calendario/plazos';
import { mismoDiaDespuesDeMeses, validarFecha } from '../prescripcion/computo-de-plazo';
import { leerImporteEnCentavos, leerTasa, pagoInicialRequerido } from './calendario-de-parcialidades';
import { MAXIMO_DE_MESES_DIFERIDO } from './reglas';

export interface SolicitudDePagoDiferido {
  readonly montoTotalActualizado: string;
  readonly tasaMensualDeProrroga: string;
  readonly fechaDeSolicitud: Fecha;
  /** The date the taxpayer chose to pay the deferred amount in one sum. */
  readonly fechaDePago: Fecha;
}

export interface PagoDiferidoCalculado extends ResultadoExplicado {
  readonly pagoInicial: string;
  readonly montoDiferido: string;
  readonly meses: number;
  readonly recargosPorProrroga: string;
  readonly montoALiquidar: string;
  readonly garantia: string;
}

export function calcularPagoDiferido(cal: Calendario, s: SolicitudDePagoDiferido): PagoDiferidoCalculado {
  validarFecha(s.fechaDeSolicitud, 'fechaDeSolicitud');
  validarFecha(s.fechaDePago, 'fechaDePago');
  const total = leerImporteEnCentavos(s.montoTotalActualizado, 'montoTotalActualizado');
  const tasa = leerTasa(s.tasaMensualDeProrroga, 'tasaMensualDeProrroga');
  const limite = vencimientoEnMeses(cal, s.fechaDeSolicitud, MAXIMO_DE_MESES_DIFERIDO);
  if (s.fechaDePago <= s.fechaDeSolicitud || s.fechaDePago > limite) {
    throw reglaIncumplida('plazo-diferido-excedido', `El campo fechaDePago debe ser posterior a la solicitud y a más tardar el ${limite}: el pago diferido no puede exceder de doce meses.`, 'fechaDePago', 'CHP art. 41');
  }
  // Months or fraction: the fewest whole months from the request that reach the chosen date (decision 0102).
  let meses = 1;
  while (mismoDiaDespuesDeMeses(s.fechaDeSolicitud, meses) < s.fechaDePago && meses < MAXIMO_DE_MESES_DIFERIDO) meses++;

  const pagoInicial = pagoInicialRequerido(s.montoTotalActualizado);
  const diferido = total.minus(pagoInicial);
  const recargos = redondearACentavos(diferido.times(tasa).times(meses));
  const montoALiquidar = diferido.plus(recargos);
  const desglose: PartidaDeDesglose[] = [
    { concepto: 'Pago inicial', articulo: 'CHP art. 41 II', detalle: '20 % del monto total actualizado, al solicitar', importe: aTexto(pagoInicial) },
    { concepto: 'Monto diferido', articulo: 'CHP art. 42 II', detalle: 'monto total menos el pago inicial', importe: aTexto(diferido) },
    { concepto: 'Recargos por prórroga', articulo: 'CHP art. 42 II', detalle: `${s.tasaMensualDeProrroga} % × ${meses} meses o fracción, del ${s.fechaDeSolicitud} al ${s.fechaDePago}, sobre el monto diferido`, importe: aTexto(recargos) },
    { concepto: 'Monto a liquidar en una sola exhibición', articulo: 'CHP art. 42 II', detalle: `a más tardar el ${s.fechaDePago}`, importe: aTexto(montoALiquidar) },
    { concepto: 'Garantía del interés fiscal', articulo: 'CHP art. 42 III', detalle: '80 % del monto total más los recargos por prórroga del plazo', importe: aTexto(montoALiquidar) },
  ];
  return {
    pagoInicial: aTexto(pagoInicial),
    montoDiferido: aTexto(diferido),
    meses,
    recargosPorProrroga: aTexto(recargos),
    montoALiquidar: aTexto(montoALiquidar),
    garantia: aTexto(montoALiquidar),
    advertencias: [],
    desglose,
  };
}
