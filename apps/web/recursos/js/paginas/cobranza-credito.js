// One credit for cobranza: its data, PAE stage and legal deadlines, prescription and caducidad clocks, balance by
// concept, the amount owed today in Chiapas explained month by month, its history (who and when), and the forms of
// the acts its stage allows (only cobranza records them). Address: /cobranza/credito?id=<creditoId>.
import { $, api, error, hoy, mensaje, pesos } from '../comun.js';
import { dato, fila, llenarLista, llenarTabla } from '../componentes.js';
import { aContribuyente, etapa, parametro, sesionDeCobranza } from '../cobranza.js';
import { formulariosDeActos } from '../actos-del-credito.js';

const CONCEPTOS = {
  contribucion: 'Contribución actualizada', actualizacion: 'de ella, actualización (CHP art. 43)', recargos: 'Recargos (CHP arts. 44-45)',
  gastosDeEjecucion: 'Gastos de ejecución (CHP art. 113)', multas: 'Multas', indemnizacionCheque: 'Indemnización por cheque (CHP art. 48)', total: 'Total',
};
const OMITIDOS = new Set(['creditoId', 'contribuyente', 'fundamento']);
const HECHOS = {
  CreditoDeterminado: 'Crédito determinado', NotificacionPracticada: 'Notificación practicada', CreditoExigible: 'Crédito exigible',
  CreditoFirme: 'Crédito firme', PagoAplicado: 'Pago aplicado', CreditoPagado: 'Crédito pagado', ChequeNoPagado: 'Cheque no pagado',
  ConvenioAutorizado: 'Convenio autorizado', ParcialidadPagada: 'Parcialidad pagada', ParcialidadVencida: 'Parcialidad vencida',
  ConvenioRevocado: 'Convenio revocado', ConvenioLiquidado: 'Convenio liquidado', GastosDeEjecucionCausados: 'Gastos de ejecución causados',
  GastoExtraordinarioCausado: 'Gasto extraordinario causado', AvaluoPracticado: 'Avalúo practicado', AdjudicadoAlFisco: 'Adjudicado al fisco',
  PAESuspendido: 'PAE suspendido', PAEReanudado: 'PAE reanudado', MedioDeDefensaInterpuesto: 'Medio de defensa interpuesto',
  MedioDeDefensaResuelto: 'Medio de defensa resuelto', PrescripcionDeclarada: 'Prescripción declarada', CreditoCancelado: 'Crédito cancelado',
};

const id = parametro('id');
const sesion = await sesionDeCobranza();
if (sesion && !id) mensaje('Falta el crédito: abra esta página desde la lista de créditos.');
else if (sesion) await mostrar();

async function mostrar() {
  const fecha = hoy();
  const [credito, adeudo, eventos] = await Promise.all([
    api('GET', `/api/creditos/${encodeURIComponent(id)}`),
    api('GET', `/api/creditos/${encodeURIComponent(id)}/adeudo?fecha=${fecha}`),
    api('GET', `/api/creditos/${encodeURIComponent(id)}/eventos`),
  ]);
  if (!credito.ok) { mensaje(error(credito)); return; }
  const c = credito.datos;
  document.title = `Crédito ${c.creditoId} · ${document.title}`;
  $('datos-titulo').textContent = `Crédito ${c.creditoId}`;
  datos(c);
  etapaYPlazos(c);
  relojes(c.relojes);
  saldo(c.saldoPorConcepto, c.fecha);
  if (adeudo.ok) explicar(adeudo.datos); else $('adeudo-fecha').textContent = error(adeudo);
  if (eventos.ok) historia(eventos.datos.eventos);
  if (sesion.rol === 'cobranza') formulariosDeActos($('actos'), c.creditoId, c.etapa, registrado);
  else $('actos').textContent = 'Los actos los registra el personal de cobranza; su rol consulta.';
}

async function registrado(r) {
  await mostrar();
  mensaje(`${r.duplicado ? 'Ya estaba registrado' : 'Registrado'}: ${r.eventos.map((e) => nombreDelHecho(e.tipo)).join(', ') || 'sin cambios'}. Etapa: ${etapa(r.etapa)}.`);
}

function datos(c) {
  const dl = $('datos');
  dl.textContent = '';
  const { rfc, curp, nombre } = c.contribuyente;
  const dd = document.createElement('dd');
  dd.append(rfc ? aContribuyente(rfc, `${nombre} (${rfc})`) : `${nombre} (${curp})`);
  const dt = document.createElement('dt');
  dt.textContent = 'Contribuyente';
  dl.append(dt, dd);
  dato(dl, 'Delegación', c.delegacion);
  dato(dl, 'Origen', c.origen);
  dato(dl, 'Concepto', `${c.descripcion} (periodo ${c.periodo})`);
  dato(dl, 'Importe histórico', pesos(c.importeHistorico));
  dato(dl, 'Determinado el', c.fechaDeterminacion);
  if (c.notificacion) dato(dl, 'Notificado', `${c.notificacion.fecha} (${c.notificacion.medio}), surtió efectos el ${c.notificacion.surteEfectos}`);
  dato(dl, 'Fecha límite de pago', c.fechaLimitePago || 'Sin fecha');
  dato(dl, 'Exigible', c.exigible ? `Sí, desde ${c.exigibleDesde}` : 'No');
  dato(dl, 'Firme', c.firme ? `Sí, desde ${c.firmeDesde}` : 'No');
}

