// An agency registers the services it granted against paid receipts (LD art. 5) and sees its own log.
import { $, aAcceso, api, error, mensaje, pesos, sesionOAcceso } from '../comun.js';
import { campoDeFecha, llenarTabla } from '../componentes.js';

const ACTOS = {
  'servicio-otorgado': 'Servicio otorgado',
  'constancia-de-no-prestacion': 'Constancia de no prestación',
  'orden-de-autorizacion-de-cobro': 'Orden de autorización de cobro',
};

const sesion = await sesionOAcceso();
if (sesion) await iniciar(sesion);

async function iniciar(sesion) {
  $('sesion').textContent = sesion.rol !== 'dependencia'
    ? `Su usuario (${sesion.usuario}, rol ${sesion.rol}) no registra servicios: esta sección es de las dependencias.`
    : `Sesión de ${sesion.nombre} (${sesion.usuario}), dependencia ${sesion.dependencia}.`;
  campoDeFecha($('fechaOtorgamiento'));
  $('salir').addEventListener('click', async () => { await api('DELETE', '/api/sesiones'); aAcceso(); });
  if (sesion.dependencia) await sugerirDerechos(sesion.dependencia);
  await listar();
  $('form-servicio').addEventListener('submit', registrar);
}

async function sugerirDerechos(dependencia) {
  const d = await api('GET', '/api/derechos?limite=200&dependencia=' + encodeURIComponent(dependencia));
  for (const l of (d.datos && d.datos.derechos) || []) {
    const o = document.createElement('option');
    o.value = l.clave;
    o.label = l.clave + ' · ' + l.descripcionCompleta.slice(0, 90);
    $('derechos-de-la-dependencia').appendChild(o);
  }
}

async function listar() {
  const r = await api('GET', '/api/servicios');
  if (!r.ok) { llenarTabla($('registros'), [error(r)], (t) => [t]); return; }
  llenarTabla($('registros'), r.datos.registros, (x) => [
    x.folioRecibo, ACTOS[x.tipo] || x.tipo, x.claveDerecho, x.fecha, x.receptor ? x.receptor.nombre : (x.motivo || pesos(x.importe)), x.registradoPor,
  ], 'Su dependencia aún no tiene registros.');
}

async function registrar(ev) {
  ev.preventDefault();
  const cuerpo = {
    folioRecibo: $('folioRecibo').value.trim().toUpperCase(),
    claveDerecho: $('claveDerecho').value.trim(),
    fechaOtorgamiento: $('fechaOtorgamiento').value,
    receptor: { nombre: $('receptorNombre').value.trim() },
  };
  const identificacion = $('receptorIdentificacion').value.trim();
  if (identificacion) cuerpo.receptor.identificacion = identificacion;
  const r = await api('POST', '/api/servicios', cuerpo);
  if (r.status === 201) { mensaje('Servicio registrado con el recibo ' + r.datos.folioRecibo + '.', 'exito'); $('form-servicio').reset(); campoDeFecha($('fechaOtorgamiento')); }
  else if (r.status === 200) mensaje('Ese mismo registro ya existía; no se registró nada nuevo.', 'exito');
  else if (r.status === 401) { aAcceso(); return; }
  else mensaje(error(r));
  await listar();
}
