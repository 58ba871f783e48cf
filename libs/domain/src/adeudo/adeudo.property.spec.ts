import fc from 'fast-check';
import { Dec, importe } from '../comun/importe';
import { desdePartes, diasDelMes, sumarDias, sumarMeses } from '../comun/fecha';
import { crearTablaFechada, type FilaFechada } from '../comun/tabla-fechada';
import { crearCalendario } from '../calendario/calendario';
import type { ValorInpc } from '../actualizacion/inpc';
import type { TasaLeyDeIngresos } from '../recargos/recargos';
import { MESES_MAXIMOS_DE_RECARGOS } from '../recargos/recargos';
import { calcularAdeudo, type TablasDeAdeudo } from './adeudo';

// Synthetic tables: a non-decreasing INPC (decision 0002 explains why the real series can fall) and rates that
// change every year, so the properties exercise the year-by-year lookup.
function tablasSinteticas(): TablasDeAdeudo {
  const filas: FilaFechada<ValorInpc>[] = [];
  for (let i = 0, mes = '2014-01'; mes <= '2031-12'; i++, mes = sumarMeses(mes, 1)) {
    const [a, m] = mes.split('-').map(Number);
    filas.push({ desde: `${mes}-01`, hasta: desdePartes(a, m, diasDelMes(a, m)), fuente: 'sintética', verificada: true,
      valor: { mes, indice: new Dec(100).plus(new Dec(i).times('0.317')).toFixed(3), fechaPublicacion: desdePartes(a, m + 1, 10), publicacionEstimada: false } });
  }
  const tasas: FilaFechada<TasaLeyDeIngresos>[] = [];
  for (let a = 2014; a <= 2031; a++) tasas.push({ desde: `${a}-01-01`, hasta: `${a}-12-31`, fuente: 'sintética', verificada: a % 2 === 0, valor: { tasaMensual: ['0.75', '0.98', '1.13', '1.38'][a % 4] } });
  return { inpc: crearTablaFechada('inpc', filas), tasaRecargos: crearTablaFechada('tasas', tasas), calendario: crearCalendario([{ fecha: '2024-10-01', motivo: 'Transmisión', fundamento: 'CHP art. 21' }]) };
}

const tablas = tablasSinteticas();
const fechaArb = fc.integer({ min: 0, max: 365 * 10 }).map((d) => sumarDias('2015-01-01', d));
const importeArb = fc.integer({ min: 1, max: 100_000_000 }).map((c) => new Dec(c).dividedBy(100).toFixed(2));
const tipoArb = fc.constantFrom('contribucion' as const, 'aprovechamiento' as const, 'multa' as const);

describe('CHP arts. 21, 43-45: propiedades del adeudo', () => {
  it('CHP arts. 43-45: el adeudo nunca baja cuando el pago se hace más tarde (con INPC no decreciente)', () => {
    fc.assert(fc.property(importeArb, fechaArb, fc.integer({ min: 0, max: 2500 }), fc.integer({ min: 1, max: 400 }), tipoArb, (imp, limite, atraso, mas, tipo) => {
      const antes = calcularAdeudo({ importe: imp, fechaLimitePago: limite, fechaPago: sumarDias(limite, atraso), tipo }, tablas);
      const despues = calcularAdeudo({ importe: imp, fechaLimitePago: limite, fechaPago: sumarDias(limite, atraso + mas), tipo }, tablas);
      expect(importe(despues.total).gte(importe(antes.total))).toBe(true);
      expect(importe(despues.recargos).gte(importe(antes.recargos))).toBe(true);
    }), { numRuns: 300 });
  });

  it('CHP art. 43: el factor nunca es menor que 1 y el total nunca es menor que lo omitido', () => {
    fc.assert(fc.property(importeArb, fechaArb, fc.integer({ min: -40, max: 4000 }), tipoArb, (imp, limite, atraso, tipo) => {
      const r = calcularAdeudo({ importe: imp, fechaLimitePago: limite, fechaPago: sumarDias(limite, atraso), tipo }, tablas);
      expect(importe(r.factorActualizacion).gte(1)).toBe(true);
      expect(importe(r.total).gte(importe(r.importeOmitido))).toBe(true);
    }), { numRuns: 300 });
  });

  it('CHP art. 45: los recargos nunca suman más de sesenta tasas mensuales', () => {
    fc.assert(fc.property(fechaArb, fc.integer({ min: 0, max: 6000 }), (limite, atraso) => {
      const r = calcularAdeudo({ importe: '1000.00', fechaLimitePago: limite, fechaPago: sumarDias(limite, atraso) }, tablas);
      expect(r.tasasMensuales.length).toBeLessThanOrEqual(MESES_MAXIMOS_DE_RECARGOS);
      expect(importe(r.tasaRecargosAcumulada).lte(new Dec('1.38').times('1.5').times(MESES_MAXIMOS_DE_RECARGOS))).toBe(true);
    }), { numRuns: 200 });
  });

  it('CHP art. 21: el plazo efectivo siempre es un día hábil y nunca anterior a la fecha límite', () => {
    fc.assert(fc.property(fechaArb, (limite) => {
      const r = calcularAdeudo({ importe: '1.00', fechaLimitePago: limite, fechaPago: limite }, tablas);
      expect(tablas.calendario.esHabil(r.fechaLimiteEfectiva)).toBe(true);
      expect(r.fechaLimiteEfectiva >= limite).toBe(true);
    }));
  });

  it('CHP arts. 43-45: el total es exactamente la suma de lo omitido, la actualización y los recargos', () => {
    fc.assert(fc.property(importeArb, fechaArb, fc.integer({ min: 0, max: 3000 }), (imp, limite, atraso) => {
      const r = calcularAdeudo({ importe: imp, fechaLimitePago: limite, fechaPago: sumarDias(limite, atraso) }, tablas);
      expect(importe(r.importeOmitido).plus(r.actualizacion).plus(r.recargos).equals(importe(r.total))).toBe(true);
    }), { numRuns: 200 });
  });
});
