import { DIAS_HABILES_PARA_REGISTRAR_PAGOS, diasHabilesParaRegistrarPagos } from './plazo-de-registro';

describe('Posting window of bank payments (decision 0207)', () => {
  it('is 3 business days unless REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO says otherwise', () => {
    expect(DIAS_HABILES_PARA_REGISTRAR_PAGOS).toBe(3);
    expect(diasHabilesParaRegistrarPagos({})).toBe(3);
    expect(diasHabilesParaRegistrarPagos({ REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO: '0' })).toBe(0);
    expect(diasHabilesParaRegistrarPagos({ REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO: '5' })).toBe(5);
  });

  it('stops the start-up on a value that is not a whole number from 0 to 30', () => {
    for (const malo of ['-1', '2.5', 'tres', '31']) {
      expect(() => diasHabilesParaRegistrarPagos({ REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO: malo })).toThrow('REGISTRO_DIAS_HABILES_PARA_REGISTRAR_PAGO');
    }
  });
});
