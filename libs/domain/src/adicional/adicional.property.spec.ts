import fc from 'fast-check';
import { calcularAdicional } from './adicional';
import { Dec, importe } from '../comun/importe';

const centavosATexto = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
const base = fc.bigInt({ min: 0n, max: 99_999_999_999n }).map(centavosATexto);

describe('Adicional for any base in centavos (CHP art. 265, decision 0201)', () => {
  it('CHP art. 265: the adicional is within half a centavo of 6 % of the base and the total adds up exactly', () => {
    fc.assert(
      fc.property(base, (b) => {
        const r = calcularAdicional(b, { claveDerecho: 'LD-21Bis-II-a' });
        const exacto = importe(b).times(new Dec('0.06'));
        expect(importe(r.adicional).minus(exacto).abs().lessThanOrEqualTo(new Dec('0.005'))).toBe(true);
        expect(importe(r.total).equals(importe(b).plus(importe(r.adicional)))).toBe(true);
        expect(r.adicional).toMatch(/^\d+\.\d{2}$/);
      }),
    );
  });

  it('CHP art. 265 A III: the services of LD arts. 44 Bis and 44 Ter never pay adicional, whatever the base', () => {
    fc.assert(
      fc.property(base, fc.constantFrom('LD-44Bis-I', 'LD-44Bis-XII', 'LD-44Ter-V'), (b, clave) => {
        expect(calcularAdicional(b, { claveDerecho: clave })).toMatchObject({ adicional: '0.00', exento: true });
      }),
    );
  });
});
