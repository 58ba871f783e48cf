// The credits' application layer as plain code, no Nest: an embedded store, the command cycle, the credits'
// projections under the real daemon, the use case of every act and the sweep, with the hand-checkable tables of
// test/support/entorno-de-credito.ts.
import { EjecutorDeComandos, type ContextoDeComando } from '@tesoreria/command-handling';
import type { ComandoDeCredito } from '@tesoreria/domain';
import { createEventStore, type OpenedEventStore } from '@tesoreria/event-store';
import { createProjectionDaemon, type ProjectionDaemon } from '@tesoreria/projections';
import { entornoDePrueba } from '../../../test/support/entorno-de-credito';
import { BarridoDeVencimientosHandler } from '../src/barrido/barrido-de-vencimientos.handler';
import { BarridosRegistrados } from '../src/barrido/barridos-registrados';
import { ComandoSobreCreditoHandler } from '../src/comando-sobre-credito/comando-sobre-credito.handler';
import { proyeccionesDeCreditos } from '../src/index';

export const contexto = (fechaEfecto: string, userId = 'cobranza-1'): ContextoDeComando => ({ actor: { userId, role: 'cobranza' }, correlationId: `c-${fechaEfecto}`, fechaEfecto });

export interface AplicacionDePrueba {
  readonly abierto: OpenedEventStore;
  readonly daemon: ProjectionDaemon;
  readonly creditos: ComandoSobreCreditoHandler;
  readonly barrido: BarridoDeVencimientosHandler;
  /** Runs a command as cobranza on its own legal date. */
  actuar(type: ComandoDeCredito['type'], data: Record<string, unknown>, fecha: string): ReturnType<ComandoSobreCreditoHandler['ejecutar']>;
  cerrar(): Promise<void>;
}

export async function aplicacionDePrueba(): Promise<AplicacionDePrueba> {
  const abierto = await createEventStore({ pgliteDataDir: 'memory' });
  const daemon = createProjectionDaemon({ db: abierto.db, store: abierto.store, projections: [...proyeccionesDeCreditos], pollIntervalMs: 10, lockRetryMs: 20 });
  await daemon.start();
  const creditos = new ComandoSobreCreditoHandler({ ejecutor: new EjecutorDeComandos(abierto.store), entorno: entornoDePrueba });
  const barrido = new BarridoDeVencimientosHandler({
    creditos, db: abierto.db, entorno: entornoDePrueba, registrados: new BarridosRegistrados(abierto.db), alcanzar: () => daemon.waitForCatchUp(10_000),
  });
  return {
    abierto, daemon, creditos, barrido,
    actuar: (type, data, fecha) => creditos.ejecutar({ type, data } as ComandoDeCredito, contexto(fecha)),
    cerrar: async () => {
      await daemon.stop();
      await abierto.close();
    },
  };
}
