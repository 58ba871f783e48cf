// CHP arts. 41 II and 42 I, III: the 20 % paid at request, equal monthly instalments of the rest at the
// prórroga rate, their due dates (art. 21) and the guarantee. Formula and rounding: decision 0102.
import Decimal from 'decimal.js';
import { Dec, aTexto, esImporteValido, suma } from '../comun/importe';
import { redondearACentavos } from '../comun/redondeo';
import { reglaIncumplida, valorInvalido } from '../comun/errores';
import type { Fecha } from '../comun/fecha';
import type { PartidaDeDesglose, ResultadoExplicado } from '../comun/explicacion';
import type { Calendario } from '../calendario/calendario';
import { vencimientoEnMeses } from '../calendario/plazos';
import { validarFecha } from '../prescripcion/computo-de-plazo';
import { plazoDeParcialidadesPermitido } from './reglas';

export interface SolicitudDeParcialidades {
  /** CHP art. 41 II a-c: contributions and fines updated to the month of the request, plus the other accessories. */
  readonly montoTotalActualizado: string;
  /** Monthly prórroga rate of the Ley de Ingresos in force on the request date, in percent ('1.26' = 1.26 %). */
  readonly tasaMensualDeProrroga: string;
  readonly numeroDeParcialidades: number;
  readonly fechaDeSolicitud: Fecha;
}

export interface FilaDeParcialidad {
  readonly numero: number;
  readonly vencimiento: Fecha;
  readonly saldoInicial: string;
  /** The instalment: recargos por prórroga plus capital. */
  readonly importe: string;
  readonly recargosPorProrroga: string;
  readonly capital: string;
  readonly saldoFinal: string;
}

export interface ConvenioCalculado extends ResultadoExplicado {
  readonly pagoInicial: string;
  readonly saldo: string;
  /** The equal instalment; the last one absorbs the centavos of rounding and may differ. */
  readonly parcialidad: string;
  readonly tabla: readonly FilaDeParcialidad[];
  readonly totales: { readonly importe: string; readonly recargosPorProrroga: string; readonly capital: string };
  /** CHP art. 42 III: the 80 % plus the prórroga recargos for the term chosen. */
  readonly garantia: string;
}

export const PORCENTAJE_PAGO_INICIAL = '20';

export function leerImporteEnCentavos(texto: string, campo: string): Decimal {
  if (!esImporteValido(texto) || !/^\d+(\.\d{1,2})?$/.test(texto)) {
    throw valorInvalido('importe-invalido', `El campo ${campo} debe ser un importe no negativo en pesos con a lo más dos decimales.`, campo);
  }
  return new Dec(texto);
}

export function leerTasa(texto: string, campo: string): Decimal {
  if (typeof texto !== 'string' || !/^\d{1,2}(\.\d{1,6})?$/.test(texto)) {
    throw valorInvalido('tasa-invalida', `El campo ${campo} debe ser una tasa mensual en por ciento, p. ej. "1.26".`, campo);
  }
  return new Dec(texto).dividedBy(100);
}

/** CHP art. 41 II: 20 % of the updated total, to the centavo. */
export function pagoInicialRequerido(montoTotalActualizado: string): Decimal {
  return redondearACentavos(leerImporteEnCentavos(montoTotalActualizado, 'montoTotalActualizado').times(PORCENTAJE_PAGO_INICIAL).dividedBy(100));
}

