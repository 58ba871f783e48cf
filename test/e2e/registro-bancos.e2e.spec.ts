// Issue 9, items 4, 5, 6 and 11, through HTTP: a bank's reference is its own (per institution), a payment is
// posted while its order takes payments and soon after the money came in, an idempotency key answers only the
// request that first used it, and neither a receipt nor an order is revealed by guessing its number.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { cargarCatalogo } from '@tesoreria/catalogo';
import { flujoDePagoDeDerecho, generarFolioRecibo, ordenDePagoDecider } from '@tesoreria/domain';
import type { EventStore } from '@tesoreria/event-store';
import { EVENT_STORE } from '../../apps/api/src/plataforma/tokens';
import { aLineaDeTarifa, lineaVigente } from '@tesoreria/registro';
import { crearAppDePrueba } from '../support/app';
import { CONTRASENA, RFC, cliente } from './registro.support';

const sinInstancia = (cuerpo: Record<string, unknown>) => ({ ...cuerpo, instance: undefined });

describe('Registro: banks, posting window, idempotency and existence oracles (issue 9)', () => {
  let app: NestFastifyApplication;
  let api: ReturnType<typeof cliente>;
  let store: EventStore;
  let t: Awaited<ReturnType<ReturnType<typeof cliente>['prepararUsuarios']>>;
  let norte: string;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    api = cliente(app);
    store = app.get(EVENT_STORE);
    t = await api.prepararUsuarios();
    const r = await api.pedir({
      method: 'POST',
      url: '/api/usuarios',
      token: t.admin,
      payload: { usuario: 'banco.norte', nombre: 'Banco del Norte', rol: 'banco', institucion: 'Banco del Norte', contrasena: CONTRASENA },
    });
    if (r.status !== 201) throw new Error(r.raw);
    norte = await api.entrar('banco.norte');
  });

  afterAll(async () => {
    await app?.close();
  });

  const nuevaOrden = async (claveDerecho = 'LD-21-III-a', encabezados: Record<string, string> = {}, ip?: string) => {
    const r = await app.inject({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho }, headers: encabezados, remoteAddress: ip });
    return { status: r.statusCode, body: r.json() };
  };
  const pagoDe = (orden: { lineaDeCaptura: string; fechaEmision: string; total: string }, referenciaBancaria: string, cambios: Record<string, unknown> = {}) => ({
    lineaDeCaptura: orden.lineaDeCaptura,
    referenciaBancaria,
    claveDerecho: 'LD-21-III-a',
    cantidad: 1,
    contribuyente: { rfc: RFC, nombre: 'Gloria Hernández García' },
    fechaPago: orden.fechaEmision,
    importe: orden.total,
    medioDePago: 'efectivo',
    delegacion: 'XI',
    ...cambios,
  });
  const pagar = (token: string, payload: unknown) => api.pedir({ method: 'POST', url: '/api/pagos', token, payload });

  describe('item 4: a bank reference belongs to its institution', () => {
    it('another bank reposting a paid reference gets 409 without the first receipt; its own payment with the same reference text is accepted', async () => {
      const orden = (await nuevaOrden()).body;
      const primero = await pagar(t.banco, pagoDe(orden, 'REF-COMUN-1'));
      expect(primero.status).toBe(201);

      const intruso = await pagar(norte, pagoDe(orden, 'REF-COMUN-1'));
      expect(intruso.status).toBe(409);
      expect(intruso.body).toMatchObject({ codigo: 'linea-de-captura-ya-pagada', campo: 'lineaDeCaptura' });
      for (const secreto of [RFC, 'Gloria', primero.body.folio]) expect(intruso.raw).not.toContain(secreto);

      const otraOrden = (await nuevaOrden()).body;
      const propio = await pagar(norte, pagoDe(otraOrden, 'REF-COMUN-1', { contribuyente: { rfc: 'MAPJ800101AB2', nombre: 'Juan Mata Pérez' } }));
      expect(propio.status).toBe(201);
      expect(propio.body).toMatchObject({ institucion: 'Banco del Norte', lineaDeCaptura: otraOrden.lineaDeCaptura, duplicado: false });
      expect(propio.body.folio).not.toBe(primero.body.folio);

      const reintento = await pagar(t.banco, pagoDe(orden, 'REF-COMUN-1'));
      expect(reintento.status).toBe(200);
      expect(reintento.body).toMatchObject({ folio: primero.body.folio, duplicado: true });
      const [evento] = await store.readStream(flujoDePagoDeDerecho(orden.lineaDeCaptura));
      expect(evento.metadata.idempotencyKey).toBe('banco:Banco del Sureste:REF-COMUN-1');
    });
  });

  describe('item 5: a payment is posted while its order takes payments (decision 0207)', () => {
    it('an order of January 2025 (valid until the 31st) posted today with fechaPago on its day of issue is 422 orden-de-pago-vencida, and that day’s collection does not change', async () => {
      const fechaEmision = '2025-01-06';
      const [evento] = ordenDePagoDecider.decide(
        {
          type: 'EmitirOrdenDePago',
          data: {
            serie: 8_000_001,
            claveDerecho: 'LD-21-III-a',
            cantidad: 1,
            fechaEmision,
            fechaVigencia: '2025-01-31',
            lineaDeTarifa: aLineaDeTarifa(lineaVigente(cargarCatalogo(), 'LD-21-III-a', fechaEmision)!),
            token: 'prueba-token-de-una-orden-vieja',
          },
        },
        ordenDePagoDecider.estadoInicial(),
      );
      const actor = { userId: 'prueba', role: 'admin', dependencia: null };
      await store.appendToStream('orden-de-pago-8000001', [{ type: evento.type, data: evento.data as never, metadata: { actor, correlationId: 'prueba', causationId: null, fechaEfecto: fechaEmision } }], {
        expectedRevision: 'no_stream',
      });
      const antes = await store.headPosition();
      const r = await pagar(t.banco, pagoDe({ lineaDeCaptura: evento.data.lineaDeCaptura, fechaEmision, total: evento.data.total }, 'TARDE-1'));
      expect(r.status).toBe(422);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body).toMatchObject({ codigo: 'orden-de-pago-vencida', campo: 'lineaDeCaptura' });
      expect(await store.headPosition()).toBe(antes);
      const recaudacion = await api.pedir({ method: 'GET', url: `/api/recaudacion?desde=${fechaEmision}&hasta=${fechaEmision}`, token: t.direccion });
      expect(recaudacion.body).toEqual([]);
    });
  });

  describe('item 6: an idempotency key answers only the request that first used it', () => {
    it('the same Idempotency-Key with another body is 422 naming Idempotency-Key; the same body replays the first order', async () => {
      const clave = { 'idempotency-key': 'orden-cliente-a-1' };
      const primera = await nuevaOrden('LD-21-III-a', clave, '10.9.0.1');
      expect(primera.status).toBe(201);
      expect((await nuevaOrden('LD-21-III-a', clave, '10.9.0.1')).body).toMatchObject({ serie: primera.body.serie, duplicado: true });
      const otra = await nuevaOrden('LD-44 Bis-I', clave, '10.9.0.1');
      expect(otra.status).toBe(422);
      expect(otra.body).toMatchObject({ codigo: 'clave-de-idempotencia-reutilizada', campo: 'Idempotency-Key', status: 422 });
    });

    it('another anonymous client using the same key gets its own order, not the first client’s', async () => {
      const clave = { 'idempotency-key': 'orden-compartida-7' };
      const deA = await nuevaOrden('LD-21-III-a', clave, '10.9.0.2');
      const deB = await nuevaOrden('LD-21-III-a', clave, '10.9.0.3');
      expect(deB.status).toBe(201);
      expect(deB.body.serie).not.toBe(deA.body.serie);
      expect(deB.body.token).not.toBe(deA.body.token);
    });

    it('a bank reposting its reference with another body is 422 naming referenciaBancaria and records nothing', async () => {
      const orden = (await nuevaOrden()).body;
      expect((await pagar(t.banco, pagoDe(orden, 'REF-CUERPO-1'))).status).toBe(201);
      const antes = await store.headPosition();
      const otra = await pagar(t.banco, pagoDe(orden, 'REF-CUERPO-1', { contribuyente: { rfc: RFC, nombre: 'Otra Persona' } }));
      expect(otra.status).toBe(422);
      expect(otra.body).toMatchObject({ codigo: 'clave-de-idempotencia-reutilizada', campo: 'referenciaBancaria' });
      expect(await store.headPosition()).toBe(antes);
    });
  });

  describe('item 11: no existence oracle for receipts and orders', () => {
    it('another bank’s receipt and an unknown folio get the same 404 body', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const ajeno = await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token: norte });
      const inexistente = await api.pedir({ method: 'GET', url: `/api/recibos/${generarFolioRecibo(2026, 9_999_998)}`, token: norte });
      expect(ajeno.status).toBe(404);
      expect(sinInstancia(ajeno.body)).toEqual(sinInstancia(inexistente.body));
      const ajenoADependencia = await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token: t.salud });
      expect(ajenoADependencia.status).toBe(404);
      expect(sinInstancia(ajenoADependencia.body)).toEqual(sinInstancia(inexistente.body));
    });

    it('an agency acting on another agency’s receipt gets the answer of an unknown folio, not who was served', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const servicio = { claveDerecho: 'LD-21-III-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Gloria Hernández García' } };
      expect((await api.pedir({ method: 'POST', url: '/api/servicios', token: t.sgg, payload: { ...servicio, folioRecibo: recibo.folio } })).status).toBe(201);
      const desconocido = generarFolioRecibo(2026, 9_999_997);
      const respuestas = [];
      for (const folioRecibo of [recibo.folio, desconocido]) {
        const r = await api.pedir({ method: 'POST', url: '/api/servicios', token: t.salud, payload: { ...servicio, folioRecibo } });
        respuestas.push({ status: r.status, cuerpo: sinInstancia(JSON.parse(r.raw.replaceAll(folioRecibo, 'FOLIO'))) });
        expect(r.raw).not.toContain('Gloria');
      }
      expect(respuestas[0]).toEqual(respuestas[1]);
      expect(respuestas[0]).toMatchObject({ status: 422, cuerpo: { codigo: 'recibo-no-encontrado', campo: 'folioRecibo' } });
      const constancia = await api.pedir({ method: 'POST', url: '/api/servicios/constancias-de-no-prestacion', token: t.salud, payload: { folioRecibo: recibo.folio, fechaEmision: recibo.fechaPago, motivo: 'No procedió.' } });
      expect(constancia.body).toMatchObject({ codigo: 'recibo-no-encontrado', campo: 'folioRecibo' });
    });

    it('an order’s serie alone opens nothing: only its public link (serie and token) shows whether and with which folio it was paid', async () => {
      const { orden, recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      expect(orden.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const soloSerie = await api.pedir({ method: 'GET', url: `/api/ordenes-de-pago/${orden.serie}` });
      const tokenAjeno = await api.pedir({ method: 'GET', url: `/api/ordenes-de-pago/${orden.serie}?token=${'A'.repeat(22)}` });
      const desconocida = await api.pedir({ method: 'GET', url: '/api/ordenes-de-pago/987654321?token=x' });
      expect(soloSerie.status).toBe(404);
      expect(soloSerie.raw).not.toContain(recibo.folio);
      expect(tokenAjeno.body).toEqual(soloSerie.body);
      expect(desconocida.body).toEqual(soloSerie.body);
      expect((await api.pedir({ method: 'GET', url: `/api/ordenes-de-pago/${orden.serie}`, token: t.sgg })).status).toBe(404);

      const conEnlace = await api.pedir({ method: 'GET', url: `/api/ordenes-de-pago/${orden.serie}?token=${orden.token}` });
      expect(conEnlace.status).toBe(200);
      expect(conEnlace.body).toMatchObject({ serie: orden.serie, pagada: true, folioRecibo: recibo.folio });
      const personal = await api.pedir({ method: 'GET', url: `/api/ordenes-de-pago/${orden.serie}`, token: t.cobranza });
      expect(personal.body).toMatchObject({ serie: orden.serie, folioRecibo: recibo.folio });
    });
  });
});
