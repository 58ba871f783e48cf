// Given the events of an orden de pago, when a bank posts a payment of a línea de captura, then the order it
// pays, or the refusal that names the field (LD arts. 5 and 11).
import { rechazoDe } from '../../../../test/support/decider-spec';
import type { OrdenDePagoEmitida } from './orden-de-pago.events';
import { ordenQuePaga, type PagoDeUnaLinea } from './pago-conforme-a-la-orden.policy';
import { ORDEN_123 } from '../../../../test/support/derecho-de-prueba';

const emitida: OrdenDePagoEmitida = {
  type: 'OrdenDePagoEmitida',
  data: { ...ORDEN_123, dependencia: 'SGG', fechaVigencia: '2026-03-17' } as OrdenDePagoEmitida['data'],
};

const pago = (cambios: Partial<PagoDeUnaLinea> = {}): PagoDeUnaLinea => ({
  lineaDeCaptura: emitida.data.lineaDeCaptura,
  claveDerecho: 'LD-21Bis-II-a',
  cantidad: 1,
  ...cambios,
});

describe('pago conforme a la orden (LD arts. 5 and 11)', () => {
  it('given the issued order, when its own línea is paid for its derecho and quantity, then the order', () => {
    expect(ordenQuePaga([emitida], pago())).toEqual(emitida.data);
  });

  it('given no order, when a well-formed línea is paid, then orden-de-pago-desconocida naming lineaDeCaptura', () => {
    expect(rechazoDe(() => ordenQuePaga([], pago()))).toMatchObject({ codigo: 'orden-de-pago-desconocida', campo: 'lineaDeCaptura', fundamento: 'LD art. 5' });
  });

  it('given an order of the same serie, when another línea is paid, then orden-de-pago-desconocida', () => {
    expect(rechazoDe(() => ordenQuePaga([emitida], pago({ lineaDeCaptura: '07000000012322810000018020069' })))).toMatchObject({ codigo: 'orden-de-pago-desconocida' });
  });

  it('given the order, when another derecho is declared, then derecho-distinto-de-la-orden naming claveDerecho', () => {
    expect(rechazoDe(() => ordenQuePaga([emitida], pago({ claveDerecho: 'LD-23-I' })))).toMatchObject({ codigo: 'derecho-distinto-de-la-orden', campo: 'claveDerecho', fundamento: 'LD art. 11' });
  });

  it('given the order, when another quantity is declared, then cantidad-distinta-de-la-orden naming cantidad', () => {
    expect(rechazoDe(() => ordenQuePaga([emitida], pago({ cantidad: 2 })))).toMatchObject({ codigo: 'cantidad-distinta-de-la-orden', campo: 'cantidad', fundamento: 'LD art. 11' });
  });
});
