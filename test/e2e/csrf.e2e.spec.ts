// Issue 9, item 9: with an admin's session cookie, a form posted from a foreign site created a user. A write
// authenticated by the cookie now needs a same-origin browser (Sec-Fetch-Site, Origin) and the page's CSRF token
// (GET /api/csrf, header X-CSRF-Token); form-encoded bodies are 415 everywhere; bearer-token clients (banks) need
// no token. Before: the forged form got 201 and the user existed; the anonymous form-encoded order got 201.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA, cliente } from './registro.support';

const FORMULARIO = `usuario=intruso&nombre=Intruso&rol=admin&contrasena=${CONTRASENA}`;
const NUEVO = (usuario: string) => ({ usuario, nombre: 'Cuenta Nueva', rol: 'cobranza', contrasena: CONTRASENA });

describe('cross-site request forgery (issue 9, item 9)', () => {
  let app: NestFastifyApplication;
  let api: ReturnType<typeof cliente>;
  let admin: string;

  /** The csrf secret cookie and its token, as the pages' script gets them. */
  const tokenDePagina = async (cookies = '') => {
    const r = await app.inject({ method: 'GET', url: '/api/csrf', headers: cookies ? { cookie: cookies } : {} });
    expect(r.statusCode).toBe(200);
    const secreto = r.cookies.find((c) => c.name === 'csrf');
    return { token: r.json().token as string, cookie: secreto ? `csrf=${secreto.value}` : cookies };
  };

  const usuarios = async (): Promise<string[]> =>
    (await api.pedir({ method: 'GET', url: '/api/usuarios', token: admin })).body.map((u: { usuario: string }) => u.usuario);

  beforeAll(async () => {
    app = await crearAppDePrueba();
    api = cliente(app);
    admin = (await api.prepararUsuarios()).admin;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('a form posted from a foreign site with the admin cookie is refused 403 in Spanish and creates no user', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/usuarios',
      headers: { cookie: `sesion=${admin}`, 'content-type': 'application/x-www-form-urlencoded', origin: 'https://sitio-ajeno.example', 'sec-fetch-site': 'cross-site' },
      payload: FORMULARIO,
    });
    expect(r.statusCode).toBe(403);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.json()).toMatchObject({ codigo: 'origen-ajeno', campo: 'origin' });
    expect(r.json().detail).toMatch(/viene de otro sitio/);
    expect(await usuarios()).not.toContain('intruso');
  });

  it('the Origin header alone (older browsers) and Origin: null are enough to refuse', async () => {
    for (const origin of ['https://sitio-ajeno.example', 'null', 'http://localhost:80.sitio-ajeno.example']) {
      const r = await app.inject({ method: 'POST', url: '/api/usuarios', headers: { cookie: `sesion=${admin}`, origin }, payload: NUEVO('intruso.dos') });
      expect([r.statusCode, r.json().codigo]).toEqual([403, 'origen-ajeno']);
    }
    expect(await usuarios()).not.toContain('intruso.dos');
  });

  it('a cookie-authenticated JSON write without the page token is refused, and with a wrong one too', async () => {
    const sinToken = await app.inject({ method: 'POST', url: '/api/usuarios', headers: { cookie: `sesion=${admin}` }, payload: NUEVO('intruso.tres') });
    expect(sinToken.statusCode).toBe(403);
    expect(sinToken.json()).toMatchObject({ codigo: 'token-csrf-invalido', campo: 'x-csrf-token' });
    const otro = await tokenDePagina();
    const mio = await tokenDePagina();
    const ajeno = await app.inject({ method: 'POST', url: '/api/usuarios', headers: { cookie: `sesion=${admin}; ${mio.cookie}`, 'x-csrf-token': otro.token }, payload: NUEVO('intruso.tres') });
    expect([ajeno.statusCode, ajeno.json().codigo]).toEqual([403, 'token-csrf-invalido']);
    const cerrar = await app.inject({ method: 'DELETE', url: '/api/sesiones', headers: { cookie: `sesion=${admin}` } });
    expect(cerrar.statusCode).toBe(403);
    expect(await usuarios()).not.toContain('intruso.tres');
  });

  it('the page itself (same origin, its token) creates the user', async () => {
    const { token, cookie } = await tokenDePagina();
    const r = await app.inject({
      method: 'POST',
      url: '/api/usuarios',
      headers: { cookie: `sesion=${admin}; ${cookie}`, 'x-csrf-token': token, origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin', host: 'localhost:80' },
      payload: NUEVO('cuenta.legitima'),
    });
    expect(r.statusCode).toBe(201);
    expect(await usuarios()).toContain('cuenta.legitima');
  });

  it('bearer-token clients (a bank) need no token: a payment and a user created with Authorization: Bearer', async () => {
    const banco = await api.entrar('banco.sureste');
    const { recibo } = await api.ordenPagada(banco, 'LD-21-III-a');
    expect(recibo.folio).toMatch(/^RO-/);
    const r = await api.pedir({ method: 'POST', url: '/api/usuarios', token: admin, payload: NUEVO('cuenta.por.api') });
    expect(r.status).toBe(201);
  });

  it('form-encoded bodies are 415 problem+json in Spanish where the API takes JSON, anonymous or not', async () => {
    const anonimo = await app.inject({ method: 'POST', url: '/api/ordenes-de-pago', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'claveDerecho=LD-21-III-a' });
    expect(anonimo.statusCode).toBe(415);
    expect(anonimo.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(anonimo.json().detail).toBe('Tipo de contenido no admitido: envíe application/json.');
    const conBearer = await app.inject({ method: 'POST', url: '/api/usuarios', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/x-www-form-urlencoded' }, payload: FORMULARIO });
    expect(conBearer.statusCode).toBe(415);
    const multipart = await app.inject({ method: 'POST', url: '/api/ordenes-de-pago', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--' });
    expect(multipart.statusCode).toBe(415);
    expect(await usuarios()).not.toContain('intruso');
  });
});
