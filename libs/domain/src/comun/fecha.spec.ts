// Legal dates as 'YYYY-MM-DD' strings: arithmetic stays inside the four-digit years a Fecha can write.
import { RechazoDeDominio } from './errores';
import { desdePartes, esFechaValida, sumarDias } from './fecha';

describe('Fechas de calendario', () => {
  it('reconoce el 29 de febrero solo en años bisiestos y rechaza el 30 de febrero', () => {
    expect(esFechaValida('2024-02-29')).toBe(true);
    expect(esFechaValida('2023-02-29')).toBe(false);
    expect(esFechaValida('2023-02-30')).toBe(false);
    expect(esFechaValida('2023-13-01')).toBe(false);
  });

  it('suma días cruzando meses y años', () => {
    expect(sumarDias('2024-12-31', 1)).toBe('2025-01-01');
    expect(sumarDias('2024-03-01', -1)).toBe('2024-02-29');
    expect(sumarDias('9999-12-30', 1)).toBe('9999-12-31');
  });

  it('rechaza con un rechazo tipado, no con un error interno, una suma que sale del año 9999', () => {
    expect(() => sumarDias('9999-12-31', 1)).toThrow(RechazoDeDominio);
    expect(() => desdePartes(10_000, 1, 1)).toThrow(expect.objectContaining({ tipo: 'invalido', codigo: 'fecha-fuera-de-intervalo' }));
  });
});
