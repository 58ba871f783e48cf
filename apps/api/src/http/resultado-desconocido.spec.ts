// A write the event store did not confirm (EventStoreDB deadline, issue 8 item 4) is neither a success nor a
// 500: the client is told to retry with the same key, which answers the first result if the write landed.
import { AppendOutcomeUnknownError } from '@tesoreria/event-store';
import { aProblema } from './problem-details.filter';

describe('an append whose outcome is unknown', () => {
  it('answers 503 problem resultado-desconocido in Spanish, telling the client to retry with the same key', () => {
    const p = aProblema(new AppendOutcomeUnknownError('pago-de-derecho-1', new Error('deadline exceeded')));
    expect(p).toMatchObject({ status: 503, codigo: 'resultado-desconocido' });
    expect(p.detail).toMatch(/misma clave de idempotencia/);
  });
});
