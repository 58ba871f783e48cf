// Issue 11's property for a payment of several credits: the PagoAplicado of every credit it reaches add up to the
// PagoRecibido they come from, oldest credit first, and no balance goes below zero (CHP arts. 50, 51, 53).
import fc from 'fast-check';
import { decider, determinado, exigible, firme, notificado } from '../../../../test/support/credito-de-prueba';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';
import { sumarDias } from '../comun/fecha';
import { Dec, suma } from '../comun/importe';
import type { EventoDeCredito } from '../creditos';
import { adeudoALaFecha } from '../creditos/saldo';
import { repartirPago } from './reparto-del-pago';

const conId = (e: EventoDeCredito, creditoId: string, periodo: string): EventoDeCredito =>
  ({ ...e, data: { ...e.data, creditoId, ...(e.type === 'CreditoDeterminado' ? { periodo } : {}) } }) as EventoDeCredito;

describe('Reparto de un pago entre créditos (CHP arts. 50, 51, 53)', () => {
  it('Σ PagoAplicado = PagoRecibido; the older credit is paid before the newer gets anything; no balance below zero', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1, max: 8_000_000 }), fc.integer({ min: 0, max: 400 }),
      (historicos, centavos, dias) => {
        const estados = historicos.map((h, i) => {
          const id = `C-${i}`;
          const det = conId(determinado, id, `2024-0${i + 1}`);
          const eventos = [{ ...det, data: { ...det.data, importeHistorico: new Dec(h).dividedBy(100).toFixed(2) } } as EventoDeCredito,
            conId(notificado, id, ''), conId(exigible, id, ''), conId(firme, id, '')];
          return { id, periodo: `2024-0${i + 1}`, estado: eventos.reduce(decider.evolve, decider.estadoInicial()) };
        });
        const fechaPago = sumarDias('2025-04-28', dias);
        const importe = new Dec(centavos).dividedBy(100).toFixed(2);
        const adeudos = estados.map((c) => adeudoALaFecha(c.estado, fechaPago, entornoDePrueba.tablasDeAdeudo).total);
        const reparto = repartirPago(importe, estados.map((c, i) => ({ creditoId: c.id, periodo: c.periodo, fechaDeterminacion: '2025-02-20', adeudo: adeudos[i]!, vivo: true })));
        const aplicados = reparto.asignaciones.flatMap((a) => {
          const c = estados.find((x) => x.id === a.creditoId)!;
          return decider.decide({ type: 'AplicarPago', data: { creditoId: c.id, pagoId: 'RO-2025-00000001-1', importe: a.importe, fechaPago } }, c.estado)
            .filter((e) => e.type === 'PagoAplicado');
        });
        const importes = aplicados.map((e) => (e.type === 'PagoAplicado' ? e.data : null)!);
        expect(suma(importes.map((d) => new Dec(d.importe))).toFixed(2)).toBe(importe);
        expect(reparto.saldoAFavorSinAplicar).toBe('0.00');
        for (const d of importes) {
          expect(new Dec(d.totalAplicado).plus(d.remanente).toFixed(2)).toBe(new Dec(d.importe).toFixed(2));
          for (const p of d.partes) expect(new Dec(p.pendiente).gte(0)).toBe(true);
        }
        // Oldest first: a newer credit gets money only once every older one is covered in full.
        importes.slice(0, -1).forEach((d) => expect(d.totalPendiente).toBe('0.00'));
        importes.slice(0, -1).forEach((d) => expect(d.remanente).toBe('0.00'));
      }), { numRuns: 200 });
  });
});
