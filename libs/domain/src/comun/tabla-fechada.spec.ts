import { crearTablaFechada, type FilaFechada } from './tabla-fechada';
import { RechazoDeDominio } from './errores';

const fila = (desde: string, valor: string, hasta?: string): FilaFechada<string> => ({ desde, hasta, valor, fuente: 'prueba', verificada: true });

describe('TablaFechada: valor vigente a una fecha', () => {
  const tabla = crearTablaFechada('tasa', [fila('2025-01-01', '0.98'), fila('2024-01-01', '0.75', '2024-12-31'), fila('2026-01-01', '1.38')]);

  it('el valor vigente es el de la fila con el inicio más reciente que no es posterior a la fecha', () => {
    expect(tabla.valorEn('2024-01-01')).toBe('0.75');
    expect(tabla.valorEn('2024-12-31')).toBe('0.75');
    expect(tabla.valorEn('2025-06-02')).toBe('0.98');
    expect(tabla.valorEn('2030-01-01')).toBe('1.38');
  });

  it('ordena las filas por inicio de vigencia', () => {
    expect(tabla.filas.map((f) => f.desde)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
  });

  it('rechaza consultar antes del primer valor, nombrando la tabla', () => {
    expect(() => tabla.valorEn('2023-12-31')).toThrow(/tasa.*2023-12-31/);
    expect(tabla.buscarFilaEn('2023-12-31')).toBeUndefined();
  });

  it('rechaza consultar dentro de un hueco entre una fila con fin y la siguiente', () => {
    const conHueco = crearTablaFechada('x', [fila('2024-01-01', 'a', '2024-06-30'), fila('2025-01-01', 'b')]);
    expect(() => conHueco.valorEn('2024-07-01')).toThrow(RechazoDeDominio);
  });

  it('rechaza filas que se traslapan o empiezan el mismo día', () => {
    expect(() => crearTablaFechada('x', [fila('2024-01-01', 'a', '2025-01-01'), fila('2025-01-01', 'b')])).toThrow(/traslap|después/);
    expect(() => crearTablaFechada('x', [fila('2024-01-01', 'a'), fila('2024-01-01', 'b')])).toThrow(/dos filas/);
  });

  it('rechaza fechas mal formadas, vigencias invertidas, filas sin fuente y tablas vacías', () => {
    expect(() => crearTablaFechada('x', [fila('2024-13-01', 'a')])).toThrow(/desde/);
    expect(() => crearTablaFechada('x', [fila('2024-02-01', 'a', '2024-01-01')])).toThrow(/anterior/);
    expect(() => crearTablaFechada('x', [{ ...fila('2024-02-01', 'a'), fuente: ' ' }])).toThrow(/fuente/);
    expect(() => crearTablaFechada('x', [])).toThrow(/no tiene filas/);
  });
});
