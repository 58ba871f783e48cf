// LD arts. 21–52: derechos.json is exactly what the parser makes of the law text and the reviewed corrections.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import {
  type Correcciones,
  ErrorDeCatalogo,
  RUTAS,
  limpiarLinea,
  parsearLeyDeDerechos,
  serializar,
} from '../scripts/parse-ley-de-derechos';

const texto = fs.readFileSync(RUTAS.fuente, 'utf8');
const correcciones = JSON.parse(fs.readFileSync(RUTAS.correcciones, 'utf8')) as Correcciones;

describe('LD arts. 21–52: el parser y los datos', () => {
  it('el texto de la ley es la copia revisada (última reforma P.O. 318)', () => {
    expect(createHash('sha256').update(fs.readFileSync(RUTAS.fuente)).digest('hex')).toBe(
      '8e37551e352f05a7e5186a32b26cff6862b5a767b4d60a1f972115687e4a37f9',
    );
  });

  it('correr el parser sobre el texto reproduce derechos.json byte por byte', () => {
    expect(serializar(parsearLeyDeDerechos(texto, correcciones))).toBe(fs.readFileSync(RUTAS.salida, 'utf8'));
  });

  it('se detiene si un importe desplazado no está en la lista revisada', () => {
    const sinRevisar = { ...correcciones, importesDesplazados: correcciones.importesDesplazados.filter((c) => c !== 'LD-43-VII-a') };
    expect(() => parsearLeyDeDerechos(texto, sinRevisar)).toThrow(ErrorDeCatalogo);
    expect(() => parsearLeyDeDerechos(texto, sinRevisar)).toThrow(/LD-43-VII-a/);
  });

  it('se detiene si un artículo queda con más renglones que importes', () => {
    const sinFormula = { ...correcciones, formulas: { ...correcciones.formulas } };
    delete (sinFormula.formulas as Record<string, unknown>)['LD-45-IV'];
    expect(() => parsearLeyDeDerechos(texto, sinFormula)).toThrow(/Artículo 45: 13 renglones con tarifa y 12 importes/);
  });

  it('se detiene si una corrección ya no corresponde a ningún renglón', () => {
    const sobrante = { ...correcciones, sinTarifa: { ...correcciones.sinTarifa, 'LD-99-I': 'no existe' } };
    expect(() => parsearLeyDeDerechos(texto, sobrante)).toThrow(/corrección sinTarifa sin renglón: LD-99-I/);
  });

  it('limpia las seis formas de renglón de la conversión', () => {
    expect(limpiarLinea('a) De 1 a 40 hojas.\t\\$480.00')).toBe('a) De 1 a 40 hojas. $480.00');
    expect(limpiarLinea('- a) Por el registro de matrimonio. **\\$1,700.00**')).toBe('a) Por el registro de matrimonio. $1,700.00');
    expect(limpiarLinea('<b>V. Por las publicaciones Municipales.</b>\t<b>\\$1,150.00</b>')).toBe('V. Por las publicaciones Municipales. $1,150.00');
    expect(limpiarLinea('| 2. Tiendas de abarrotes.  | \\$3,850.00  |')).toBe('2. Tiendas de abarrotes. $3,850.00');
    expect(limpiarLinea('|--|-------------|')).toBe('');
    expect(limpiarLinea('\t\\$1,050.00')).toBe('$1,050.00');
  });
});