function etapaYPlazos(c) {
  const dl = $('etapa');
  dl.textContent = '';
  dato(dl, 'Etapa', etapa(c.etapa));
  dato(dl, 'Desde', c.etapaDesde || '');
  const p = c.proximoPlazo;
  dato(dl, 'Próximo plazo legal', p ? `${p.fecha}: ${p.descripcion} (${p.articulo})` : `Ninguno pendiente al ${c.fecha}`);
  const v = c.proximoVencimientoDelBarrido;
  if (v) dato(dl, 'Próximo vencimiento que registra el barrido diario', `${v.fecha}: ${v.motivo} (${v.articulo})`);
  llenarTabla($('plazos'), c.plazos || [], (x) => [x.fecha, x.descripcion, x.articulo], 'Sin plazos en esta etapa.');
}

function relojes(r) {
  const dl = $('relojes');
  dl.textContent = '';
  const pr = r.prescripcion;
  dato(dl, `Prescripción (${pr.articulo})`, pr.prescrito ? 'Prescrito' : pr.vence ? `Vence el ${pr.vence}; cómputo desde ${pr.inicioDelComputo}` : 'Aún no corre (el crédito no es exigible)');
  const ca = r.caducidad;
  dato(dl, `Caducidad de las facultades (${ca.articulo})`, `${ca.vence ? 'Vence el ' + ca.vence : 'Sin fecha'}${ca.ejercidaEl ? '; facultades ejercidas el ' + ca.ejercidaEl : ''}`);
}

function saldo(s, fecha) {
  $('saldo-caption').textContent = `Saldo al ${fecha} (fecha de negocio)`;
  llenarTabla($('saldo'), s ? Object.keys(CONCEPTOS) : [], (k) => [CONCEPTOS[k], { texto: pesos(s[k]), clase: 'importe' }], 'Sin saldo.');
}

function explicar(a) {
  $('adeudo-fecha').textContent = `Adeudo al ${a.fecha} (hoy en Chiapas): ${pesos(a.total)}. Factor de actualización ${a.factorActualizacion}.`;
  llenarTabla($('desglose'), a.desglose || [], (d) => [d.concepto, d.articulo, d.detalle, { texto: pesos(d.importe), clase: 'importe' }]);
  const dl = $('actualizacion');
  dl.textContent = '';
  const x = a.actualizacionExplicada;
  if (x) {
    dato(dl, `Actualización (${x.articulo})`, `Base ${pesos(x.base)} desde ${x.desde}; factor ${x.factor}`);
    if (x.inpcReciente) dato(dl, 'INPC reciente', `${x.inpcReciente.mes}: ${x.inpcReciente.indice}`);
    if (x.inpcAntiguo) dato(dl, 'INPC antiguo', `${x.inpcAntiguo.mes}: ${x.inpcAntiguo.indice}`);
  }
  const fuentes = [...new Set((a.meses || []).map((m) => m.fuente))];
  llenarTabla($('meses'), a.meses || [], (m) => [
    m.numero + (m.fraccion ? ' (fracción)' : ''), m.desde, m.hasta, { texto: m.tasa, clase: 'importe' }, { texto: m.tasaAcumulada, clase: 'importe' },
    { texto: pesos(m.recargosAcumulados), clase: 'importe' }, `${m.verificada ? 'Verificada' : 'Provisional'} (fuente ${fuentes.indexOf(m.fuente) + 1})`,
  ], 'Sin meses de mora a la fecha.');
  // Each source of the rates once, numbered, instead of repeating it on every month.
  const ol = $('fuentes');
  ol.textContent = '';
  for (const f of fuentes) {
    const li = document.createElement('li');
    li.textContent = f;
    ol.append(li);
  }
  llenarLista($('advertencias'), a.advertencias, 'Ninguna.');
}

/** The fact's Spanish name; a type not listed reads from its own name ("RemateConvocado" → "Remate convocado"). */
function nombreDelHecho(tipo) {
  return HECHOS[tipo] || tipo.replace(/([a-z])([A-Z])/g, (_, a, b) => `${a} ${b.toLowerCase()}`);
}

function detalle(e) {
  const partes = Object.entries(e.datos || {})
    .filter(([k, v]) => !OMITIDOS.has(k) && v !== null && v !== '' && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${v}`);
  return (e.datos && e.datos.fundamento ? e.datos.fundamento + '. ' : '') + partes.join('; ');
}

function historia(eventos) {
  const tbody = $('eventos');
  tbody.textContent = '';
  for (const e of eventos) {
    const quien = e.actor ? `${e.actor.userId} (${e.actor.role})` : '';
    fila(tbody, [e.fecha, nombreDelHecho(e.tipo), detalle(e), quien, new Date(e.registradoEn).toLocaleString('es-MX', { timeZone: 'America/Mexico_City' })]);
  }
}
