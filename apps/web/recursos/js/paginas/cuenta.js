// An agency user changes their own password (decision 0205): current one, new one twice, 8-20 characters.
import { $, aAcceso, api, error, mensaje, sesionOAcceso } from '../comun.js';

const sesion = await sesionOAcceso();
if (sesion) {
  $('sesion').textContent = `Sesión de ${sesion.nombre} (${sesion.usuario}).`;
  $('form-cuenta').addEventListener('submit', cambiar);
}

function invalido(id, texto) {
  mensaje(texto);
  $(id).focus();
}

async function cambiar(ev) {
  ev.preventDefault();
  const actual = $('contrasenaActual').value;
  const nueva = $('contrasenaNueva').value;
  if (actual.length < 8 || actual.length > 20) return invalido('contrasenaActual', 'La contraseña actual debe tener entre 8 y 20 caracteres.');
  if (nueva.length < 8 || nueva.length > 20) return invalido('contrasenaNueva', 'La contraseña nueva debe tener entre 8 y 20 caracteres.');
  if (nueva !== $('contrasenaConfirmacion').value) return invalido('contrasenaConfirmacion', 'La confirmación no coincide con la contraseña nueva.');
  const r = await api('PUT', '/api/sesiones/actual/contrasena', { contrasenaActual: actual, contrasenaNueva: nueva });
  if (r.status === 204) { $('form-cuenta').reset(); mensaje('Su contraseña se cambió. Úsela la próxima vez que inicie sesión.', 'exito'); return; }
  if (r.status === 401) { aAcceso(); return; }
  mensaje(error(r));
}
