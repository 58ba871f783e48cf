import fc from 'fast-check';
import { crearCalendario, type DiaInhabil } from './calendario';
import {
  esHoraHabil, plazoEnDiasNaturales, restarDiasHabiles, siguienteDiaHabil, sumarDiasHabiles, vencimientoDeDeclaracionEnBanco,
  vencimientoEnAnios, vencimientoEnFechaDeterminada, vencimientoEnMeses,
} from './plazos';
import { desdePartes } from '../comun/fecha';
import { RechazoDeDominio } from '../comun/errores';

const suspendidos: DiaInhabil[] = [
  { fecha: '2025-04-17', motivo: 'Jueves Santo', fundamento: 'CHP art. 21', clase: 'semana-santa' },
  { fecha: '2025-04-18', motivo: 'Viernes Santo', fundamento: 'CHP art. 21', clase: 'semana-santa' },
  { fecha: '2024-10-01', motivo: 'Transmisión del Poder Ejecutivo Federal', fundamento: 'CHP art. 21', clase: 'transmision-de-poderes' },
];
const cal = crearCalendario(suspendidos);

describe('CHP art. 21: plazos', () => {
  it('CHP art. 21: el siguiente día hábil de un día hábil es el mismo día', () => {
    expect(siguienteDiaHabil(cal, '2025-06-02')).toBe('2025-06-02');
  });

  it('CHP art. 21: un plazo que vence en sábado se prorroga al lunes', () => {
    expect(siguienteDiaHabil(cal, '2025-06-07')).toBe('2025-06-09');
  });

  it('CHP art. 21: jueves y viernes santos más el fin de semana llevan el vencimiento al lunes siguiente', () => {
    expect(siguienteDiaHabil(cal, '2025-04-17')).toBe('2025-04-21');
  });

  it('CHP art. 21: 30 días hábiles se cuentan desde el día siguiente, sin fines de semana ni festivos', () => {
    // Counted by hand from the day after Mon 2025-03-03 (the 17th is the third Monday of March):
    // 4-7 (4), 10-14 (9), 18-21 (13), 24-28 (18), 31 (19), Apr 1-4 (23), 7-11 (28), 14-15 (30).
    expect(sumarDiasHabiles(cal, '2025-03-03', 30)).toBe('2025-04-15');
  });

  it('CHP art. 21: un plazo de un día hábil desde un viernes termina el lunes', () => {
    expect(sumarDiasHabiles(cal, '2025-06-06', 1)).toBe('2025-06-09');
  });

  it('CHP art. 21, hacia atrás: tres días hábiles antes del lunes 2025-04-21 son el lunes 14, sin la semana santa ni el fin de semana', () => {
    expect(restarDiasHabiles(cal, '2025-04-21', 3)).toBe('2025-04-14');
    expect(restarDiasHabiles(cal, '2025-06-09', 1)).toBe('2025-06-06');
    expect(restarDiasHabiles(cal, '2025-06-08', 0)).toBe('2025-06-08');
  });

  it('restar y sumar días hábiles son inversos desde un día hábil', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 40 }), (desplazamiento, n) => {
        const inicio = siguienteDiaHabil(cal, desdePartes(2020, 1, 1 + desplazamiento));
        expect(restarDiasHabiles(cal, sumarDiasHabiles(cal, inicio, n), n)).toBe(inicio);
      }),
    );
  });

  it('CHP art. 21: la transmisión del Ejecutivo Federal (2024-10-01) no se cuenta', () => {
    expect(sumarDiasHabiles(cal, '2024-09-30', 1)).toBe('2024-10-02');
  });

  it('CHP art. 21: un plazo de cero días termina el mismo día', () => {
    expect(sumarDiasHabiles(cal, '2025-06-07', 0)).toBe('2025-06-07');
  });

  it('CHP art. 21: un plazo en meses vence el mismo día del mes final', () => {
    expect(vencimientoEnMeses(cal, '2025-01-15', 1)).toBe('2025-02-17'); // 15 Feb 2025 is a Saturday
    expect(vencimientoEnMeses(cal, '2025-01-14', 1)).toBe('2025-02-14');
  });

  it('CHP art. 21: si el día no existe en el mes final vence el primer día hábil del mes siguiente', () => {
    expect(vencimientoEnMeses(cal, '2025-01-31', 1)).toBe('2025-03-03'); // 1 Mar 2025 is a Saturday
    expect(vencimientoEnMeses(cal, '2024-12-31', 4)).toBe('2025-05-02'); // 1 May is a holiday
  });

  it('CHP art. 21: un plazo en años desde un 29 de febrero vence el primer día hábil de marzo', () => {
    expect(vencimientoEnAnios(cal, '2024-02-29', 1)).toBe('2025-03-03');
    expect(vencimientoEnAnios(cal, '2020-02-29', 4)).toBe('2024-02-29');
    expect(vencimientoEnAnios(cal, '2023-06-02', 2)).toBe('2025-06-02');
  });

  it('CHP art. 21: los plazos por periodo cuentan todos los días y se prorrogan si terminan en día inhábil', () => {
    expect(plazoEnDiasNaturales(cal, '2025-04-07', 10)).toBe('2025-04-21');
    expect(plazoEnDiasNaturales(cal, '2025-06-01', 30)).toBe('2025-07-01');
  });

  it('CHP art. 21: una fecha determinada que cae en festivo se prorroga al siguiente día hábil', () => {
    expect(vencimientoEnFechaDeterminada(cal, '2025-09-16')).toBe('2025-09-17');
  });

  it('CHP art. 21: la declaración que vence en viernes ante bancos se puede presentar el siguiente día hábil', () => {
    expect(vencimientoDeDeclaracionEnBanco(cal, '2025-06-06')).toBe('2025-06-09');
    expect(vencimientoDeDeclaracionEnBanco(cal, '2025-06-05')).toBe('2025-06-05');
  });

  it('rechaza un número de días negativo o fraccionario nombrando el campo', () => {
    expect(() => sumarDiasHabiles(cal, '2025-06-06', -1)).toThrow(RechazoDeDominio);
    expect(() => vencimientoEnMeses(cal, '2025-06-06', 1.5)).toThrow(/meses/);
  });

  it('propiedad: todo vencimiento es un día hábil y no es anterior al inicio', () => {
    const fechaArb = fc.record({ a: fc.integer({ min: 2018, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ a, m, d }) => desdePartes(a, m, d));
    fc.assert(fc.property(fechaArb, fc.integer({ min: 0, max: 60 }), (f, n) => {
      for (const v of [sumarDiasHabiles(cal, f, Math.max(n, 1)), vencimientoEnMeses(cal, f, n), plazoEnDiasNaturales(cal, f, n), siguienteDiaHabil(cal, f)]) {
        expect(cal.esHabil(v)).toBe(true);
        expect(v >= f).toBe(true);
      }
    }));
  });
});

describe('CHP art. 22: horas hábiles', () => {
  it('CHP art. 22: son hábiles las horas entre las 7:30 y las 18:00, ambas incluidas', () => {
    expect(esHoraHabil('07:29')).toBe(false);
    expect(esHoraHabil('07:30')).toBe(true);
    expect(esHoraHabil('18:00')).toBe(true);
    expect(esHoraHabil('18:01')).toBe(false);
  });

  it('rechaza una hora mal formada nombrando el campo hora', () => {
    expect(() => esHoraHabil('7:30')).toThrow(/hora/);
  });
});
