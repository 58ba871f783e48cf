import { ID, decidirTras, determinado, exigible, firme, notificado, spec } from '../../../../test/support/credito-de-prueba';
import type { ComandoDeCredito, EventoDeCredito } from './index';

const gastos = (diligencia: string, fecha: string, base: string, calculado: string) =>
  ({ type: 'GastosDeEjecucionCausados', data: { creditoId: ID, diligencia, fecha, base, calculado, importe: '370.00', ajuste: 'minimo', fundamento: 'CHP art. 113' } }) as EventoDeCredito;
const valuado: EventoDeCredito = {
  type: 'AvaluoPracticado',
  data: { creditoId: ID, fecha: '2025-06-02', perito: 'Ing. Ramón Pérez', base: '90000.00', posturaLegal: '60000.00', depositoMinimo: '9000.00', valorDeAdjudicacion: '54000.00', fundamento: 'CHP arts. 144, 149, 151 y 163' },
};
const hastaAvaluo: EventoDeCredito[] = [
  determinado, notificado, exigible, firme,
  { type: 'RequerimientoPracticado', data: { creditoId: ID, fecha: '2025-05-06', fechaSurteEfectos: '2025-05-07', plazoDePago: null, fundamento: 'CHP arts. 114 y 117' } },
  gastos('requerimiento', '2025-05-06', '10150.00', '203.00'),
  { type: 'Embargado', data: { creditoId: ID, fecha: '2025-05-20', modalidad: 'bienes', bienes: [{ tipo: 'muebles', descripcion: 'Camioneta pick-up 2019' }], importeInmovilizado: '0.00', limiteDeInmovilizacion: '10890.00', sinSujetarseAlOrden: false, fundamento: 'CHP arts. 117 I, 119 y 120' } },
  gastos('embargo', '2025-05-20', '10150.00', '203.00'),
  valuado,
];
const convocar = (cambios: Record<string, unknown> = {}): ComandoDeCredito => ({ type: 'ConvocarRemate', data: { creditoId: ID, fechaConvocatoria: '2025-06-03', fechaPublicacion: '2025-06-04', fechaRemate: '2025-06-20', ...cambios } as never });
const convocado: EventoDeCredito = { type: 'RemateConvocado', data: { creditoId: ID, fechaConvocatoria: '2025-06-03', fechaPublicacion: '2025-06-04', fechaRemate: '2025-06-20', base: '90000.00', posturaLegal: '60000.00', fundamento: 'CHP arts. 145 y 149' } };
const fincar = (postura = '60000.00', deposito = '9000.00'): ComandoDeCredito => ({ type: 'FincarRemate', data: { creditoId: ID, fecha: '2025-06-20', postor: 'Comercializadora del Soconusco', postura, deposito } });
const adjudicar: ComandoDeCredito = { type: 'AdjudicarAlFisco', data: { creditoId: ID, fecha: '2025-06-20', motivo: 'sin-postores' } };

