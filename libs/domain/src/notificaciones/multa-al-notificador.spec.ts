import { crearTablaFechada } from '../comun/tabla-fechada';
import { multaAlNotificador } from './multa-al-notificador';

const tabla = crearTablaFechada('multa-al-notificador', [
  { desde: '2020-01-01', hasta: '2024-12-31', valor: '600.00', fuente: 'texto anterior (ficticio para la prueba)', verificada: false },
  { desde: '2025-01-01', valor: '750.00', fuente: 'CHP art. 110, texto vigente', verificada: true },
]);

describe('CHP art. 110: multa al notificador', () => {
  it('CHP art. 110: la notificación ilegal dejada sin efecto causa la multa vigente, explicada', () => {
    expect(multaAlNotificador({ fechaNotificacion: '2025-03-03', fechaEnQueSeDejoSinEfecto: '2025-05-20', practicadaIlegalmente: true }, tabla)).toEqual({
      importe: '750.00', advertencias: [],
      desglose: [{ concepto: 'Multa al notificador', articulo: 'CHP art. 110', importe: '750.00', detalle: expect.stringContaining('2025-03-03') }],
    });
  });

  it('CHP art. 110: el monto es el vigente el día en que se practicó la notificación, no el de la anulación', () => {
    const r = multaAlNotificador({ fechaNotificacion: '2024-12-30', fechaEnQueSeDejoSinEfecto: '2025-02-10', practicadaIlegalmente: true }, tabla);
    expect(r.importe).toBe('600.00');
    expect(r.advertencias).toHaveLength(1);
  });

  it('CHP art. 110: sin ilegalidad no hay multa y el rechazo nombra el campo', () => {
    expect(() => multaAlNotificador({ fechaNotificacion: '2025-03-03', fechaEnQueSeDejoSinEfecto: '2025-03-10', practicadaIlegalmente: false }, tabla))
      .toThrow(expect.objectContaining({ tipo: 'regla', codigo: 'notificacion-no-ilegal', campo: 'practicadaIlegalmente', fundamento: 'CHP art. 110' }));
  });

  it('CHP art. 110: una anulación anterior a la notificación es un valor inválido', () => {
    expect(() => multaAlNotificador({ fechaNotificacion: '2025-03-03', fechaEnQueSeDejoSinEfecto: '2025-03-01', practicadaIlegalmente: true }, tabla))
      .toThrow(expect.objectContaining({ tipo: 'invalido', campo: 'fechaEnQueSeDejoSinEfecto' }));
  });

  it('CHP art. 110: antes de la primera fila de la tabla no hay monto vigente', () => {
    expect(() => multaAlNotificador({ fechaNotificacion: '2019-06-03', fechaEnQueSeDejoSinEfecto: '2019-07-01', practicadaIlegalmente: true }, tabla))
      .toThrow(expect.objectContaining({ codigo: 'parametro-no-vigente' }));
  });
});
