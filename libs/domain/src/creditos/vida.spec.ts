// One whole life through the decider, command by command, as the application layer will run it: determined →
// notified → exigible and firme (by the sweep) → requerimiento → embargo → avalúo → remate → paid from the
// proceeds with the surplus returned. Every gasto and the order of application are checked to the centavo.
import { DEL_REQUERIMIENTO_AL_REMATE, ID, decider } from '../../../../test/support/credito-de-prueba';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';
import { adeudoALaFecha, etapaDelCredito, type ComandoDeCredito, type EventoDeCredito } from './index';

const comandos: (readonly [string, Record<string, unknown>])[] = [
  ['DeterminarCredito', { origen: 'liquidacion', descripcion: 'Impuesto sobre nóminas omitido', periodo: '2024-05', importeHistorico: '10000.00', delegacion: 'XI', fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17', contribuyente: { rfc: 'GOHG800101AB1', nombre: 'Gloria Hernández García' } }],
  ['PracticarNotificacion', { medio: 'personal', fecha: '2025-03-03' }],
  ['BarrerVencimientos', { fechaEfecto: '2025-04-17' }],
  ['BarrerVencimientos', { fechaEfecto: '2025-04-17' }],
  ...DEL_REQUERIMIENTO_AL_REMATE,
];

describe('CreditoFiscal: una vida completa hasta el remate', () => {
  it('cada acto en su etapa, con sus gastos, y el producto aplicado por el art. 50 con el excedente al deudor', () => {
    const eventos: EventoDeCredito[] = [];
    const etapas: string[] = [];
    for (const [type, data] of comandos) {
      const estado = eventos.reduce(decider.evolve, decider.estadoInicial());
      eventos.push(...decider.decide({ type, data: { creditoId: ID, ...data } } as ComandoDeCredito, estado));
      etapas.push(etapaDelCredito(eventos.reduce(decider.evolve, decider.estadoInicial()), entornoDePrueba, '2025-01-01').etapa);
    }
    expect(etapas).toEqual(['determinado', 'notificado', 'exigible', 'exigible', 'requerido', 'embargado', 'embargado', 'valuado', 'convocado-a-remate', 'pagado']);
    expect(eventos.map((e) => e.type)).toEqual([
      'CreditoDeterminado', 'NotificacionPracticada', 'CreditoExigible', 'CreditoFirme', 'RequerimientoPracticado', 'GastosDeEjecucionCausados',
      'Embargado', 'GastosDeEjecucionCausados', 'GastoExtraordinarioCausado', 'AvaluoPracticado', 'RemateConvocado', 'Rematado', 'GastosDeEjecucionCausados', 'PagoAplicado', 'CreditoPagado',
    ]);
    // Personal notice Mon 3 Mar 2025: effective Tue 4, 30 business days (17 Mar closed) end Wed 16 Apr; exigible Thu 17.
    expect(eventos[1].data).toMatchObject({ fechaSurteEfectos: '2025-03-04', fechaLimitePago: '2025-04-16' });
    expect(eventos[2].data).toMatchObject({ fecha: '2025-04-17' });
    const gastos = eventos.filter((e) => e.type === 'GastosDeEjecucionCausados').map((e) => [e.data.diligencia, e.data.base, e.data.importe]);
    // Recargos at 1.5 % a month from 16 Apr: one month by 6 May (150.00), three by 20 Jun (450.00); 2 % of each base is below $370.
    expect(gastos).toEqual([['requerimiento', '10150.00', '370.00'], ['embargo', '10150.00', '370.00'], ['remate', '10450.00', '370.00']]);
    const pago = eventos.find((e) => e.type === 'PagoAplicado')!;
    expect(pago.type === 'PagoAplicado' && pago.data.partes.map((p) => [p.concepto, p.aplicado, p.fundamento])).toEqual([
      ['gastos-de-ejecucion', '370.00', 'CHP art. 50 I'], ['gastos-de-ejecucion', '370.00', 'CHP art. 50 I'], ['gastos-extraordinarios', '800.00', 'CHP art. 50 I'],
      ['gastos-de-ejecucion', '370.00', 'CHP art. 50 I'], ['recargos', '450.00', 'CHP art. 50 III'], ['contribucion', '10000.00', 'CHP art. 50 V'],
    ]);
    expect(pago.data).toMatchObject({ importe: '61000.00', totalAplicado: '12360.00', remanente: '48640.00', totalPendiente: '0.00' });
    const final = eventos.reduce(decider.evolve, decider.estadoInicial());
    expect(adeudoALaFecha(final, '2025-07-01', entornoDePrueba.tablasDeAdeudo).total).toBe('0.00');
  });
});
