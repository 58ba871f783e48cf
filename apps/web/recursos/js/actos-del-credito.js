// The forms of the acts cobranza may record on a credit, and which of them the law allows at each stage (CHP arts.
// 24-30, 37, 41-42, 107-108, 114-166, 182). The server's decider judges every act: a refusal comes back as
// problem+json naming its field, and is shown next to that field.
import { api, error, hoy } from './comun.js';

const MEDIOS = { personal: 'Personal', 'correo-certificado': 'Correo certificado', buzon: 'Buzón tributario', estrados: 'Estrados', edictos: 'Edictos' };
const BIENES = {
  '': 'Ninguno (sólo fondos)', 'inmuebles-o-negociacion': 'Inmuebles o negociación (art. 119 I)', 'dinero-metales-o-depositos': 'Dinero, metales o depósitos',
  'acciones-bonos-y-valores': 'Acciones, bonos y valores', 'alhajas-y-objetos-de-arte': 'Alhajas y objetos de arte', 'frutos-o-rentas': 'Frutos o rentas',
  muebles: 'Muebles', negociaciones: 'Negociaciones', 'creditos-o-derechos': 'Créditos o derechos',
};
const fecha = (nombre, etiqueta, extra = {}) => ({ nombre, etiqueta, tipo: 'fecha', ...extra });
const texto = (nombre, etiqueta, extra = {}) => ({ nombre, etiqueta, tipo: 'texto', ...extra });
const importe = (nombre, etiqueta, extra = {}) => ({ nombre, etiqueta, tipo: 'importe', ...extra });
const uno = (nombre, etiqueta, opciones, extra = {}) => ({ nombre, etiqueta, tipo: 'uno', opciones, ...extra });

