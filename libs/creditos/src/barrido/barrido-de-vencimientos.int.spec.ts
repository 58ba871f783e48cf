// The daily sweep as plain code and as a job on both scheduler backends (issue 11 item 3): exigibility and firmeza
// on the first business day after the deadline (CHP arts. 37, 170 I, 172 IV), nothing new the second time for the
// same date, every business day since the last sweep recorded caught up, and the job — in-process always, BullMQ
// with REDIS_URL (never skipped) — sweeping the date of its payload through the same handler.
import { randomBytes } from 'node:crypto';
import { BullmqJobScheduler, InProcessJobScheduler, type JobScheduler } from '@tesoreria/jobs';
import { requireRedisUrl } from '../../../../test/support/postgres';
import { aplicacionDePrueba, type AplicacionDePrueba } from '../../test/aplicacion-de-prueba';
import { diasPorBarrer, type ResultadoDelBarrido } from './barrido-de-vencimientos.handler';
import { FechaDeNegocio } from './fecha-de-negocio';
import { contextoDelBarrido, registrarTrabajoDeBarrido, TRABAJO_DE_BARRIDO } from './trabajo-de-barrido';
import { entornoDePrueba } from '../../../../test/support/entorno-de-credito';

const determinar = (app: AplicacionDePrueba, creditoId: string) => app.actuar('DeterminarCredito', {
  creditoId, origen: 'liquidacion', descripcion: 'Impuesto sobre nóminas omitido', periodo: '2024-05', importeHistorico: '10000.00', delegacion: 'XI',
  fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17', contribuyente: { rfc: 'GOHG800101AB1', nombre: 'Gloria Hernández García' },
}, '2025-02-20');

/** Estrados posted Mon 3 Mar 2025 (case T1): due Fri 25 Apr, exigible and firme Mon 28 Apr. */
async function notificado(app: AplicacionDePrueba, creditoId: string) {
  await determinar(app, creditoId);
  await app.actuar('PracticarNotificacion', { creditoId, medio: 'estrados', fecha: '2025-03-03' }, '2025-03-03');
}

const resumen = (r: ResultadoDelBarrido) => r.eventos.map((e) => [e.creditoId, e.tipo, e.fecha]);

describe('barrido de vencimientos (sin Nest)', () => {
  let app: AplicacionDePrueba;
  beforeAll(async () => {
    app = await aplicacionDePrueba();
  });
  afterAll(() => app.cerrar());

  it('días por barrer: cada día hábil desde el último barrido, y la fecha misma', () => {
    expect(diasPorBarrer(null, '2025-04-28', entornoDePrueba)).toEqual(['2025-04-28']);
    expect(diasPorBarrer('2025-04-24', '2025-04-29', entornoDePrueba)).toEqual(['2025-04-25', '2025-04-28', '2025-04-29']);
    expect(diasPorBarrer('2025-04-30', '2025-04-29', entornoDePrueba)).toEqual(['2025-04-29']);
  });

  it('exigible y firme el primer día hábil tras el plazo; dos veces la misma fecha no emite nada; un día perdido se recupera', async () => {
    await notificado(app, 'CF-B-1');
    expect((await app.barrido.ejecutar({ fecha: '2025-04-25' }, contextoDelBarrido('2025-04-25'))).eventos).toEqual([]);
    await notificado(app, 'CF-B-2');
    // Nothing ran on Mon 28 Apr: the sweep of Wed 30 sweeps 28, 29 and 30, and each fact keeps its legal date.
    const r = await app.barrido.ejecutar({ fecha: '2025-04-30' }, contextoDelBarrido('2025-04-30'));
    expect(r.diasBarridos).toEqual(['2025-04-28', '2025-04-29', '2025-04-30']);
    expect(resumen(r)).toEqual([
      ['CF-B-1', 'CreditoExigible', '2025-04-28'], ['CF-B-1', 'CreditoFirme', '2025-04-28'],
      ['CF-B-2', 'CreditoExigible', '2025-04-28'], ['CF-B-2', 'CreditoFirme', '2025-04-28'],
    ]);
    const flujo = await app.abierto.store.readStream('credito-CF-B-1');
    expect(flujo[2]!.metadata).toMatchObject({ actor: { userId: 'barrido-de-vencimientos', role: 'sistema' }, fechaEfecto: '2025-04-28' });
    const otraVez = await app.barrido.ejecutar({ fecha: '2025-04-30' }, contextoDelBarrido('2025-04-30'));
    expect([otraVez.diasBarridos, otraVez.eventos]).toEqual([['2025-04-30'], []]);
  });

  it('la fecha de negocio: la del operador si está fijada, si no la de la ejecución programada, si no hoy', () => {
    const reloj = { hoy: () => '2026-12-02' };
    expect(new FechaDeNegocio(reloj).hoy()).toBe('2026-12-02');
    expect(new FechaDeNegocio(reloj).hoy('2026-12-01')).toBe('2026-12-01');
    expect(FechaDeNegocio.desdeEntorno(reloj, { TESORERIA_FECHA_DE_NEGOCIO: '2025-04-28' }).hoy('2026-12-01')).toBe('2025-04-28');
    expect(() => FechaDeNegocio.desdeEntorno(reloj, { TESORERIA_FECHA_DE_NEGOCIO: '28/04/2025' })).toThrow('TESORERIA_FECHA_DE_NEGOCIO');
  });
});

