// The one use case of every act on a credit, as plain code on an embedded store (no Nest): it writes the decider's
// events on the credit's flujo with who and the legal date, a repeated act writes nothing, and a refusal of the
// domain (naming the article and the field) writes nothing either.
import { RechazoDeDominio, flujoDeCredito } from '@tesoreria/domain';
import { aplicacionDePrueba, type AplicacionDePrueba } from '../../test/aplicacion-de-prueba';

const ID = 'CF-2025-0001';
const determinacion = {
  creditoId: ID, origen: 'liquidacion', descripcion: 'Impuesto sobre nóminas omitido', periodo: '2024-05', importeHistorico: '10000.00', delegacion: 'XI',
  fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17', contribuyente: { rfc: 'GOHG800101AB1', nombre: 'Gloria Hernández García' },
};

describe('ComandoSobreCreditoHandler (sin Nest)', () => {
  let app: AplicacionDePrueba;
  beforeAll(async () => {
    app = await aplicacionDePrueba();
  });
  afterAll(() => app.cerrar());

  it('escribe en credito-{id} lo que el decider decide, con quién y la fecha legal', async () => {
    await app.actuar('DeterminarCredito', determinacion, '2025-02-20');
    const r = await app.actuar('PracticarNotificacion', { creditoId: ID, medio: 'estrados', fecha: '2025-03-03' }, '2025-03-03');
    expect(r.eventos.map((e) => [e.streamId, e.type, e.metadata.fechaEfecto, e.metadata.actor])).toEqual([
      [flujoDeCredito(ID), 'NotificacionPracticada', '2025-03-03', { userId: 'cobranza-1', role: 'cobranza' }],
    ]);
    // Case T1 of analysis.md §3.6: estrados posted Mon 3 Mar, notified Wed 12, effective Thu 13, due Fri 25 Apr.
    expect(r.eventos[0]!.data).toMatchObject({ fechaNotificacion: '2025-03-12', fechaSurteEfectos: '2025-03-13', fechaLimitePago: '2025-04-25' });
    expect(r.estado.notificacion?.fechaLimitePago).toBe('2025-04-25');
  });

  it('el mismo acto dos veces no escribe nada la segunda', async () => {
    const otro = { ...determinacion, creditoId: 'CF-2025-0002' };
    await app.actuar('DeterminarCredito', otro, '2025-02-20');
    const otra = await app.actuar('DeterminarCredito', otro, '2025-02-20');
    expect(otra.eventos).toEqual([]);
    expect(await app.abierto.store.readStream(flujoDeCredito('CF-2025-0002'))).toHaveLength(1);
  });

  it('un rechazo del dominio nombra el campo y el artículo, y no escribe nada', async () => {
    const otro = { ...determinacion, creditoId: 'CF-2025-0003' };
    await app.actuar('DeterminarCredito', otro, '2025-02-20');
    const rechazo = await app.actuar('PracticarRequerimiento', { creditoId: 'CF-2025-0003', fecha: '2025-05-06' }, '2025-05-06').catch((e: unknown) => e);
    expect(rechazo).toBeInstanceOf(RechazoDeDominio);
    expect(rechazo).toMatchObject({ tipo: 'regla', campo: expect.any(String) });
    expect(await app.abierto.store.readStream(flujoDeCredito('CF-2025-0003'))).toHaveLength(1);
    const malId = await app.actuar('DeterminarCredito', { ...determinacion, creditoId: 'mal id' }, '2025-02-20').catch((e: unknown) => e);
    expect(malId).toMatchObject({ tipo: 'invalido', campo: 'creditoId' });
  });
});