export function calcularParcialidades(cal: Calendario, solicitud: SolicitudDeParcialidades): ConvenioCalculado {
  validarFecha(solicitud.fechaDeSolicitud, 'fechaDeSolicitud');
  plazoDeParcialidadesPermitido(solicitud.numeroDeParcialidades);
  const total = leerImporteEnCentavos(solicitud.montoTotalActualizado, 'montoTotalActualizado');
  const i = leerTasa(solicitud.tasaMensualDeProrroga, 'tasaMensualDeProrroga');
  const n = solicitud.numeroDeParcialidades;

  const pagoInicial = pagoInicialRequerido(solicitud.montoTotalActualizado);
  const saldo = total.minus(pagoInicial);
  // Equal payments that carry the prórroga rate on the outstanding balance (annuity), decision 0102.
  const exacta = i.isZero() ? saldo.dividedBy(n) : saldo.times(i).dividedBy(new Dec(1).minus(new Dec(1).plus(i).pow(-n)));
  const parcialidad = redondearACentavos(exacta);

  const tabla: FilaDeParcialidad[] = [];
  let pendiente = saldo;
  for (let k = 1; k <= n; k++) {
    const recargos = redondearACentavos(pendiente.times(i));
    // The last instalment takes whatever capital remains, so the centavos of rounding land there.
    const capital = k === n ? pendiente : Decimal.min(parcialidad.minus(recargos), pendiente);
    const importe = capital.plus(recargos);
    tabla.push({
      numero: k,
      vencimiento: vencimientoEnMeses(cal, solicitud.fechaDeSolicitud, k),
      saldoInicial: aTexto(pendiente),
      importe: aTexto(importe),
      recargosPorProrroga: aTexto(recargos),
      capital: aTexto(capital),
      saldoFinal: aTexto(pendiente.minus(capital)),
    });
    pendiente = pendiente.minus(capital);
    // The law wants equal instalments: a balance so small that rounding pays it off early cannot meet that.
    if (k < n && pendiente.lte(0)) {
      throw reglaIncumplida('parcialidades-no-pueden-ser-iguales', `El campo numeroDeParcialidades (${n}) es demasiado grande para un saldo de $${aTexto(saldo)}: las parcialidades no pueden ser iguales.`, 'numeroDeParcialidades', 'CHP art. 42 I');
    }
  }
  const totalImporte = suma(tabla.map((f) => new Dec(f.importe)));
  const totalRecargos = suma(tabla.map((f) => new Dec(f.recargosPorProrroga)));
  const garantia = saldo.plus(totalRecargos);
  const tasaTexto = `${solicitud.tasaMensualDeProrroga} % mensual`;

  const desglose: PartidaDeDesglose[] = [
    { concepto: 'Monto total del adeudo actualizado', articulo: 'CHP art. 41 II a-c', detalle: `actualizado hasta el mes de la solicitud (${solicitud.fechaDeSolicitud.slice(0, 7)})`, importe: aTexto(total) },
    { concepto: 'Pago inicial', articulo: 'CHP art. 41 II', detalle: `${PORCENTAJE_PAGO_INICIAL} % del monto total, al solicitar`, importe: aTexto(pagoInicial) },
    { concepto: 'Saldo para las parcialidades', articulo: 'CHP art. 42 I', detalle: 'monto total menos el pago inicial', importe: aTexto(saldo) },
    { concepto: 'Parcialidad mensual', articulo: 'CHP art. 42 I', detalle: `${n} parcialidades iguales, mensuales y sucesivas, con tasa de recargos por prórroga de ${tasaTexto} sobre saldos insolutos; la última ajusta los centavos (${tabla[n - 1].importe})`, importe: aTexto(parcialidad) },
    { concepto: 'Recargos por prórroga', articulo: 'CHP art. 42 I', detalle: 'suma de los recargos de todas las parcialidades; incluyen la actualización (art. 42, penúltimo párrafo)', importe: aTexto(totalRecargos) },
    { concepto: 'Total a pagar en parcialidades', articulo: 'CHP art. 42 I', detalle: 'suma de las parcialidades', importe: aTexto(totalImporte) },
    { concepto: 'Garantía del interés fiscal', articulo: 'CHP art. 42 III', detalle: `80 % del monto total más los recargos por prórroga del plazo solicitado`, importe: aTexto(garantia) },
  ];
  return {
    pagoInicial: aTexto(pagoInicial),
    saldo: aTexto(saldo),
    parcialidad: aTexto(parcialidad),
    tabla,
    totales: { importe: aTexto(totalImporte), recargosPorProrroga: aTexto(totalRecargos), capital: aTexto(saldo) },
    garantia: aTexto(garantia),
    advertencias: [],
    desglose,
  };
}
