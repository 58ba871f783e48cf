import { evaluarBloqueo, exigirCuentaNoBloqueada } from './bloqueo';
import { problemasDeContrasena, validarContrasena } from './contrasena';
import { esRol, exigirPermiso, puedeEjecutar } from './roles';
import { evaluarSesion, renovarSesion } from './sesion';
import { rechazoDe } from '../../../../test/support/decider-spec';

describe('Password policy (ROS: "Debe tener entre 8 y 20 caracteres")', () => {
  it('ROS: accepts passwords of 8 and of 20 characters', () => {
    expect(problemasDeContrasena('Chiapas1')).toEqual([]);
    expect(problemasDeContrasena('Tuxtla2026Gutierrez!')).toEqual([]);
  });

  it('ROS: refuses 7 and 21 characters, counting accented letters as one character', () => {
    expect(problemasDeContrasena('Chiap1s'.slice(0, 7))).toContain('Debe tener entre 8 y 20 caracteres.');
    expect(problemasDeContrasena('Tuxtla2026Gutierrez!x')).toContain('Debe tener entre 8 y 20 caracteres.');
    expect(problemasDeContrasena('Ñandú123')).toEqual([]);
  });

  it('refuses a password without a digit, or one that contains the user name, as contrasena-invalida (422)', () => {
    expect(rechazoDe(() => validarContrasena('soloLetras'))).toMatchObject({ tipo: 'regla', codigo: 'contrasena-invalida', campo: 'contrasena' });
    expect(problemasDeContrasena('xjperez2026', { usuario: 'JPerez' })).toEqual(['No puede contener el nombre de usuario.']);
  });

  it('issue 9, item 15: refuses spaces anywhere, a repeated character, and what the caller calls common, naming the field', () => {
    expect(problemasDeContrasena('Chiapas 2026')).toEqual(['No puede contener espacios.']);
    expect(problemasDeContrasena('Chiapas\u00a02026')).toEqual(['No puede contener espacios.']);
    expect(problemasDeContrasena('aaaaaaa1')).toEqual(['Debe tener al menos 5 caracteres distintos (no un mismo carácter repetido).']);
    expect(problemasDeContrasena('AbAbAbAb12')).toHaveLength(1);
    expect(problemasDeContrasena('Chiapas2026', { esComun: (c) => c === 'Chiapas2026' })).toEqual(['Es una de las contraseñas más usadas; elija otra.']);
    const rechazo = rechazoDe(() => validarContrasena('Chiapas 2026', { campo: 'contrasenaNueva' }));
    expect(rechazo).toMatchObject({ tipo: 'regla', codigo: 'contrasena-invalida', campo: 'contrasenaNueva' });
    expect(rechazo.message).toMatch(/^La contraseña nueva no cumple la política: No puede contener espacios\. \(contrasenaNueva\)$/);
  });
});

describe('Lock-out after failed logins (decision 0205: 5 within 15 minutes)', () => {
  const fallidos = ['2026-03-10T10:00:00Z', '2026-03-10T10:01:00Z', '2026-03-10T10:02:00Z', '2026-03-10T10:03:00Z'];

  it('four failures leave one attempt', () => {
    expect(evaluarBloqueo(fallidos, '2026-03-10T10:04:00Z')).toEqual({ bloqueado: false, intentosRestantes: 1 });
  });

  it('the fifth failure within 15 minutes locks the account until the first of the five leaves the window', () => {
    expect(evaluarBloqueo([...fallidos, '2026-03-10T10:04:00Z'], '2026-03-10T10:04:00Z')).toEqual({ bloqueado: true, hasta: '2026-03-10T10:15:00Z' });
    expect(evaluarBloqueo([...fallidos, '2026-03-10T10:04:00Z'], '2026-03-10T10:15:00Z')).toEqual({ bloqueado: false, intentosRestantes: 1 });
  });

  it('failures spread over more than 15 minutes do not lock', () => {
    expect(evaluarBloqueo([...fallidos, '2026-03-10T10:16:00Z'], '2026-03-10T10:16:00Z')).toEqual({ bloqueado: false, intentosRestantes: 2 });
  });

  it('a locked account is refused as cuenta-bloqueada (403) with the instant it unlocks', () => {
    const r = rechazoDe(() => exigirCuentaNoBloqueada([...fallidos, '2026-03-10T10:04:00Z'], '2026-03-10T10:05:00Z'));
    expect(r).toMatchObject({ tipo: 'acceso', codigo: 'cuenta-bloqueada', campo: 'usuario', detalles: { hasta: '2026-03-10T10:15:00Z' } });
  });
});

describe('Session expiry (decision 0205: 30 minutes idle, 8 hours at most)', () => {
  const sesion = { iniciada: '2026-03-10T08:00:00Z', ultimaActividad: '2026-03-10T08:10:00Z' };

  it('a session is valid until 30 minutes after the last activity', () => {
    expect(evaluarSesion(sesion, '2026-03-10T08:39:59Z')).toEqual({ vigente: true, expira: '2026-03-10T08:40:00Z' });
    expect(evaluarSesion(sesion, '2026-03-10T08:40:00Z')).toEqual({ vigente: false, motivo: 'inactividad', expiro: '2026-03-10T08:40:00Z' });
  });

  it('activity never extends a session beyond 8 hours from login', () => {
    const activa = { iniciada: '2026-03-10T08:00:00Z', ultimaActividad: '2026-03-10T15:50:00Z' };
    expect(evaluarSesion(activa, '2026-03-10T15:55:00Z')).toEqual({ vigente: true, expira: '2026-03-10T16:00:00Z' });
    expect(evaluarSesion(activa, '2026-03-10T16:00:00Z')).toEqual({ vigente: false, motivo: 'duracion-maxima', expiro: '2026-03-10T16:00:00Z' });
    expect(renovarSesion(activa, '2026-03-10T16:00:01Z')).toBeNull();
    expect(renovarSesion(sesion, '2026-03-10T08:20:00Z')).toEqual({ iniciada: '2026-03-10T08:00:00Z', ultimaActividad: '2026-03-10T08:20:00Z' });
  });
});

describe('Roles and who may send which command (ROS)', () => {
  it('ROS: only an agency registers services; banks report payments; anyone may ask for a payment order', () => {
    expect(puedeEjecutar('dependencia', 'RegistrarServicio')).toBe(true);
    expect(puedeEjecutar('banco', 'RegistrarServicio')).toBe(false);
    expect(puedeEjecutar('banco', 'RecibirPago')).toBe(true);
    expect(puedeEjecutar(null, 'EmitirOrdenDePago')).toBe(true);
    expect(puedeEjecutar('auditor', 'RecibirPago')).toBe(false);
  });

  it('a role without permission is refused as rol-sin-permiso (403)', () => {
    expect(rechazoDe(() => exigirPermiso('auditor', 'RegistrarServicio'))).toMatchObject({ tipo: 'acceso', codigo: 'rol-sin-permiso' });
    expect(esRol('direccion')).toBe(true);
    expect(esRol('ciudadano')).toBe(false);
  });
});
