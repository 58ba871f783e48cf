// The estado de cuenta of a taxpayer as of a date (CHP arts. 43-45, 48, 50, 113, 184): each credit folded from its
// facts up to that date, with what accrued since explained month by month with the INPC and the rate used, the
// warnings of provisional rates, and the version of the tables. It reads the cuenta-del-credito read model.
import { crearTablaFechada, desdePartes, type EntornoDeCredito, type ValorInpc } from '@tesoreria/domain';
import { entornoDePrueba } from '../../../../../test/support/entorno-de-credito';
import { DIALECTOS, proyeccionSobreBase } from '../../../test/proyeccion-de-prueba';
import { ABONADO, CON_CHEQUE, EN_CONVENIO, MULTA, REMATADO, bitacoraDeCreditos, vidaConCheque } from '../../../test/vidas';
import { proyeccionCuentaDelCredito } from '../cuenta-del-credito/cuenta-del-credito.projection';
import { adeudoDelCredito, estadoDeCuenta } from './estado-de-cuenta.queries';

const GLORIA = { rfc: 'GOHG800101AB1' };
const dePrueba = { entorno: entornoDePrueba, version: 'tablas-de-prueba' };

// From January 2025 the INPC rises half a point a month, and the 2025 rate of the Ley de Ingresos is provisional.
const meses: { desde: string; hasta: string; valor: ValorInpc; fuente: string; verificada: boolean }[] = [];
for (let anio = 2020; anio <= 2030; anio++) {
  for (let mes = 1; mes <= 12; mes++) {
    const m = `${anio}-${String(mes).padStart(2, '0')}`;
    const indice = anio < 2025 ? '100.000' : (100 + 0.5 * ((anio - 2025) * 12 + mes)).toFixed(3);
    meses.push({ desde: `${m}-01`, hasta: desdePartes(anio, mes + 1, 0), fuente: 'INEGI (prueba)', verificada: true, valor: { mes: m, indice, fechaPublicacion: desdePartes(anio, mes + 1, 10), publicacionEstimada: false } });
  }
}
const conInflacion: EntornoDeCredito = {
  ...entornoDePrueba,
  tablasDeAdeudo: {
    ...entornoDePrueba.tablasDeAdeudo,
    inpc: crearTablaFechada('inpc', meses),
    tasaRecargos: crearTablaFechada('tasa', [
      { desde: '2010-01-01', hasta: '2024-12-31', valor: { tasaMensual: '1.00' }, fuente: 'LIE (prueba)', verificada: true },
      { desde: '2025-01-01', valor: { tasaMensual: '1.00' }, fuente: 'Ley de Ingresos 2025 (borrador)', verificada: false },
    ]),
  },
};

