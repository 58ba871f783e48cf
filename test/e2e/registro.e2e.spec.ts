// Issue 5: the Registro de Otorgamiento de Servicios through HTTP (ROS; LD arts. 5-6; CHP arts. 38, 101, 265),
// on the whole application over in-memory PGlite.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@tesoreria/event-store';
import type { SqlDatabase } from '@tesoreria/event-store';
import { EVENT_STORE, SQL_DATABASE } from '../../apps/api/src/plataforma/tokens';
import { LimitadorDeConsultas } from '../../apps/api/src/registro/consulta/limite-de-consultas';
import { crearAppDePrueba } from '../support/app';
import { flujoDeOrdenDePago, flujoDePagoDeDerecho, flujoDeServicio, generarFolioRecibo, generarLineaDeCaptura, leerFolioRecibo, ordenDePagoDecider } from '@tesoreria/domain';
import { cargarCatalogo } from '@tesoreria/catalogo';
import { aLineaDeTarifa, lineaVigente } from '@tesoreria/registro';
import { CURP, RFC, cliente } from './registro.support';

const FOLIO_INEXISTENTE = generarFolioRecibo(2026, 9_999_999);

describe('Registro de Otorgamiento de Servicios (HTTP)', () => {
  let app: NestFastifyApplication;
  let api: ReturnType<typeof cliente>;
  let store: EventStore;
  let t: Awaited<ReturnType<ReturnType<typeof cliente>['prepararUsuarios']>>;

  beforeAll(async () => {
    app = await crearAppDePrueba();
    api = cliente(app);
    store = app.get(EVENT_STORE);
    t = await api.prepararUsuarios();
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('catálogo (LD arts. 21-52)', () => {
    it('searches derechos by words and agency, and shows one by its key; an unknown key is 404', async () => {
      const r = await api.pedir({ method: 'GET', url: `/api/derechos?q=${encodeURIComponent('matrimonio oficialia')}&dependencia=SGG` });
      expect(r.status).toBe(200);
      expect(r.body.derechos.map((d: { clave: string }) => d.clave)).toContain('LD-21 Bis-II-a');
      expect(r.body.derechos.every((d: { dependencia: string }) => d.dependencia === 'SGG')).toBe(true);
      const uno = await api.pedir({ method: 'GET', url: `/api/derechos/${encodeURIComponent('LD-21 Bis-II-a')}` });
      expect(uno.body).toMatchObject({ clave: 'LD-21 Bis-II-a', tarifa: '1700.00', nombreDependencia: 'Secretaría General de Gobierno' });
      const nada = await api.pedir({ method: 'GET', url: '/api/derechos/LD-99-I' });
      expect(nada.status).toBe(404);
      expect(nada.body.campo).toBe('clave');
      const limite = await api.pedir({ method: 'GET', url: '/api/derechos?limite=0' });
      expect(limite.status).toBe(400);
      expect(limite.body.campo).toBe('limite');
    });
  });

  describe('orden de pago (LD art. 5, CHP art. 265)', () => {
    it('anyone gets the amount with the 6 % adicional and a 29-digit línea de captura valid within the fiscal year', async () => {
      const r = await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21 Bis-II-a' } });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ claveDerecho: 'LD-21 Bis-II-a', dependencia: 'SGG', importeDerecho: '1700.00', adicional: '102.00', total: '1802.00' });
      expect(r.body.lineaDeCaptura).toMatch(/^07\d{27}$/);
      expect(r.body.fechaVigencia >= r.body.fechaEmision).toBe(true);
      expect(r.body.fechaVigencia.slice(0, 4)).toBe(r.body.fechaEmision.slice(0, 4));
      expect(r.body.enlace).toBe(`/orden-de-pago?serie=${r.body.serie}&token=${r.body.token}`);
      const leida = await api.pedir({ method: 'GET', url: `/api/ordenes-de-pago/${r.body.serie}?token=${r.body.token}` });
      expect(leida.body).toMatchObject({ lineaDeCaptura: r.body.lineaDeCaptura, total: '1802.00', pagada: false });
      const malaSerie = await api.pedir({ method: 'GET', url: '/api/ordenes-de-pago/abc' });
      expect(malaSerie.status).toBe(400);
      expect(malaSerie.headers['content-type']).toContain('application/problem+json');
      expect(malaSerie.body).toMatchObject({ codigo: 'serie-invalida', campo: 'serie' });
    });

    it('CHP art. 265 A III: a Laboratorio Estatal analysis (LD art. 44 Bis) carries no adicional', async () => {
      const r = await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-44 Bis-I' } });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ importeDerecho: '215.00', adicional: '0.00', total: '215.00', exentoDeAdicional: true });
    });

    it('LD art. 11: an unknown derecho is 422 naming claveDerecho; a fixed tariff ordered twice over is 422 naming cantidad', async () => {
      const r = await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-99-I' } });
      expect(r.status).toBe(422);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body).toMatchObject({ codigo: 'derecho-desconocido', campo: 'claveDerecho' });
      const dos = await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21 Bis-II-a', cantidad: 2 } });
      expect(dos.status).toBe(422);
      expect(dos.body.campo).toBe('cantidad');
    });
  });

  describe('pagos (role banco; CHP art. 38)', () => {
    it('the same bank reference twice records one PagoRecibido; the second call answers 200 with the same receipt', async () => {
      const orden = (await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' } })).body;
      const pago = {
        lineaDeCaptura: orden.lineaDeCaptura,
        referenciaBancaria: 'BSE-IDEM-0001',
        claveDerecho: 'LD-21-III-a',
        cantidad: 1,
        contribuyente: { rfc: RFC, nombre: 'Gloria Hernández García' },
        fechaPago: orden.fechaEmision,
        importe: '508.80',
        medioDePago: 'efectivo',
        delegacion: 'III',
      };
      const primero = await api.pedir({ method: 'POST', url: '/api/pagos', token: t.banco, payload: pago });
      expect(primero.status).toBe(201);
      expect(primero.body.folio).toMatch(/^RO-\d{4}-\d{8}-[\dX]$/);
      expect(primero.body).toMatchObject({ importeTotal: '508.80', adicional: '28.80', institucion: 'Banco del Sureste', duplicado: false });
      const segundo = await api.pedir({ method: 'POST', url: '/api/pagos', token: t.banco, payload: pago });
      expect(segundo.status).toBe(200);
      expect(segundo.body).toMatchObject({ folio: primero.body.folio, duplicado: true });
      const eventos = await store.readStream(flujoDePagoDeDerecho(orden.lineaDeCaptura));
      expect(eventos.map((e) => e.type)).toEqual(['PagoRecibido']);
      expect(eventos[0].metadata.actor).toEqual({ userId: 'banco.sureste', role: 'banco', dependencia: null });
      const otraLinea = (await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' } })).body;
      const reusada = await api.pedir({ method: 'POST', url: '/api/pagos', token: t.banco, payload: { ...pago, lineaDeCaptura: otraLinea.lineaDeCaptura } });
      expect(reusada.status).toBe(409);
      expect(reusada.body).toMatchObject({ codigo: 'referencia-bancaria-ya-usada', campo: 'referenciaBancaria', folio: primero.body.folio });
    });

    it('an amount that does not match the order is 422 naming importe, and writes nothing', async () => {
      const orden = (await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21 Bis-II-a' } })).body;
      const antes = await store.headPosition();
      const r = await api.pedir({
        method: 'POST',
        url: '/api/pagos',
        token: t.banco,
        payload: {
          lineaDeCaptura: orden.lineaDeCaptura,
          referenciaBancaria: 'BSE-CORTO-0001',
          claveDerecho: 'LD-21 Bis-II-a',
          cantidad: 1,
          contribuyente: { curp: CURP, nombre: 'Gloria Hernández García' },
          fechaPago: orden.fechaEmision,
          importe: '1700.00',
          medioDePago: 'efectivo',
          delegacion: 'I',
        },
      });
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ codigo: 'importe-no-coincide', campo: 'importe', esperado: '1802.00' });
      expect(await store.headPosition()).toBe(antes);
      expect(await store.readStream(flujoDePagoDeDerecho(orden.lineaDeCaptura))).toEqual([]);
    });

    it('a línea de captura nobody issued is 422 naming lineaDeCaptura; a mistyped one is 400', async () => {
      const orden = (await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' } })).body;
      const base = { referenciaBancaria: 'BSE-X-1', claveDerecho: 'LD-21-III-a', cantidad: 1, contribuyente: { rfc: RFC, nombre: 'Ana' }, fechaPago: orden.fechaEmision, importe: '508.80', medioDePago: 'efectivo', delegacion: 'XI' };
      const cambiado = orden.lineaDeCaptura.slice(0, 20) + (orden.lineaDeCaptura[20] === '1' ? '2' : '1') + orden.lineaDeCaptura.slice(21);
      const malTecleada = await api.pedir({ method: 'POST', url: '/api/pagos', token: t.banco, payload: { ...base, lineaDeCaptura: cambiado } });
      expect(malTecleada.status).toBe(400);
      expect(malTecleada.body.campo).toBe('lineaDeCaptura');
      const inventada = generarLineaDeCaptura({ serie: 9_999_999, fechaVigencia: orden.fechaVigencia, importe: '508.80' });
      const nadieLaEmitio = await api.pedir({ method: 'POST', url: '/api/pagos', token: t.banco, payload: { ...base, lineaDeCaptura: inventada } });
      expect(nadieLaEmitio.status).toBe(422);
      expect(nadieLaEmitio.body).toMatchObject({ codigo: 'orden-de-pago-desconocida', campo: 'lineaDeCaptura' });
    });
  });

  describe('consecutive numbers (CHP art. 38; decisions 0202-0203)', () => {
    /** An order issued in a past fiscal year, recorded through the decider as the handler would have. */
    const ordenAntigua = async (serie: number, fechaEmision: string, fechaVigencia: string) => {
      const catalogo = cargarCatalogo();
      const [evento] = ordenDePagoDecider.decide(
        {
          type: 'EmitirOrdenDePago',
          data: { serie, claveDerecho: 'LD-21-III-a', cantidad: 1, fechaEmision, fechaVigencia, lineaDeTarifa: aLineaDeTarifa(lineaVigente(catalogo, 'LD-21-III-a', fechaEmision)!), token: `prueba-${serie}-token-de-orden` },
        },
        ordenDePagoDecider.estadoInicial(),
      );
      await store.appendToStream(flujoDeOrdenDePago(serie), [{ type: evento.type, data: evento.data as never, metadata: { actor: { userId: 'prueba', role: 'admin', dependencia: null }, correlationId: 'prueba', causationId: null, fechaEfecto: fechaEmision } }], { expectedRevision: 'no_stream' });
      return evento.data;
    };

    it('refused payments (wrong amount, expired, dated before the order) leave no gap between the folios of the accepted ones', async () => {
      const primero = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const base = { claveDerecho: 'LD-21-III-a', cantidad: 1, contribuyente: { rfc: RFC, nombre: 'Ana' }, medioDePago: 'efectivo', delegacion: 'XI' };
      const corta = (await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' } })).body;
      const importeCorto = await api.pedir({
        method: 'POST',
        url: '/api/pagos',
        token: t.banco,
        payload: { ...base, lineaDeCaptura: corta.lineaDeCaptura, referenciaBancaria: 'GAP-1', fechaPago: corta.fechaEmision, importe: '480.00' },
      });
      expect(importeCorto.status).toBe(422);
      const vieja = await ordenAntigua(9_000_001, '2025-01-06', '2025-01-31');
      const vencida = await api.pedir({
        method: 'POST',
        url: '/api/pagos',
        token: t.banco,
        payload: { ...base, lineaDeCaptura: vieja.lineaDeCaptura, referenciaBancaria: 'GAP-2', fechaPago: '2025-02-10', importe: vieja.total },
      });
      expect(vencida.status).toBe(422);
      expect(vencida.body.codigo).toBe('linea-de-captura-vencida');
      const antesDeLaOrden = await api.pedir({
        method: 'POST',
        url: '/api/pagos',
        token: t.banco,
        payload: { ...base, lineaDeCaptura: vieja.lineaDeCaptura, referenciaBancaria: 'GAP-3', fechaPago: '2025-01-03', importe: vieja.total },
      });
      expect(antesDeLaOrden.status).toBe(422);
      expect(antesDeLaOrden.headers['content-type']).toContain('application/problem+json');
      expect(antesDeLaOrden.body).toMatchObject({ codigo: 'pago-antes-de-la-orden', campo: 'fechaPago' });
      expect(antesDeLaOrden.body.detail).toContain('2025-01-06');
      expect(await store.readStream(flujoDePagoDeDerecho(vieja.lineaDeCaptura))).toEqual([]);
      const segundo = await api.ordenPagada(t.banco, 'LD-21-III-a');
      expect(leerFolioRecibo(segundo.recibo.folio).secuencia).toBe(leerFolioRecibo(primero.recibo.folio).secuencia + 1);
    });

    it('a refused orden de pago (unknown derecho) leaves no gap between the series of the issued ones', async () => {
      const primera = await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' } });
      const rechazada = await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-99-I' } });
      expect(rechazada.status).toBe(422);
      const segunda = await api.pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' } });
      expect(segunda.body.serie).toBe(primera.body.serie + 1);
    });
  });

  describe('servicios otorgados (role dependencia; LD arts. 5-6)', () => {
    it('registers a service against a paid receipt (201); the second registration of the receipt is 409 naming the first', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-II-a');
      const servicio = { folioRecibo: recibo.folio, claveDerecho: 'LD-21 Bis-II-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Gloria Hernández García', identificacion: 'INE 123' } };
      const r = await api.pedir({ method: 'POST', url: '/api/servicios', token: t.sgg, payload: servicio });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ folioRecibo: recibo.folio, dependencia: 'SGG', claveDerecho: 'LD-21 Bis-II-a' });
      const eventos = await store.readStream(flujoDeServicio(recibo.folio));
      expect(eventos[0].metadata.actor).toEqual({ userId: 'sgg.registro', role: 'dependencia', dependencia: 'SGG' });

      const otra = await api.pedir({ method: 'POST', url: '/api/servicios', token: t.sgg, payload: { ...servicio, receptor: { nombre: 'Otra Persona' } } });
      expect(otra.status).toBe(409);
      expect(otra.body).toMatchObject({ codigo: 'recibo-ya-utilizado', campo: 'folioRecibo', dependencia: 'SGG', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Gloria Hernández García' } });
      expect(otra.body.detail).toContain(recibo.folio);
    });

    it('an agency naming a derecho outside its catalog is 403; another agency’s receipt answers as an unknown folio (issue 9, item 11)', async () => {
      const propio = await api.ordenPagada(t.banco, 'LD-44 Bis-I');
      const r = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.salud,
        payload: { folioRecibo: propio.recibo.folio, claveDerecho: 'LD-21-III-a', fechaOtorgamiento: propio.recibo.fechaPago, receptor: { nombre: 'Ana' } },
      });
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ codigo: 'derecho-ajeno-a-la-dependencia', campo: 'claveDerecho' });
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const ajeno = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.salud,
        payload: { folioRecibo: recibo.folio, claveDerecho: 'LD-21-III-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Ana' } },
      });
      expect(ajeno.status).toBe(422);
      expect(ajeno.body).toMatchObject({ codigo: 'recibo-no-encontrado', campo: 'folioRecibo' });
    });

    it('an unknown folio is 422 naming folioRecibo; a receipt of another derecho is 422 naming claveDerecho', async () => {
      const desconocido = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.sgg,
        payload: { folioRecibo: FOLIO_INEXISTENTE, claveDerecho: 'LD-21-III-a', fechaOtorgamiento: '2026-01-10', receptor: { nombre: 'Ana' } },
      });
      expect(desconocido.status).toBe(422);
      expect(desconocido.body).toMatchObject({ codigo: 'recibo-no-encontrado', campo: 'folioRecibo' });

      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-b');
      const otro = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.sgg,
        payload: { folioRecibo: recibo.folio, claveDerecho: 'LD-21-III-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Ana' } },
      });
      expect(otro.status).toBe(422);
      expect(otro.body).toMatchObject({ codigo: 'recibo-de-otro-derecho', campo: 'claveDerecho' });
    });

    it('LD art. 5: a service, constancia or orden de cobro dated before the payment is 422 servicio-antes-del-pago naming its date field, not an unknown derecho', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const antes = await store.headPosition();
      const servicio = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.sgg,
        payload: { folioRecibo: recibo.folio, claveDerecho: 'LD-21-III-a', fechaOtorgamiento: '2020-01-02', receptor: { nombre: 'Ana' } },
      });
      expect(servicio.status).toBe(422);
      expect(servicio.body).toMatchObject({ codigo: 'servicio-antes-del-pago', campo: 'fechaOtorgamiento' });
      const constancia = await api.pedir({ method: 'POST', url: '/api/servicios/constancias-de-no-prestacion', token: t.sgg, payload: { folioRecibo: recibo.folio, fechaEmision: '2020-01-02', motivo: 'No procedió.' } });
      expect(constancia.body).toMatchObject({ codigo: 'servicio-antes-del-pago', campo: 'fechaEmision' });
      const cobro = await api.pedir({ method: 'POST', url: '/api/servicios/ordenes-de-autorizacion-de-cobro', token: t.sgg, payload: { folioRecibo: recibo.folio, fechaPrestacion: '2020-01-02' } });
      expect(cobro.body).toMatchObject({ codigo: 'servicio-antes-del-pago', campo: 'fechaPrestacion' });
      const ajena = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.salud,
        payload: { folioRecibo: recibo.folio, claveDerecho: 'LD-21-III-a', fechaOtorgamiento: '2020-01-02', receptor: { nombre: 'Ana' } },
      });
      expect(ajena.status).toBe(422);
      expect(ajena.body).toMatchObject({ codigo: 'recibo-no-encontrado', campo: 'folioRecibo' });
      expect(await store.headPosition()).toBe(antes);
    });

    it('GET /api/servicios lists only the registrations of the session agency', async () => {
      const lab = await api.ordenPagada(t.banco, 'LD-44 Bis-I');
      const r = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.salud,
        payload: { folioRecibo: lab.recibo.folio, claveDerecho: 'LD-44 Bis-I', fechaOtorgamiento: lab.recibo.fechaPago, receptor: { nombre: 'Purificadora El Manantial' } },
      });
      expect(r.status).toBe(201);
      const sgg = await api.pedir({ method: 'GET', url: '/api/servicios', token: t.sgg });
      const salud = await api.pedir({ method: 'GET', url: '/api/servicios', token: t.salud });
      expect(sgg.body.registros.length).toBeGreaterThan(0);
      expect(sgg.body.registros.every((x: { claveDerecho: string }) => x.claveDerecho.startsWith('LD-21'))).toBe(true);
      expect(salud.body.registros.map((x: { folioRecibo: string }) => x.folioRecibo)).toEqual([lab.recibo.folio]);
    });

    it('an agency reads a receipt of its own catalog; a receipt of another agency’s derecho is 404 naming folio, as an unknown folio', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const propia = await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token: t.sgg });
      expect(propia.status).toBe(200);
      expect(propia.body).toMatchObject({ folio: recibo.folio, claveDerecho: 'LD-21-III-a' });
      const ajena = await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token: t.salud });
      expect(ajena.status).toBe(404);
      expect(ajena.headers['content-type']).toContain('application/problem+json');
      expect(ajena.body).toMatchObject({ codigo: 'recibo-no-encontrado', campo: 'folio' });
      expect(ajena.raw).not.toContain(RFC);
      expect((await api.pedir({ method: 'GET', url: `/api/recibos/${recibo.folio}`, token: t.direccion })).status).toBe(200);
    });

    it('LD art. 6 I: a constancia de no prestación closes the receipt for services and opens the refund of the whole payment', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-IV');
      const constancia = await api.pedir({
        method: 'POST',
        url: '/api/servicios/constancias-de-no-prestacion',
        token: t.sgg,
        payload: { folioRecibo: recibo.folio, fechaEmision: recibo.fechaPago, motivo: 'La publicación no procedió por falta de requisitos.' },
      });
      expect(constancia.status).toBe(201);
      const usar = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.sgg,
        payload: { folioRecibo: recibo.folio, claveDerecho: 'LD-21-IV', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Ana' } },
      });
      expect(usar.status).toBe(409);
      expect(usar.body.codigo).toBe('recibo-con-constancia-de-no-prestacion');
      const devolucion = await api.pedir({ method: 'POST', url: '/api/servicios/devoluciones', token: t.cobranza, payload: { folioRecibo: recibo.folio, fechaSolicitud: recibo.fechaPago } });
      expect(devolucion.status).toBe(201);
      expect(devolucion.body).toMatchObject({ importe: recibo.importeTotal, fundamento: 'LD art. 6 I; CHP art. 53' });
    });

    it('LD art. 6 II: with one tariff in force there is no difference to authorise (422 naming fechaPrestacion)', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const r = await api.pedir({ method: 'POST', url: '/api/servicios/ordenes-de-autorizacion-de-cobro', token: t.sgg, payload: { folioRecibo: recibo.folio, fechaPrestacion: recibo.fechaPago } });
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ codigo: 'sin-diferencia-de-tarifa', campo: 'fechaPrestacion' });
    });
  });

  describe('consulta ciudadana (ROS)', () => {
    it('folio with the RFC or the CURP of the receipt shows the payment and the service with its agency and date', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21 Bis-I-a', { curp: CURP, delegacion: 'VII' });
      await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.sgg,
        payload: { folioRecibo: recibo.folio, claveDerecho: 'LD-21 Bis-I-a', fechaOtorgamiento: recibo.fechaPago, receptor: { nombre: 'Gloria' } },
      });
      const r = await api.pedir({ method: 'GET', url: `/api/consulta?folio=${recibo.folio}&identificador=${CURP}`, ip: '10.0.0.1' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        folio: recibo.folio,
        importeTotal: '954.00',
        delegacion: { clave: 'VII', nombre: 'Tapachula' },
        servicio: { otorgado: true, fechaOtorgamiento: recibo.fechaPago, dependencia: { id: 'SGG', nombre: 'Secretaría General de Gobierno' } },
      });
    });

    it('a wrong RFC for a real folio gets exactly the same 404 body as an unknown folio', async () => {
      const { recibo } = await api.ordenPagada(t.banco, 'LD-21-III-a');
      const equivocado = await api.pedir({ method: 'GET', url: `/api/consulta?folio=${recibo.folio}&identificador=XAXX010101000`, ip: '10.0.0.2' });
      const inexistente = await api.pedir({ method: 'GET', url: `/api/consulta?folio=${FOLIO_INEXISTENTE}&identificador=${RFC}`, ip: '10.0.0.2' });
      expect(equivocado.status).toBe(404);
      expect(inexistente.status).toBe(404);
      expect(equivocado.headers['content-type']).toContain('application/problem+json');
      expect(equivocado.raw).toBe(inexistente.raw);
    });

    it('is rate-limited per IP: the eleventh consultation within a minute is 429 problem+json with Retry-After', async () => {
      // Without REDIS_URL the count lives in this process (registro-limite-redis.int.spec.ts covers the shared one).
      expect(app.get(LimitadorDeConsultas).almacen).toBe('memoria');
      const estados: number[] = [];
      for (let i = 0; i < 11; i++) {
        const r = await api.pedir({ method: 'GET', url: `/api/consulta?folio=${FOLIO_INEXISTENTE}&identificador=${RFC}`, ip: '10.0.0.3' });
        estados.push(r.status);
        if (i === 10) {
          expect(r.headers['content-type']).toContain('application/problem+json');
          expect(r.headers['retry-after']).toBeDefined();
          expect(r.body).toMatchObject({ status: 429, codigo: 'demasiadas-consultas' });
        }
      }
      expect(estados).toEqual([...Array(10).fill(404), 429]);
      const otraIp = await api.pedir({ method: 'GET', url: `/api/consulta?folio=${FOLIO_INEXISTENTE}&identificador=${RFC}`, ip: '10.0.0.4' });
      expect(otraIp.status).toBe(404);
    });
  });

  describe('access (ROS; decision 0205)', () => {
    it('without a session a protected endpoint is 401; a bank registering a service is 403', async () => {
      const sin = await api.pedir({ method: 'GET', url: '/api/servicios' });
      expect(sin.status).toBe(401);
      expect(sin.headers['content-type']).toContain('application/problem+json');
      const banco = await api.pedir({ method: 'POST', url: '/api/servicios', token: t.banco, payload: {} });
      expect(banco.status).toBe(403);
      expect(banco.body.codigo).toBe('rol-sin-permiso');
      const pagoDeDependencia = await api.pedir({ method: 'POST', url: '/api/pagos', token: t.sgg, payload: {} });
      expect(pagoDeDependencia.status).toBe(403);
    });

    it('a password outside 8-20 characters is 400 naming contrasena; a wrong one is 401; five failures lock the account (403)', async () => {
      const corta = await api.pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'direccion', contrasena: 'corta' } });
      expect(corta.status).toBe(400);
      expect(corta.body.campo).toBe('contrasena');
      for (let i = 0; i < 5; i++) {
        const mal = await api.pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'direccion', contrasena: 'Equivocada1' } });
        expect(mal.status).toBe(401);
      }
      const bloqueada = await api.pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'direccion', contrasena: 'Chiapas2026' } });
      expect(bloqueada.status).toBe(403);
      expect(bloqueada.body).toMatchObject({ codigo: 'cuenta-bloqueada', campo: 'usuario' });
    });

    it('logging out ends the session: the same token is then 401', async () => {
      const token = await api.entrar('cobranza');
      expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token })).status).toBe(200);
      expect((await api.pedir({ method: 'DELETE', url: '/api/sesiones', token })).status).toBe(204);
      expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token })).status).toBe(401);
    });

    it('decision 0205: a session idle for more than 30 minutes is 401 sesion-expirada', async () => {
      const token = await api.entrar('cobranza');
      await app.get<SqlDatabase>(SQL_DATABASE).query(
        "UPDATE registro_sesiones SET iniciada = '2026-01-05T08:00:00Z', ultima_actividad = '2026-01-05T08:10:00Z' WHERE cerrada IS NULL AND usuario = 'cobranza'",
      );
      const r = await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ codigo: 'sesion-expirada' });
      expect(r.body.detail).toContain('2026-01-05T08:40:00Z');
    });

    it('the session travels as an HttpOnly SameSite cookie for the pages', async () => {
      const r = await app.inject({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'salud.lab', contrasena: 'Chiapas2026' } });
      const cookie = String(r.headers['set-cookie']);
      expect(cookie).toMatch(/^sesion=/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      const token = /^sesion=([^;]+)/.exec(cookie)![1];
      const conCookie = await app.inject({ method: 'GET', url: '/api/servicios', cookies: { sesion: token } });
      expect(conCookie.statusCode).toBe(200);
    });

    it('only an admin creates users, with the portal password policy', async () => {
      const noAdmin = await api.pedir({ method: 'POST', url: '/api/usuarios', token: t.sgg, payload: { usuario: 'x.y', nombre: 'X', rol: 'banco', contrasena: 'Chiapas2026' } });
      expect(noAdmin.status).toBe(403);
      const debil = await api.pedir({ method: 'POST', url: '/api/usuarios', token: t.admin, payload: { usuario: 'x.y', nombre: 'X Y', rol: 'banco', contrasena: 'soloLetrasAqui' } });
      expect(debil.status).toBe(422);
      expect(debil.body.campo).toBe('contrasena');
    });
  });

  describe('user administration (decision 0205)', () => {
    const crear = (usuario: string) =>
      api.pedir({ method: 'POST', url: '/api/usuarios', token: t.admin, payload: { usuario, nombre: 'Auditoría Interna', rol: 'auditor', contrasena: 'Chiapas2026' } });

    it('an admin deactivates a user: the open session ends at once and log-in is refused; reactivated, the user logs in again; the bitácora names the admin', async () => {
      expect((await crear('auditor.uno')).status).toBe(201);
      const token = await api.entrar('auditor.uno');
      expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token })).status).toBe(200);

      const baja = await api.pedir({ method: 'PUT', url: '/api/usuarios/auditor.uno/activo', token: t.admin, payload: { activo: false, motivo: 'Baja temporal' } });
      expect(baja.status).toBe(200);
      expect(baja.body).toMatchObject({ usuario: 'auditor.uno', activo: false });
      expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token })).status).toBe(401);
      const entrar = await api.pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'auditor.uno', contrasena: 'Chiapas2026' } });
      expect(entrar.status).toBe(403);
      expect(entrar.headers['content-type']).toContain('application/problem+json');
      expect(entrar.body).toMatchObject({ codigo: 'cuenta-desactivada', campo: 'usuario' });
      const equivocada = await api.pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'auditor.uno', contrasena: 'Equivocada1' } });
      expect(equivocada.status).toBe(401);

      const alta = await api.pedir({ method: 'PUT', url: '/api/usuarios/auditor.uno/activo', token: t.admin, payload: { activo: true } });
      expect(alta.body).toMatchObject({ activo: true });
      expect(typeof (await api.entrar('auditor.uno'))).toBe('string');

      const bitacora = await api.pedir({ method: 'GET', url: '/api/usuarios/auditor.uno/bitacora', token: t.admin });
      expect(bitacora.body.map((b: { accion: string; realizadoPor: string }) => [b.accion, b.realizadoPor])).toEqual([
        ['creado', 'admin'],
        ['desactivado', 'admin'],
        ['reactivado', 'admin'],
      ]);
      expect(bitacora.body[1].detalle).toBe('Baja temporal');
    });

    it('only an admin deactivates, never their own account; an unknown user is 404 and a malformed body 400, each naming the field', async () => {
      const noAdmin = await api.pedir({ method: 'PUT', url: '/api/usuarios/sgg.registro/activo', token: t.salud, payload: { activo: false } });
      expect(noAdmin.status).toBe(403);
      const propia = await api.pedir({ method: 'PUT', url: '/api/usuarios/admin/activo', token: t.admin, payload: { activo: false } });
      expect(propia.status).toBe(422);
      expect(propia.body).toMatchObject({ codigo: 'desactivar-cuenta-propia', campo: 'usuario' });
      const nadie = await api.pedir({ method: 'PUT', url: '/api/usuarios/nadie.aqui/activo', token: t.admin, payload: { activo: false } });
      expect(nadie.status).toBe(404);
      expect(nadie.body.campo).toBe('usuario');
      const mal = await api.pedir({ method: 'PUT', url: '/api/usuarios/sgg.registro/activo', token: t.admin, payload: { activo: 'no' } });
      expect(mal.status).toBe(400);
      expect(mal.body.campo).toBe('activo');
      expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token: t.sgg })).status).toBe(200);
    });

    it('a user changes their own password with the current one: other sessions end, this one stays, the old password stops working', async () => {
      expect((await crear('auditor.dos')).status).toBe(201);
      const esta = await api.entrar('auditor.dos');
      const otra = await api.entrar('auditor.dos');
      const cambiar = (payload: unknown, token = esta) => api.pedir({ method: 'PUT', url: '/api/sesiones/actual/contrasena', token, payload });

      const sinSesion = await api.pedir({ method: 'PUT', url: '/api/sesiones/actual/contrasena', payload: { contrasenaActual: 'Chiapas2026', contrasenaNueva: 'Tuxtla2027x' } });
      expect(sinSesion.status).toBe(401);
      const actualMal = await cambiar({ contrasenaActual: 'Equivocada1', contrasenaNueva: 'Tuxtla2027x' });
      expect(actualMal.status).toBe(422);
      expect(actualMal.body).toMatchObject({ codigo: 'contrasena-actual-incorrecta', campo: 'contrasenaActual' });
      const corta = await cambiar({ contrasenaActual: 'Chiapas2026', contrasenaNueva: 'Ab1' });
      expect(corta.status).toBe(400);
      expect(corta.body.campo).toBe('contrasenaNueva');
      const sinDigito = await cambiar({ contrasenaActual: 'Chiapas2026', contrasenaNueva: 'soloLetrasAqui' });
      expect(sinDigito.status).toBe(422);
      expect(sinDigito.body).toMatchObject({ codigo: 'contrasena-invalida', campo: 'contrasenaNueva' });
      const igual = await cambiar({ contrasenaActual: 'Chiapas2026', contrasenaNueva: 'Chiapas2026' });
      expect(igual.status).toBe(422);
      expect(igual.body.campo).toBe('contrasenaNueva');

      expect((await cambiar({ contrasenaActual: 'Chiapas2026', contrasenaNueva: 'Tuxtla2027x' })).status).toBe(204);
      expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token: esta })).status).toBe(200);
      expect((await api.pedir({ method: 'GET', url: '/api/sesiones/actual', token: otra })).status).toBe(401);
      expect((await api.pedir({ method: 'POST', url: '/api/sesiones', payload: { usuario: 'auditor.dos', contrasena: 'Chiapas2026' } })).status).toBe(401);
      expect(typeof (await api.entrar('auditor.dos', 'Tuxtla2027x'))).toBe('string');
      const bitacora = await api.pedir({ method: 'GET', url: '/api/usuarios/auditor.dos/bitacora', token: t.admin });
      expect(bitacora.body.at(-1)).toMatchObject({ accion: 'contrasena-cambiada', realizadoPor: 'auditor.dos' });
    });
  });

  describe('bad input', () => {
    it('a malformed registration is 400 problem+json naming each field, and nothing is written', async () => {
      const antes = await store.headPosition();
      const r = await api.pedir({
        method: 'POST',
        url: '/api/servicios',
        token: t.sgg,
        payload: { folioRecibo: 'RO-123', claveDerecho: 'LD-21-III-a', fechaOtorgamiento: '14/03/2026', receptor: { nombre: 'A' }, extra: true },
      });
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      const campos = r.body.errores.map((e: { campo: string }) => e.campo);
      expect(campos).toEqual(expect.arrayContaining(['folioRecibo', 'fechaOtorgamiento', 'receptor.nombre', 'extra']));
      const pago = await api.pedir({ method: 'POST', url: '/api/pagos', token: t.banco, payload: { lineaDeCaptura: '07', importe: 1802 } });
      expect(pago.status).toBe(400);
      expect(pago.body.errores.map((e: { campo: string }) => e.campo)).toEqual(expect.arrayContaining(['lineaDeCaptura', 'importe', 'referenciaBancaria', 'contribuyente']));
      expect(await store.headPosition()).toBe(antes);
    });
  });

  describe('recaudación por Delegación (CHP art. 101)', () => {
    it('sums each Delegación’s payments to the centavo', async () => {
      const antes = await api.pedir({ method: 'GET', url: '/api/recaudacion?desde=2020-01-01&hasta=2099-12-31', token: t.direccion });
      const previo = antes.body.find((f: { delegacion: string }) => f.delegacion === 'XIII');
      expect(previo).toBeUndefined();
      await api.ordenPagada(t.banco, 'LD-21-III-a', { delegacion: 'XIII' });
      await api.ordenPagada(t.banco, 'LD-21-III-b', { delegacion: 'XIII' });
      const r = await api.pedir({ method: 'GET', url: '/api/recaudacion?desde=2020-01-01&hasta=2099-12-31', token: t.direccion });
      const fila = r.body.find((f: { delegacion: string }) => f.delegacion === 'XIII');
      expect(fila).toMatchObject({ nombreDelegacion: 'Villaflores', pagos: 2, importeDerecho: '1230.00', adicional: '73.80', total: '1303.80' });
    });
  });

  describe('who did it', () => {
    it('every event the registry recorded carries its actor (user and role) and the legal date of the fact', async () => {
      const eventos = await store.readAll({ limit: 10_000 });
      expect(eventos.length).toBeGreaterThan(20);
      for (const e of eventos) {
        expect(e.metadata.actor).toEqual(expect.objectContaining({ userId: expect.any(String), role: expect.any(String) }));
        expect(e.metadata.actor.userId).not.toBe('');
        expect(e.metadata.fechaEfecto).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const porTipo = new Map(eventos.map((e) => [e.type, e.metadata.actor.role]));
      expect(porTipo.get('PagoRecibido')).toBe('banco');
      expect(porTipo.get('ServicioRegistrado')).toBe('dependencia');
      expect(porTipo.get('DevolucionSolicitada')).toBe('cobranza');
    });
  });

  describe('pages (ROS)', () => {
    it.each([
      ['/', 'Registro de Otorgamiento de Servicios'],
      ['/dependencias/acceso', 'Debe tener entre 8 y 20 caracteres.'],
      ['/dependencias/servicios', 'Registrar un servicio otorgado'],
      ['/consulta', 'RFC o CURP'],
      ['/derechos', 'Catálogo de derechos'],
      ['/orden-de-pago', 'Línea de captura'],
    ])('GET %s is a Spanish HTML page with a strict Content-Security-Policy', async (url, texto) => {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.body).toContain('<html lang="es">');
      expect(r.body).toContain(texto);
    });

    it('the log-in page gives the three steps, the Enviar button and the privacy notice', async () => {
      const html = (await app.inject({ method: 'GET', url: '/dependencias/acceso' })).body;
      expect(html).toContain('Escriba su nombre de usuario.');
      expect(html).toContain('Escriba su contraseña de acceso.');
      expect(html).toContain('<button type="submit">Enviar</button>');
      expect(html).toContain('Aviso de privacidad');
      expect(html).toMatch(/minlength="8" maxlength="20"/);
    });
  });
});
