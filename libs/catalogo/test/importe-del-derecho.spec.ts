// LD art. 2 V and art. 11: the amount of a service from its tariff line.
import { RechazoDeDominio } from '@tesoreria/domain';
import { cargarCatalogo, derechoPorClave, importeDelDerecho } from '@tesoreria/catalogo';

const catalogo = cargarCatalogo();
const linea = (clave: string) => derechoPorClave(catalogo, clave)!;
const rechazo = (f: () => unknown): RechazoDeDominio => {
  try {
    f();
  } catch (e) {
    if (e instanceof RechazoDeDominio) return e;
    throw e;
  }
  throw new Error('no rechazó');
};

describe('LD art. 2 V: importe de un derecho', () => {
  it('LD art. 21 Bis II a: una tarifa fija se cobra por servicio, con cantidad "1"', () => {
    expect(importeDelDerecho(linea('LD-21 Bis-II-a'), '1')).toBe('1700.00');
    expect(rechazo(() => importeDelDerecho(linea('LD-21 Bis-II-a'), '2'))).toMatchObject({ codigo: 'cantidad-no-aplica', campo: 'cantidad' });
  });

  it('LD art. 21 I: por palabra multiplica la tarifa por la cantidad', () => {
    expect(importeDelDerecho(linea('LD-21-I'), '137')).toBe('685.00');
  });

  it('LD art. 29 Quinquies I c: por kilogramo admite fracciones y redondea a centavos', () => {
    expect(importeDelDerecho(linea('LD-29 Quinquies-I-c'), '12.345')).toBe('6.17');
    expect(importeDelDerecho(linea('LD-47-IX-adicional'), '3')).toBe('15.75');
  });

  it('LD art. 21 Octies X f: "por hectárea o fracción" exige unidades enteras', () => {
    expect(importeDelDerecho(linea('LD-21 Octies-X-f'), '3')).toBe('810.00');
    expect(rechazo(() => importeDelDerecho(linea('LD-21 Octies-X-f'), '2.5'))).toMatchObject({ codigo: 'cantidad-no-entera', fundamento: 'LD art. 21 Octies X f' });
  });

  it('LD art. 21 Octies I: un rango exige la base y que caiga en él', () => {
    expect(importeDelDerecho(linea('LD-21 Octies-I-b'), '1', { base: '50000.01' })).toBe('700.00');
    expect(importeDelDerecho(linea('LD-21 Octies-I-b'), '1', { base: '100000' })).toBe('700.00');
    expect(rechazo(() => importeDelDerecho(linea('LD-21 Octies-I-b'), '1', { base: '50000' }))).toMatchObject({ codigo: 'base-fuera-de-rango', campo: 'base' });
    expect(rechazo(() => importeDelDerecho(linea('LD-21 Octies-I-b'), '1'))).toMatchObject({ codigo: 'base-requerida', tipo: 'invalido' });
    expect(importeDelDerecho(linea('LD-21 Octies-I-i'), '1', { base: '9000000' })).toBe('6000.00');
  });

  it('LD art. 21 Quáter XIV: el 50 % exprés se calcula sobre la tarifa dada como base', () => {
    expect(importeDelDerecho(linea('LD-21 Quater-XIV'), '1', { base: '680.00' })).toBe('340.00');
    expect(importeDelDerecho(linea('LD-45-IV'), '1', { base: '123456.78' })).toBe('617.28');
    expect(rechazo(() => importeDelDerecho(linea('LD-45-IV'), '1'))).toMatchObject({ codigo: 'base-requerida' });
  });

  it('rechaza un derecho derogado y una cantidad que no es decimal positivo', () => {
    expect(rechazo(() => importeDelDerecho(linea('LD-29 Ter'), '1'))).toMatchObject({ codigo: 'derecho-derogado', tipo: 'regla' });
    expect(rechazo(() => importeDelDerecho(linea('LD-21-I'), '0'))).toMatchObject({ codigo: 'cantidad-invalida' });
    expect(rechazo(() => importeDelDerecho(linea('LD-21-I'), '1e3'))).toMatchObject({ codigo: 'cantidad-invalida' });
  });
});
