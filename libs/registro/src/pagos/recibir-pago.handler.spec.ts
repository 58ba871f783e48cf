// The bank's payment use case called as plain code, with no Nest application: a real PGlite store, the real
// catalog and parameters, the one command cycle with its consecutives. The bank is part of the idempotency key.
import { cargarCatalogo } from '@tesoreria/catalogo';
import { Consecutivos, EjecutorDeComandos, type ContextoDeComando } from '@tesoreria/command-handling';
import { flujoDePagoDeDerecho, generarLineaDeFormato } from '@tesoreria/domain';
import { createEventStore, type OpenedEventStore } from '@tesoreria/event-store';
import { cargarParametros } from '@tesoreria/parametros';
import { EmitirOrdenDePagoHandler, type OrdenDePagoResultado } from '../ordenes-de-pago/emitir-orden-de-pago.handler';
import { claveDePagoBancario, RecibirPagoHandler, type DependenciasDeRecibirPago, type RecibirPagoDeBanco } from './recibir-pago.handler';

const HOY = '2026-03-10';
const reloj = { hoy: () => HOY, ahora: () => `${HOY}T17:00:00Z` };
const contexto = (userId: string, fechaEfecto: string, idempotencyKey?: string): ContextoDeComando => ({
  actor: { userId, role: userId === 'publico' ? 'publico' : 'banco', dependencia: null },
  correlationId: `c-${userId}`,
  fechaEfecto,
  ...(idempotencyKey ? { idempotencyKey, campoDeLaClave: 'referenciaBancaria' } : {}),
});

describe('RecibirPagoHandler without Nest', () => {
  let abierto: OpenedEventStore;
  let emitir: EmitirOrdenDePagoHandler;
  let recibir: RecibirPagoHandler;
  let orden: OrdenDePagoResultado;

  beforeAll(async () => {
    abierto = await createEventStore({ pgliteDataDir: 'memory' });
    const consecutivos = new Consecutivos(abierto.db);
    await consecutivos.preparar();
    const ejecutor = new EjecutorDeComandos(abierto.store, { consecutivos });
    const catalogo = cargarCatalogo();
    const parametros = cargarParametros();
    emitir = new EmitirOrdenDePagoHandler({ ejecutor, catalogo, parametros });
    recibir = new RecibirPagoHandler({ ejecutor, catalogo, reloj, parametros, diasHabilesParaRegistrar: 3 });
    orden = await emitir.ejecutar({ claveDerecho: 'LD-21-III-a', cantidad: 1 }, contexto('publico', HOY));
  });
  afterAll(() => abierto.close());

  const pago = (institucion: string, cambios: Partial<RecibirPagoDeBanco> = {}): RecibirPagoDeBanco => ({
    lineaDeCaptura: orden.orden.lineaDeCaptura,
    referenciaBancaria: 'REF-1',
    institucion,
    claveDerecho: 'LD-21-III-a',
    cantidad: 1,
    contribuyente: { rfc: 'HEGG850101AB1', nombre: 'Gloria Hernández García' },
    fechaPago: HOY,
    importe: orden.orden.total,
    medioDePago: 'efectivo',
    delegacion: 'I',
    ...cambios,
  });
  const enviar = (institucion: string, cambios: Partial<RecibirPagoDeBanco> = {}) =>
    recibir.ejecutar(pago(institucion, cambios), contexto(institucion, HOY, claveDePagoBancario(institucion, cambios.referenciaBancaria ?? 'REF-1')));

  it('issues the recibo oficial with the first folio, and the same bank reference again returns it without writing', async () => {
    const primero = await enviar('Banco del Sureste');
    expect(primero.duplicado).toBe(false);
    expect(primero.recibo.folio).toMatch(/^RO-2026-00000001-/);
    const otraVez = await enviar('Banco del Sureste');
    expect(otraVez).toEqual({ recibo: primero.recibo, duplicado: true });
    expect(await abierto.store.readStream(flujoDePagoDeDerecho(orden.orden.lineaDeCaptura))).toHaveLength(1);
  });

  it('another bank with the same reference text is another payment, refused here only because the line is already paid', async () => {
    await expect(enviar('Banco del Norte')).rejects.toMatchObject({ codigo: expect.stringMatching(/pagad/) });
  });

  it('a payment that does not match its order is refused by the named policy before any folio is drawn', async () => {
    await expect(enviar('Banco del Sureste', { referenciaBancaria: 'REF-2', claveDerecho: 'LD-23-I' })).rejects.toMatchObject({ codigo: 'derecho-distinto-de-la-orden' });
    await expect(enviar('Banco del Sureste', { referenciaBancaria: 'REF-3', cantidad: 2 })).rejects.toMatchObject({ codigo: 'cantidad-distinta-de-la-orden' });
  });

  it('hands a formato de pago\'s línea to the credits\' receptor, and without one refuses it as no order\'s (decision 0208)', async () => {
    const linea = generarLineaDeFormato({ numero: 1, fechaVigencia: HOY, importe: '100.00' });
    const recibidos: RecibirPagoDeBanco[] = [];
    const formatos = { ejecutar: async (p: RecibirPagoDeBanco) => (recibidos.push(p), { recibo: { folio: 'RO-X' } as never, duplicado: false }) };
    const conReceptor = new RecibirPagoHandler({ ...(recibir as unknown as { d: DependenciasDeRecibirPago }).d, formatos });
    await conReceptor.ejecutar(pago('Banco del Sureste', { lineaDeCaptura: linea, referenciaBancaria: 'REF-F' }), contexto('Banco del Sureste', HOY, 'banco:Banco del Sureste:REF-F'));
    expect(recibidos.map((p) => p.lineaDeCaptura)).toEqual([linea]);
    await expect(recibir.ejecutar(pago('Banco del Sureste', { lineaDeCaptura: linea, referenciaBancaria: 'REF-F2' }), contexto('Banco del Sureste', HOY)))
      .rejects.toMatchObject({ codigo: 'orden-de-pago-desconocida', campo: 'lineaDeCaptura' });
  });
});
