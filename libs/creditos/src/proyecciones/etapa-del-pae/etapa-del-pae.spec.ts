// The PAE stage of each credit with the date it began and its next legal deadline (CHP arts. 37, 42, 145, 170,
// 183; business days of art. 21 from the loaded calendar), listed by stage and by deadline; rebuilt equal to live.
import { crearCalendario, type EntornoDeCredito } from '@tesoreria/domain';
import { entornoDePrueba } from '../../../../../test/support/entorno-de-credito';
import { DIALECTOS, proyeccionSobreBase } from '../../../test/proyeccion-de-prueba';
import { ABONADO, EN_CONVENIO, MULTA, REMATADO, SUSPENDIDO, bitacoraDeCreditos, vidaSuspendida } from '../../../test/vidas';
import { proyeccionEtapaDelPae } from './etapa-del-pae.projection';
import { conteoPorEtapa, creditosEnEtapa, etapaDelPae, plazosQueVencen } from './etapa-del-pae.queries';

// The authority closed Mon 8 Sep 2025 (CHP art. 21): a table the projection never read.
const conCierre: EntornoDeCredito = { ...entornoDePrueba, calendario: crearCalendario([{ fecha: '2025-09-08', motivo: 'cierre de prueba', fundamento: 'CHP art. 21' }]) };

describe.each(DIALECTOS)('etapa del PAE (%s)', (dialecto) => {
  const base = proyeccionSobreBase(dialecto, proyeccionEtapaDelPae, bitacoraDeCreditos().registrar(SUSPENDIDO, vidaSuspendida(false)).eventos, { creditos_etapas: 5 });

  it('cada crédito en su etapa, con la fecha en que empezó', async () => {
    expect(await conteoPorEtapa(base.db)).toEqual({ determinado: 1, 'en-convenio': 1, exigible: 1, pagado: 1, suspendido: 1 });
    expect(await conteoPorEtapa(base.db, 'XI')).toEqual({ pagado: 1, suspendido: 1 });
    expect((await creditosEnEtapa(base.db, 'exigible', '2025-07-01', entornoDePrueba)).map((e) => [e.creditoId, e.desde, e.exigible, e.firme])).toEqual([[ABONADO, '2025-04-17', true, true]]);
    expect(await etapaDelPae(base.db, REMATADO, '2025-07-01', entornoDePrueba)).toMatchObject({ etapa: 'pagado', desde: '2025-06-20', proximoPlazo: null });
    expect(await etapaDelPae(base.db, 'CF-NO-EXISTE', '2025-07-01', entornoDePrueba)).toBeNull();
  });

  it('CHP art. 183: el plazo de cuatro meses del recurso se corre al siguiente día hábil del calendario cargado', async () => {
    const plazo = { descripcion: 'resolver y notificar el recurso de revocación', articulo: 'CHP art. 183' };
    expect((await etapaDelPae(base.db, SUSPENDIDO, '2025-06-01', entornoDePrueba))!.proximoPlazo).toEqual({ fecha: '2025-09-08', ...plazo });
    expect((await etapaDelPae(base.db, SUSPENDIDO, '2025-06-01', conCierre))!).toMatchObject({ etapa: 'suspendido', desde: '2025-05-08', proximoPlazo: { fecha: '2025-09-09', ...plazo } });
  });

  it('CHP art. 42 I y 183: los créditos cuyo próximo plazo vence a más tardar en una fecha, el más próximo primero', async () => {
    const vencen = async (fecha: string, hasta: string, entorno = entornoDePrueba) =>
      (await plazosQueVencen(base.db, fecha, hasta, entorno)).map((e) => [e.creditoId, e.proximoPlazo.fecha, e.proximoPlazo.articulo]);
    expect(await vencen('2025-06-15', '2025-12-31')).toEqual([[EN_CONVENIO, '2025-07-02', 'CHP art. 42 I'], [SUSPENDIDO, '2025-09-08', 'CHP art. 183']]);
    expect(await vencen('2025-06-15', '2025-09-08')).toEqual([[EN_CONVENIO, '2025-07-02', 'CHP art. 42 I'], [SUSPENDIDO, '2025-09-08', 'CHP art. 183']]);
    // With the closure loaded the deadline is the 9th: not yet due by the 8th.
    expect(await vencen('2025-06-15', '2025-09-08', conCierre)).toEqual([[EN_CONVENIO, '2025-07-02', 'CHP art. 42 I']]);
    expect(await vencen('2025-07-03', '2025-08-31')).toEqual([]);
    // The fine, determined and not yet notified, has no deadline running.
    expect((await etapaDelPae(base.db, MULTA, '2025-06-15', entornoDePrueba))!.plazos).toEqual([]);
  });
});
