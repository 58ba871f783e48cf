// One vocabulary for the log (issue 10 item 3), the credits included: the registry of every context builds without
// a repeated type, and a credit event that lost its credit is refused instead of folded.
import { EventTypeRegistry } from '@tesoreria/event-store';
import { tiposDelRegistro } from '@tesoreria/registro';
import { tiposDeCreditos } from './tipos-de-eventos';

const evento = (type: string, data: Record<string, unknown>) => ({
  eventId: 'e1', type, data, streamId: 'credito-CF-2025-0001', revision: 0, position: 1,
  metadata: { schemaVersion: 1 },
}) as never;

describe('the credit ledger in the log registry', () => {
  const registro = new EventTypeRegistry([...tiposDelRegistro, ...tiposDeCreditos]);

  it('every type of the registry and the credits is unique across the log', () => {
    const tipos = registro.tipos();
    expect(new Set(tipos).size).toBe(tipos.length);
    expect(tipos).toEqual(expect.arrayContaining(['CreditoDeterminado', 'PagoAplicado', 'Embargado', 'FormatoDePagoEmitido', 'PagoRecibido']));
  });

  it('reads a credit event that names its credit, and refuses one that does not', () => {
    expect(registro.leer(evento('CreditoExigible', { creditoId: 'CF-2025-0001', fecha: '2025-04-21' }))).toBeDefined();
    expect(() => registro.leer(evento('CreditoExigible', { fecha: '2025-04-21' }))).toThrow(/creditoId/);
  });
});
