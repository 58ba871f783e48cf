import fc from 'fast-check';
import { generarLineaDeCaptura, leerLineaDeCaptura, validarLineaDeCaptura } from './linea-de-captura';
import { sumarDias } from '../comun/fecha';
import { RechazoDeDominio } from '../comun/errores';

const centavosATexto = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
const entrada = fc.record({
  serie: fc.integer({ min: 1, max: 9_999_999_999 }),
  fechaVigencia: fc.integer({ min: 0, max: 9_999 }).map((d) => sumarDias('2020-01-01', d)),
  importe: fc.bigInt({ min: 1n, max: 99_999_999_999n }).map(centavosATexto),
});

describe('Línea de captura, for any serial, date and amount in range (decision 0202)', () => {
  it('reads back exactly the serial, validity date and amount it encodes', () => {
    fc.assert(
      fc.property(entrada, (e) => {
        const linea = generarLineaDeCaptura(e);
        expect(linea).toHaveLength(29);
        expect(leerLineaDeCaptura(linea)).toEqual({ lineaDeCaptura: linea, ...e });
      }),
    );
  });

  it('refuses the line when any one digit is changed', () => {
    fc.assert(
      fc.property(entrada, fc.integer({ min: 0, max: 28 }), fc.integer({ min: 1, max: 9 }), (e, posicion, salto) => {
        const linea = generarLineaDeCaptura(e);
        const cambiado = String((Number(linea[posicion]) + salto) % 10);
        expect(validarLineaDeCaptura(linea.slice(0, posicion) + cambiado + linea.slice(posicion + 1))).toBeInstanceOf(RechazoDeDominio);
      }),
    );
  });
});
