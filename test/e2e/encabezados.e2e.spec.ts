// Issue 9, item 13 (headers): X-Content-Type-Options, HSTS and Referrer-Policy on every response, a CSP on every
// response (not only the HTML pages: also /api/docs, the script and the API), and Cache-Control: no-store on API
// answers that carry personal data (receipts, consultation, sessions, users). Before: none of the three headers
// anywhere, CSP only on the pages, receipts cacheable.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Response as Respuesta } from 'light-my-request';
import { crearAppDePrueba } from '../support/app';
import { RFC, cliente } from './registro.support';

describe('security headers on every response (issue 9, item 13)', () => {
  let app: NestFastifyApplication;
  let pedir: (url: string, token?: string) => Promise<Respuesta>;
  let folio: string;
  let admin: string;
  let banco: string;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    const api = cliente(app);
    const t = await api.prepararUsuarios();
    ({ admin, banco } = t);
    folio = (await api.ordenPagada(banco, 'LD-21-III-a', { rfc: RFC })).recibo.folio;
    pedir = (url, token) => app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {}, remoteAddress: `10.40.0.${Math.floor(Math.random() * 200) + 1}` });
  });

  afterAll(async () => {
    await app?.close();
  });

  const URLS = (): Array<[string, string?]> => [
    ['/'],
    ['/dependencias/acceso'],
    ['/recursos/js/comun.js'],
    ['/vendor/echarts/echarts.min.js'],
    ['/recursos/registro.css'],
    ['/api/docs'],
    ['/api/docs/openapi.json', admin],
    ['/api/derechos?limite=1'],
    [`/api/recibos/${folio}`, banco],
    [`/api/consulta?folio=${folio}&identificador=${RFC}`],
    ['/api/sesiones/actual', admin],
    ['/api/usuarios', admin],
    ['/api/no-existe'],
    ['/salud'],
  ];

  it('nosniff, HSTS, Referrer-Policy, frame denial and a CSP on pages, scripts, docs, API answers and errors', async () => {
    for (const [url, token] of URLS()) {
      const r = await pedir(url, token);
      const donde = `${url} (${r.statusCode})`;
      expect([donde, r.headers['x-content-type-options']]).toEqual([donde, 'nosniff']);
      expect([donde, r.headers['strict-transport-security']]).toEqual([donde, expect.stringMatching(/^max-age=\d{7,}/)]);
      expect([donde, r.headers['referrer-policy']]).toEqual([donde, 'no-referrer']);
      const csp = String(r.headers['content-security-policy'] ?? '');
      expect([donde, csp]).toEqual([donde, expect.stringMatching(/default-src 'self'/)]);
      expect([donde, csp]).toEqual([donde, expect.stringMatching(/frame-ancestors 'none'/)]);
      expect([donde, csp]).toEqual([donde, expect.not.stringMatching(/script-src[^;]*unsafe/)]);
    }
  });

  it('the pages keep their strict CSP; swagger UI at /api/docs allows only inline styles beyond it', async () => {
    expect((await pedir('/')).headers['content-security-policy']).not.toMatch(/unsafe-inline/);
    const docs = String((await pedir('/api/docs')).headers['content-security-policy']);
    expect(docs).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(docs).toMatch(/script-src 'self'(;|$)/);
  });

  it('Cache-Control: no-store on receipts, consultation, sessions and users; the public catalog stays cacheable', async () => {
    for (const [url, token] of URLS().filter(([u]) => /recibos|consulta|sesiones|usuarios/.test(u))) {
      const r = await pedir(url, token);
      expect([url, r.statusCode, r.headers['cache-control']]).toEqual([url, 200, 'no-store']);
    }
    const catalogo = await pedir('/api/derechos?limite=1');
    expect(catalogo.headers['cache-control']).toBeUndefined();
  });

  it('errors answered by the router itself (a bad URL) still say nosniff and no-store', async () => {
    const r = await pedir('/api/recibos/%ZZ', banco);
    expect(r.statusCode).toBe(400);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
  });
});
