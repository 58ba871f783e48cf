// Issue 9, item 10, behind several api processes: with REDIS_URL the per-client limit of anonymous writes is shared
// through Redis, so orders spread over two instances use up one count. FAILS without REDIS_URL.
import { dosInstanciasEnRedis } from '../support/instancias-en-redis';

describe('anonymous write limit shared through Redis', () => {
  let previo: string | undefined;
  beforeAll(() => {
    previo = process.env.REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO;
    process.env.REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO = '6';
  });
  afterAll(() => {
    if (previo === undefined) delete process.env.REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO;
    else process.env.REGISTRO_ESCRITURAS_ANONIMAS_POR_MINUTO = previo;
  });
  const instancias = dosInstanciasEnRedis('escrituras');

  it('six orders from one address split over two instances exhaust the limit: the seventh, on either, is 429', async () => {
    const ordenar = (i: number) =>
      instancias.apps[i % 2].inject({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: 'LD-21-III-a' }, remoteAddress: '10.30.0.1' });
    const estados: number[] = [];
    for (let i = 0; i < 6; i++) estados.push((await ordenar(i)).statusCode);
    expect(estados).toEqual(Array(6).fill(201));
    const [enA, enB] = [await ordenar(0), await ordenar(1)];
    expect([enA.statusCode, enB.statusCode]).toEqual([429, 429]);
    expect(enB.json()).toMatchObject({ codigo: 'demasiadas-solicitudes' });
    expect(enB.headers['retry-after']).toBeDefined();
  });
});
