// LD art. 2 V and art. 11 as the registry reads the catalog: the line in force on a date, what of it the domain
// needs, and the quantity a line admits.
import { cargarCatalogo } from '@tesoreria/catalogo';
import { aLineaDeTarifa, exigirCantidadAplicable, lineaVigente } from './catalogo';

const catalogo = cargarCatalogo();

describe('catálogo del registro', () => {
  it('given a fixed-tariff line in force, then one service per order: quantity 1 passes and 2 is cantidad-no-aplica', () => {
    const linea = lineaVigente(catalogo, 'LD-21-III-a', '2026-03-10')!;
    expect(aLineaDeTarifa(linea)).toMatchObject({ clave: 'LD-21-III-a' });
    expect(() => exigirCantidadAplicable(linea, 1)).not.toThrow();
    expect(() => exigirCantidadAplicable(linea, 2)).toThrow(expect.objectContaining({ codigo: 'cantidad-no-aplica', campo: 'cantidad' }));
  });

  it('given an unknown key, then no line', () => {
    expect(lineaVigente(catalogo, 'LD-999-Z', '2026-03-10')).toBeNull();
  });
});
