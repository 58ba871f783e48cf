// Read model órdenes de pago: given events, the rows.
import { FOLIO, ordenEmitida, pagoDeFormato, pagoV1, proyectar } from '../../../../../test/support/eventos-del-registro';
import { proyeccionOrdenesDePago } from './ordenes-de-pago.projection';
import { OrdenesDePagoQueries } from './ordenes-de-pago.queries';

describe('read model órdenes de pago', () => {
  it('given an issued order, then its amounts as issued and no payment', async () => {
    const db = await proyectar(proyeccionOrdenesDePago, [ordenEmitida]);
    expect(await new OrdenesDePagoQueries(db).orden(1)).toMatchObject({ serie: '1', total: '106.00', fecha_vigencia: '2026-03-17', folio_recibo: null, fecha_pago: null });
    await db.close();
  });

  it('given its payment (v1 log) and a credit\'s payment, then the order is paid by its own receipt only', async () => {
    const db = await proyectar(proyeccionOrdenesDePago, [ordenEmitida, pagoDeFormato, pagoV1]);
    expect(await new OrdenesDePagoQueries(db).orden(1)).toMatchObject({ folio_recibo: FOLIO, fecha_pago: '2026-03-03' });
    await db.close();
  });
});
