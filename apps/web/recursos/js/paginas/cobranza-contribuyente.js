// A taxpayer's estado de cuenta as of a date (GET /api/contribuyentes/{rfc}/estado-de-cuenta): each credit with its
// historic amount and accessories, the totals, and a chart of what the total is made of (Apache ECharts, served
// from this origin). Address: /cobranza/contribuyente?rfc=<RFC o CURP>&fecha=<AAAA-MM-DD>.
import * as echarts from '/vendor/echarts/echarts.esm.min.mjs';
import { $, api, error, hoy, mensaje, pesos } from '../comun.js';
import { fila, llenarLista, llenarTabla } from '../componentes.js';
import { aCredito, etapa, parametro, sesionDeCobranza } from '../cobranza.js';

const PARTES = [
  ['importeHistorico', 'Importe histórico'], ['actualizacion', 'Actualización'], ['recargos', 'Recargos'],
  ['gastosDeEjecucion', 'Gastos de ejecución'], ['multas', 'Multas'],
];
const importe = (t) => ({ texto: pesos(t), clase: 'importe' });
let grafica = null;

if (await sesionDeCobranza()) iniciar();

function iniciar() {
  $('rfc').value = parametro('rfc');
  $('fecha').max = hoy();
  $('fecha').value = parametro('fecha') || hoy();
  $('form-estado').addEventListener('submit', (ev) => { ev.preventDefault(); consultar(); });
  if ($('rfc').value) consultar();
}

async function consultar() {
  const rfc = $('rfc').value.trim().toUpperCase();
  const fecha = $('fecha').value;
  if (!rfc) { mensaje('Escriba el RFC o la CURP del contribuyente.'); $('rfc').focus(); return; }
  if (!fecha) { mensaje('Escriba la fecha del estado de cuenta.'); $('fecha').focus(); return; }
  history.replaceState(null, '', `?rfc=${encodeURIComponent(rfc)}&fecha=${fecha}`);
  const r = await api('GET', `/api/contribuyentes/${encodeURIComponent(rfc)}/estado-de-cuenta?fecha=${fecha}`);
  if (!r.ok) { mensaje(error(r)); return; }
  mensaje('');
  mostrar(r.datos, rfc);
}

function mostrar(e, rfc) {
  $('cuenta-titulo').textContent = `Créditos de ${rfc} al ${e.fecha}`;
  llenarTabla($('creditos'), e.creditos, (c) => [
    aCredito(c.creditoId), `${c.descripcion} · ${c.periodo}`, etapa(c.etapa),
    importe(c.importeHistorico), importe(c.actualizacion), importe(c.recargos), importe(c.gastosDeEjecucion), importe(c.multas), importe(c.total),
  ], 'El contribuyente no tiene créditos a esa fecha.');
  const t = e.totales;
  $('totales').textContent = '';
  fila($('totales'), ['Totales', '', '', ...PARTES.map(([k]) => importe(t[k])), importe(t.total)]);
  $('resumen').textContent = `${e.creditos.length} crédito(s); total adeudado ${pesos(t.total)}` + (e.saldoAFavor !== '0.00' ? `; saldo a favor ${pesos(e.saldoAFavor)}.` : '.');
  dibujar(t);
  llenarLista($('advertencias'), e.advertencias, 'Ninguna.');
}

/** A pie of the total's parts; the same figures are written as text for readers without the chart. */
function dibujar(t) {
  const datos = PARTES.map(([k, nombre]) => ({ name: nombre, value: Number(t[k]), texto: pesos(t[k]) })).filter((d) => d.value > 0);
  $('grafica-texto').textContent = 'Composición: ' + (datos.map((d) => `${d.name} ${d.texto}`).join('; ') || 'sin adeudo') + '.';
  grafica = grafica || echarts.init($('grafica'), null, { renderer: 'canvas' });
  grafica.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: datos, label: { formatter: (p) => `${p.name}\n${p.data.texto}`, lineHeight: 16 } }],
  });
}
