import { Dec } from '../comun/importe';
import { crearTablaFechada } from '../comun/tabla-fechada';
import { calcularRecargos, tasaMensualDeMora } from './recargos';
import fc from 'fast-check';
import { RechazoDeDominio } from '../comun/errores';
import { sumarDias } from '../comun/fecha';
import { contarMesesDeMora, mesesDeMora, mismoDiaMesesDespues } from './meses-de-mora';

const tasas = crearTablaFechada('tasa', [
  { desde: '2024-01-01', hasta: '2024-12-31', valor: { tasaMensual: '0.98' }, fuente: 'LI 2024', verificada: true },
  { desde: '2025-01-01', hasta: '2025-12-31', valor: { tasaMensual: '0.98' }, fuente: 'PROVISIONAL 2025', verificada: false },
]);

describe('CHP arts. 44-45: recargos', () => {
  it('CHP art. 44: la tasa de mora es la de la Ley de Ingresos incrementada en 50 %, sin redondear', () => {
    expect(tasaMensualDeMora(new Dec('0.98')).toString()).toBe('1.47');
    expect(tasaMensualDeMora(new Dec('0.75')).toString()).toBe('1.125');
  });

  it('CHP art. 45: cada mes de mora termina el mismo día del mes siguiente (decisión 0003)', () => {
    expect(mesesDeMora('2025-03-18', '2025-05-20').map((m) => [m.desde, m.hasta, m.fraccion])).toEqual([
      ['2025-03-19', '2025-04-18', false], ['2025-04-19', '2025-05-18', false], ['2025-05-19', '2025-06-18', true],
    ]);
    expect(mismoDiaMesesDespues('2024-01-31', 1)).toBe('2024-03-01');
    expect(mismoDiaMesesDespues('2024-01-29', 1)).toBe('2024-02-29');
    expect(mesesDeMora('2025-03-18', '2025-03-18')).toEqual([]);
  });

  it('CHP art. 44: una tasa no verificada deja una advertencia por año, y cada mes lleva su fuente', () => {
    const r = calcularRecargos(new Dec('1000.00'), '2024-11-18', '2025-02-20', 'contribucion', tasas);
    expect(r.tasasMensuales.map((t) => [t.anio, t.verificada])).toEqual([[2024, true], [2024, true], [2025, false], [2025, false]]);
    expect(r.tasasMensuales[2].fuente).toBe('PROVISIONAL 2025');
    expect(r.advertencias).toHaveLength(1);
    expect(r.advertencias[0]).toMatch(/provisional.*PROVISIONAL 2025/);
    expect(r.recargos).toBe('58.80');
  });

  it('CHP art. 45: sobre un importe cero no hay recargos aunque haya mora', () => {
    expect(calcularRecargos(new Dec('0'), '2024-11-18', '2025-02-20', 'contribucion', tasas).recargos).toBe('0.00');
  });

  it('CHP art. 45: contar los meses de mora da lo mismo que enumerarlos, para cualquier par de fechas', () => {
    const dia = fc.integer({ min: 0, max: 3_000 }).map((n) => sumarDias('2017-01-01', n));
    fc.assert(fc.property(dia, fc.integer({ min: 0, max: 2_000 }), (limite, atraso) => {
      const pago = sumarDias(limite, atraso);
      expect(contarMesesDeMora(limite, pago)).toBe(mesesDeMora(limite, pago).length);
    }));
  });

  it('CHP art. 45: con un pago en el año 9999 se cuentan los meses sin escribir fechas del año 10000', () => {
    expect(contarMesesDeMora('9999-11-30', '9999-12-31')).toBe(2);
    expect(contarMesesDeMora('9999-12-30', '9999-12-31')).toBe(1);
    expect(contarMesesDeMora('2024-01-18', '9999-12-31')).toBe((9999 - 2024) * 12 + 12);
    expect(mesesDeMora('2024-01-18', '9999-12-31', 60)).toHaveLength(60);
  });

  it('CHP art. 45: un pago muy lejano cuenta los primeros sesenta meses sin recorrer los demás', () => {
    const largas = crearTablaFechada('tasa', [{ desde: '2017-01-01', hasta: '2022-12-31', valor: { tasaMensual: '1.00' }, fuente: 'LI', verificada: true }]);
    const r = calcularRecargos(new Dec('100.00'), '2017-01-18', '9999-12-31', 'contribucion', largas);
    expect(r.mesesConRecargos).toBe(60);
    expect(r.mesesTranscurridos).toBe((9999 - 2017) * 12 + 12);
    expect(r.recargos).toBe('90.00');
  });

  it('CHP art. 44: una mora que sale de la tabla de tasas se rechaza nombrando fechaPago, y la que empieza antes nombra fechaLimitePago', () => {
    const rechazo = (limite: string, pago: string): RechazoDeDominio => {
      try {
        calcularRecargos(new Dec('1000.00'), limite, pago, 'contribucion', tasas);
      } catch (e) {
        return e as RechazoDeDominio;
      }
      throw new Error('no rechazó');
    };
    const despues = rechazo('2025-10-17', '2026-02-02');
    expect(despues).toBeInstanceOf(RechazoDeDominio);
    expect(despues).toMatchObject({ tipo: 'regla', codigo: 'parametro-no-vigente', campo: 'fechaPago', fundamento: 'CHP art. 44' });
    expect(despues.message).toMatch(/^El campo fechaPago lleva la mora al 2026-01-18/);
    expect(rechazo('2023-12-10', '2024-02-01')).toMatchObject({ codigo: 'parametro-no-vigente', campo: 'fechaLimitePago' });
    expect(rechazo('9999-12-30', '9999-12-31')).toMatchObject({ codigo: 'parametro-no-vigente', campo: 'fechaLimitePago' });
  });
});
