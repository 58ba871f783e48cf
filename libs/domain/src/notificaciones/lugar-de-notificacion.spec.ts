import { exigirLugarDeNotificacionValido, lugarDeNotificacionValido } from './lugar-de-notificacion';

describe('CHP art. 109: lugar de la notificación', () => {
  it('CHP art. 109 ¶1: en las oficinas vale si el interesado se presenta, no si se entrega a un tercero', () => {
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'oficinas-de-la-autoridad' }, medio: 'personal', seEntendioCon: { calidad: 'interesado' } })).toMatchObject({ valido: true, fundamento: 'CHP art. 109 ¶1' });
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'oficinas-de-la-autoridad' }, medio: 'personal', seEntendioCon: { calidad: 'tercero' } }).valido).toBe(false);
  });

  it('CHP art. 109 ¶1: sólo el último domicilio señalado al Registro Estatal de Contribuyentes', () => {
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'domicilio-registro-estatal', esElUltimoSenalado: true }, medio: 'correo-certificado' }).valido).toBe(true);
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'domicilio-registro-estatal', esElUltimoSenalado: false }, medio: 'personal', seEntendioCon: { calidad: 'tercero' } }).valido).toBe(false);
  });

  it('CHP art. 109 ¶1: el domicilio fiscal del art. 19 vale aunque reciba un tercero', () => {
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'domicilio-fiscal' }, medio: 'personal', seEntendioCon: { calidad: 'tercero' } }).valido).toBe(true);
  });

  it('CHP art. 109 ¶1: el domicilio designado en un procedimiento sólo vale para sus propias actuaciones', () => {
    const lugar = { tipo: 'domicilio-designado', procedimiento: 'recurso de revocación RR-12/2025' } as const;
    expect(lugarDeNotificacionValido({ lugar, medio: 'personal', seEntendioCon: { calidad: 'tercero' }, procedimientoDelActo: 'recurso de revocación RR-12/2025' }).valido).toBe(true);
    expect(lugarDeNotificacionValido({ lugar, medio: 'personal', seEntendioCon: { calidad: 'tercero' }, procedimientoDelActo: 'PAE-33/2025' }).valido).toBe(false);
  });

  it('CHP art. 109 ¶2: la notificación personal con quien debía entenderse vale en cualquier lugar', () => {
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'otro' }, medio: 'personal', seEntendioCon: { calidad: 'representante-legal' } })).toMatchObject({ valido: true, fundamento: 'CHP art. 109 ¶2' });
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'otro' }, medio: 'personal', seEntendioCon: { calidad: 'tercero' } }).valido).toBe(false);
  });

  it('CHP art. 109 ¶3: una sociedad en liquidación se notifica con cualquiera de sus liquidadores, no con otro', () => {
    const liquidadores = ['Luis Gómez', 'Marta Ruiz'];
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'otro' }, medio: 'personal', seEntendioCon: { calidad: 'liquidador', nombre: 'Marta Ruiz' }, liquidadores })).toMatchObject({ valido: true, fundamento: 'CHP art. 109 ¶2 y ¶3' });
    expect(lugarDeNotificacionValido({ lugar: { tipo: 'domicilio-fiscal' }, medio: 'personal', seEntendioCon: { calidad: 'liquidador', nombre: 'Pedro Sol' }, liquidadores })).toMatchObject({ valido: false, fundamento: 'CHP art. 109 ¶3' });
  });

  it('CHP art. 109: exigir el lugar rechaza con 422 nombrando el campo lugar', () => {
    expect(() => exigirLugarDeNotificacionValido({ lugar: { tipo: 'otro' }, medio: 'correo-ordinario' })).toThrow(expect.objectContaining({ tipo: 'regla', codigo: 'lugar-de-notificacion-invalido', campo: 'lugar' }));
    expect(() => lugarDeNotificacionValido({ lugar: { tipo: 'playa' } as never, medio: 'personal' })).toThrow(expect.objectContaining({ tipo: 'invalido', campo: 'lugar.tipo' }));
  });
});