describe('CreditoFiscal: remate y adjudicación (CHP arts. 145-166)', () => {
  describe('ConvocarRemate', () => {
    it('CHP art. 145: convoca tras el avalúo, para dentro de veinte días, publicado diez días hábiles antes', () => {
      spec.given(hastaAvaluo).when(convocar()).then([convocado]);
    });
    it('CHP art. 145: rechaza un remate más allá de veinte días hábiles, nombrando fechaRemate', () => {
      spec.given(hastaAvaluo).when(convocar({ fechaRemate: '2025-07-15' })).thenRejects('remate-fuera-de-plazo', 'fechaRemate', 'CHP art. 145');
    });
    it('CHP art. 145: rechaza una publicación a menos de diez días del remate, nombrando fechaPublicacion', () => {
      spec.given(hastaAvaluo).when(convocar({ fechaPublicacion: '2025-06-10' })).thenRejects('publicacion-tardia', 'fechaPublicacion', 'CHP art. 145');
    });
    it('CHP arts. 144 y 145: rechaza convocar sin avalúo o el mismo día del avalúo', () => {
      spec.given(hastaAvaluo.slice(0, -1)).when(convocar()).thenRejects('remate-sin-avaluo', 'fechaConvocatoria', 'CHP arts. 144 y 145');
      spec.given(hastaAvaluo).when(convocar({ fechaConvocatoria: '2025-06-02' })).thenRejects('convocatoria-antes-del-avaluo-firme', 'fechaConvocatoria', 'CHP art. 145');
    });
    it('repetida no hace nada', () => {
      spec.given([...hastaAvaluo, convocado]).when(convocar()).thenNothingHappened();
    });
  });

  describe('FincarRemate', () => {
    it('CHP arts. 113 III, 149, 151, 161 y 166: la postura legal paga gastos, recargos y contribución y el excedente vuelve al deudor', () => {
      const eventos = decidirTras([...hastaAvaluo, convocado], fincar());
      expect(eventos.slice(0, 2)).toEqual([
        { type: 'Rematado', data: { creditoId: ID, fecha: '2025-06-20', postor: 'Comercializadora del Soconusco', postura: '60000.00', deposito: '9000.00', fundamento: 'CHP arts. 149, 151 y 161' } },
        gastos('remate', '2025-06-20', '10300.00', '206.00'),
      ]);
      expect(eventos[2]).toMatchObject({
        type: 'PagoAplicado',
        data: {
          origen: 'producto-de-remate', pagoId: 'producto-de-remate-2025-06-20', importe: '60000.00',
          partes: [
            { concepto: 'gastos-de-ejecucion', aplicado: '370.00' }, { concepto: 'gastos-de-ejecucion', aplicado: '370.00' }, { concepto: 'gastos-de-ejecucion', aplicado: '370.00' },
            { concepto: 'recargos', aplicado: '300.00' }, { concepto: 'contribucion', aplicado: '10000.00' },
          ],
          totalAplicado: '11410.00', totalPendiente: '0.00', remanente: '48590.00', fundamento: 'CHP arts. 161, 50 y 166',
        },
      });
      expect(eventos[3]).toEqual({ type: 'CreditoPagado', data: { creditoId: ID, fecha: '2025-06-20' } });
    });
    it('CHP art. 149: rechaza una postura que no cubre las dos terceras partes, nombrando postura', () => {
      spec.given([...hastaAvaluo, convocado]).when(fincar('59999.99')).thenRejects('postura-inferior-a-la-legal', 'postura', 'CHP art. 149');
    });
    it('CHP art. 151: rechaza un depósito menor al diez por ciento, nombrando deposito', () => {
      spec.given([...hastaAvaluo, convocado]).when(fincar('60000.00', '8999.99')).thenRejects('deposito-insuficiente', 'deposito', 'CHP art. 151');
    });
    it('CHP art. 145: rechaza fincar sin convocatoria', () => {
      spec.given(hastaAvaluo).when(fincar()).thenRejects('sin-remate-convocado', 'fecha', 'CHP art. 145');
    });
    it('repetido no hace nada; ya rematados, adjudicar es un conflicto', () => {
      const rematados = [...hastaAvaluo, convocado, ...decidirTras([...hastaAvaluo, convocado], fincar())];
      spec.given(rematados).when(fincar()).thenNothingHappened();
      spec.given(rematados).when(adjudicar).thenRejects('bienes-ya-enajenados', 'fecha');
    });
  });

  describe('AdjudicarAlFisco', () => {
    it('CHP arts. 113 III, 162 y 163: sin postores los bienes se adjudican al 60 % del avalúo, que se aplica como pago', () => {
      const eventos = decidirTras([...hastaAvaluo, convocado], adjudicar);
      expect(eventos[0]).toEqual({ type: 'AdjudicadoAlFisco', data: { creditoId: ID, fecha: '2025-06-20', motivo: 'sin-postores', valorDeAdjudicacion: '54000.00', fundamento: 'CHP arts. 162 y 163' } });
      expect(eventos[2]).toMatchObject({ type: 'PagoAplicado', data: { origen: 'adjudicacion-al-fisco', importe: '54000.00', totalAplicado: '11410.00', remanente: '42590.00' } });
    });
    it('rechaza un motivo que no es del art. 163', () => {
      spec.given([...hastaAvaluo, convocado]).when({ ...adjudicar, data: { ...adjudicar.data, motivo: 'otro' } } as never).thenRejects('motivo-invalido', 'motivo');
    });
    it('repetida no hace nada', () => {
      const adjudicados = [...hastaAvaluo, convocado, ...decidirTras([...hastaAvaluo, convocado], adjudicar)];
      spec.given(adjudicados).when(adjudicar).thenNothingHappened();
    });
  });
});
