// ROS consulta ciudadana behind several api processes: with REDIS_URL the per-IP limit is shared through Redis,
// so ten consultations spread over two instances use up the limit of both. FAILS without REDIS_URL.
import { generarFolioRecibo } from '@tesoreria/domain';
import { Redis } from 'ioredis';
import { LimitadorDeConsultas } from '../../apps/api/src/registro/consulta/limite-de-consultas';
import { dosInstanciasEnRedis } from '../support/instancias-en-redis';
import { RFC, cliente } from './registro.support';

const FOLIO = generarFolioRecibo(2026, 9_999_998);

describe('consulta ciudadana rate limit shared through Redis', () => {
  const instancias = dosInstanciasEnRedis('consulta');
  const { redisUrl } = instancias;

  it('ten consultations from one IP split over two instances exhaust the limit: the eleventh, on either, is 429', async () => {
    const [a, b] = instancias.apps.map(cliente);
    expect(instancias.apps.map((x) => x.get(LimitadorDeConsultas).almacen)).toEqual(['redis', 'redis']);
    const consulta = (c: typeof a, ip: string) => c.pedir({ method: 'GET', url: `/api/consulta?folio=${FOLIO}&identificador=${RFC}`, ip });
    const estados: number[] = [];
    for (let i = 0; i < 10; i++) estados.push((await consulta(i % 2 === 0 ? a : b, '10.9.0.1')).status);
    expect(estados).toEqual(Array(10).fill(404));
    const onceavaEnA = await consulta(a, '10.9.0.1');
    const onceavaEnB = await consulta(b, '10.9.0.1');
    expect([onceavaEnA.status, onceavaEnB.status]).toEqual([429, 429]);
    expect(onceavaEnB.body).toMatchObject({ codigo: 'demasiadas-consultas' });
    expect(onceavaEnB.headers['retry-after']).toBeDefined();
    const r = new Redis(redisUrl);
    try {
      expect((await r.keys(`${instancias.prefijo}*`)).length).toBeGreaterThan(0);
    } finally {
      await r.quit();
    }
  });
});
