import fc from 'fast-check';
import { Dec } from '../comun/importe';
import { pruebaDeCancelacion } from './cancelacion';

const centavos = (max: number) => fc.integer({ min: 0, max }).map((c) => new Dec(c).dividedBy(100).toFixed(2));

describe('CHP art. 25: properties of the cancellation test', () => {
  it('splitting a debt into several credits never changes the outcome: the credits are added together', () => {
    fc.assert(fc.property(fc.array(centavos(20_000_000), { minLength: 1, maxLength: 6 }), fc.option(centavos(20_000_000), { nil: undefined }), (importes, costo) => {
      const varios = pruebaDeCancelacion({ fecha: '2025-06-30', creditos: importes.map((importe, i) => ({ id: String(i), importe })), ...(costo ? { costoDeRecuperacion: costo } : {}) });
      const total = importes.reduce((s, x) => s.plus(x), new Dec(0)).toFixed(2);
      const unico = pruebaDeCancelacion({ fecha: '2025-06-30', creditos: [{ id: 'T', importe: total }], ...(costo ? { costoDeRecuperacion: costo } : {}) });
      expect(varios.procede).toBe(unico.procede);
      expect(varios.causas).toEqual(unico.causas);
    }));
  });

  it('raising the recovery cost never turns an uncollectable credit into a collectable one', () => {
    fc.assert(fc.property(centavos(15_000_000), centavos(15_000_000), centavos(1_000_000), (importe, costo, extra) => {
      const antes = pruebaDeCancelacion({ fecha: '2025-06-30', creditos: [{ id: 'A', importe }], costoDeRecuperacion: costo });
      const despues = pruebaDeCancelacion({ fecha: '2025-06-30', creditos: [{ id: 'A', importe }], costoDeRecuperacion: new Dec(costo).plus(extra).toFixed(2) });
      if (antes.procede) expect(despues.procede).toBe(true);
    }));
  });
});
