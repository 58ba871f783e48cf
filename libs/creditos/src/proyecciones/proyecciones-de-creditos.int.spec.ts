// The credits' read models under the projection engine itself (checkpoints, batches that mix streams, rebuild):
// every projection of `proyeccionesDeCreditos` follows the log without an incident, and a rebuild from zero ends
// with the same rows, table for table.
import { PgliteDatabase } from '@tesoreria/event-store';
import { createProjectionDaemon } from '@tesoreria/projections';
import { FakeEventStore } from '../../../projections/test/fake-event-store';
import { volcar } from '../../test/proyeccion-de-prueba';
import { CON_CHEQUE, SUSPENDIDO, bitacoraDeCreditos, vidaConCheque, vidaSuspendida } from '../../test/vidas';
import { proyeccionesDeCreditos } from '../index';

it('el motor proyecta los créditos por lotes sin incidentes, y reconstruidos desde cero quedan iguales', async () => {
  const db = await PgliteDatabase.open();
  const store = new FakeEventStore();
  for (const e of bitacoraDeCreditos().registrar(SUSPENDIDO, vidaSuspendida(true)).registrar(CON_CHEQUE, vidaConCheque).eventos) {
    await store.appendToStream(e.streamId, [{ type: e.type, data: e.data, metadata: { actor: e.metadata.actor, correlationId: e.metadata.correlationId, fechaEfecto: e.metadata.fechaEfecto } }], { expectedRevision: 'any' });
  }
  const daemon = createProjectionDaemon({ db, store, projections: [...proyeccionesDeCreditos], batchSize: 4, pollIntervalMs: 10, lockRetryMs: 20 });
  try {
    await daemon.start();
    await daemon.waitForCatchUp(20000);
    const vivas = await Promise.all(proyeccionesDeCreditos.map((p) => volcar(db, p)));
    expect(vivas.map((t) => Object.values(t).map((filas) => filas.length))).toEqual([[6, 3, 36], [6], [6], [6, 3], [6]]);
    for (const p of proyeccionesDeCreditos) {
      expect(await daemon.incidents(p.name)).toEqual([]);
      await daemon.rebuild(p.name);
    }
    await daemon.waitForCatchUp(20000);
    expect(await Promise.all(proyeccionesDeCreditos.map((p) => volcar(db, p)))).toEqual(vivas);
  } finally {
    await daemon.stop();
    await db.close();
  }
});
