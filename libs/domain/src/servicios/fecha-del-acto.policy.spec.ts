// Given the day an act is recorded, when the agency dates it, then it is accepted or refused naming the field.
import { RechazoDeDominio } from '../comun/errores';
import { exigirFechaNoFutura } from './fecha-del-acto.policy';

describe('fecha del acto (ROS)', () => {
  it('given today 2026-03-10, when the act is dated today or before, then it is accepted', () => {
    expect(() => exigirFechaNoFutura('2026-03-10', '2026-03-10', 'fechaOtorgamiento')).not.toThrow();
    expect(() => exigirFechaNoFutura('2026-03-09', '2026-03-10', 'fechaOtorgamiento')).not.toThrow();
  });

  it('given today 2026-03-10, when the act is dated tomorrow, then fecha-futura naming the field', () => {
    let error: unknown;
    try {
      exigirFechaNoFutura('2026-03-11', '2026-03-10', 'fechaEmision');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RechazoDeDominio);
    expect(error).toMatchObject({ codigo: 'fecha-futura', campo: 'fechaEmision' });
  });
});
