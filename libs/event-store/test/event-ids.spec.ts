// Event ids derived from an idempotency key: the same command retried yields the same ids (EventStoreDB dedups).
import { eventIdsFor, idempotentEventId, uuidV5 } from '../src/adapters/shared/event-ids';

describe('event ids', () => {
  it('derives the same version-5 UUID from the same key and index, and different ones otherwise', () => {
    const a = idempotentEventId('ref-bancaria-001', 0);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotentEventId('ref-bancaria-001', 0)).toBe(a);
    expect(idempotentEventId('ref-bancaria-001', 1)).not.toBe(a);
    expect(idempotentEventId('ref-bancaria-002', 0)).not.toBe(a);
    expect(uuidV5('x')).toBe(uuidV5('x'));
  });

  it('uses random ids when the append has no key', () => {
    const [x, y] = eventIdsFor(2);
    expect(x).not.toBe(y);
    expect(eventIdsFor(2, 'k')).toEqual([idempotentEventId('k', 0), idempotentEventId('k', 1)]);
  });
});
