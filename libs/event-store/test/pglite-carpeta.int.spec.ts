// `npm ci && npm start` on a fresh clone: PGlite must create its data folder (and its parents) and keep the
// events across a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEventStore } from '@tesoreria/event-store';

describe('PGlite data folder', () => {
  const raiz = mkdtempSync(path.join(tmpdir(), 'tesoreria-pglite-'));
  afterAll(() => rmSync(raiz, { recursive: true, force: true }));

  it('is created with its missing parents on first start, and the events survive a reopen', async () => {
    const carpeta = path.join(raiz, 'data', 'pglite');
    const primera = await createEventStore({ pgliteDataDir: carpeta });
    await primera.store.appendToStream(
      'prueba-1',
      [{ type: 'PruebaRegistrada', data: { importe: '10.00' }, metadata: { actor: { userId: 'u', role: 'admin' }, correlationId: 'c', fechaEfecto: '2026-01-02' } }],
      { expectedRevision: 'no_stream' },
    );
    await primera.close();
    const segunda = await createEventStore({ pgliteDataDir: carpeta });
    const eventos = await segunda.store.readStream('prueba-1');
    expect(eventos.map((e) => [e.type, e.data])).toEqual([['PruebaRegistrada', { importe: '10.00' }]]);
    await segunda.close();
  });
});
