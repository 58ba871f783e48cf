import { ID, barrer, decider, determinado, exigible, notificado, spec } from '../../../../test/support/credito-de-prueba';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';
import { etapaDelCredito, relojesDelCredito, type ComandoDeCredito, type EventoDeCredito } from './index';

const interponer = (fecha = '2025-04-10', medio = 'recurso-de-revocacion'): ComandoDeCredito => ({ type: 'InterponerMedioDeDefensa', data: { creditoId: ID, fecha, medio } as never });
const interpuesto: EventoDeCredito = { type: 'MedioDeDefensaInterpuesto', data: { creditoId: ID, fecha: '2025-04-10', medio: 'recurso-de-revocacion', fundamento: 'CHP arts. 170 I y 174' } };
const resolver = (sentido: string, fecha = '2025-05-10'): ComandoDeCredito => ({ type: 'ResolverMedioDeDefensa', data: { creditoId: ID, fecha, sentido } as never });
const resuelto = (sentido: 'confirma' | 'deja-sin-efecto'): EventoDeCredito => ({ type: 'MedioDeDefensaResuelto', data: { creditoId: ID, fecha: '2025-05-10', sentido, fundamento: 'CHP art. 183' } });
const estado = (eventos: EventoDeCredito[]) => eventos.reduce(decider.evolve, decider.estadoInicial());

describe('CreditoFiscal: medios de defensa (CHP arts. 170, 172, 174, 183)', () => {
  describe('InterponerMedioDeDefensa', () => {
    it('CHP arts. 170 I y 172 IV: recurrido a tiempo, el crédito se hace exigible pero no firme por el paso del plazo', () => {
      spec.given([determinado, notificado]).when(interponer()).then([interpuesto]);
      spec.given([determinado, notificado, interpuesto]).when(barrer('2025-04-28')).then([exigible]);
    });
    it('CHP arts. 170 I y 172 IV: rechaza el recurso interpuesto después de los 30 días hábiles, nombrando fecha', () => {
      spec.given([determinado, notificado]).when(interponer('2025-04-28')).thenRejects('recurso-extemporaneo', 'fecha', 'CHP arts. 170 I y 172 IV');
    });
    it('CHP art. 174: un crédito autodeterminado no es un acto que se recurra', () => {
      spec.given([{ ...determinado, data: { ...determinado.data, origen: 'autodeterminado' } } as EventoDeCredito]).when(interponer()).thenRejects('sin-acto-que-impugnar', 'fecha', 'CHP art. 174');
    });
    it('repetido no hace nada; otro mientras éste se tramita es un conflicto', () => {
      spec.given([determinado, notificado, interpuesto]).when(interponer()).thenNothingHappened();
      spec.given([determinado, notificado, interpuesto]).when(interponer('2025-04-11', 'juicio-de-nulidad')).thenRejects('medio-de-defensa-en-tramite', 'fecha');
    });
  });

  describe('ResolverMedioDeDefensa', () => {
    it('CHP art. 141 IV: confirmado el crédito, queda firme el día de la resolución', () => {
      spec.given([determinado, notificado, interpuesto, exigible]).when(resolver('confirma')).then([
        resuelto('confirma'), { type: 'CreditoFirme', data: { creditoId: ID, fecha: '2025-05-10', causa: 'resolucion-confirmatoria', fundamento: 'CHP art. 141 IV' } },
      ]);
    });
    it('dejado sin efecto, el crédito queda anulado y ningún acto posterior procede', () => {
      spec.given([determinado, notificado, interpuesto]).when(resolver('deja-sin-efecto')).then([resuelto('deja-sin-efecto')]);
      const anulado = [determinado, notificado, interpuesto, resuelto('deja-sin-efecto')];
      expect(etapaDelCredito(estado(anulado), entornoDePrueba, '2025-05-10')).toMatchObject({ etapa: 'anulado', desde: '2025-05-10' });
      spec.given(anulado).when(barrer('2025-06-01')).thenNothingHappened();
    });
    it('CHP art. 67: el medio de defensa suspende la caducidad los 30 días que duró', () => {
      const r = relojesDelCredito(estado([determinado, notificado, interpuesto, resuelto('confirma')]), entornoDePrueba.calendario, '2025-06-01');
      expect(r.caducidad.vence).toBe('2029-07-18');
    });
    it('rechaza resolver sin medio en trámite; repetido no hace nada', () => {
      spec.given([determinado, notificado]).when(resolver('confirma')).thenRejects('sin-medio-de-defensa', 'fecha');
      spec.given([determinado, notificado, interpuesto, resuelto('confirma')]).when(resolver('confirma')).thenNothingHappened();
    });
  });
});
