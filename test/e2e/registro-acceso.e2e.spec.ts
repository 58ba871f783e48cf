// Who reads what in the Registro de Otorgamiento de Servicios (ROS; decision 0205): banks read only the receipts
// their institution posted, log-in failures are throttled per IP, and auditors replay a history as of an instant.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA, cliente } from './registro.support';

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
    it('a bank reads the receipts its institution posted; another bank gets 403 problem+json naming folio', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
      const url = `/api/recibos/${recibo.folio}`;
      const propio = await api.pedir({ method: 'GET', url, token: t.banco });
      expect(propio.status).toBe(200);
      expect(propio.body).toMatchObject({ folio: recibo.folio, institucion: 'Banco del Sureste' });
      const mismaInstitucion = await api.pedir({ method: 'GET', url, token: await api.entrar('banco.sureste2') });
      expect(mismaInstitucion.status).toBe(200);

      const ajeno = await api.pedir({ method: 'GET', url, token: otroBanco });
      expect(ajeno.status).toBe(403);
      expect(ajeno.headers['content-type']).toContain('application/problem+json');
      expect(ajeno.body).toMatchObject({ codigo: 'recibo-ajeno-al-banco', campo: 'folio' });
      expect(ajeno.body.detail).toContain('folio');
      expect(ajeno.body.detail).toContain('institución');
      expect(JSON.stringify(ajeno.body)).not.toContain('Gloria');
    });

    it('auditors, cobranza and dirección keep reading every receipt', async () => {
      const { recibo } = await api.ordenPagada(otroBanco, 'LD-21 Bis-II-a');
      for (const token of [auditor, t.cobranza, t.direccion, t.admin, otroBanco]) {
        const r = await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token });
        expect(r.status).toBe(200);
      }
      expect((await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token: t.banco })).status).toBe(403);
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
});
