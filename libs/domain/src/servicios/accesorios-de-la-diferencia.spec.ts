import { calcularAdeudo, type TablasDeAdeudo } from '../adeudo/adeudo';
import { crearCalendario } from '../calendario/calendario';
import { Dec } from '../comun/importe';
import { desdePartes, diasDelMes, sumarMeses } from '../comun/fecha';
import { crearTablaFechada, type FilaFechada } from '../comun/tabla-fechada';
import type { ValorInpc } from '../actualizacion/inpc';
import type { TasaLeyDeIngresos } from '../recargos/recargos';
import { accesoriosDeLaDiferencia } from './accesorios-de-la-diferencia';

// Synthetic tables: an INPC rising 0.5 a month and a 1.13 % monthly rate, so each period gives other figures.
function tablas(): TablasDeAdeudo {
  const inpc: FilaFechada<ValorInpc>[] = [];
  for (let i = 0, mes = '2024-01'; mes <= '2027-12'; i++, mes = sumarMeses(mes, 1)) {
    const [a, m] = mes.split('-').map(Number);
    inpc.push({ desde: `${mes}-01`, hasta: desdePartes(a, m, diasDelMes(a, m)), fuente: 'sintética', verificada: true,
      valor: { mes, indice: new Dec(130).plus(new Dec(i).times('0.5')).toFixed(3), fechaPublicacion: desdePartes(a, m + 1, 10), publicacionEstimada: false } });
  }
  const tasas: FilaFechada<TasaLeyDeIngresos>[] = [2024, 2025, 2026, 2027].map((a) => ({ desde: `${a}-01-01`, hasta: `${a}-12-31`, fuente: 'sintética', verificada: true, valor: { tasaMensual: '1.13' } }));
  return { inpc: crearTablaFechada('inpc', inpc), tasaRecargos: crearTablaFechada('tasas', tasas), calendario: crearCalendario([]) };
}

const t = tablas();
const recibo = { folio: 'RO-2025-00000042-5', cantidad: 1, importeDerecho: '500.00', fechaPago: '2025-11-10' };
const lineaNueva = { clave: 'LD-21-III-a', tarifa: '540.00', dependencia: 'SGG' };

describe('LD art. 6 II: accessories of a tariff difference (decision 0206)', () => {
  it('LD art. 6 II: actualización and recargos on the difference run from the payment date to the date of the service', () => {
    const r = accesoriosDeLaDiferencia(recibo, lineaNueva, '2026-03-10', t);
    const esperado = calcularAdeudo({ importe: '40.00', fechaLimitePago: '2025-11-10', fechaPago: '2026-03-10' }, t);
    expect(r.periodo).toEqual({ desde: '2025-11-10', hasta: '2026-03-10', mesesDeMora: 4 });
    expect(r.accesorios).toEqual({ actualizacion: esperado.actualizacion, recargos: esperado.recargos });
    expect(r.accesorios.recargos).not.toBe('0.00');
  });

  it('decision 0206: the period does not start when the new tariff came into force (1 January), which would charge less', () => {
    const r = accesoriosDeLaDiferencia(recibo, lineaNueva, '2026-03-10', t);
    const desdeLaNuevaTarifa = calcularAdeudo({ importe: '40.00', fechaLimitePago: '2026-01-01', fechaPago: '2026-03-10' }, t);
    expect(new Dec(r.accesorios.recargos).greaterThan(new Dec(desdeLaNuevaTarifa.recargos))).toBe(true);
  });

  it('a service on the payment date, or no higher tariff, carries no accessories', () => {
    expect(accesoriosDeLaDiferencia(recibo, lineaNueva, '2025-11-10', t)).toMatchObject({ accesorios: { actualizacion: '0.00', recargos: '0.00' }, periodo: null });
    expect(accesoriosDeLaDiferencia(recibo, { ...lineaNueva, tarifa: '500.00' }, '2026-03-10', t).periodo).toBeNull();
    expect(accesoriosDeLaDiferencia(recibo, null, '2026-03-10', t).periodo).toBeNull();
  });
});
