import { crearCalendario } from './calendario';
import { fechaDeNotificacionPorBuzon, fechaDeNotificacionPorEdictos, fechaEnQueSurteEfectos, notificacionPorEstrados } from './notificaciones';

const cal = crearCalendario([
  { fecha: '2025-04-17', motivo: 'Jueves Santo', fundamento: 'CHP art. 21', clase: 'semana-santa' },
  { fecha: '2025-04-18', motivo: 'Viernes Santo', fundamento: 'CHP art. 21', clase: 'semana-santa' },
]);

describe('CHP arts. 107-108: notificaciones', () => {
  it('CHP art. 108: la notificación hecha un viernes surte efectos el lunes', () => {
    expect(fechaEnQueSurteEfectos(cal, '2025-06-06')).toBe('2025-06-09');
  });

  it('CHP art. 108: la notificación del miércoles santo surte efectos el lunes siguiente', () => {
    expect(fechaEnQueSurteEfectos(cal, '2025-04-16')).toBe('2025-04-21');
  });

  it('CHP art. 108: la manifestación anterior de conocer el acto surte efectos desde esa fecha', () => {
    expect(fechaEnQueSurteEfectos(cal, '2025-06-06', '2025-06-05')).toBe('2025-06-05');
    expect(fechaEnQueSurteEfectos(cal, '2025-06-06', '2025-06-10')).toBe('2025-06-09');
  });

  it('CHP art. 107 I: sin apertura, el buzón tributario notifica al cuarto día hábil desde el siguiente al aviso', () => {
    // Aviso Wed 2025-06-04: Thu 5 (1), Fri 6 (2), Mon 9 (3), Tue 10 (4).
    expect(fechaDeNotificacionPorBuzon(cal, '2025-06-04')).toBe('2025-06-10');
  });

  it('CHP art. 107 I: si abre el documento dentro de los tres días, esa es la fecha de notificación', () => {
    expect(fechaDeNotificacionPorBuzon(cal, '2025-06-04', '2025-06-06')).toBe('2025-06-06');
    expect(fechaDeNotificacionPorBuzon(cal, '2025-06-04', '2025-06-20')).toBe('2025-06-10');
    expect(() => fechaDeNotificacionPorBuzon(cal, '2025-06-04', '2025-06-01')).toThrow(/fechaApertura/);
  });

  it('CHP art. 107 III: por estrados, la fecha de notificación es el séptimo día desde el siguiente a la fijación', () => {
    // Fijado Mon 2025-06-02: 3,4,5,6 (4), 9,10,11 (7), 12,13 (9), 16 (10).
    expect(notificacionPorEstrados(cal, '2025-06-02')).toEqual({ fechaNotificacion: '2025-06-11', finDeFijacion: '2025-06-16' });
  });

  it('CHP art. 107 IV: por edictos, la fecha de notificación es la de la última publicación', () => {
    expect(fechaDeNotificacionPorEdictos(['2025-03-05', '2025-03-19', '2025-03-12'])).toBe('2025-03-19');
    expect(() => fechaDeNotificacionPorEdictos([])).toThrow(/publicaciones/);
  });
});
