// Who reads what in the Registro de Otorgamiento de Servicios (ROS; decision 0205): banks read only the receipts
// their institution posted, log-in failures are throttled per IP, and auditors replay a history as of an instant.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA, cliente } from './registro.support';
import { flujoDeServicio, flujoDePagoDeDerecho } from '@tesoreria/domain';

describe('Registro: access by role and origin (ROS)', () => {
  let app: NestFastifyApplication;
  let api: ReturnType<typeof cliente>;
  let t: Awaited<ReturnType<ReturnType<typeof cliente>['prepararUsuarios']>>;
  let otroBanco: string;
  let auditor: string;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    api = cliente(app);
    t = await api.prepararUsuarios();
    const usuarios = [
      { usuario: 'banco.norte', nombre: 'Banco del Norte', rol: 'banco', institucion: 'Banco del Norte' },
      { usuario: 'banco.sureste2', nombre: 'Sucursal Tapachula', rol: 'banco', institucion: 'Banco del Sureste' },
      { usuario: 'auditor', nombre: 'Auditoría', rol: 'auditor' },
    ];
    for (const u of usuarios) {
      const r = await api.pedir({ method: 'POST', url: '/api/usuarios', token: t.admin, payload: { ...u, contrasena: CONTRASENA } });
      if (r.status !== 201) throw new Error(`No se creó ${u.usuario}: ${r.raw}`);
    }
    otroBanco = await api.entrar('banco.norte');
    auditor = await api.entrar('auditor');
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('receipts read by banks (ROS)', () => {
    it('a bank reads the receipts its institution posted; another bank gets the 404 of an unknown folio', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
      const url = `/api/recibos/${recibo.folio}`;
      const propio = await api.pedir({ method: 'GET', url, token: t.banco });
      expect(propio.status).toBe(200);
      expect(propio.body).toMatchObject({ folio: recibo.folio, institucion: 'Banco del Sureste' });
      const mismaInstitucion = await api.pedir({ method: 'GET', url, token: await api.entrar('banco.sureste2') });
      expect(mismaInstitucion.status).toBe(200);

      const ajeno = await api.pedir({ method: 'GET', url, token: otroBanco });
      expect(ajeno.status).toBe(404);
      expect(ajeno.headers['content-type']).toContain('application/problem+json');
      expect(ajeno.body).toMatchObject({ codigo: 'recibo-no-encontrado', campo: 'folio' });
      expect(JSON.stringify(ajeno.body)).not.toContain('Gloria');
    });

    it('auditors, cobranza and dirección keep reading every receipt', async () => {
      const { recibo } = await api.ordenPagada(otroBanco, 'LD-21 Bis-II-a');
      for (const token of [auditor, t.cobranza, t.direccion, t.admin, otroBanco]) {
        const r = await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token });
        expect(r.status).toBe(200);
      }
      expect((await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token: t.banco })).status).toBe(404);
    });
  });

  describe('log-in throttling per IP (decision 0205)', () => {
    it('twenty failed log-ins from one IP, each on a different user, make the next log-in from it 429 even with the right password; another IP still logs in', async () => {
      const ip = '10.20.30.40';
      for (let i = 0; i < 20; i++) {
        const r = await api.pedir({ method: 'POST', url: '/api/sesiones', ip, payload: { usuario: `nadie${i}`, contrasena: 'Incorrecta99' } });
        expect(r.status).toBe(401);
      }
      const bloqueada = await api.pedir({ method: 'POST', url: '/api/sesiones', ip, payload: { usuario: 'direccion', contrasena: CONTRASENA } });
      expect(bloqueada.status).toBe(429);
      expect(bloqueada.headers['content-type']).toContain('application/problem+json');
      expect(bloqueada.body).toMatchObject({ codigo: 'demasiados-intentos-de-sesion', status: 429 });
      expect(bloqueada.body.detail).toContain('intentos fallidos');
      expect(Number(bloqueada.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(bloqueada.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

      const otraIp = await api.pedir({ method: 'POST', url: '/api/sesiones', ip: '10.20.30.41', payload: { usuario: 'direccion', contrasena: CONTRASENA } });
      expect(otraIp.status).toBe(201);
    });

    it('successful log-ins from one IP do not count towards its limit', async () => {
      const ip = '10.20.30.50';
      for (let i = 0; i < 22; i++) {
        const r = await api.pedir({ method: 'POST', url: '/api/sesiones', ip, payload: { usuario: 'cobranza', contrasena: CONTRASENA } });
        expect(r.status).toBe(201);
      }
    });
  });

  describe('auditors replay a history as of an instant (decision 0205)', () => {
    const espera = () => new Promise((r) => setTimeout(r, 15));

    it('a stream read as of an instant shows only the events recorded by then, with who, when and the legal date', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
      await espera();
      const antesDelServicio = new Date().toISOString();
      await espera();
      const servicio = { folioRecibo: recibo.folio, claveDerecho: 'LD-21 Bis-II-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Ana López' } };
      expect((await api.pedir({ method: 'POST', url: '/api/servicios', token: t.sgg, payload: servicio })).status).toBe(201);

      const flujo = flujoDeServicio(recibo.folio);
      const entonces = await api.pedir({ method: 'GET', url: `/api/auditoria/flujos/${flujo}?hasta=${encodeURIComponent(antesDelServicio)}`, token: auditor });
      expect(entonces.status).toBe(200);
      expect(entonces.body).toEqual({ flujo, hasta: antesDelServicio, eventos: [] });

      const ahora = await api.pedir({ method: 'GET', url: `/api/auditoria/flujos/${flujo}?hasta=${encodeURIComponent(new Date().toISOString())}`, token: t.direccion });
      expect(ahora.status).toBe(200);
      expect(ahora.body.eventos).toHaveLength(1);
      const [e] = ahora.body.eventos;
      expect(e).toMatchObject({
        tipo: 'ServicioRegistrado',
        revision: 0,
        registradoPor: { usuario: 'sgg.registro', rol: 'dependencia', dependencia: 'SGG' },
        fechaEfecto: recibo.fechaPago,
        datos: { folioRecibo: recibo.folio },
      });
      expect(e.registradoEn > antesDelServicio).toBe(true);
      // The instant the event itself shows includes it: registradoEn is exact to the millisecond.
      const exacto = await api.pedir({ method: 'GET', url: `/api/auditoria/flujos/${flujo}?hasta=${encodeURIComponent(e.registradoEn)}`, token: t.admin });
      expect(exacto.body.eventos).toHaveLength(1);
    });

    it('a receipt as of an instant: its order and payment, and the service only once it was recorded', async () => {
      const { recibo, orden } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
      await espera();
      const antesDelServicio = new Date().toISOString();
      await espera();
      const servicio = { folioRecibo: recibo.folio, claveDerecho: 'LD-21 Bis-II-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Ana López' } };
      expect((await api.pedir({ method: 'POST', url: '/api/servicios', token: t.sgg, payload: servicio })).status).toBe(201);

      const url = (hasta: string) => `/api/auditoria/recibos/${recibo.folio}?hasta=${encodeURIComponent(hasta)}`;
      const entonces = await api.pedir({ method: 'GET', url: url(antesDelServicio), token: auditor });
      expect(entonces.status).toBe(200);
      expect(entonces.body).toMatchObject({ folio: recibo.folio, lineaDeCaptura: orden.lineaDeCaptura, hasta: antesDelServicio, servicio: [] });
      expect(entonces.body.ordenDePago.map((e: { tipo: string }) => e.tipo)).toEqual(['OrdenDePagoEmitida']);
      expect(entonces.body.pago).toHaveLength(1);
      expect(entonces.body.pago[0]).toMatchObject({
        tipo: 'PagoRecibido',
        registradoPor: { usuario: 'banco.sureste', rol: 'banco' },
        fechaEfecto: recibo.fechaPago,
        datos: { folio: recibo.folio, importeTotal: recibo.importeTotal },
      });

      const despues = await api.pedir({ method: 'GET', url: url(new Date().toISOString()), token: auditor });
      expect(despues.body.servicio.map((e: { tipo: string }) => e.tipo)).toEqual(['ServicioRegistrado']);
      const antesDeTodo = await api.pedir({ method: 'GET', url: url('2000-01-01T00:00:00Z'), token: auditor });
      expect(antesDeTodo.body).toMatchObject({ ordenDePago: [], pago: [], servicio: [] });
    });

    it('hasta that is not an ISO instant is 400 naming hasta; other roles are 403; an unknown stream or folio is 404', async () => {
      const { recibo, orden } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
      for (const hasta of ['2026-13-45T00:00:00Z', '2026-02-30T00:00:00Z', '2026-03-31T24:00:00Z', '2026-03-31', 'ayer', '2026-03-31T10:00:00']) {
        const r = await api.pedir({ method: 'GET', url: `/api/auditoria/flujos/${flujoDePagoDeDerecho(orden.lineaDeCaptura)}?hasta=${encodeURIComponent(hasta)}`, token: auditor });
        expect(r.status).toBe(400);
        expect(r.headers['content-type']).toContain('application/problem+json');
        expect(r.body).toMatchObject({ campo: 'hasta' });
        expect(r.body.detail).toContain('hasta');
      }
      for (const token of [t.banco, t.sgg, t.cobranza]) {
        const r = await api.pedir({ method: 'GET', url: `/api/auditoria/recibos/${recibo.folio}`, token });
        expect(r.status).toBe(403);
        expect((await api.pedir({ method: 'GET', url: `/api/auditoria/flujos/${flujoDePagoDeDerecho(orden.lineaDeCaptura)}`, token })).status).toBe(403);
      }
      expect((await api.pedir({ method: 'GET', url: `/api/auditoria/recibos/${recibo.folio}` })).status).toBe(401);

      const desconocido = await api.pedir({ method: 'GET', url: '/api/auditoria/flujos/pago-de-derecho-0000?hasta=2026-01-01T00:00:00Z', token: auditor });
      expect(desconocido.status).toBe(404);
      expect(desconocido.body).toMatchObject({ codigo: 'flujo-no-encontrado', campo: 'flujo' });
      const folio = await api.pedir({ method: 'GET', url: '/api/auditoria/recibos/NO-EXISTE', token: auditor });
      expect(folio.status).toBe(404);
      expect(folio.body).toMatchObject({ campo: 'folio' });
    });
  });

  describe('an agency user\'s own account (ROS; decision 0205)', () => {
    it('GET /dependencias/cuenta is a Spanish page to change one\'s password (current and new, 8-20 characters), linked from /dependencias/servicios', async () => {
      const r = await app.inject({ method: 'GET', url: '/dependencias/cuenta' });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.body).toContain('<html lang="es">');
      expect(r.body).toContain('Cambiar mi contraseña');
      expect(r.body).toMatch(/id="contrasenaActual"[^>]*minlength="8" maxlength="20"/);
      expect(r.body).toMatch(/id="contrasenaNueva"[^>]*minlength="8" maxlength="20"/);
      expect(r.body).toContain('<button type="submit">Cambiar contraseña</button>');
      const servicios = await app.inject({ method: 'GET', url: '/dependencias/servicios' });
      expect(servicios.body).toContain('<a href="/dependencias/cuenta">');
      const js = await app.inject({ method: 'GET', url: '/recursos/js/paginas/cuenta.js' });
      expect(js.body).toContain("api('PUT', '/api/sesiones/actual/contrasena'");
    });
  });
});