/** Each act: its title with the article, the API path under the credit, the button and its fields. */
export const ACTOS = {
  notificacion: { titulo: 'Notificación (CHP arts. 107-108)', ruta: 'notificaciones', boton: 'Registrar notificación', campos: [
    uno('medio', 'Medio de notificación', MEDIOS), fecha('fecha', 'Fecha en que se practicó'),
    fecha('fechaApertura', 'Fecha en que se abrió el buzón (opcional)', { opcional: true }),
    { nombre: 'publicaciones', etiqueta: 'Edictos: fechas de publicación separadas por comas (opcional)', tipo: 'fechas', opcional: true },
  ] },
  convenio: { titulo: 'Convenio de pago en parcialidades (CHP arts. 41-42)', ruta: 'convenios', boton: 'Autorizar convenio', campos: [
    texto('convenioId', 'Número de convenio'), fecha('fechaDeSolicitud', 'Fecha de la solicitud'), fecha('fechaDeAutorizacion', 'Fecha de autorización'),
    { nombre: 'numeroDeParcialidades', etiqueta: 'Número de parcialidades (1 a 36)', tipo: 'entero' },
    importe('tasaMensualDeProrroga', 'Tasa mensual de prórroga (%)'), importe('pagoInicialRecibido', 'Pago inicial recibido'),
    uno('naturaleza', 'Naturaleza de la contribución', { propia: 'Propia', retenida: 'Retenida', trasladada: 'Trasladada', recaudada: 'Recaudada' }),
  ] },
  requerimiento: { titulo: 'Requerimiento de pago (CHP arts. 114-117)', ruta: 'pae/requerimientos', boton: 'Practicar requerimiento', campos: [fecha('fecha', 'Fecha del requerimiento')] },
  embargo: { titulo: 'Embargo (CHP arts. 117-120)', ruta: 'pae/embargos', boton: 'Registrar embargo', campos: [
    fecha('fecha', 'Fecha del embargo'), uno('bienes.tipo', 'Bien embargado, en el orden del art. 119', BIENES, { opcional: true }),
    texto('bienes.descripcion', 'Descripción del bien', { opcional: true }),
    importe('importeInmovilizado', 'Fondos inmovilizados (arts. 117 II y 118, opcional)', { opcional: true }),
  ] },
  avaluo: { titulo: 'Avalúo (CHP art. 144)', ruta: 'pae/avaluos', boton: 'Registrar avalúo', campos: [
    fecha('fecha', 'Fecha del avalúo'), texto('perito', 'Perito valuador'), importe('valor', 'Valor de avalúo'),
  ] },
  remate: { titulo: 'Convocatoria de remate (CHP art. 145)', ruta: 'pae/remates', boton: 'Convocar remate', campos: [
    fecha('fechaConvocatoria', 'Fecha de la convocatoria'), fecha('fechaPublicacion', 'Fecha de publicación', { futura: true }),
    fecha('fechaRemate', 'Fecha del remate', { futura: true }),
  ] },
  resultado: { titulo: 'Resultado del remate (CHP arts. 149, 151, 161 y 166)', ruta: 'pae/remates/resultado', boton: 'Fincar remate', campos: [
    fecha('fecha', 'Fecha del remate'), texto('postor', 'Postor'), importe('postura', 'Postura'), importe('deposito', 'Depósito (10 %)'),
  ] },
  adjudicacion: { titulo: 'Adjudicación al fisco (CHP arts. 162-163)', ruta: 'pae/adjudicaciones', boton: 'Adjudicar al fisco', campos: [
    fecha('fecha', 'Fecha de la adjudicación'), uno('motivo', 'Motivo', { 'sin-postores': 'Sin postores', 'sin-posturas-legales': 'Sin posturas legales' }),
  ] },
  suspension: { titulo: 'Suspensión del PAE (CHP arts. 27-30 y 182)', ruta: 'pae/suspensiones', boton: 'Suspender PAE', campos: [
    fecha('fecha', 'Fecha de la suspensión'),
    uno('motivo', 'Motivo', { 'recurso-de-revocacion': 'Recurso de revocación', 'juicio-de-nulidad': 'Juicio de nulidad', 'solicitud-de-condonacion': 'Solicitud de condonación' }),
    texto('garantia.forma', 'Forma de la garantía'), importe('garantia.importe', 'Importe de la garantía'),
  ] },
  reanudacion: { titulo: 'Reanudación del PAE (CHP arts. 30 y 182)', ruta: 'pae/reanudaciones', boton: 'Reanudar PAE', campos: [
    fecha('fecha', 'Fecha de la reanudación'),
    uno('motivo', 'Motivo', { 'resolucion-confirmatoria': 'Resolución confirmatoria', 'garantia-insuficiente': 'Garantía insuficiente', desistimiento: 'Desistimiento' }),
  ] },
  prescripcion: { titulo: 'Prescripción a solicitud del contribuyente (CHP art. 24)', ruta: 'prescripcion', boton: 'Declarar prescripción', campos: [
    fecha('fechaSolicitud', 'Fecha de la solicitud'),
  ] },
  cancelacion: { titulo: 'Cancelación por incosteabilidad o insolvencia (CHP arts. 25-26)', ruta: 'cancelacion', boton: 'Cancelar crédito', campos: [
    fecha('fecha', 'Fecha del acuerdo'), texto('acuerdo', 'Acuerdo de cancelación'),
    importe('costoDeRecuperacion', 'Costo de recuperación (incosteabilidad, opcional)', { opcional: true }),
    uno('insolvencia', 'Insolvencia (opcional)', { '': 'No aplica', 'sin-bienes-embargables': 'Sin bienes embargables', 'no-localizado-sin-bienes-embargables': 'No localizado y sin bienes embargables', 'fallecido-sin-bienes': 'Fallecido sin bienes' }, { opcional: true }),
  ] },
};

/** The acts the law allows at each stage; an extinguished credit (pagado, prescrito, cancelado...) allows none. */
export const ACTOS_POR_ETAPA = {
  determinado: ['notificacion', 'cancelacion'],
  notificado: ['convenio', 'suspension', 'cancelacion'],
  exigible: ['requerimiento', 'convenio', 'suspension', 'prescripcion', 'cancelacion'],
  'en-convenio': ['prescripcion', 'cancelacion'],
  requerido: ['embargo', 'convenio', 'suspension', 'prescripcion', 'cancelacion'],
  embargado: ['avaluo', 'suspension', 'prescripcion', 'cancelacion'],
  valuado: ['remate', 'suspension', 'cancelacion'],
  'convocado-a-remate': ['resultado', 'adjudicacion', 'suspension'],
  suspendido: ['reanudacion'],
};

const idDe = (acto, campo) => `${acto}-${campo.replace('.', '-')}`;

