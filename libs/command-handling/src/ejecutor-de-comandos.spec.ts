// The one command cycle, called as plain code (no Nest application) on a real PGlite store: retries on conflict,
// nothing for an empty decision, the first result for a repeated key (to the same request only), and the
// gap-free consecutive as an option of the same cycle.
import { reglaIncumplida, type Decider } from '@tesoreria/domain';
import { createEventStore, type OpenedEventStore, type RecordedEvent } from '@tesoreria/event-store';
import { Consecutivos } from './consecutivos';
import type { ContextoDeComando } from './contexto-de-comando';
import { EjecutorDeComandos } from './ejecutor-de-comandos';

type Evento = { type: 'AbonoRegistrado'; data: { importe: string; numero: number } };
type Comando = { importe: string; numero: number };
const abonos: Decider<Comando, { abonos: number }, Evento> = {
  estadoInicial: () => ({ abonos: 0 }),
  evolve: (s) => ({ abonos: s.abonos + 1 }),
  decide: (c) => {
    if (c.importe === '0.00') return [];
    if (c.importe.startsWith('-')) throw reglaIncumplida('importe-negativo', 'El importe es negativo (importe).', 'importe');
    return [{ type: 'AbonoRegistrado', data: c }];
  },
};

const ctx = (extra: Partial<ContextoDeComando> = {}): ContextoDeComando => ({
  actor: { userId: 'cajero', role: 'banco' },
  correlationId: 'c-1',
  fechaEfecto: '2026-03-10',
  ...extra,
});

describe('EjecutorDeComandos (one cycle, plain code)', () => {
  let abierto: OpenedEventStore;
  let consecutivos: Consecutivos;
  let escritos: RecordedEvent[][];
  let ejecutor: EjecutorDeComandos;

  beforeEach(async () => {
    abierto = await createEventStore({ pgliteDataDir: 'memory' });
    consecutivos = new Consecutivos(abierto.db);
    await consecutivos.preparar();
    escritos = [];
    ejecutor = new EjecutorDeComandos(abierto.store, { consecutivos, alEscribir: (e) => escritos.push([...e]) });
  });
  afterEach(() => abierto.close());

  it('appends with the revision read, retries a conflict, and appends nothing for an empty decision', async () => {
    let rival = true;
    const real = abierto.store.appendToStream.bind(abierto.store);
    abierto.store.appendToStream = async (s, e, o) => {
      if (rival) {
        rival = false;
        await real(s, [{ type: 'AbonoRegistrado', data: { importe: '1.00', numero: 0 }, metadata: ctx({ actor: { userId: 'rival', role: 'banco' } }) }], { expectedRevision: 'any' });
      }
      return real(s, e, o);
    };
    const r = await ejecutor.ejecutar({ flujo: 'abonos-a', decider: abonos, comando: { importe: '5.00', numero: 0 }, contexto: ctx() });
    expect(r.estado).toEqual({ abonos: 2 });
    const vacio = await ejecutor.ejecutar({ flujo: 'abonos-a', decider: abonos, comando: { importe: '0.00', numero: 0 }, contexto: ctx() });
    expect(vacio).toMatchObject({ eventos: [], duplicado: false });
    expect((await abierto.store.readStream('abonos-a')).map((e) => e.metadata.actor.userId)).toEqual(['rival', 'cajero']);
    expect(escritos).toHaveLength(1);
  });

  it('a repeated key returns the first result to the same request and refuses another request', async () => {
    const primero = await ejecutor.ejecutar({ flujo: 'abonos-b', decider: abonos, comando: { importe: '5.00', numero: 0 }, contexto: ctx({ idempotencyKey: 'k', huellaDeSolicitud: 'h1' }) });
    const otraVez = await ejecutor.ejecutar({ flujo: 'abonos-b', decider: abonos, comando: { importe: '5.00', numero: 0 }, contexto: ctx({ idempotencyKey: 'k', huellaDeSolicitud: 'h1' }) });
    expect(otraVez.duplicado).toBe(true);
    expect(otraVez.eventos.map((e) => e.eventId)).toEqual(primero.eventos.map((e) => e.eventId));
    expect(escritos).toHaveLength(2);
    await expect(
      ejecutor.ejecutar({ flujo: 'abonos-b', decider: abonos, comando: { importe: '6.00', numero: 0 }, contexto: ctx({ idempotencyKey: 'k', huellaDeSolicitud: 'h2' }) }),
    ).rejects.toMatchObject({ codigo: 'clave-de-idempotencia-reutilizada' });
    expect(await abierto.store.readStream('abonos-b')).toHaveLength(1);
  });

  it('the consecutive option draws a number only for an accepted command, in the append\'s unit of work, and a replay draws none', async () => {
    const pedir = (importe: string, clave?: string) =>
      ejecutor.ejecutar({
        consecutivo: 'folio_recibo',
        flujo: (n: number) => `abono-${n}`,
        decider: abonos,
        comando: (numero: number) => ({ importe, numero }),
        contexto: ctx({ idempotencyKey: clave }),
      });
    await expect(pedir('-1.00')).rejects.toMatchObject({ codigo: 'importe-negativo' });
    const uno = await pedir('5.00', 'a');
    await pedir('5.00', 'a');
    const dos = await pedir('7.00');
    expect([uno.eventos[0]!.streamId, dos.eventos[0]!.streamId]).toEqual(['abono-1', 'abono-2']);
    expect(await consecutivos.ultimo('folio_recibo')).toBe(2);
    expect(await consecutivos.ultimo('serie_orden_de_pago')).toBe(0);
  });
});
