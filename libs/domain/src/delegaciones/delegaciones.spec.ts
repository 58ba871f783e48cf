import { DELEGACIONES, delegacionDeMunicipio, delegacionPorClave, esClaveDelegacion } from './delegaciones';

describe('Delegaciones de Finanzas (CHP art. 101)', () => {
  it('CHP art. 101 names 13 Delegaciones covering 125 municipalities, none in two of them', () => {
    expect(DELEGACIONES).toHaveLength(13);
    const todos = DELEGACIONES.flatMap((d) => d.municipios);
    expect(todos).toHaveLength(125);
    expect(new Set(todos).size).toBe(125);
    expect(DELEGACIONES.map((d) => d.municipios.length)).toEqual([9, 10, 21, 6, 14, 3, 9, 12, 7, 3, 20, 5, 6]);
  });

  it('finds the Delegación of a municipality ignoring accents and case, and the law’s misspellings', () => {
    expect(delegacionDeMunicipio('tuxtla gutierrez')?.clave).toBe('XI');
    expect(delegacionDeMunicipio('Socoltenango')?.clave).toBe('I');
    expect(delegacionDeMunicipio('Chamula')?.clave).toBe('III');
    expect(delegacionDeMunicipio('Maravilla Tenejapa')?.clave).toBe('I');
    expect(delegacionDeMunicipio('Tenejapa')?.clave).toBe('III');
    expect(delegacionDeMunicipio('Oaxaca de Juárez')).toBeUndefined();
  });

  it('knows the keys I to XIII and nothing else', () => {
    expect(delegacionPorClave('XIII')?.nombre).toBe('Villaflores');
    expect(esClaveDelegacion('XIV')).toBe(false);
    expect(esClaveDelegacion('VII')).toBe(true);
  });
});