describe.each(DIALECTOS)('estado de cuenta de un contribuyente (%s)', (dialecto) => {
  const base = proyeccionSobreBase(dialecto, proyeccionCuentaDelCredito, bitacoraDeCreditos().registrar(CON_CHEQUE, vidaConCheque).eventos, { creditos_cuentas: 5, creditos_cuentas_pagos: 3, creditos_cuentas_hechos: 28 });

  it('a una fecha cuenta sólo los hechos ocurridos hasta ella: el cheque devuelto el 9 de junio no existe el 8', async () => {
    const el8 = await estadoDeCuenta(base.db, GLORIA, '2025-06-08', dePrueba);
    const el9 = await estadoDeCuenta(base.db, GLORIA, '2025-06-09', dePrueba);
    expect(el8.creditos.map((c) => [c.creditoId, c.etapa, c.total])).toEqual([[REMATADO, 'convocado-a-remate', '11840.00'], [ABONADO, 'exigible', '10300.00'], [CON_CHEQUE, 'notificado', '5000.00']]);
    // CHP art. 48: what the cheque covered is owed again, plus 20 % of it.
    expect(el9.creditos.find((c) => c.creditoId === CON_CHEQUE)).toMatchObject({ contribucion: '10000.00', indemnizacionCheque: '1000.00', total: '11000.00' });
    expect(el9.totales).toEqual({ importeHistorico: '30000.00', actualizacion: '0.00', recargos: '600.00', gastosDeEjecucion: '1540.00', multas: '0.00', indemnizacionCheque: '1000.00', total: '33140.00' });
    expect(el9).toMatchObject({ contribuyente: { rfc: 'GOHG800101AB1', curp: null }, fecha: '2025-06-09', versionDeParametros: 'tablas-de-prueba', saldoAFavor: '0.00' });
    // CHP art. 43: May's INPC is published on 10 June; on the 9th the last published one is used, and the answer says so.
    expect(el9.advertencias).toEqual([expect.stringContaining('conforme al CHP art. 43 se usó el último publicado, el de 2025-04')]);
  });

  it('CHP arts. 44-45: los recargos mes por mes con su tasa; los meses ya liquidados por el pago del 10 de junio no se cuentan otra vez', async () => {
    const c = (await estadoDeCuenta(base.db, GLORIA, '2025-07-01', dePrueba)).creditos.find((x) => x.creditoId === ABONADO)!;
    expect(c).toMatchObject({ historicoPendiente: '7300.00', factorActualizacion: '1.0000', actualizacion: '0.00', recargos: '109.50', total: '7409.50' });
    expect(c.meses.map((m) => [m.numero, m.desde, m.tasa, m.tasaAcumulada, m.recargosAcumulados, m.liquidadoAlCorte])).toEqual([
      [1, '2025-04-17', '1.5', '1.5', '109.50', true], [2, '2025-05-17', '1.5', '3', '219.00', true], [3, '2025-06-17', '1.5', '4.5', '328.50', false],
    ]);
    expect(c.desglose.map((p) => [p.concepto, p.articulo])).toEqual(expect.arrayContaining([['Recargos', 'CHP arts. 44 y 45'], ['Recargos al último pago', 'CHP arts. 45 y 50'], ['Total', 'CHP arts. 43 a 45, 48, 113 y 184']]));
  });

  it('CHP arts. 113 y 50: los gastos de ejecución y extraordinarios pendientes, cada uno con su fecha y artículo', async () => {
    const c = (await estadoDeCuenta(base.db, GLORIA, '2025-06-09', dePrueba)).creditos.find((x) => x.creditoId === REMATADO)!;
    expect(c.desglose.filter((p) => p.concepto.startsWith('Gastos')).map((p) => [p.concepto, p.articulo, p.importe])).toEqual([
      ['Gastos de ejecución', 'CHP art. 113', '370.00'], ['Gastos de ejecución', 'CHP art. 113', '370.00'], ['Gastos extraordinarios', 'CHP art. 113 sexto párrafo', '800.00'],
    ]);
  });

  it('CHP arts. 43 y 44: con INPC creciente la actualización dice qué índices usó, y una tasa provisional se advierte', async () => {
    const e = await estadoDeCuenta(base.db, GLORIA, '2025-07-01', { entorno: conInflacion, version: 'sha-de-prueba' });
    const c = e.creditos.find((x) => x.creditoId === CON_CHEQUE)!;
    expect(c).toMatchObject({ actualizacion: '0.00', recargos: '0.00', total: '11000.00', actualizacionExplicada: null, meses: [] });
    const a = e.creditos.find((x) => x.creditoId === ABONADO)!;
    expect(a.actualizacionExplicada).toMatchObject({ base: '7300.00', desde: '2025-04-16', articulo: 'CHP art. 43', inpcAntiguo: { mes: '2025-03', indice: '101.500' }, inpcReciente: { mes: '2025-05', indice: '102.500' } });
    // 102.500 / 101.500 = 1.00985…, truncated to 1.0098: 7,300.00 × 0.0098 = 71.54; recargos on the updated 7,371.54:
    // 4.5 % = 331.72 by 1 Jul, less the 3 % = 221.15 counted at the payment of 10 Jun.
    expect(a).toMatchObject({ factorActualizacion: '1.0098', actualizacion: '71.54', recargos: '110.57', total: '7482.11' });
    expect(a.actualizacionExplicada!.factor).toBe('1.0098');
    expect(e.versionDeParametros).toBe('sha-de-prueba');
    expect(e.advertencias).toEqual([expect.stringContaining('se usó el último publicado, el de 2025-05'), expect.stringContaining('es provisional (no verificado contra la fuente oficial; fuente usada: Ley de Ingresos 2025 (borrador))')]);
  });

  it('CHP arts. 44 y 184: la multa no causa recargos; la contribución autodeterminada sí, desde su vencimiento; un contribuyente sin créditos a la fecha no tiene ninguno', async () => {
    const e = await estadoDeCuenta(base.db, { rfc: 'LOMF7503158Z3' }, '2025-03-10', dePrueba);
    // The self-determined credit due 25 Mar 2024 bears twelve months of recargos at 1.5 % by 10 Mar 2025.
    expect(e.creditos.map((c) => [c.creditoId, c.multas, c.contribucion, c.recargos, c.total])).toEqual([[EN_CONVENIO, '0.00', '10000.00', '1800.00', '11800.00'], [MULTA, '2500.00', '0.00', '0.00', '2500.00']]);
    expect((await estadoDeCuenta(base.db, { rfc: 'XAXX010101000' }, '2025-07-01', dePrueba)).creditos).toEqual([]);
  });

  it('el adeudo de un solo crédito a una fecha es el mismo que da el estado de cuenta, con la versión de las tablas', async () => {
    const enElEstado = (await estadoDeCuenta(base.db, GLORIA, '2025-07-01', dePrueba)).creditos.find((x) => x.creditoId === ABONADO);
    expect(await adeudoDelCredito(base.db, ABONADO, '2025-07-01', dePrueba)).toEqual({ ...enElEstado, versionDeParametros: 'tablas-de-prueba' });
    expect(await adeudoDelCredito(base.db, CON_CHEQUE, '2025-05-19', dePrueba)).toBeNull();
  });
});
