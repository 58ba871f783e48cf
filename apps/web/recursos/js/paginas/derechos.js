// The public catalog of derechos: search by text and agency; each priced derecho links to its payment order.
import { $, api, error, mensaje, pesos } from '../comun.js';
import { llenarTabla } from '../componentes.js';

const deps = await api('GET', '/api/dependencias');
for (const d of deps.datos || []) {
  const o = document.createElement('option');
  o.value = d.id;
  o.textContent = d.nombre;
  $('dependencia').appendChild(o);
}
$('form-derechos').addEventListener('submit', (ev) => { ev.preventDefault(); void buscar(); });
await buscar();

async function buscar() {
  const dependencia = $('dependencia').value;
  const r = await api('GET', '/api/derechos?limite=100&q=' + encodeURIComponent($('q').value) + (dependencia ? '&dependencia=' + encodeURIComponent(dependencia) : ''));
  if (!r.ok) { $('resultados').textContent = ''; mensaje(error(r)); return; }
  mensaje(r.datos.total + ' resultado(s).');
  llenarTabla($('resultados'), r.datos.derechos, (l) => [l.clave, l.descripcionCompleta, tarifa(l), l.dependencia, l.tarifa ? enlace(l.clave) : '']);
}

function tarifa(l) {
  if (l.tarifa) return pesos(l.tarifa) + (l.unidadDeCobro ? ' por ' + l.unidadDeCobro : '');
  return l.porcentaje ? l.porcentaje + ' % de ' + l.basePorcentaje : '';
}

function enlace(clave) {
  const a = document.createElement('a');
  a.href = '/orden-de-pago?clave=' + encodeURIComponent(clave);
  a.textContent = 'Orden de pago';
  return a;
}
