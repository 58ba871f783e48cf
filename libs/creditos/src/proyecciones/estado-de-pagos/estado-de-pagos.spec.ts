// CHP arts. 48, 50-53, 161 and 166: the status of each payment applied to credits — what it brought, what it
// covered in each credit by concept, what it left over and where that goes, and a bounced cheque — and a
// taxpayer's payments; rebuilt equal to live.
import { Dec, aTexto, type EventoDeCredito } from '@tesoreria/domain';
import { DIALECTOS, proyeccionSobreBase, vida } from '../../../test/proyeccion-de-prueba';
import { ABONADO, CON_CHEQUE, REMATADO, bitacoraDeCreditos, vidaAbonada, vidaConCheque } from '../../../test/vidas';
import { proyeccionEstadoDePagos } from './estado-de-pagos.projection';
import { estadoDelPago, pagosDelContribuyente } from './estado-de-pagos.queries';

// One bank payment of $20,000.00 on 1 Jul 2025 for Gloria's two open credits, oldest first: the first takes what it
// owes, and what is left passes to the second; what exceeds both is her saldo a favor.
const alAbonado = vida(ABONADO, [['AplicarPago', { pagoId: 'F-000900', importe: '20000.00', fechaPago: '2025-07-01' }]], vidaAbonada);
const remanente = (alAbonado[0] as Extract<EventoDeCredito, { type: 'PagoAplicado' }>).data.remanente;
const alDelCheque = vida(CON_CHEQUE, [['AplicarPago', { pagoId: 'F-000900', importe: remanente, fechaPago: '2025-07-01' }]], vidaConCheque);
const bitacora = bitacoraDeCreditos().registrar(CON_CHEQUE, vidaConCheque).registrar(ABONADO, alAbonado).registrar(CON_CHEQUE, alDelCheque);

describe.each(DIALECTOS)('estado de los pagos (%s)', (dialecto) => {
  const base = proyeccionSobreBase(dialecto, proyeccionEstadoDePagos, bitacora.eventos, { creditos_pagos_deudores: 5, creditos_pagos_aplicados: 5 });

  it('CHP arts. 50-51 y 53: un pago que cubre dos créditos, por concepto, y el sobrante como saldo a favor', async () => {
    const p = await estadoDelPago(base.db, 'F-000900');
    // Abonado: $7,300.00 of principal and $109.50 of recargos since the last payment (1.5 % × 7,300 for one more month).
    // Del cheque: its $10,000.00 restored and the 20 % indemnización of the bounced cheque ($1,000.00); not yet due, no recargos.
    expect(p).toMatchObject({
      pagoId: 'F-000900', origen: 'pago-recibido', fechaPago: '2025-07-01', contribuyente: { rfc: 'GOHG800101AB1', curp: null },
      importeRecibido: '20000.00', totalAplicado: '18409.50', remanente: '1590.50', destinoDelRemanente: 'saldo-a-favor', estado: 'aplicado', chequeNoPagado: null,
    });
    expect(p!.aplicaciones.map((a) => [a.creditoId, a.importe, a.totalAplicado, a.totalPendiente, a.remanente])).toEqual([
      [ABONADO, '20000.00', '7409.50', '0.00', '12590.50'], [CON_CHEQUE, '12590.50', '11000.00', '0.00', '1590.50'],
    ]);
    expect(p!.aplicaciones.map((a) => a.partes.map((x) => [x.concepto, x.aplicado, x.fundamento]))).toEqual([
      [['recargos', '109.50', 'CHP art. 50 III'], ['contribucion', '7300.00', 'CHP art. 50 V']],
      [['indemnizacion-cheque', '1000.00', 'CHP art. 50 IV'], ['contribucion', '10000.00', 'CHP art. 50 V']],
    ]);
    const aplicado = p!.aplicaciones.reduce((t, a) => t.plus(a.totalAplicado), new Dec(0));
    expect(aTexto(aplicado.plus(p!.remanente))).toBe('20000.00');
  });

  it('CHP art. 48: el cheque devuelto deja el pago como no pagado, con la indemnización del 20 %', async () => {
    expect(await estadoDelPago(base.db, 'F-000777')).toMatchObject({ estado: 'cheque-no-pagado', chequeNoPagado: { fecha: '2025-06-09', indemnizacion: '1000.00' }, importeRecibido: '5000.00' });
  });

  it('CHP arts. 161 y 166: el producto del remate cubre el crédito y el excedente se devuelve', async () => {
    expect(await estadoDelPago(base.db, 'producto-de-remate-2025-06-20')).toMatchObject({
      origen: 'producto-de-remate', importeRecibido: '61000.00', totalAplicado: '12360.00', remanente: '48640.00', destinoDelRemanente: 'excedente-devuelto',
      aplicaciones: [{ creditoId: REMATADO }],
    });
    expect(await estadoDelPago(base.db, 'NO-EXISTE')).toBeNull();
  });

  it('los pagos de un contribuyente, el más reciente primero, y entre fechas', async () => {
    const ids = async (f?: { desde?: string; hasta?: string }) => (await pagosDelContribuyente(base.db, { rfc: 'GOHG800101AB1' }, f)).map((p) => p.pagoId);
    expect(await ids()).toEqual(['F-000900', 'producto-de-remate-2025-06-20', 'F-000123', 'F-000777']);
    expect(await ids({ desde: '2025-06-06', hasta: '2025-06-30' })).toEqual(['producto-de-remate-2025-06-20', 'F-000123']);
    expect(await pagosDelContribuyente(base.db, { rfc: 'LOMF7503158Z3' })).toEqual([]);
  });
});
