import { crearCalendario } from '@tesoreria/domain';
import { vigenciaDeOrden } from './vigencia';

describe('Vigencia of an orden de pago (decision 0202, CHP arts. 20-21)', () => {
  const calendario = crearCalendario([]);

  it('CHP art. 21: an order issued on Monday 2 March 2026 is payable for 15 calendar days, until Tuesday 17 March', () => {
    expect(vigenciaDeOrden(calendario, '2026-03-02')).toBe('2026-03-17');
  });

  it('CHP art. 21: when the fifteenth day is a Saturday, the line stays payable until the next business day', () => {
    // 2026-03-06 + 15 = Saturday 21 March; Monday 23 March is business (the 3rd Monday of March was the 16th).
    expect(vigenciaDeOrden(calendario, '2026-03-06')).toBe('2026-03-23');
  });

  it('CHP art. 20: an order issued on 20 December expires on 31 December, inside the fiscal year', () => {
    expect(vigenciaDeOrden(calendario, '2026-12-20')).toBe('2026-12-31');
  });
});
