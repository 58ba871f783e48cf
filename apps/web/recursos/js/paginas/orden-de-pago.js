// The printable payment order: asked for by derecho and quantity, or reopened from its public link (serie and
// token in the address; the serie alone shows nothing).
import { $, api, error, mensaje, pesos } from '../comun.js';
import { dato } from '../componentes.js';

const params = new URLSearchParams(location.search);
if (params.get('clave')) $('claveDerecho').value = params.get('clave');
$('imprimir').addEventListener('click', () => window.print());
$('form-orden').addEventListener('submit', pedir);
if (params.get('serie')) {
  const r = await api('GET', '/api/ordenes-de-pago/' + encodeURIComponent(params.get('serie')) + '?token=' + encodeURIComponent(params.get('token') || ''));
  if (r.ok) mostrar(r.datos);
  else mensaje(error(r));
}

async function pedir(ev) {
  ev.preventDefault();
  const r = await api('POST', '/api/ordenes-de-pago', { claveDerecho: $('claveDerecho').value.trim(), cantidad: Number($('cantidad').value) });
  if (!r.ok) { $('orden').hidden = true; mensaje(error(r)); return; }
  mensaje('');
  history.replaceState(null, '', r.datos.enlace);
  mostrar(r.datos);
}

function mostrar(o) {
  $('serie').textContent = 'núm. ' + o.serie;
  $('lineaDeCaptura').textContent = o.lineaDeCaptura.replace(/(\d{4})(?=\d)/g, '$1 ');
  const dl = $('importes');
  dl.textContent = '';
  dato(dl, 'Derecho', o.claveDerecho + (o.descripcion ? ' · ' + o.descripcion : ''));
  dato(dl, 'Cantidad', String(o.cantidad));
  dato(dl, 'Importe del derecho', pesos(o.importeDerecho));
  dato(dl, 'Adicional (CHP art. 265)', o.exentoDeAdicional ? 'Exento (' + o.fundamentoAdicional + ')' : pesos(o.adicional));
  if (o.salvamentos !== '0.00') dato(dl, 'Salvamentos y servicios médicos', pesos(o.salvamentos));
  dato(dl, 'Total a pagar', pesos(o.total));
  dato(dl, 'Emitida', o.fechaEmision);
  if (o.pagada) dato(dl, 'Pagada', o.fechaPago + ' con el recibo ' + o.folioRecibo);
  $('vigencia').textContent = o.fechaVigencia;
  $('orden').hidden = false;
}
