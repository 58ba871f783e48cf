import { ID, barrer, determinado, determinar, exigible, firme, notificado, notificar, spec } from '../../../../test/support/credito-de-prueba';
import { flujoDeCredito, creditoDelFlujo } from './credito-fiscal.flujo';

describe('CreditoFiscal: determinación, notificación y vencimientos (CHP arts. 37, 67, 101, 107-108, 170, 172)', () => {
  it('el flujo de un crédito se llama credito-{id} y un id inválido se rechaza nombrando creditoId', () => {
    expect(flujoDeCredito('CF-2025-0001')).toBe('credito-CF-2025-0001');
    expect(creditoDelFlujo('credito-CF-2025-0001')).toBe('CF-2025-0001');
    expect(creditoDelFlujo('servicio-otorgado-1')).toBeNull();
    expect(() => flujoDeCredito('a b')).toThrow(expect.objectContaining({ campo: 'creditoId' }));
  });

  describe('DeterminarCredito', () => {
    it('CHP art. 37 I: una liquidación se registra con el contribuyente normalizado y sin fecha límite hasta su notificación', () => {
      spec.given([]).when(determinar()).then([determinado]);
    });
    it('CHP arts. 16 y 37 II: un crédito autodeterminado vence a los 15 días hábiles del hecho (caso T4) y es firme desde luego', () => {
      spec.given([]).when(determinar({ origen: 'autodeterminado', fechaDelHecho: '2025-11-03', fechaDeterminacion: '2025-11-03' })).then([
        { type: 'CreditoDeterminado', data: { ...determinado.data, origen: 'autodeterminado', fechaDelHecho: '2025-11-03', fechaDeterminacion: '2025-11-03', fechaLimitePago: '2025-11-25', fundamento: 'CHP arts. 16 y 37 II' } },
        { type: 'CreditoFirme', data: { creditoId: ID, fecha: '2025-11-03', causa: 'autodeterminado', fundamento: 'CHP art. 16' } },
      ] as never);
    });
    it('LD art. 4: un derecho con fecha límite en domingo vence el siguiente día hábil', () => {
      spec.given([]).when(determinar({ origen: 'derecho-fuera-de-plazo', fechaLimitePago: '2024-03-31', fechaDelHecho: '2024-01-02' })).then([
        { type: 'CreditoDeterminado', data: { ...determinado.data, origen: 'derecho-fuera-de-plazo', fechaDelHecho: '2024-01-02', fechaLimitePago: '2024-04-01', fundamento: 'LD art. 4; CHP arts. 43 y 44' } },
        { type: 'CreditoFirme', data: { creditoId: ID, fecha: '2025-02-20', causa: 'autodeterminado', fundamento: 'CHP art. 16' } },
      ] as never);
    });
    it('CHP art. 101: rechaza una Delegación que no existe, nombrando delegacion', () => {
      spec.given([]).when(determinar({ delegacion: 'XIV' })).thenRejects('delegacion-invalida', 'delegacion');
    });
    it('rechaza un importe histórico de cero, nombrando importeHistorico', () => {
      spec.given([]).when(determinar({ importeHistorico: '0.00' })).thenRejects('importe-invalido', 'importeHistorico');
    });
    it('CHP art. 67: rechaza la liquidación hecha cuando las facultades ya caducaron, nombrando fechaDeterminacion', () => {
      spec.given([]).when(determinar({ fechaDelHecho: '2019-06-17', fechaDeterminacion: '2024-06-19' })).thenRejects('facultades-caducas', 'fechaDeterminacion', 'CHP art. 67');
    });
    it('repetida con los mismos datos no hace nada; con otros datos es un conflicto', () => {
      spec.given([determinado]).when(determinar()).thenNothingHappened();
      spec.given([determinado]).when(determinar({ importeHistorico: '10000.01' })).thenRejects('credito-existente', 'creditoId');
    });
  });

  describe('PracticarNotificacion', () => {
    it('CHP arts. 107 III, 108, 37 I: por estrados del 3 de marzo de 2025 se notifica el 12, surte efectos el 13 y vence el 25 de abril (caso T1)', () => {
      spec.given([determinado]).when(notificar()).then([notificado]);
    });
    it('CHP arts. 107 I y 108: por buzón con aviso del 3 de marzo de 2025 se notifica el 7 y surte efectos el 10 (caso T2)', () => {
      spec.given([determinado]).when(notificar({ medio: 'buzon' })).then([{
        type: 'NotificacionPracticada',
        data: { ...notificado.data, medio: 'buzon', fechaNotificacion: '2025-03-07', fechaSurteEfectos: '2025-03-10', fechaLimitePago: '2025-04-22', fechaLimiteImpugnacion: '2025-04-22' },
      }] as never);
    });
    it('CHP art. 37 II: rechaza notificar un crédito autodeterminado, nombrando medio', () => {
      spec.given([{ ...determinado, data: { ...determinado.data, origen: 'autodeterminado' } } as never]).when(notificar()).thenRejects('notificacion-no-requerida', 'medio', 'CHP art. 37 II');
    });
    it('CHP art. 106: rechaza una notificación anterior a la determinación, nombrando fecha', () => {
      spec.given([determinado]).when(notificar({ medio: 'personal', fecha: '2025-02-19' })).thenRejects('notificacion-antes-de-la-determinacion', 'fecha', 'CHP art. 106');
    });
    it('rechaza un crédito que no existe y un medio que no es de la ley', () => {
      spec.given([]).when(notificar()).thenRejects('credito-inexistente', 'creditoId');
      spec.given([determinado]).when(notificar({ medio: 'telegrama' })).thenRejects('medio-invalido', 'medio');
    });
    it('repetida no hace nada; otra notificación distinta es un conflicto', () => {
      spec.given([determinado, notificado]).when(notificar()).thenNothingHappened();
      spec.given([determinado, notificado]).when(notificar({ medio: 'personal', fecha: '2025-03-20' })).thenRejects('credito-ya-notificado', 'medio');
    });
  });

  describe('BarrerVencimientos', () => {
    it('CHP art. 37: el último día del plazo no hay nada que declarar', () => {
      spec.given([determinado, notificado]).when(barrer('2025-04-25')).thenNothingHappened();
    });
    it('CHP arts. 37, 170 I y 172 IV: el primer día hábil tras el plazo el crédito es exigible y firme', () => {
      spec.given([determinado, notificado]).when(barrer('2025-04-28')).then([exigible, firme]);
    });
    it('un día perdido se recupera: barrido días después, los hechos llevan la fecha legal', () => {
      spec.given([determinado, notificado]).when(barrer('2025-05-20')).then([exigible, firme]);
    });
    it('barrer dos veces la misma fecha no emite nada nuevo', () => {
      spec.given([determinado, notificado, exigible, firme]).when(barrer('2025-04-28')).thenNothingHappened();
    });
    it('CHP art. 172 IV: impugnado a tiempo no queda firme por el paso del plazo', () => {
      const suspendido = { type: 'PAESuspendido', data: { creditoId: ID, fecha: '2025-04-10', motivo: 'recurso-de-revocacion', garantia: { forma: 'fianza', importe: '10000.00' }, fundamento: 'CHP arts. 27, 30 y 182' } };
      spec.given([determinado, notificado, suspendido as never]).when(barrer('2025-04-28')).then([exigible]);
    });
    it('rechaza una legal date (fechaEfecto) mal formada, nombrando fechaEfecto', () => {
      spec.given([determinado]).when(barrer('2025-02-30')).thenRejects('fecha-invalida', 'fechaEfecto');
    });
  });
});
