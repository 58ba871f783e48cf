// Issue 9, item 12: the request log of a consultation, a payment, a receipt and an order's public link holds no
// RFC, CURP, folio, token or taxpayer name, whatever URL, header or body carried them.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { CURP, RFC, cliente } from './registro.support';

describe('Personal data in the request log', () => {
  let app: NestFastifyApplication;
  let escrito: string[];
  let espia: jest.SpyInstance;

  beforeAll(async () => {
    escrito = [];
    espia = jest.spyOn(process.stdout, 'write').mockImplementation((texto: string | Uint8Array) => {
      escrito.push(String(texto));
      return true;
    });
    app = await crearAppDePrueba({ logLevel: 'info' });
  });

  afterAll(async () => {
    await app?.close();
    espia.mockRestore();
  });

  it('logs each request of a payment and a consultation without the RFC, CURP, folio, token or name they carried', async () => {
    const api = cliente(app);
    const t = await api.prepararUsuarios();
    const conRfc = await api.ordenPagada(t.banco, 'LD-21-III-a');
    const conCurp = await api.ordenPagada(t.banco, 'LD-21-III-a', { curp: CURP });
    const secretos = [RFC, CURP, conRfc.recibo.folio, conCurp.recibo.folio, conRfc.orden.token, conCurp.orden.token, 'Gloria'];

    const consultas = [
      `/api/consulta?folio=${conRfc.recibo.folio}&identificador=${RFC}`,
      `/api/consulta?identificador=${CURP.toLowerCase()}&folio=${conCurp.recibo.folio.toLowerCase()}`,
      `/consulta?folio=${encodeURIComponent(conRfc.recibo.folio)}&rfc=${RFC}`,
      `/api/ordenes-de-pago/${conRfc.orden.serie}?token=${conRfc.orden.token}`,
      `/orden-de-pago?serie=${conCurp.orden.serie}&token=${conCurp.orden.token}`,
    ];
    for (const url of consultas) {
      const r = await app.inject({ method: 'GET', url, headers: { referer: `https://ejemplo.test${url}`, cookie: `sesion=${t.direccion}` } });
      expect(r.statusCode).toBeLessThan(500);
    }
    expect((await api.pedir({ method: 'GET', url: `/api/recibos/${conRfc.recibo.folio}`, token: t.direccion })).status).toBe(200);

    const log = escrito.join('');
    expect(log).toContain('"url":"/api/consulta?folio=[REDACTADO]&identificador=[REDACTADO]"');
    expect(log).toContain('"url":"/api/recibos/[REDACTADO]"');
    expect(log).toContain('"url":"/api/pagos"');
    for (const secreto of secretos) expect({ secreto, enElLog: log.toUpperCase().includes(secreto.toUpperCase()) }).toEqual({ secreto, enElLog: false });
    for (const token of [t.direccion, t.banco]) expect(log).not.toContain(token);
  });
});
