// Read model recaudación por Delegación (CHP art. 101): given payments, the sums by delegación and date.
import { pagoDeFormato, pagoV1, proyectar, type Dado } from '../../../../../test/support/eventos-del-registro';
import { proyeccionRecaudacionPorDelegacion } from './recaudacion-por-delegacion.projection';
import { RecaudacionPorDelegacionQueries } from './recaudacion-por-delegacion.queries';

const otroPago: Dado = { ...pagoV1, data: { ...pagoV1.data, folio: 'RO-2026-00000003-3', serieOrden: 2, importeDerecho: '50.00', adicional: '3.00', importeTotal: '53.00' } };

describe('read model recaudación por Delegación', () => {
  it('given two payments of derechos and a credit\'s payment the same day, then the derechos collected, without the credit\'s', async () => {
    const db = await proyectar(proyeccionRecaudacionPorDelegacion, [pagoV1, pagoDeFormato, otroPago]);
    expect(await new RecaudacionPorDelegacionQueries(db).entre('2026-03-01', '2026-03-31')).toEqual([
      { delegacion: 'I', fecha_pago: '2026-03-03', pagos: 2, importe_derecho: '150.00', adicional: '9.00', salvamentos: '0.00', total: '159.00' },
    ]);
    await db.close();
  });
});