function control(acto, c) {
  let input;
  if (c.tipo === 'uno') {
    input = document.createElement('select');
    for (const [valor, nombre] of Object.entries(c.opciones)) input.append(new Option(nombre, valor));
  } else {
    input = document.createElement('input');
    if (c.tipo === 'fecha') {
      input.type = 'date';
      if (!c.futura) input.max = hoy();
      if (!c.opcional) input.value = hoy();
    } else if (c.tipo === 'entero') { input.type = 'number'; input.min = '1'; input.max = '36'; }
    else if (c.tipo === 'importe') { input.inputMode = 'decimal'; input.pattern = '\\d+(\\.\\d{1,2})?'; }
  }
  input.id = idDe(acto, c.nombre);
  input.name = c.nombre;
  input.required = !c.opcional;
  const error = document.createElement('span');
  error.id = input.id + '-error';
  error.className = 'error';
  error.setAttribute('aria-live', 'polite');
  input.setAttribute('aria-describedby', error.id);
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.textContent = c.etiqueta;
  const p = document.createElement('p');
  p.append(label, document.createElement('br'), input, ' ', error);
  return p;
}

/** The body of the act from its form: dotted names nest (garantia.forma), bienes.* is one good, blanks are left out. */
function cuerpo(form, campos) {
  const datos = {};
  for (const c of campos) {
    const v = form.elements[c.nombre].value.trim();
    if (!v) continue;
    const valor = c.tipo === 'entero' ? Number(v) : c.tipo === 'fechas' ? v.split(',').map((f) => f.trim()).filter(Boolean) : v;
    const [padre, hijo] = c.nombre.split('.');
    if (!hijo) datos[padre] = valor;
    else if (padre === 'bienes') (datos.bienes = datos.bienes || [{}])[0][hijo] = valor;
    else (datos[padre] = datos[padre] || {})[hijo] = valor;
  }
  return datos;
}

/** Shows a refusal: each named field's message beside it, and the whole detail in the form's alert. */
function mostrarRechazo(form, acto, r) {
  const d = r.datos || {};
  const porCampo = [...(d.errores || []).map((e) => [e.campo, e.mensaje]), ...(d.campo ? [[d.campo, d.detail]] : [])];
  for (const [campo, texto] of porCampo) {
    // bienes[0].descripcion or bienes.0.descripcion: the form has one good.
    const junto = campo && document.getElementById(idDe(acto, campo.replace(/\[\d+\]|\.\d+(?=\.)/g, '')) + '-error');
    if (junto && !junto.textContent) junto.textContent = texto;
  }
  form.querySelector('[role=alert]').textContent = error(r) + (d.fundamento ? ` (${d.fundamento})` : '');
}

/** Appends one section per act allowed at the stage; alRegistrar(respuesta) runs after the server records it. */
export function formulariosDeActos(contenedor, creditoId, etapaActual, alRegistrar) {
  contenedor.textContent = '';
  const actos = ACTOS_POR_ETAPA[etapaActual] || [];
  if (actos.length === 0) {
    const p = document.createElement('p');
    p.textContent = 'En esta etapa la ley no prevé otro acto de cobro sobre el crédito.';
    contenedor.append(p);
  }
  for (const acto of actos) {
    const { titulo, ruta, boton, campos } = ACTOS[acto];
    const seccion = document.createElement('section');
    const h3 = document.createElement('h3');
    h3.id = `acto-${acto}`;
    h3.textContent = titulo;
    seccion.setAttribute('aria-labelledby', h3.id);
    const form = document.createElement('form');
    form.noValidate = true;
    form.setAttribute('aria-labelledby', h3.id);
    for (const c of campos) form.append(control(acto, c));
    const enviar = document.createElement('button');
    enviar.type = 'submit';
    enviar.textContent = boton;
    const alerta = document.createElement('p');
    alerta.setAttribute('role', 'alert');
    alerta.setAttribute('aria-live', 'assertive');
    form.append(enviar, alerta);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      for (const s of form.querySelectorAll('.error')) s.textContent = '';
      alerta.textContent = '';
      enviar.disabled = true;
      const r = await api('POST', `/api/creditos/${encodeURIComponent(creditoId)}/${ruta}`, cuerpo(form, campos));
      enviar.disabled = false;
      if (r.ok) await alRegistrar(r.datos);
      else mostrarRechazo(form, acto, r);
    });
    seccion.append(h3, form);
    contenedor.append(seccion);
  }
}