async function cuandoSe<T>(valor: () => T | undefined, ms = 15_000): Promise<T> {
  const limite = Date.now() + ms;
  for (;;) {
    const v = valor();
    if (v !== undefined) return v;
    if (Date.now() > limite) throw new Error('El trabajo de barrido no terminó a tiempo');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each([
  ['en proceso', () => new InProcessJobScheduler() as JobScheduler],
  ['BullMQ (REDIS_URL)', () => new BullmqJobScheduler({ redisUrl: requireRedisUrl(), prefix: `barrido-${randomBytes(6).toString('hex')}` }) as JobScheduler],
])('el barrido como trabajo diario: %s', (_nombre, crear) => {
  let app: AplicacionDePrueba;
  let trabajos: JobScheduler;
  beforeAll(async () => {
    app = await aplicacionDePrueba();
    trabajos = crear();
  });
  afterAll(async () => {
    if (trabajos instanceof BullmqJobScheduler) await trabajos.obliterate();
    await trabajos.stop();
    await app.cerrar();
  });

  it('se programa a diario y barre por el mismo handler la fecha que recibe; la segunda vez no emite nada', async () => {
    await notificado(app, 'CF-J-1');
    const hechos: ResultadoDelBarrido[] = [];
    await registrarTrabajoDeBarrido(trabajos, app.barrido, new FechaDeNegocio({ hoy: () => '2025-01-01' }), { programar: true, alTerminar: (r) => hechos.push(r) });
    expect((await trabajos.schedules()).map((s) => [s.name, s.pattern, s.tz])).toEqual([[TRABAJO_DE_BARRIDO, '30 0 * * *', 'America/Mexico_City']]);
    await trabajos.start();
    await trabajos.enqueue(TRABAJO_DE_BARRIDO, { fecha: '2025-04-28' });
    const primero = await cuandoSe(() => hechos[0]);
    expect(resumen(primero)).toEqual([['CF-J-1', 'CreditoExigible', '2025-04-28'], ['CF-J-1', 'CreditoFirme', '2025-04-28']]);
    await trabajos.enqueue(TRABAJO_DE_BARRIDO, { fecha: '2025-04-28' });
    expect((await cuandoSe(() => hechos[1])).eventos).toEqual([]);
    expect(await app.abierto.store.readStream('credito-CF-J-1')).toHaveLength(4);
  });
});
