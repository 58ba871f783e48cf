// Issue 5 item 10: the demo seed of `npm start` goes through the command bus, fills every Delegación, is fast,
// and runs only on an empty store.
import { holgura } from '../support/holgura';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CONTRASENA_DEMO, RECIBOS_DEMO, USUARIOS_DEMO, rfcDemo, sembrarDemo } from '../../infra/seeds/sembrar-demo';
import { proyeccionesRegistro } from '@tesoreria/registro';
import type { SqlDatabase } from '@tesoreria/event-store';
import type { DaemonParaHttp } from '../../apps/api/src/plataforma/plataforma.module';
import { PROJECTION_DAEMON, SQL_DATABASE } from '../../apps/api/src/plataforma/tokens';
import { crearAppDePrueba } from '../support/app';
import { cliente } from './registro.support';

describe('Demo seed of the registry', () => {
  let app: NestFastifyApplication;
  let api: ReturnType<typeof cliente>;
  let resultado: Awaited<ReturnType<typeof sembrarDemo>>;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    api = cliente(app);
    resultado = await sembrarDemo(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates the demo users, receipts and services in well under ten seconds', () => {
    expect(resultado).toMatchObject({ sembrado: true, usuarios: USUARIOS_DEMO.length, recibos: RECIBOS_DEMO });
    expect(resultado.servicios).toBeGreaterThan(20);
    expect(resultado.milisegundos).toBeLessThan(10_000 * holgura());
    process.stdout.write(`[registro] semilla demo: ${resultado.recibos} recibos, ${resultado.servicios} servicios en ${resultado.milisegundos} ms\n`);
  });

  it('does nothing the second time: the store is no longer empty', async () => {
    await expect(sembrarDemo(app)).resolves.toMatchObject({ sembrado: false, usuarios: 0, recibos: 0 });
  });

  it('every demo user logs in with the password listed in the README', async () => {
    for (const u of USUARIOS_DEMO) await expect(api.entrar(u.usuario, CONTRASENA_DEMO)).resolves.toEqual(expect.any(String));
  });

  it('the agencies see their own registrations and the Dirección sees collection in all thirteen Delegaciones', async () => {
    const sgg = await api.pedir({ method: 'GET', url: '/api/servicios', token: await api.entrar('sgg.registro', CONTRASENA_DEMO) });
    expect(sgg.body.registros.length).toBeGreaterThan(0);
    expect(sgg.body.registros.every((r: { claveDerecho: string }) => r.claveDerecho.startsWith('LD-21'))).toBe(true);
    const r = await api.pedir({ method: 'GET', url: '/api/recaudacion?desde=2000-01-01&hasta=2099-12-31', token: await api.entrar('direccion', CONTRASENA_DEMO) });
    expect(new Set(r.body.map((f: { delegacion: string }) => f.delegacion)).size).toBe(13);
  });

  it('a citizen consults a seeded receipt with its RFC', async () => {
    const sgg = await api.pedir({ method: 'GET', url: '/api/servicios', token: await api.entrar('sgg.registro', CONTRASENA_DEMO) });
    const primero = sgg.body.registros.find((r: { tipo: string }) => r.tipo === 'servicio-otorgado');
    const recibo = await api.pedir({ method: 'GET', url: `/api/recibos/${primero.folioRecibo}`, token: await api.entrar('auditor', CONTRASENA_DEMO) });
    const id = recibo.body.contribuyente.rfc ?? recibo.body.contribuyente.curp;
    const c = await api.pedir({ method: 'GET', url: `/api/consulta?folio=${primero.folioRecibo}&identificador=${id}`, ip: '10.9.9.9' });
    expect(c.status).toBe(200);
    expect(c.body.servicio).toMatchObject({ otorgado: true, dependencia: { id: 'SGG' } });
    expect(rfcDemo(0)).toMatch(/^DEMO\d{6}AB0$/);
  });

  it('every read model of the registry rebuilt from zero equals the one built live, row for row', async () => {
    const db = app.get<SqlDatabase>(SQL_DATABASE);
    const daemon = app.get<DaemonParaHttp>(PROJECTION_DAEMON).daemon;
    const volcar = async () => {
      const tablas: Record<string, unknown[]> = {};
      for (const p of proyeccionesRegistro) {
        for (const t of p.tables) tablas[t] = (await db.query(`SELECT * FROM ${t} ORDER BY 1, 2`)).rows.map((r) => JSON.stringify(r));
      }
      return tablas;
    };
    const vivo = await volcar();
    expect(Object.values(vivo).every((filas) => filas.length > 0)).toBe(true);
    for (const p of proyeccionesRegistro) await daemon.rebuild(p.name);
    await daemon.waitForCatchUp(10_000);
    expect(await volcar()).toEqual(vivo);
  });
});
