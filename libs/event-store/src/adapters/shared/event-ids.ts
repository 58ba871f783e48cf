// Event ids. An append with an idempotency key gets ids derived from the key (RFC 9562 version 5, SHA-1 over a
// namespace and a name), so a retried command produces the same ids: EventStoreDB then recognises the events.
import { createHash, randomUUID } from 'node:crypto';

/** Namespace of this project's derived ids (a fixed random UUID, never to change: ids already stored use it). */
const NAMESPACE = Buffer.from('6f1c2a3e9b7d4c0e8a5f2d1b3c4e5f60', 'hex');

function formatUuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Version-5 UUID for a name inside this project's namespace. */
export function uuidV5(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  return formatUuid(hash);
}

/** The id of the index-th event of the append made under idempotency key `key`. */
export function idempotentEventId(key: string, index: number): string {
  return uuidV5(`event:${index}:${key}`);
}

/** Ids for the events of one append: derived from the key when there is one, random otherwise. */
export function eventIdsFor(count: number, idempotencyKey?: string): string[] {
  return Array.from({ length: count }, (_, i) => (idempotencyKey === undefined ? randomUUID() : idempotentEventId(idempotencyKey, i)));
}
