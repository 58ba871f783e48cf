import { generarLineaDeCaptura, leerLineaDeCaptura, validarLineaDeCaptura } from './linea-de-captura';
import { caracterMod11, cumpleMod97, digitosMod97 } from './digito-verificador';
import { RechazoDeDominio } from '../comun/errores';

describe('Check characters (decisions 0202 and 0203)', () => {
  it('MOD 97-10 reproduces the check digits of the textbook IBAN GB82 WEST 1234 5698 7654 32', () => {
    expect(digitosMod97('32142829123456987654321611')).toBe('82');
    expect(cumpleMod97('3214282912345698765432161182')).toBe(true);
    expect(cumpleMod97('3214282912345698765432161183')).toBe(false);
  });

  it('MOD 11-2 reproduces the check characters of published ORCID identifiers, X included', () => {
    expect(caracterMod11('000000021825009')).toBe('7');
    expect(caracterMod11('000000015109370')).toBe('0');
    expect(caracterMod11('000000021694233')).toBe('X');
  });
});

describe('Línea de captura (decision 0202)', () => {
  it('encodes prefix 07, the order serial, days since 2020-01-01, the amount in centavos and two MOD 97-10 digits', () => {
    expect(generarLineaDeCaptura({ serie: 123, fechaVigencia: '2026-03-31', importe: '1802.00' })).toBe('07000000012322810000018020051');
  });

  it('reads back what it wrote, ignoring the spaces and hyphens a person types', () => {
    expect(leerLineaDeCaptura('07 0000000123 2281 00000180200 51')).toEqual({
      lineaDeCaptura: '07000000012322810000018020051',
      serie: 123,
      fechaVigencia: '2026-03-31',
      importe: '1802.00',
    });
  });

  it('covers its whole range: serial 1 on 2020-01-01 for one centavo, and the largest serial, date and amount', () => {
    expect(generarLineaDeCaptura({ serie: 1, fechaVigencia: '2020-01-01', importe: '0.01' })).toBe('07000000000100000000000000121');
    const mayor = generarLineaDeCaptura({ serie: 9_999_999_999, fechaVigencia: '2047-05-18', importe: '999999999.99' });
    expect(leerLineaDeCaptura(mayor)).toMatchObject({ serie: 9_999_999_999, fechaVigencia: '2047-05-18', importe: '999999999.99' });
  });

  it('detects every single-digit change and every swap of two adjacent different digits', () => {
    const linea = '07000000012322810000018020051';
    for (let i = 0; i < linea.length; i++) {
      for (const d of '0123456789') {
        if (d === linea[i]) continue;
        expect(validarLineaDeCaptura(linea.slice(0, i) + d + linea.slice(i + 1))).toBeInstanceOf(RechazoDeDominio);
      }
      if (i + 1 < linea.length && linea[i] !== linea[i + 1]) {
        expect(validarLineaDeCaptura(linea.slice(0, i) + linea[i + 1] + linea[i] + linea.slice(i + 2))).toBeInstanceOf(RechazoDeDominio);
      }
    }
  });

  it('refuses a line of the wrong length or prefix as linea-de-captura-invalida naming lineaDeCaptura', () => {
    for (const mala of ['0700000001232281000001802005', '08000000012322810000018020051', 'ABC']) {
      const r = validarLineaDeCaptura(mala);
      expect(r).toBeInstanceOf(RechazoDeDominio);
      expect(r).toMatchObject({ codigo: 'linea-de-captura-invalida', campo: 'lineaDeCaptura', tipo: 'invalido' });
    }
  });

  it('refuses to encode fractions of a centavo, zero, or a date before 2020', () => {
    expect(() => generarLineaDeCaptura({ serie: 1, fechaVigencia: '2026-01-31', importe: '10.005' })).toThrow(RechazoDeDominio);
    expect(() => generarLineaDeCaptura({ serie: 1, fechaVigencia: '2026-01-31', importe: '0' })).toThrow(RechazoDeDominio);
    expect(() => generarLineaDeCaptura({ serie: 1, fechaVigencia: '2019-12-31', importe: '1.00' })).toThrow(RechazoDeDominio);
  });
});
