// One contract, every adapter: each adapter's spec calls describeEventStoreContract with a factory, and every
// behaviour below must hold identically on PGlite, PostgreSQL and EventStoreDB. Its parts, by concern, are in
// ./contrato (the horizon of restored stores is its own spec: test/contract/event-store.horizonte.int.spec.ts).
import { randomUUID } from 'node:crypto';
import type { EventStore } from '../src/event-store.port';
import { contratoDeAppend } from './contrato/append.contract';
import { tracking, type ContextoDeContrato, type ContractStore } from './contrato/apoyo';
import { contratoDeConcurrencia } from './contrato/concurrencia.contract';
import { contratoDeIdempotencia } from './contrato/idempotencia.contract';
import { contratoDeLecturas } from './contrato/lecturas.contract';
import { contratoDeUnidadDeTrabajo } from './contrato/unidad-de-trabajo.contract';

export { nuevoEvento, sleep, visibleHead, waitFor, type ContractStore } from './contrato/apoyo';

export function describeEventStoreContract(name: string, factory: () => Promise<ContractStore>): void {
  describe(`Contrato del event store: ${name}`, () => {
    let store: EventStore & { readonly highest: number };
    let cleanup: () => Promise<void>;
    const run = randomUUID().slice(0, 8);
    let n = 0;
    const ctx: ContextoDeContrato = {
      get store() {
        return store;
      },
      stream: (prefix = 'CreditoFiscal') => `${prefix}-${run}-${++n}`,
    };

    beforeAll(async () => {
      const opened = await factory();
      store = tracking(opened.store);
      cleanup = opened.cleanup;
    });
    afterAll(async () => {
      await cleanup?.();
    });

    contratoDeAppend(ctx);
    contratoDeUnidadDeTrabajo(ctx);
    contratoDeIdempotencia(ctx);
    contratoDeLecturas(ctx);
    contratoDeConcurrencia(ctx);
  });
}
