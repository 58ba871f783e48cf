import fc from 'fast-check';
import { crearCalendario } from '../calendario/calendario';
import { vencimientoEnAnios, vencimientoEnMeses } from '../calendario/plazos';
import { sumarDias } from '../comun/fecha';
import { ModalidadDeComprobacion, SuspensionDeCaducidad, relojDeCaducidad } from './reloj-de-caducidad';

const cal = crearCalendario([]);
const fechaDesde = (base: string, max: number) => fc.integer({ min: 0, max }).map((n) => sumarDias(base, n));
const hecho = fechaDesde('2008-01-01', 4000);
const auditoria = fc.tuple(fechaDesde('2008-01-01', 5000), fc.integer({ min: 0, max: 2500 }), fc.constantFrom<ModalidadDeComprobacion>('visita-domiciliaria', 'revision-en-oficinas', 'revision-de-dictamen', 'otra'))
  .map(([d, n, modalidad]): SuspensionDeCaducidad => ({ tipo: 'facultades-de-comprobacion', modalidad, desde: d, hasta: sumarDias(d, n), concluyoEnPlazo: true }));

describe('CHP art. 67: properties of the caducidad clock', () => {
  it('with no suspension it agrees with the five-year term of CHP art. 21 counted from the next day', () => {
    fc.assert(fc.property(hecho, (f) => {
      expect(relojDeCaducidad(cal, { supuesto: 'infraccion', fecha: f, suspensiones: [] }).vencimiento).toBe(vencimientoEnAnios(cal, sumarDias(f, 1), 5));
    }));
  });

  it('audits alone never push the end past ten years, nor past six years six months when one is a home audit or review', () => {
    fc.assert(fc.property(hecho, fc.array(auditoria, { maxLength: 3 }), (f, suspensiones) => {
      const r = relojDeCaducidad(cal, { supuesto: 'declaracion-del-ejercicio', fecha: f, suspensiones });
      const inicio = sumarDias(f, 1);
      const sinSuspension = vencimientoEnAnios(cal, inicio, 5);
      const seisYMedio = suspensiones.some((s) => s.tipo === 'facultades-de-comprobacion' && s.modalidad !== 'otra');
      expect(r.vencimiento! >= sinSuspension || r.tope !== null).toBe(true);
      expect(r.vencimiento! <= (seisYMedio ? vencimientoEnMeses(cal, inicio, 78) : vencimientoEnAnios(cal, inicio, 10))).toBe(true);
    }));
  });
});
