// Golden cases of analysis.md §3.6 run through the CreditoFiscal decider itself: the dates of a credit's
// notification, deadline and requerimiento (T1-T4), its gastos de ejecución (D1-D4), its instalment plan (D9)
// and its remate (D10). Each case is a life: commands in order, each decided on the events before it.
import {
  Dec, crearCalendario, crearDeciderDeCredito, crearTablaFechada, etapaDelCredito, suma, type ComandoDeCredito, type EntornoDeCredito, type EventoDeCredito,
} from '@tesoreria/domain';
import { entornoDePrueba } from '../support/entorno-de-credito';
import { runGolden } from './runner';

interface Vida {
  /** 'semana-santa' closes Thu 17 and Fri 18 Apr 2025; 'tasa-cero' removes recargos to isolate the rule under test. */
  entorno?: ('semana-santa' | 'tasa-cero')[];
  comandos: Record<string, unknown>[];
}

function entornoDe(opciones: Vida['entorno'] = []): EntornoDeCredito {
  let e = entornoDePrueba;
  if (opciones.includes('semana-santa')) {
    const cal = crearCalendario(['2025-04-17', '2025-04-18'].map((fecha) => ({ fecha, motivo: 'Semana Santa', fundamento: 'CHP art. 21', clase: 'semana-santa' as const })));
    e = { ...e, calendario: cal, tablasDeAdeudo: { ...e.tablasDeAdeudo, calendario: cal } };
  }
  if (opciones.includes('tasa-cero')) {
    e = { ...e, tablasDeAdeudo: { ...e.tablasDeAdeudo, tasaRecargos: crearTablaFechada('tasa cero', [{ desde: '2010-01-01', valor: { tasaMensual: '0.00' }, fuente: 'prueba', verificada: true }]) } };
  }
  return e;
}

const CREDITO = { creditoId: 'CF-D', descripcion: 'Impuesto sobre nóminas', periodo: '2024-05', delegacion: 'XI', contribuyente: { rfc: 'GOHG800101AB1', nombre: 'Gloria Hernández García' } };

/** Runs the life and returns its events, each command completed with the credit's id (and its data when it determines). */
function vivir(vida: Vida): { eventos: EventoDeCredito[]; entorno: EntornoDeCredito } {
  const entorno = entornoDe(vida.entorno);
  const decider = crearDeciderDeCredito(entorno);
  const eventos: EventoDeCredito[] = [];
  for (const c of vida.comandos) {
    const datos = c.type === 'DeterminarCredito' ? { ...CREDITO, ...(c.data as object) } : { creditoId: CREDITO.creditoId, ...(c.data as object) };
    eventos.push(...decider.decide({ type: c.type, data: datos } as ComandoDeCredito, eventos.reduce(decider.evolve, decider.estadoInicial())));
  }
  return { eventos, entorno };
}

const ultimo = <T extends EventoDeCredito['type']>(eventos: EventoDeCredito[], tipo: T) =>
  [...eventos].reverse().find((e) => e.type === tipo) as Extract<EventoDeCredito, { type: T }> | undefined;

runGolden<Vida>('chp-037-notificacion-y-exigibilidad.yaml', (vida) => {
  const { eventos, entorno } = vivir(vida);
  const n = ultimo(eventos, 'NotificacionPracticada')?.data;
  const decider = crearDeciderDeCredito(entorno);
  const estado = eventos.reduce(decider.evolve, decider.estadoInicial());
  return {
    fechaNotificacion: n?.fechaNotificacion, fechaSurteEfectos: n?.fechaSurteEfectos,
    fechaLimitePago: estado.fechaLimitePago, exigibleDesde: ultimo(eventos, 'CreditoExigible')?.data.fecha,
    plazoDePago: ultimo(eventos, 'RequerimientoPracticado')?.data.plazoDePago,
    etapa: etapaDelCredito(estado, entorno, '2025-01-01').etapa,
  };
});

runGolden<Vida>('chp-113-gastos-del-credito.yaml', (vida) => {
  const gastos = vivir(vida).eventos.filter((e) => e.type === 'GastosDeEjecucionCausados').map((e) => e.data as { diligencia: string; base: string; calculado: string; importe: string });
  return { gastos: gastos.map((g) => ({ diligencia: g.diligencia, base: g.base, calculado: g.calculado, importe: g.importe })), total: suma(gastos.map((g) => new Dec(g.importe))).toFixed(2) };
});

runGolden<Vida>('chp-041-convenio-del-credito.yaml', (vida) => {
  const a = ultimo(vivir(vida).eventos, 'ConvenioAutorizado')!.data;
  return { montoTotalActualizado: a.montoTotalActualizado, pagoInicial: a.pagoInicial, saldo: a.saldo, garantia: a.garantia, parcialidades: a.parcialidades.length, primera: a.parcialidades[0].importe, ultima: a.parcialidades[a.parcialidades.length - 1].importe };
});

runGolden<Vida>('chp-149-remate.yaml', (vida) => {
  const { eventos } = vivir(vida);
  const avaluo = ultimo(eventos, 'AvaluoPracticado')?.data;
  const pago = ultimo(eventos, 'PagoAplicado')?.data;
  return {
    posturaLegal: avaluo?.posturaLegal, depositoMinimo: avaluo?.depositoMinimo, valorDeAdjudicacion: avaluo?.valorDeAdjudicacion,
    producto: pago?.importe, aplicado: pago?.totalAplicado, excedente: pago?.remanente, pendiente: pago?.totalPendiente,
    pagado: eventos.some((e) => e.type === 'CreditoPagado'),
  };
});
