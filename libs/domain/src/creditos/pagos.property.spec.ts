// The property: the sum of a PagoAplicado's parts plus what it leaves over equals the payment received,
// no balance goes below zero, and overpayment becomes the taxpayer's saldo a favor (CHP arts. 50, 53).
import fc from 'fast-check';
import { ID, decider, determinado, exigible, firme, notificado } from '../../../../test/support/credito-de-prueba';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';
import { Dec, suma } from '../comun/importe';
import { sumarDias } from '../comun/fecha';
import { adeudoALaFecha } from './saldo';
import type { EventoDeCredito } from './index';

const pagoArb = fc.record({ centavos: fc.integer({ min: 1, max: 1_500_000 }), dias: fc.integer({ min: 0, max: 200 }) });

describe('CreditoFiscal: propiedades de los pagos aplicados', () => {
  it('cada PagoAplicado reparte exactamente el pago recibido; ningún saldo baja de cero; el exceso es saldo a favor', () => {
    fc.assert(fc.property(fc.boolean(), fc.array(pagoArb, { minLength: 1, maxLength: 6 }), (conRequerimiento, pagos) => {
      let eventos: EventoDeCredito[] = [determinado, notificado, exigible, firme];
      let estado = eventos.reduce(decider.evolve, decider.estadoInicial());
      if (conRequerimiento) {
        const req = decider.decide({ type: 'PracticarRequerimiento', data: { creditoId: ID, fecha: '2025-05-06' } }, estado);
        estado = req.reduce(decider.evolve, estado);
        eventos = [...eventos, ...req];
      }
      let fecha = '2025-05-06';
      let remanentes = new Dec(0);
      pagos.forEach((p, i) => {
        fecha = sumarDias(fecha, p.dias);
        const importe = new Dec(p.centavos).dividedBy(100).toFixed(2);
        if (estado.extincion) return;
        const nuevos = decider.decide({ type: 'AplicarPago', data: { creditoId: ID, pagoId: `RO-${i}`, importe, fechaPago: fecha } }, estado);
        for (const e of nuevos) {
          if (e.type !== 'PagoAplicado') continue;
          const partes = e.data.partes;
          expect(suma(partes.map((x) => new Dec(x.aplicado))).plus(e.data.remanente).toFixed(2)).toBe(importe);
          for (const x of partes) {
            expect(new Dec(x.pendiente).gte(0)).toBe(true);
            expect(new Dec(x.aplicado).plus(x.pendiente).equals(x.adeudado)).toBe(true);
          }
          remanentes = remanentes.plus(e.data.remanente);
        }
        estado = nuevos.reduce(decider.evolve, estado);
        const saldo = adeudoALaFecha(estado, fecha, entornoDePrueba.tablasDeAdeudo);
        expect(new Dec(saldo.total).gte(0)).toBe(true);
        expect(new Dec(saldo.historicoPendiente).gte(0)).toBe(true);
        for (const x of saldo.partes) expect(new Dec(x.saldo).gt(0)).toBe(true);
      });
      expect(estado.saldoAFavor).toBe(remanentes.toFixed(2));
    }), { numRuns: 150 });
  });
});
