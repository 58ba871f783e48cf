// Read model servicios: given events, the rows each agency reads.
import { FOLIO, pagoV1, proyectar, servicioOtorgadoV1 } from '../../../../../test/support/eventos-del-registro';
import { proyeccionServicios } from './servicios.projection';
import { ServiciosQueries } from './servicios.queries';

describe('read model servicios', () => {
  it('given a service registered under the old event type, then the agency\'s row, and none for another agency', async () => {
    const db = await proyectar(proyeccionServicios, [pagoV1, servicioOtorgadoV1]);
    const q = new ServiciosQueries(db);
    expect(await q.deDependencia('SGG')).toEqual([
      expect.objectContaining({ folio_recibo: FOLIO, tipo: 'servicio-otorgado', clave_derecho: 'LD-21-III-a', fecha: '2026-03-04', receptor_nombre: 'Gloria Hernández García', registrado_por: 'sgg.registro' }),
    ]);
    expect(await q.deDependencia('SH')).toEqual([]);
    await db.close();
  });
});
