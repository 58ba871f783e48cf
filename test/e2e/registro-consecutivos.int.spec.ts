// CHP art. 38 and decisions 0202-0203 on PostgreSQL: two api instances over one database take receipt folios and
// orden de pago series concurrently, with refusals mixed in, and the numbers handed out have no gap and no repeat.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { leerFolioRecibo } from '@tesoreria/domain';
import { crearAppDePrueba } from '../support/app';
import { createTemporaryDatabase, type TemporaryDatabase } from '../support/postgres';
import { RFC, cliente } from './registro.support';

const consecutivos = (n: number, desde = 1) => Array.from({ length: n }, (_, i) => desde + i);

describe('consecutive folios and series on PostgreSQL with two api instances', () => {
  let tmp: TemporaryDatabase;
  let apps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    tmp = await createTemporaryDatabase('registro_consecutivos');
    apps = [await crearAppDePrueba({ databaseUrl: tmp.url }), await crearAppDePrueba({ databaseUrl: tmp.url })];
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await tmp?.drop();
  });

  it('concurrent orders and payments, some refused, get consecutive numbers from 1 with no gap', async () => {
    const [a, b] = apps.map(cliente);
    const t = await a.prepararUsuarios();
    const bancoEnB = await b.entrar('banco.sureste');

    const pedidas = await Promise.all(
      consecutivos(16).map((i) => (i % 2 === 0 ? a : b).pedir({ method: 'POST', url: '/api/ordenes-de-pago', payload: { claveDerecho: i % 4 === 0 ? 'LD-99-I' : 'LD-21-III-a' } })),
    );
    const emitidas = pedidas.filter((r) => r.status === 201).map((r) => r.body);
    expect(pedidas.filter((r) => r.status === 422)).toHaveLength(4);
    expect(emitidas.map((o) => o.serie as number).sort((x, y) => x - y)).toEqual(consecutivos(12));

    const pagos = await Promise.all(
      emitidas.map((orden, i) =>
        (i % 2 === 0 ? a : b).pedir({
          method: 'POST',
          url: '/api/pagos',
          token: i % 2 === 0 ? t.banco : bancoEnB,
          payload: {
            lineaDeCaptura: orden.lineaDeCaptura,
            referenciaBancaria: `PG-${i}`,
            claveDerecho: 'LD-21-III-a',
            cantidad: 1,
            contribuyente: { rfc: RFC, nombre: 'Gloria Hernández García' },
            fechaPago: orden.fechaEmision,
            // Every third payment is short: refused after the catalog lookup, before any folio is drawn.
            importe: i % 3 === 0 ? '500.00' : orden.total,
            medioDePago: 'efectivo',
            delegacion: 'XI',
          },
        }),
      ),
    );
    expect(pagos.filter((r) => r.status === 422).map((r) => r.body.codigo)).toEqual(Array(4).fill('importe-no-coincide'));
    const folios = pagos.filter((r) => r.status === 201).map((r) => leerFolioRecibo(r.body.folio).secuencia);
    expect(folios.sort((x, y) => x - y)).toEqual(consecutivos(8));
  });
});
