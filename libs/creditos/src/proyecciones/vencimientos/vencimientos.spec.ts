// The sweep's due dates (CHP arts. 37, 42 IV c, 48, 170 I, 172 IV): the credits it has something to do for on a
// date, checked against the decider itself — for every day of a year, a credit is listed exactly when sweeping it
// that day emits events — with the tables of the specs and with closures the projection never read.
import { crearCalendario, crearDeciderDeCredito, type ComandoDeCredito, type EntornoDeCredito, type EventoDeCredito } from '@tesoreria/domain';
import { entornoDePrueba } from '../../../../../test/support/entorno-de-credito';
import { DIALECTOS, proyeccionSobreBase } from '../../../test/proyeccion-de-prueba';
import { ABONADO, CON_CHEQUE, EN_CONVENIO, MULTA, REMATADO, SUSPENDIDO, bitacoraDeCreditos, vidaConCheque, vidaSuspendida } from '../../../test/vidas';
import { proyeccionVencimientos } from './vencimientos.projection';
import { creditosPorBarrer, proximoVencimiento } from './vencimientos.queries';

const cerrado = (fecha: string) => ({ fecha, motivo: 'cierre de prueba', fundamento: 'CHP art. 21' });
// Closed the days after the cheque's term, the instalment's due date and the payment deadline: the sweep acts later.
const calendarioConCierres = crearCalendario(['2025-06-13', '2025-06-16', '2025-07-03', '2025-07-04', '2025-07-16'].map(cerrado));
const conCierres: EntornoDeCredito = { ...entornoDePrueba, calendario: calendarioConCierres, tablasDeAdeudo: { ...entornoDePrueba.tablasDeAdeudo, calendario: calendarioConCierres } };

function diasDe2025(): string[] {
  const dias: string[] = [];
  for (let d = new Date('2025-03-01T00:00:00Z'); d <= new Date('2025-12-31T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) dias.push(d.toISOString().slice(0, 10));
  return dias;
}

describe.each(DIALECTOS)('vencimientos del barrido (%s)', (dialecto) => {
  const bitacora = bitacoraDeCreditos().registrar(SUSPENDIDO, vidaSuspendida(false)).registrar(CON_CHEQUE, vidaConCheque);
  const base = proyeccionSobreBase(dialecto, proyeccionVencimientos, bitacora.eventos, { creditos_vencimientos: 6 });

  it('CHP arts. 37, 48, 170 I y 42 IV c: el próximo día en que el barrido tiene algo que hacer, con su artículo', async () => {
    // Notified Mon 2 Jun: due and last day to challenge Tue 15 Jul; the bounced cheque's three days end Thu 12 Jun.
    expect(await proximoVencimiento(base.db, CON_CHEQUE, entornoDePrueba)).toEqual({ motivo: 'exigibilidad-por-cheque', fecha: '2025-06-13', articulo: 'CHP art. 48' });
    expect(await proximoVencimiento(base.db, CON_CHEQUE, conCierres)).toEqual({ motivo: 'exigibilidad-por-cheque', fecha: '2025-06-17', articulo: 'CHP art. 48' });
    expect(await proximoVencimiento(base.db, EN_CONVENIO, entornoDePrueba)).toEqual({ motivo: 'parcialidad', fecha: '2025-07-03', articulo: 'CHP art. 42 IV c' });
    for (const id of [REMATADO, ABONADO, MULTA, SUSPENDIDO]) expect(await proximoVencimiento(base.db, id, entornoDePrueba)).toBeNull();
  });

  it('los créditos por barrer a una fecha incluyen los de días anteriores (un día perdido se recupera)', async () => {
    expect(await creditosPorBarrer(base.db, '2025-06-12', entornoDePrueba)).toEqual([]);
    expect(await creditosPorBarrer(base.db, '2025-07-16', entornoDePrueba)).toEqual([
      { creditoId: EN_CONVENIO, delegacion: 'V', vencimientos: [{ motivo: 'parcialidad', fecha: '2025-07-03', articulo: 'CHP art. 42 IV c' }] },
      { creditoId: CON_CHEQUE, delegacion: 'III', vencimientos: [
        { motivo: 'exigibilidad', fecha: '2025-07-16', articulo: 'CHP art. 37' },
        { motivo: 'exigibilidad-por-cheque', fecha: '2025-06-13', articulo: 'CHP art. 48' },
        { motivo: 'firmeza', fecha: '2025-07-16', articulo: 'CHP arts. 170 I y 172 IV' },
      ] },
    ].sort((a, b) => (a.creditoId < b.creditoId ? -1 : 1)));
  });

  it.each([['las tablas de las pruebas', entornoDePrueba], ['cierres que la proyección nunca leyó', conCierres]] as const)(
    'cada día de 2025, un crédito está por barrer exactamente cuando el barrido del decider emite algo (%s)', async (_, entorno) => {
      const decider = crearDeciderDeCredito(entorno);
      const porCredito = new Map<string, EventoDeCredito[]>();
      for (const e of bitacora.eventos) porCredito.set(e.streamId.slice('credito-'.length), [...(porCredito.get(e.streamId.slice('credito-'.length)) ?? []), { type: e.type, data: e.data } as EventoDeCredito]);
      const desacuerdos: string[] = [];
      for (const dia of diasDe2025()) {
        const segunLaVista = new Set((await creditosPorBarrer(base.db, dia, entorno)).map((c) => c.creditoId));
        for (const [id, eventos] of porCredito) {
          const barrido: ComandoDeCredito = { type: 'BarrerVencimientos', data: { creditoId: id, fechaEfecto: dia } };
          const emite = decider.decide(barrido, eventos.reduce(decider.evolve, decider.estadoInicial())).length > 0;
          if (emite !== segunLaVista.has(id)) desacuerdos.push(`${dia} ${id}: decider ${emite}, vista ${segunLaVista.has(id)}`);
        }
      }
      expect(desacuerdos).toEqual([]);
    });
});
