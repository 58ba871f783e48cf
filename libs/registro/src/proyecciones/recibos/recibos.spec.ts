// Read model recibos: given events, the rows (and what the queries return).
import { FOLIO, ordenEmitida, pagoDeFormato, pagoV1, proyectar, servicioOtorgadoV1 } from '../../../../../test/support/eventos-del-registro';
import type { AlcanceDeLectura } from '../alcance';
import { proyeccionRecibos } from './recibos.projection';
import { RecibosQueries } from './recibos.queries';

const sinEspera = { alcanzar: async () => undefined } as unknown as AlcanceDeLectura;

describe('read model recibos', () => {
  it('given an orden paid (v1 log) and its service registered (old type), then one receipt, otorgado, found by folio and RFC', async () => {
    const db = await proyectar(proyeccionRecibos, [ordenEmitida, pagoV1, servicioOtorgadoV1]);
    const q = new RecibosQueries(db, sinEspera);
    expect(await q.recibo(FOLIO)).toMatchObject({
      folio: FOLIO, serie_orden: '1', clave_derecho: 'LD-21-III-a', importe_derecho: '100.00', adicional: '6.00', importe_total: '106.00',
      rfc: 'HEGG850101AB1', fecha_pago: '2026-03-03', estado_servicio: 'otorgado', fecha_otorgamiento: '2026-03-04', dependencia_otorgante: 'SGG',
      registrado_por: 'banco.sureste',
    });
    expect((await q.reciboDelContribuyente(FOLIO, 'HEGG850101AB1'))?.folio).toBe(FOLIO);
    expect(await q.reciboDelContribuyente(FOLIO, 'OTRO850101AB1')).toBeNull();
    await db.close();
  });

  it('given a credit\'s formato de pago paid at a bank, then no receipt of a derecho, and no failure', async () => {
    const db = await proyectar(proyeccionRecibos, [pagoDeFormato]);
    expect((await db.query('SELECT count(*)::int AS n FROM registro_recibos')).rows).toEqual([{ n: 0 }]);
    await db.close();
  });
});
