// CHP arts. 21, 43, 44, 45 and 184: what is owed on a late payment, explained line by line. The deadline moves
// to the next business day (art. 21); the unpaid amount is updated (art. 43; fines art. 184) and bears recargos
// on the updated amount (arts. 44-45), only on the difference when a payment fell short (art. 45 ¶3).
import { aTexto, CERO } from '../comun/importe';
import { compararFechas, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';
import { unirAdvertencias, type PartidaDeDesglose } from '../comun/explicacion';
import type { Calendario } from '../calendario/calendario';
import { siguienteDiaHabil } from '../calendario/plazos';
import { actualizarImporte } from '../actualizacion/actualizacion';
import { validarFecha, validarImporte } from '../actualizacion/validacion';
import type { TablaInpc } from '../actualizacion/inpc';
import { calcularRecargos, TIPOS_DE_ADEUDO, type TablaTasaRecargos, type TasaMensualAplicada, type TipoDeAdeudo } from '../recargos/recargos';

export interface EntradaDeAdeudo {
  readonly importe: string;
  /** The last day to pay as the law or the act fixes it (moved here to a business day if it is not one). */
  readonly fechaLimitePago: Fecha;
  readonly fechaPago: Fecha;
  readonly tipo?: TipoDeAdeudo;
  /** What was paid on time, when the payment fell short (CHP art. 45 ¶3). */
  readonly importePagadoEnTiempo?: string;
}

export interface TablasDeAdeudo {
  readonly inpc: TablaInpc;
  readonly tasaRecargos: TablaTasaRecargos;
  /** The calendar for payment deadlines (general vacations count as business days, CHP art. 21 ¶3). */
  readonly calendario: Calendario;
}

export interface ResultadoDeAdeudo {
  readonly importe: string;
  readonly tipo: TipoDeAdeudo;
  /** Amount not paid on time: the base of actualización and recargos. */
  readonly importeOmitido: string;
  readonly fechaLimiteEfectiva: Fecha;
  readonly factorActualizacion: string;
  readonly actualizacion: string;
  readonly importeActualizado: string;
  readonly recargos: string;
  readonly tasaRecargosAcumulada: string;
  readonly mesesDeMora: number;
  readonly tasasMensuales: { mes: string; tasa: string; fuente: string; verificada: boolean; numero: number; desde: Fecha; hasta: Fecha; anio: number; fraccion: boolean }[];
  /** importeOmitido + actualizacion + recargos: what must be paid on fechaPago. */
  readonly total: string;
  readonly advertencias: string[];
  readonly desglose: PartidaDeDesglose[];
}

export function calcularAdeudo(entrada: EntradaDeAdeudo, tablas: TablasDeAdeudo): ResultadoDeAdeudo {
  const importe = validarImporte(entrada.importe, 'importe');
  const fechaLimite = validarFecha(entrada.fechaLimitePago, 'fechaLimitePago');
  const fechaPago = validarFecha(entrada.fechaPago, 'fechaPago');
  const tipo = entrada.tipo ?? 'contribucion';
  if (!TIPOS_DE_ADEUDO.includes(tipo)) throw valorInvalido('tipo-invalido', 'El campo tipo debe ser contribucion, multa o aprovechamiento.', 'tipo');
  const pagado = entrada.importePagadoEnTiempo === undefined ? CERO : validarImporte(entrada.importePagadoEnTiempo, 'importePagadoEnTiempo');
  if (pagado.greaterThan(importe)) throw valorInvalido('pago-mayor-al-importe', 'El campo importePagadoEnTiempo no puede ser mayor que importe.', 'importePagadoEnTiempo');

  const desglose: PartidaDeDesglose[] = [];
  const fechaLimiteEfectiva = siguienteDiaHabil(tablas.calendario, fechaLimite);
  if (fechaLimiteEfectiva !== fechaLimite) {
    desglose.push({ concepto: 'Plazo de pago', articulo: 'CHP art. 21', detalle: `El plazo vencía el ${fechaLimite}, día inhábil (${tablas.calendario.motivoInhabil(fechaLimite)}); se prorroga al siguiente día hábil, el ${fechaLimiteEfectiva}.` });
  }
  const omitido = importe.minus(pagado);
  if (!pagado.isZero()) {
    desglose.push({ concepto: 'Pago insuficiente', articulo: 'CHP art. 45 tercer párrafo', detalle: `Se pagaron ${aTexto(pagado)} en tiempo de ${aTexto(importe)}: la actualización y los recargos se calculan sobre la diferencia, ${aTexto(omitido)}.`, importe: aTexto(omitido) });
  }

  const enTiempo = compararFechas(fechaPago, fechaLimiteEfectiva) <= 0;
  const act = actualizarImporte(omitido, fechaLimiteEfectiva, enTiempo ? fechaLimiteEfectiva : fechaPago, tablas.inpc, tipo === 'multa' ? 'CHP arts. 184 y 43' : 'CHP art. 43');
  const actualizado = omitido.plus(act.actualizacion);
  const rec = calcularRecargos(actualizado, fechaLimiteEfectiva, fechaPago, tipo, tablas.tasaRecargos);
  const total = actualizado.plus(rec.recargos);
  if (enTiempo) desglose.push({ concepto: 'Pago oportuno', articulo: 'CHP arts. 43 y 45', detalle: `Pagado el ${fechaPago}, a más tardar el ${fechaLimiteEfectiva}: no hay actualización ni recargos.` });
  desglose.push(...act.desglose, ...rec.desglose, {
    concepto: 'Total a pagar',
    articulo: 'CHP arts. 43 a 45',
    detalle: `${aTexto(omitido)} + ${act.actualizacion} de actualización + ${rec.recargos} de recargos, al ${fechaPago}.`,
    importe: aTexto(total),
  });

  return {
    importe: aTexto(importe),
    tipo,
    importeOmitido: aTexto(omitido),
    fechaLimiteEfectiva,
    factorActualizacion: act.factor,
    actualizacion: act.actualizacion,
    importeActualizado: aTexto(actualizado),
    recargos: rec.recargos,
    tasaRecargosAcumulada: rec.tasaAcumulada,
    mesesDeMora: rec.mesesConRecargos,
    tasasMensuales: rec.tasasMensuales.map((t: TasaMensualAplicada) => ({ mes: t.mes, tasa: t.tasa, fuente: t.fuente, verificada: t.verificada, numero: t.numero, desde: t.desde, hasta: t.hasta, anio: t.anio, fraccion: t.fraccion })),
    total: aTexto(total),
    advertencias: unirAdvertencias(act.advertencias, rec.advertencias),
    desglose,
  };
}
