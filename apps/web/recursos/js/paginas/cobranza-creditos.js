// The list of credits for cobranza, auditoría and dirección: filters by Delegación, stage, RFC and exigibility, 50 to
// a page unless the address asks for another `limite` (GET /api/creditos). The filters live in the page's address, so a
// filtered list can be bookmarked or printed.
import { $, api, error, mensaje, pesos } from '../comun.js';
import { llenarTabla } from '../componentes.js';
import { ETAPAS, aContribuyente, aCredito, etapa, sesionDeCobranza } from '../cobranza.js';

const LIMITE = Math.min(500, Math.max(1, Number(new URLSearchParams(location.search).get('limite')) || 50));
const FILTROS = ['delegacion', 'etapa', 'rfc', 'exigible'];

if (await sesionDeCobranza()) iniciar();

function iniciar() {
  for (const [clave, nombre] of Object.entries(ETAPAS)) $('etapa').append(new Option(nombre, clave));
  const enLaDireccion = new URLSearchParams(location.search);
  for (const f of FILTROS) $(f).value = enLaDireccion.get(f) || '';
  $('form-filtros').addEventListener('submit', (ev) => { ev.preventDefault(); listar(0); });
  $('anterior').addEventListener('click', () => listar(Math.max(0, desde() - LIMITE)));
  $('siguiente').addEventListener('click', () => listar(desde() + LIMITE));
  listar(desde());
}

function desde() {
  return Number(new URLSearchParams(location.search).get('desplazamiento')) || 0;
}

async function listar(desplazamiento) {
  const q = new URLSearchParams();
  for (const f of FILTROS) {
    const v = $(f).value.trim();
    if (v) q.set(f, f === 'rfc' ? v.toUpperCase() : v);
  }
  if (desplazamiento) q.set('desplazamiento', String(desplazamiento));
  if (LIMITE !== 50) q.set('limite', String(LIMITE));
  history.replaceState(null, '', '?' + q.toString());
  q.set('limite', String(LIMITE));
  const r = await api('GET', '/api/creditos?' + q.toString());
  if (!r.ok) { mensaje(error(r)); return; }
  mensaje('');
  const { total, creditos } = r.datos;
  llenarTabla($('creditos'), creditos, (c) => [
    aCredito(c.creditoId),
    c.contribuyente.rfc ? aContribuyente(c.contribuyente.rfc, `${c.contribuyente.nombre} (${c.contribuyente.rfc})`) : `${c.contribuyente.nombre} (${c.contribuyente.curp})`,
    c.delegacion,
    `${c.descripcion} · ${c.periodo}`,
    { texto: pesos(c.importeHistorico), clase: 'importe' },
    etapa(c.etapa),
    c.etapaDesde,
    c.exigible ? 'Sí' : 'No',
  ], 'Ningún crédito con esos filtros.');
  const hasta = desplazamiento + creditos.length;
  $('resumen').textContent = total === 0 ? '0 créditos.' : `Créditos ${desplazamiento + 1} a ${hasta} de ${total}.`;
  $('anterior').disabled = desplazamiento === 0;
  $('siguiente').disabled = hasta >= total;
}
