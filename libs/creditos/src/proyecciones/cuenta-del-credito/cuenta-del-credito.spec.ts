// The account of each credit from its events: who owes it, where, its dates, the payments applied by concept
// (CHP arts. 50-51) and the balance by concept as bases; the cobranza list with filters and pages; the timeline;
// and a rebuild from zero equal to the rows written live. On PGlite and on PostgreSQL.
import { DIALECTOS, proyeccionSobreBase } from '../../../test/proyeccion-de-prueba';
import { ABONADO, EN_CONVENIO, MULTA, REMATADO, bitacoraDeCreditos } from '../../../test/vidas';
import { proyeccionCuentaDelCredito } from './cuenta-del-credito.projection';
import { cuentaDelCredito, estadosALaFecha, historialDelCredito, listarCreditos } from './cuenta-del-credito.queries';

describe.each(DIALECTOS)('cuenta del crédito (%s)', (dialecto) => {
  const base = proyeccionSobreBase(dialecto, proyeccionCuentaDelCredito, bitacoraDeCreditos().eventos, { creditos_cuentas: 4, creditos_cuentas_pagos: 2, creditos_cuentas_hechos: 24 });

  it('CHP arts. 37 I, 50-51: un crédito abonado, con su pago desglosado por concepto y el saldo en bases', async () => {
    const c = await cuentaDelCredito(base.db, ABONADO);
    expect(c).toMatchObject({
      creditoId: ABONADO, contribuyente: { rfc: 'GOHG800101AB1', curp: null, nombre: 'Gloria Hernández García' }, delegacion: 'I', origen: 'liquidacion',
      concepto: 'contribucion', periodo: '2024-08', importeHistorico: '10000.00', fechaDeterminacion: '2025-02-20', fechaLimitePago: '2025-04-16',
      notificacion: { medio: 'personal', fecha: '2025-03-03', surteEfectos: '2025-03-04', fechaLimiteImpugnacion: '2025-04-16' },
      exigible: true, exigibleDesde: '2025-04-17', firme: true, firmeDesde: '2025-04-17', etapa: 'exigible', etapaDesde: '2025-04-17', extinguidoPor: null,
      // $3,000.00 on 10 Jun: two months of recargos at 1.5 % ($300.00, art. 50 III) first, then $2,700.00 of the contribution (art. 50 V).
      saldo: { historicoPendiente: '7300.00', actualizaDesde: '2025-04-16', recargosAlCorte: '0.00', corte: '2025-06-10', indemnizacion: '0.00', gastosPendientes: '0.00', gastos: [], saldoAFavor: '0.00', enConvenio: false },
    });
    expect(c!.pagos).toEqual([{
      pagoId: 'F-000123', origen: 'pago-recibido', fechaPago: '2025-06-10', importe: '3000.00', totalAplicado: '3000.00', totalPendiente: '7300.00', remanente: '0.00', chequeNoPagadoEl: null,
      partes: [
        { concepto: 'recargos', periodo: '2024-08', contribucion: 'recargos', adeudado: '300.00', aplicado: '300.00', pendiente: '0.00', fundamento: 'CHP art. 50 III' },
        { concepto: 'contribucion', periodo: '2024-08', contribucion: 'principal', adeudado: '10000.00', aplicado: '2700.00', pendiente: '7300.00', fundamento: 'CHP art. 50 V' },
      ],
    }]);
  });

  it('CHP arts. 161 y 166: el rematado queda pagado con el producto, sin saldo y con el excedente como remanente', async () => {
    const c = await cuentaDelCredito(base.db, REMATADO);
    expect(c).toMatchObject({ etapa: 'pagado', etapaDesde: '2025-06-20', extinguidoPor: 'pagado', saldo: { historicoPendiente: '0.00', gastosPendientes: '0.00' } });
    expect(c!.pagos.map((p) => [p.origen, p.importe, p.totalAplicado, p.remanente])).toEqual([['producto-de-remate', '61000.00', '12360.00', '48640.00']]);
  });

  it('CHP arts. 41-42: el crédito en convenio tiene por saldo el del convenio, congelado', async () => {
    const c = await cuentaDelCredito(base.db, EN_CONVENIO);
    expect(c).toMatchObject({ etapa: 'en-convenio', etapaDesde: '2025-06-02', firme: true, exigible: false, saldo: { historicoPendiente: '9800.00', enConvenio: true } });
  });

  it('la lista de cobranza filtra por Delegación, etapa, RFC, exigibilidad y fechas, y pagina', async () => {
    const ids = async (f: Parameters<typeof listarCreditos>[1], p?: Parameters<typeof listarCreditos>[2]) => (await listarCreditos(base.db, f, p)).creditos.map((c) => c.creditoId);
    expect(await ids({})).toEqual([MULTA, REMATADO, ABONADO, EN_CONVENIO]);
    expect(await ids({ delegacion: 'I' })).toEqual([MULTA, ABONADO]);
    expect(await ids({ etapa: 'exigible' })).toEqual([ABONADO]);
    expect(await ids({ rfc: 'LOMF7503158Z3' })).toEqual([MULTA, EN_CONVENIO]);
    expect(await ids({ exigible: false })).toEqual([MULTA, EN_CONVENIO]);
    expect(await ids({ determinadoDesde: '2025-01-01', determinadoHasta: '2025-02-28' })).toEqual([REMATADO, ABONADO]);
    expect(await listarCreditos(base.db, {}, { limite: 2, desplazamiento: 2 })).toMatchObject({ total: 4, creditos: [{ creditoId: ABONADO }, { creditoId: EN_CONVENIO }] });
    expect((await listarCreditos(base.db, { delegacion: 'I' })).creditos[0]).toEqual({
      creditoId: MULTA, contribuyente: { rfc: 'LOMF7503158Z3', curp: null, nombre: 'Fernando López Martínez' }, delegacion: 'I', origen: 'multa', concepto: 'multa',
      descripcion: 'Multa por no presentar la declaración', periodo: '2025-01', importeHistorico: '2500.00', fechaDeterminacion: '2025-03-10', fechaLimitePago: null,
      exigible: false, firme: false, etapa: 'determinado', etapaDesde: '2025-03-10',
    });
  });

  it('el historial lista cada hecho con su fecha legal, quién lo registró y cuándo', async () => {
    const h = await historialDelCredito(base.db, MULTA);
    expect(h).toEqual([expect.objectContaining({ revision: 0, tipo: 'CreditoDeterminado', fecha: '2025-03-10', actor: { userId: 'juridico-2', role: 'cobranza' } })]);
    expect((await historialDelCredito(base.db, REMATADO)).map((x) => x.tipo)).toContain('Rematado');
  });

  it('el estado a una fecha pliega sólo los hechos de fecha legal anterior o igual: el pago del 10 de junio no cuenta el 9', async () => {
    const antes = await estadosALaFecha(base.db, [ABONADO, MULTA], '2025-06-09');
    expect(antes.get(ABONADO)!.bases.historicoPendiente).toBe('10000.00');
    expect(antes.get(MULTA)!.credito?.importeHistorico).toBe('2500.00');
    expect((await estadosALaFecha(base.db, [ABONADO], '2025-06-10')).get(ABONADO)!.bases.historicoPendiente).toBe('7300.00');
    expect((await estadosALaFecha(base.db, [MULTA], '2025-03-09')).has(MULTA)).toBe(false);
  });
});
