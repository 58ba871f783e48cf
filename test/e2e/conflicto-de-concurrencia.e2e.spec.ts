// A concurrency conflict over HTTP: the command cycle (EjecutorDeComandos, libs/command-handling) retries the whole read-decide-append
// when another writer moved the stream, and when the conflict persists the API answers 409 application/problem+json
// in Spanish, having written nothing of its own. Real PGlite event store; a rival writer appends to the same
// stream between each read and append of the command.
import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createEventStore, type EventStore, type NewEvent, type OpenedEventStore } from '@tesoreria/event-store';
import { EjecutorDeComandos } from '@tesoreria/command-handling';
import { ProblemDetailsFilter } from '../../apps/api/src/http/problem-details.filter';
import { validationPipe } from '../../apps/api/src/http/validation';

type Evento = { type: 'AbonoRegistrado'; data: { importe: string } };
const deciderDeAbonos = {
  estadoInicial: () => ({ abonos: 0 }),
  evolve: (s: { abonos: number }) => ({ abonos: s.abonos + 1 }),
  decide: (c: { importe: string }): Evento[] => [{ type: 'AbonoRegistrado', data: { importe: c.importe } }],
};

const metadata = { actor: { userId: 'rival', role: 'banco' }, correlationId: 'rival', fechaEfecto: '2025-06-02' };
const abonoRival: NewEvent = { type: 'AbonoRegistrado', data: { importe: '1.00' }, metadata };

/** The real store, with a rival that appends to the stream just before each of the command's appends. */
class StoreConRival {
  rivalesPendientes = 0;
  intentos = 0;
  constructor(private readonly real: EventStore) {
    return new Proxy(this, {
      get: (objetivo, prop, receptor) => (prop in objetivo ? Reflect.get(objetivo, prop, receptor) : (real as never)[prop]),
    });
  }

  async appendToStream(...args: Parameters<EventStore['appendToStream']>) {
    this.intentos++;
    if (this.rivalesPendientes > 0) {
      this.rivalesPendientes--;
      await this.real.appendToStream(args[0], [abonoRival], { expectedRevision: 'any' });
    }
    return this.real.appendToStream(...args);
  }
}

@Controller('prueba')
class ControladorDeAbonos {
  constructor(private readonly ejecutor: EjecutorDeComandos) {}

  @Post('abonos')
  @HttpCode(201)
  async abonar(@Body() body: Record<string, string>) {
    const r = await this.ejecutor.ejecutar({
      flujo: `abonos-${body.cuenta}`,
      decider: deciderDeAbonos,
      comando: { importe: body.importe },
      contexto: { actor: { userId: 'cajero', role: 'banco' }, correlationId: `abono-${body.cuenta}`, fechaEfecto: '2025-06-02' },
    });
    return { abonos: r.estado.abonos };
  }
}

describe('Conflicto de concurrencia por HTTP', () => {
  let abierto: OpenedEventStore;
  let store: StoreConRival;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    abierto = await createEventStore({ pgliteDataDir: 'memory' });
    store = new StoreConRival(abierto.store);
    @Module({ controllers: [ControladorDeAbonos], providers: [{ provide: EjecutorDeComandos, useValue: new EjecutorDeComandos(store as unknown as EventStore) }] })
    class ModuloDePrueba {}
    const modulo = await Test.createTestingModule({ imports: [ModuloDePrueba] }).compile();
    app = modulo.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    app.useGlobalPipes(validationPipe());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await abierto?.close();
  });

  const abonar = (cuenta: string) => app.inject({ method: 'POST', url: '/prueba/abonos', payload: { cuenta, importe: '100.00' } });

  it('un escritor rival que se adelanta una vez obliga a repetir el ciclo completo, y el comando se registra sobre su evento', async () => {
    store.intentos = 0;
    store.rivalesPendientes = 1;
    const r = await abonar('a');
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ abonos: 2 });
    expect(store.intentos).toBe(2);
    const flujo = await abierto.store.readStream('abonos-a');
    expect(flujo.map((e) => [e.metadata.actor.userId, e.data.importe])).toEqual([['rival', '1.00'], ['cajero', '100.00']]);
  });

  it('un conflicto que persiste en los cinco intentos responde 409 problem+json en español y no escribe nada del comando', async () => {
    store.intentos = 0;
    store.rivalesPendientes = 5;
    const r = await abonar('b');
    expect(r.statusCode).toBe(409);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.json()).toMatchObject({
      status: 409,
      title: 'Conflicto',
      codigo: 'conflicto-de-concurrencia',
      detail: 'Otro usuario modificó este registro al mismo tiempo; consulte su estado y vuelva a intentarlo.',
      instance: '/prueba/abonos',
    });
    expect(store.intentos).toBe(5);
    const flujo = await abierto.store.readStream('abonos-b');
    expect(flujo.every((e) => e.metadata.actor.userId === 'rival')).toBe(true);
    expect(flujo).toHaveLength(5);
  });
});
