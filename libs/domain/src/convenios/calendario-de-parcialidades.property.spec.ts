import fc from 'fast-check';
import { crearCalendario } from '../calendario/calendario';
import { Dec } from '../comun/importe';
import { RechazoDeDominio } from '../comun/errores';
import { sumarDias } from '../comun/fecha';
import { calcularParcialidades } from './calendario-de-parcialidades';

const cal = crearCalendario([]);
const solicitud = fc.record({
  montoTotalActualizado: fc.integer({ min: 100, max: 1_000_000_000 }).map((c) => new Dec(c).dividedBy(100).toFixed(2)),
  tasaMensualDeProrroga: fc.integer({ min: 0, max: 300 }).map((b) => new Dec(b).dividedBy(100).toString()),
  numeroDeParcialidades: fc.integer({ min: 1, max: 24 }),
  fechaDeSolicitud: fc.integer({ min: 0, max: 3650 }).map((n) => sumarDias('2020-01-01', n)),
});

// Rounding each instalment up by at most half a centavo can pay off early only a balance of a few pesos.
const esDiminuto = (s: { montoTotalActualizado: string; numeroDeParcialidades: number }) =>
  new Dec(s.montoTotalActualizado).lt(new Dec(s.numeroDeParcialidades).pow(2).times('0.02'));

describe('CHP arts. 41-42: properties of the instalment schedule', () => {
  it('the 20 % plus the instalments\' capital equal the updated total to the centavo, and the totals row adds the table', () => {
    fc.assert(fc.property(solicitud.filter((s) => !esDiminuto(s)), (s) => {
      const r = calcularParcialidades(cal, s);
      const capital = r.tabla.reduce((a, f) => a.plus(f.capital), new Dec(0));
      expect(new Dec(r.pagoInicial).plus(capital).eq(s.montoTotalActualizado)).toBe(true);
      expect(capital.eq(r.totales.capital)).toBe(true);
      expect(r.tabla.reduce((a, f) => a.plus(f.importe), new Dec(0)).eq(r.totales.importe)).toBe(true);
      expect(r.tabla.at(-1)!.saldoFinal).toBe('0.00');
    }));
  });

  it('every instalment but the last is the same amount, and each falls on a later business day', () => {
    fc.assert(fc.property(solicitud, (s) => {
      let r;
      try {
        r = calcularParcialidades(cal, s);
      } catch (e) {
        // Only a balance too small for n equal instalments may be refused.
        expect((e as RechazoDeDominio).codigo).toBe('parcialidades-no-pueden-ser-iguales');
        expect(esDiminuto(s)).toBe(true);
        return;
      }
      r.tabla.slice(0, -1).forEach((f) => expect(f.importe).toBe(r.parcialidad));
      r.tabla.forEach((f, i) => {
        expect(cal.esHabil(f.vencimiento)).toBe(true);
        if (i > 0) expect(f.vencimiento > r.tabla[i - 1].vencimiento).toBe(true);
      });
    }));
  });
});
