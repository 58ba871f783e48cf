import { Dec } from '../comun/importe';
import { crearTablaFechada } from '../comun/tabla-fechada';
import { calcularRecargos, tasaMensualDeMora } from './recargos';
import { mesesDeMora, mismoDiaMesesDespues } from './meses-de-mora';

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
});
