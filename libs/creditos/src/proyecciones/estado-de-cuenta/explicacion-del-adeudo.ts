// What one credit owes on a date, explained: the balance by concept from libs/domain (adeudoALaFecha, the figures
// that count) and, beside it, how the calculators got there — the INPC of each end of the actualización (CHP art. 43;
// art. 184 for fines), each month of delay with the Ley de Ingresos rate and the +50 % of art. 44, the running
// recargos (art. 45), the months already settled by an earlier payment (decision 0106) and each gasto (art. 113).
import {
  Dec, aTexto, actualizarImporte, adeudoALaFecha, calcularAdeudo, redondearACentavos, unirAdvertencias,
  type AdeudoDelCredito, type EstadoDeCredito, type Fecha, type IndiceUsado, type PartidaDeDesglose, type TablasDeAdeudo,
} from '@tesoreria/domain';

export interface MesDeMora {
  readonly numero: number;
  readonly desde: Fecha;
  readonly hasta: Fecha;
  readonly fraccion: boolean;
  /** The month's rate of mora in percent: the Ley de Ingresos rate plus 50 % (CHP art. 44). */
  readonly tasa: string;
  readonly fuente: string;
  readonly verificada: boolean;
  readonly tasaAcumulada: string;
  /** The base × the accumulated rate, to the centavo: the last month's is the recargos of the whole delay. */
  readonly recargosAcumulados: string;
  /** Counted in the recargos settled (or carried) at the last payment: not counted again (decision 0106). */
  readonly liquidadoAlCorte: boolean;
}

export interface AdeudoExplicado extends AdeudoDelCredito {
  readonly actualizacionExplicada: {
    readonly base: string;
    readonly desde: Fecha;
    readonly inpcAntiguo: IndiceUsado | null;
    readonly inpcReciente: IndiceUsado | null;
    readonly factor: string;
    readonly articulo: string;
  } | null;
  readonly meses: readonly MesDeMora[];
  readonly desglose: readonly PartidaDeDesglose[];
}

const SIN_EXPLICACION = { actualizacionExplicada: null, meses: [] as MesDeMora[] };

function explicarLoQueCorre(estado: EstadoDeCredito, fecha: Fecha, tablas: TablasDeAdeudo) {
  const b = estado.bases, base = new Dec(b.historicoPendiente);
  const desde = b.desde;
  if (base.isZero() || desde === null || b.congelado || fecha <= desde) return { ...SIN_EXPLICACION, desglose: [] as PartidaDeDesglose[], advertencias: [] as string[] };
  const tipo = estado.credito?.concepto ?? 'contribucion';
  const calculo = calcularAdeudo({ importe: aTexto(base), fechaLimitePago: desde, fechaPago: fecha, tipo }, tablas);
  const articulo = tipo === 'multa' ? 'CHP arts. 184 y 43' : 'CHP art. 43';
  const act = actualizarImporte(base, calculo.fechaLimiteEfectiva, fecha, tablas.inpc, articulo);
  const alCorte = b.corte !== null && b.corte > desde
    ? calcularAdeudo({ importe: aTexto(base), fechaLimitePago: desde, fechaPago: b.corte < fecha ? b.corte : fecha, tipo }, tablas).mesesDeMora : 0;
  let acumulada = new Dec(0);
  const meses = calculo.tasasMensuales.map((m): MesDeMora => {
    acumulada = acumulada.plus(m.tasa);
    return {
      numero: m.numero, desde: m.desde, hasta: m.hasta, fraccion: m.fraccion, tasa: m.tasa, fuente: m.fuente, verificada: m.verificada,
      tasaAcumulada: acumulada.toString(), recargosAcumulados: aTexto(redondearACentavos(new Dec(calculo.importeActualizado).times(acumulada).dividedBy(100))),
      liquidadoAlCorte: m.numero <= alCorte,
    };
  });
  const corte: PartidaDeDesglose[] = alCorte > 0
    ? [{ concepto: 'Recargos al último pago', articulo: 'CHP arts. 45 y 50', detalle: `Los ${alCorte} primeros meses se liquidaron o quedaron como recargos pendientes (${b.recargosFijos}) con el pago del ${b.corte}; se cuentan solo los posteriores.`, importe: b.recargosFijos }]
    : [];
  return {
    actualizacionExplicada: { base: aTexto(base), desde: calculo.fechaLimiteEfectiva, inpcAntiguo: act.calculo.inpcAntiguo, inpcReciente: act.calculo.inpcReciente, factor: act.factor, articulo },
    meses, desglose: [...calculo.desglose.filter((p) => p.concepto !== 'Total a pagar'), ...corte], advertencias: calculo.advertencias,
  };
}

function partidasFijas(estado: EstadoDeCredito, adeudo: AdeudoDelCredito): PartidaDeDesglose[] {
  const c = estado.credito;
  const partidas: PartidaDeDesglose[] = [];
  if (estado.bases.congelado) {
    partidas.push({ concepto: 'Convenio de pago en parcialidades', articulo: 'CHP art. 42', detalle: 'Mientras el convenio está vigente el saldo no se actualiza; las parcialidades causan recargos por prórroga.', importe: estado.bases.historicoPendiente });
  }
  for (const g of estado.bases.gastos.filter((x) => new Dec(x.saldo).gt(0))) {
    partidas.push({ concepto: g.concepto === 'gastos-de-ejecucion' ? 'Gastos de ejecución' : 'Gastos extraordinarios', articulo: g.concepto === 'gastos-de-ejecucion' ? 'CHP art. 113' : 'CHP art. 113 sexto párrafo', detalle: `${g.id}, causado el ${g.fecha}.`, importe: g.saldo });
  }
  if (new Dec(estado.bases.indemnizacion).gt(0)) {
    partidas.push({ concepto: 'Indemnización por cheque no pagado', articulo: 'CHP art. 48', detalle: 'El 20 % del cheque devuelto.', importe: estado.bases.indemnizacion });
  }
  partidas.push({
    concepto: 'Total', articulo: 'CHP arts. 43 a 45, 48, 113 y 184',
    detalle: `${c?.concepto === 'multa' ? 'Multa' : 'Contribución'} actualizada ${c?.concepto === 'multa' ? adeudo.multas : adeudo.contribucion} + recargos ${adeudo.recargos} + gastos ${adeudo.gastosDeEjecucion} + indemnización ${adeudo.indemnizacionCheque}, al ${adeudo.fecha}.`,
    importe: adeudo.total,
  });
  return partidas;
}

export function adeudoExplicado(estado: EstadoDeCredito, fecha: Fecha, tablas: TablasDeAdeudo): AdeudoExplicado {
  const adeudo = adeudoALaFecha(estado, fecha, tablas);
  const corre = explicarLoQueCorre(estado, fecha, tablas);
  return {
    ...adeudo,
    actualizacionExplicada: corre.actualizacionExplicada,
    meses: corre.meses,
    desglose: [...corre.desglose, ...partidasFijas(estado, adeudo)],
    advertencias: unirAdvertencias(adeudo.advertencias, corre.advertencias),
  };
}
