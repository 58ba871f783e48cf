// Issue 9, items 15, 3 and 13 through HTTP: the server's password policy at creation and change (422 naming the
// field), argon2id hashes with the old bcrypt ones still accepted and replaced, and the log-in body carrying the
// session token only for API clients, never for a browser.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hash as bcrypt } from 'bcryptjs';
import type { SqlDatabase } from '@tesoreria/event-store';
import { SQL_DATABASE } from '../../apps/api/src/plataforma/tokens';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA, cliente } from './registro.support';

describe('passwords on the server (issue 9)', () => {
  let app: NestFastifyApplication;
  let api: ReturnType<typeof cliente>;
  let t: Awaited<ReturnType<ReturnType<typeof cliente>['prepararUsuarios']>>;
  let db: SqlDatabase;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    api = cliente(app);
    t = await api.prepararUsuarios();
    db = app.get<SqlDatabase>(SQL_DATABASE);
  });

  afterAll(async () => {
    await app?.close();
  });

  const crear = (usuario: string, contrasena: string) =>
    api.pedir({ method: 'POST', url: '/api/usuarios', token: t.admin, payload: { usuario, nombre: 'Auditoría Interna', rol: 'auditor', contrasena } });

  describe('item 15: the portal policy, checked by the server', () => {
    it.each([
      ['a space inside', 'Chiapas 2026'],
      ['one repeated character', 'aaaaaaa1'],
      ['a common password', 'password123'],
      ['a common password in other capitals', 'Qwerty123'],
    ])('creating a user with %s is 422 problem+json in Spanish naming contrasena, and nothing is created', async (_, contrasena) => {
      const r = await crear('politica.uno', contrasena);
      expect(r.status).toBe(422);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body).toMatchObject({ codigo: 'contrasena-invalida', campo: 'contrasena' });
      expect(r.body.detail).toMatch(/^La contraseña no cumple la política: .+ \(contrasena\)$/);
      const usuarios = await api.pedir({ method: 'GET', url: '/api/usuarios', token: t.admin });
      expect(usuarios.body.map((u: { usuario: string }) => u.usuario)).not.toContain('politica.uno');
    });

    it('changing a password to a common one, or one with a space, is 422 naming contrasenaNueva; the password stays', async () => {
      expect((await crear('politica.dos', CONTRASENA)).status).toBe(201);
      const token = await api.entrar('politica.dos');
      for (const contrasenaNueva of ['abcd1234', 'Tuxtla 2027']) {
        const r = await api.pedir({ method: 'PUT', url: '/api/sesiones/actual/contrasena', token, payload: { contrasenaActual: CONTRASENA, contrasenaNueva } });
        expect(r.status).toBe(422);
        expect(r.body).toMatchObject({ codigo: 'contrasena-invalida', campo: 'contrasenaNueva' });
        expect(r.body.detail).toMatch(/^La contraseña nueva no cumple la política: .+ \(contrasenaNueva\)$/);
      }
      expect(typeof (await api.entrar('politica.dos'))).toBe('string');
    });
  });

  describe('item 3: argon2id, with the old bcrypt hashes still opening a session', () => {
    it('new passwords are stored as argon2id with OWASP minimum parameters', async () => {
      expect((await crear('hash.nuevo', CONTRASENA)).status).toBe(201);
      const r = await db.query<{ hash: string }>("SELECT hash FROM registro_usuarios WHERE usuario = 'hash.nuevo'");
      expect(r.rows[0].hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    });

    it('a user whose hash is still bcrypt logs in, and the hash becomes argon2id; a wrong password does not change it', async () => {
      expect((await crear('hash.viejo', CONTRASENA)).status).toBe(201);
      const viejo = await bcrypt(CONTRASENA, 10);
      await db.query("UPDATE registro_usuarios SET hash = $1 WHERE usuario = 'hash.viejo'", [viejo]);
      expect((await api.pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'hash.viejo', contrasena: 'Equivocada1' } })).status).toBe(401);
      expect((await db.query<{ hash: string }>("SELECT hash FROM registro_usuarios WHERE usuario = 'hash.viejo'")).rows[0].hash).toBe(viejo);
      expect(typeof (await api.entrar('hash.viejo'))).toBe('string');
      const ahora = await db.query<{ hash: string }>("SELECT hash FROM registro_usuarios WHERE usuario = 'hash.viejo'");
      expect(ahora.rows[0].hash).toMatch(/^\$argon2id\$/);
      expect(typeof (await api.entrar('hash.viejo'))).toBe('string');
    });
  });

  describe('item 13: the session token in the log-in body only for API clients', () => {
    const entrar = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/sesiones', headers, payload: { usuario: 'cobranza', contrasena: CONTRASENA } });

    it('a browser log-in (Origin and Sec-Fetch-Site, as a page sends them) gets the HttpOnly cookie and no token in the body', async () => {
      const r = await entrar({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' });
      expect(r.statusCode).toBe(201);
      expect(r.json()).not.toHaveProperty('token');
      expect(r.json()).toMatchObject({ usuario: 'cobranza', rol: 'cobranza' });
      const cookie = /^sesion=([^;]+)/.exec(String(r.headers['set-cookie']))![1];
      expect((await app.inject({ method: 'GET', url: '/api/sesiones/actual', cookies: { sesion: cookie } })).statusCode).toBe(200);
      expect(JSON.stringify(r.json())).not.toContain(cookie);
      // Sec-Fetch-Site alone (a browser's GET-like navigation rules) is a browser as well.
      expect((await entrar({ 'sec-fetch-site': 'same-origin' })).json()).not.toHaveProperty('token');
    });

    it("an API client (a bank's system: Accept application/json, no browser headers; or Node's fetch) keeps the bearer token", async () => {
      const clientes: Record<string, string>[] = [{ accept: 'application/json' }, { accept: '*/*', 'sec-fetch-mode': 'cors', 'user-agent': 'node' }];
      for (const headers of clientes) {
        const r = await entrar(headers);
        expect(r.statusCode).toBe(201);
        const { token } = r.json() as { token: string };
        expect(typeof token).toBe('string');
        expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token })).status).toBe(200);
      }
    });

    it('a client asking explicitly with X-Token-Portador: si gets the bearer token, even with browser headers', async () => {
      const r = await entrar({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin', 'x-token-portador': 'si' });
      expect(typeof r.json().token).toBe('string');
    });
  });
});
