import fc from 'fast-check';
import { crearCalendario } from '../calendario/calendario';
import { vencimientoEnAnios } from '../calendario/plazos';
import { diasEntre, sumarDias } from '../comun/fecha';
import { diasCubiertos, finDeCarrera } from './computo-de-plazo';
import { HechoDePrescripcion, relojDePrescripcion } from './reloj-de-prescripcion';

const cal = crearCalendario([]);
const fechaDesde = (base: string, maxDias: number) => fc.integer({ min: 0, max: maxDias }).map((n) => sumarDias(base, n));
const exigible = fechaDesde('2005-01-01', 5000);
const interrupcion = (desde: string) =>
  fechaDesde(desde, 4000).map((fecha): HechoDePrescripcion => ({ tipo: 'gestion-de-cobro', fecha, notificadaAlDeudor: true, descripcion: 'requerimiento' }));
const suspension = (desde: string) =>
  fc.tuple(fechaDesde(desde, 3000), fc.integer({ min: 0, max: 900 })).map(([d, n]): HechoDePrescripcion => ({ tipo: 'suspension-del-pae', desde: d, hasta: sumarDias(d, n), descripcion: 'suspensión' }));

describe('CHP art. 24: properties of the prescription clock', () => {
  it('with no facts it agrees with the five-year term of CHP art. 21 computed by the calendar', () => {
    fc.assert(fc.property(exigible, (e) => {
      expect(relojDePrescripcion(cal, { exigibleDesde: e, hechos: [] }).vencimiento).toBe(vencimientoEnAnios(cal, e, 5));
    }));
  });

  it('an interruption never brings the end forward, and without suspensions the end never passes the ten-year cap', () => {
    fc.assert(fc.property(exigible.chain((e) => fc.tuple(fc.constant(e), fc.array(interrupcion(e), { maxLength: 4 }))), ([e, hechos]) => {
      const sin = relojDePrescripcion(cal, { exigibleDesde: e, hechos: [] }).vencimiento!;
      const con = relojDePrescripcion(cal, { exigibleDesde: e, hechos }).vencimiento!;
      expect(con >= sin).toBe(true);
      expect(con <= vencimientoEnAnios(cal, e, 10)).toBe(true);
    }));
  });

  it('a suspension never brings the end forward', () => {
    fc.assert(fc.property(exigible.chain((e) => fc.tuple(fc.constant(e), fc.array(suspension(e), { maxLength: 3 }), fc.array(interrupcion(e), { maxLength: 2 }))), ([e, suspensiones, interrupciones]) => {
      const sin = relojDePrescripcion(cal, { exigibleDesde: e, hechos: interrupciones }).vencimiento!;
      const con = relojDePrescripcion(cal, { exigibleDesde: e, hechos: [...interrupciones, ...suspensiones] }).vencimiento!;
      expect(con >= sin).toBe(true);
    }));
  });

  it('a term that runs n days ends where exactly n unsuspended days have passed', () => {
    fc.assert(fc.property(exigible, fc.integer({ min: 0, max: 4000 }), fc.array(fc.tuple(fechaDesde('2004-06-01', 9000), fc.integer({ min: 1, max: 400 })), { maxLength: 4 }), (inicio, n, sus) => {
      const suspensiones = sus.map(([d, k]) => ({ desde: d, hasta: sumarDias(d, k) }));
      const fin = finDeCarrera(inicio, { diasQueCorren: n, suspensiones })!;
      expect(diasEntre(inicio, fin) - diasCubiertos(inicio, fin, suspensiones)).toBe(n);
    }));
  });
});
