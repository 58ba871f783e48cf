// What every page script shares: the API call (with the CSRF token on writes), the Spanish text of a problem,
// money and the legal date. Amounts stay strings: separators are added to the text, never through a number.

export const $ = (id) => document.getElementById(id);

// Writes carry the page's CSRF token: the server refuses a write authenticated only by the session cookie
// (apps/api/src/http/origen-y-csrf.ts). The token is asked for once, on the first write.
let csrf = null;

export async function api(metodo, url, cuerpo) {
  const encabezados = cuerpo ? { 'content-type': 'application/json' } : {};
  if (metodo !== 'GET') {
    csrf = csrf || (await (await fetch('/api/csrf', { credentials: 'same-origin' })).json()).token;
    encabezados['x-csrf-token'] = csrf;
  }
  const r = await fetch(url, { method: metodo, credentials: 'same-origin', headers: encabezados, body: cuerpo ? JSON.stringify(cuerpo) : undefined });
  let datos = null;
  try { datos = await r.json(); } catch { datos = null; }
  return { status: r.status, ok: r.ok, datos };
}

/** The problem+json answer as one Spanish sentence: its detail, then any further field errors. */
export function error(r) {
  const d = r.datos || {};
  let texto = d.detail || 'No se pudo completar la operación.';
  if (d.errores && d.errores.length > 1) texto += ' ' + d.errores.slice(1).map((e) => e.mensaje).join('. ');
  return texto;
}

/** Writes into the page's #mensaje (role alert or status), with an optional class (exito). */
export function mensaje(texto, clase) {
  const m = $('mensaje');
  m.textContent = texto;
  m.className = clase || '';
}

/** "1802.5" → "$1,802.50", on the text of the decimal string. */
export function pesos(t) {
  if (t === null || t === undefined) return '';
  const [enteros, decimales] = String(t).split('.');
  return '$' + enteros.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + ((decimales || '') + '00').slice(0, 2);
}

// The legal date is Chiapas's (America/Mexico_City, the server's Reloj), not the browser's zone: between 00:00
// and 06:00 UTC a browser on UTC would date the act tomorrow and the server refuses a future date.
const FECHA_DE_CHIAPAS = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Chiapas as YYYY-MM-DD. */
export const hoy = () => FECHA_DE_CHIAPAS.format(new Date());

/** Goes to the agencies' log-in when the session is missing or expired. */
export function aAcceso() {
  location.href = '/dependencias/acceso';
}

/** The signed-in user's session, or null after sending the browser to the log-in (none, or it expired). */
export async function sesionOAcceso() {
  const s = await api('GET', '/api/sesiones/actual');
  if (s.ok) return s.datos;
  aAcceso();
  return null;
}
