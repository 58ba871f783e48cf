// CHP arts. 24, 30 and 67: the prescription clock (interrupted by the requerimiento and by a payment, suspended
// while the PAE is) and the caducidad clock of each credit, and those that end within 90 days; rebuilt equal to live.
import { crearCalendario } from '@tesoreria/domain';
import { entornoDePrueba } from '../../../../../test/support/entorno-de-credito';
import { DIALECTOS, proyeccionSobreBase } from '../../../test/proyeccion-de-prueba';
import { ABONADO, EN_CONVENIO, REMATADO, SUSPENDIDO, bitacoraDeCreditos, vidaSuspendida } from '../../../test/vidas';
import { proyeccionRelojes } from './relojes.projection';
import { relojesDeCredito, relojesQueVencen } from './relojes.queries';

const calendario = entornoDePrueba.calendario;

describe.each(DIALECTOS)('relojes de prescripción y caducidad (%s)', (dialecto) => {
  const base = proyeccionSobreBase(dialecto, proyeccionRelojes, bitacoraDeCreditos().registrar(SUSPENDIDO, vidaSuspendida(true)).eventos, { creditos_relojes: 5 });

  it('CHP arts. 24 y 30: el requerimiento interrumpe y la suspensión del PAE (61 días) suspende la prescripción', async () => {
    // 6 May 2025 + 5 years = 6 May 2030, plus the 61 days suspended = Sat 6 Jul 2030, moved to Mon 8 Jul.
    const r = await relojesDeCredito(base.db, SUSPENDIDO, '2025-08-01', calendario);
    expect(r!.prescripcion).toMatchObject({ vence: '2030-07-08', inicioDelComputo: '2025-05-06', prescrito: false });
    expect(r!.caducidad).toMatchObject({ vence: '2029-08-20', ejercidaEl: '2025-02-20' });
    // A payment is a tacit acknowledgement (art. 24 ¶3): the term starts again on 10 Jun 2025.
    expect((await relojesDeCredito(base.db, ABONADO, '2025-08-01', calendario))!.prescripcion).toMatchObject({ vence: '2030-06-10', inicioDelComputo: '2025-06-10' });
    // Not exigible (in a convenio): prescription does not run (art. 24 ¶2).
    expect((await relojesDeCredito(base.db, EN_CONVENIO, '2025-08-01', calendario))!.prescripcion.vence).toBeNull();
  });

  it('CHP art. 24: los relojes que vencen dentro de 90 días, el más próximo primero; el crédito pagado no aparece', async () => {
    expect(await relojesQueVencen(base.db, '2030-04-01', calendario)).toEqual([
      { creditoId: ABONADO, rfc: 'GOHG800101AB1', curp: null, delegacion: 'I', reloj: 'prescripcion', vence: '2030-06-10', diasRestantes: 70 },
    ]);
    expect((await relojesQueVencen(base.db, '2030-04-10', calendario)).map((x) => [x.creditoId, x.vence, x.diasRestantes])).toEqual([
      [ABONADO, '2030-06-10', 61], [SUSPENDIDO, '2030-07-08', 89],
    ]);
    expect((await relojesQueVencen(base.db, '2030-03-12', calendario)).map((x) => [x.creditoId, x.diasRestantes])).toEqual([[ABONADO, 90]]);
    expect(await relojesQueVencen(base.db, '2030-03-11', calendario)).toEqual([]);
    expect((await relojesQueVencen(base.db, '2030-04-10', calendario, 30)).map((x) => x.creditoId)).toEqual([]);
    // Paid on 20 Jun 2025, its prescription (5 years from the requerimiento) would end on 6 May 2030: not listed.
    expect((await relojesQueVencen(base.db, '2030-04-10', calendario)).map((x) => x.creditoId)).not.toContain(REMATADO);
  });

  it('el vencimiento se calcula con el calendario cargado: un cierre el día en que vence lo corre al siguiente hábil', async () => {
    const conCierre = crearCalendario([{ fecha: '2030-06-10', motivo: 'cierre de prueba', fundamento: 'CHP art. 21' }]);
    expect((await relojesDeCredito(base.db, ABONADO, '2030-04-01', conCierre))!.prescripcion.vence).toBe('2030-06-11');
    expect((await relojesQueVencen(base.db, '2030-04-01', conCierre))[0]).toMatchObject({ creditoId: ABONADO, vence: '2030-06-11', diasRestantes: 71 });
  });
});
