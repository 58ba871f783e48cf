// Issue 11 item 7: `npm start`'s demo seed lives credits through their commands into every stage, across the 13
// Delegaciones (CHP art. 101), over five years, and the credits' read models built from them rebuild to the same
// rows. The credit projections are not yet registered with the platform's daemon (cred-app does that): this spec
// runs them with the projection engine over the app's event store, into a database of its own.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { restarDiasHabiles, sumarDias, type Fecha } from '@tesoreria/domain';
import { PgliteDatabase, type EventStore } from '@tesoreria/event-store';
import { createProjectionDaemon, type ProjectionDaemon } from '@tesoreria/projections';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS } from '@tesoreria/parametros/nest/parametros.module';
import { conteoPorEtapa, historialDelCredito, listarCreditos, proyeccionesDeCreditos, relojesQueVencen, type ResumenDeCredito } from '@tesoreria/creditos';
import type { Reloj } from '@tesoreria/registro';
import { RELOJ } from '@tesoreria/registro/nest/tokens';
import { EVENT_STORE } from '@tesoreria/plataforma/nest/tokens';
import { sembrarDemo } from '../../infra/seeds/sembrar-demo';
import { VIDAS_DEMO } from '../../infra/seeds/creditos/vidas-demo';
import { fechaDeReferencia } from '../../infra/seeds/creditos/sembrar-creditos';
import { volcar } from '../../libs/creditos/test/proyeccion-de-prueba';
import { crearAppDePrueba } from '../support/app';

const ETAPAS = ['determinado', 'notificado', 'exigible', 'en-convenio', 'requerido', 'embargado', 'convocado-a-remate', 'adjudicado', 'suspendido', 'pagado', 'cancelado', 'prescrito'];

describe('Demo seed of the credits', () => {
  let app: NestFastifyApplication;
  let db: PgliteDatabase;
  let daemon: ProjectionDaemon;
  let hoy: Fecha;
  let resultado: Awaited<ReturnType<typeof sembrarDemo>>;
  let creditos: ResumenDeCredito[];

  beforeAll(async () => {
    app = await crearAppDePrueba();
    // The day the lives count back from: today while the loaded tables reach it (sembrar-creditos.ts).
    hoy = fechaDeReferencia(app.get<Parametros>(PARAMETROS), app.get<Reloj>(RELOJ).hoy());
    resultado = await sembrarDemo(app);
    db = await PgliteDatabase.open();
    daemon = createProjectionDaemon({ db, store: app.get<EventStore>(EVENT_STORE), projections: [...proyeccionesDeCreditos], pollIntervalMs: 10, lockRetryMs: 20 });
    await daemon.start();
    await daemon.waitForCatchUp(20_000);
    creditos = (await listarCreditos(db, {}, { limite: 500, desplazamiento: 0 })).creditos;
  }, 60_000);

  afterAll(async () => {
    await daemon?.stop();
    await db?.close();
    await app?.close();
  });

  it('seeds one credit per life, with the registry, in well under ten seconds', () => {
    expect(resultado).toMatchObject({ sembrado: true, creditos: VIDAS_DEMO.length });
    expect(creditos).toHaveLength(VIDAS_DEMO.length);
    expect(resultado.milisegundos).toBeLessThan(10_000);
    process.stdout.write(`[creditos] semilla demo: ${resultado.creditos} créditos y ${resultado.recibos} recibos en ${resultado.milisegundos} ms\n`);
  });

  it('every stage of the cobranza pages has a credit, and each life ends where its table says', async () => {
    const conteo = await conteoPorEtapa(db);
    expect(ETAPAS.filter((e) => !(conteo[e] > 0))).toEqual([]);
    const porNumero = new Map(creditos.map((c) => [Number(c.creditoId.slice(-4)) - 9001, c.etapa]));
    expect(VIDAS_DEMO.map((v, i) => [i, porNumero.get(i)])).toEqual(VIDAS_DEMO.map((v, i) => [i, v.etapa]));
  });

  it('plans were revoked where the table says, one by the sweep after the third instalment missed (CHP art. 42 IV)', async () => {
    const revocados = VIDAS_DEMO.flatMap((v, i) => (v.convenioRevocado ? [creditos.find((c) => c.creditoId.endsWith(String(9001 + i)))!] : []));
    expect(revocados).toHaveLength(2);
    for (const c of revocados) {
      const hechos = await historialDelCredito(db, c.creditoId);
      expect(hechos.map((h) => h.tipo)).toContain('ConvenioRevocado');
      expect(hechos.every((h) => h.actor.userId === 'cobranza' && h.actor.role === 'cobranza')).toBe(true);
    }
    expect((await historialDelCredito(db, revocados[0]!.creditoId)).filter((h) => h.tipo === 'ParcialidadVencida')).toHaveLength(3);
  });

  it('the thirteen Delegaciones, five origins, several taxpayers by RFC and CURP, and five years of determinations', () => {
    expect(new Set(creditos.map((c) => c.delegacion)).size).toBe(13);
    expect(new Set(creditos.map((c) => c.origen))).toEqual(new Set(['liquidacion', 'autodeterminado', 'multa', 'derecho-fuera-de-plazo', 'diferencia-ld-6-ii']));
    expect(new Set(creditos.map((c) => c.contribuyente.nombre)).size).toBeGreaterThanOrEqual(6);
    expect(creditos.some((c) => c.contribuyente.curp !== null) && creditos.some((c) => c.contribuyente.rfc !== null)).toBe(true);
    const fechas = creditos.map((c) => c.fechaDeterminacion).sort();
    expect(fechas[0]! <= sumarDias(hoy, -5 * 365)).toBe(true);
    expect(fechas[fechas.length - 1]! >= restarDiasHabiles(app.get<Parametros>(PARAMETROS).calendario, hoy, 5)).toBe(true);
    expect(fechas.every((f) => f <= hoy)).toBe(true);
    // Each year of the last five has determinations.
    const anios = new Set(fechas.map((f) => Number(f.slice(0, 4))));
    for (let a = Number(hoy.slice(0, 4)) - 4; a <= Number(hoy.slice(0, 4)); a++) expect(anios).toContain(a);
  });

  it('an exigible credit whose prescription clock ends within 90 days shows among the clocks to watch (CHP art. 24)', async () => {
    const relojes = await relojesQueVencen(db, hoy, app.get<Parametros>(PARAMETROS).calendario, 90);
    expect(relojes.some((r) => r.reloj === 'prescripcion')).toBe(true);
  });

  it('every read model of the credits rebuilt from zero equals the one built live, row for row', async () => {
    const vivo = await Promise.all(proyeccionesDeCreditos.map((p) => volcar(db, p)));
    for (const p of proyeccionesDeCreditos) {
      expect(await daemon.incidents(p.name)).toEqual([]);
      await daemon.rebuild(p.name);
    }
    await daemon.waitForCatchUp(20_000);
    expect(await Promise.all(proyeccionesDeCreditos.map((p) => volcar(db, p)))).toEqual(vivo);
  });
});
