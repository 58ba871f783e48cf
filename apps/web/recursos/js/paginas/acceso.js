// Agencies' log-in (ROS): user and a password of 8-20 characters, checked here before asking the server.
import { $, api, error, mensaje } from '../comun.js';

$('form-acceso').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const usuario = $('usuario').value.trim();
  const contrasena = $('contrasena').value;
  if (!usuario) { mensaje('Escriba su nombre de usuario.'); $('usuario').focus(); return; }
  if (contrasena.length < 8 || contrasena.length > 20) { mensaje('La contraseña debe tener entre 8 y 20 caracteres.'); $('contrasena').focus(); return; }
  const r = await api('POST', '/api/sesiones', { usuario, contrasena });
  // Cobranza works the credits (issue 11); the agencies register services.
  if (r.ok) { location.href = r.datos && r.datos.rol === 'cobranza' ? '/cobranza/creditos' : '/dependencias/servicios'; return; }
  mensaje(error(r));
});
