// Small DOM pieces the pages build from API data, always as text (textContent), never as HTML.
import { hoy } from './comun.js';

/** Appends a row; a cell is text, or a Node (a link), or { texto, clase } (an amount right-aligned). */
export function fila(tbody, celdas) {
  const tr = document.createElement('tr');
  for (const c of celdas) {
    const td = document.createElement('td');
    if (c instanceof Node) td.appendChild(c);
    else if (c && typeof c === 'object') { td.textContent = c.texto ?? ''; if (c.clase) td.className = c.clase; }
    else td.textContent = c == null ? '' : String(c);
    tr.appendChild(td);
  }
  tbody.appendChild(tr);
}

/** Replaces a table body with one row per element (celdas maps it to cells), or one row saying it is empty. */
export function llenarTabla(tbody, elementos, celdas, siVacia) {
  tbody.textContent = '';
  for (const e of elementos) fila(tbody, celdas(e));
  if (elementos.length === 0 && siVacia) fila(tbody, [siVacia]);
}

/** Appends a name and its value to a definition list. */
export function dato(dl, nombre, valor) {
  const dt = document.createElement('dt');
  dt.textContent = nombre;
  const dd = document.createElement('dd');
  dd.textContent = valor;
  dl.append(dt, dd);
}

/** A date input for a legal act: today in Chiapas, never after it (the server refuses a future date). */
export function campoDeFecha(input, { valor = hoy(), min } = {}) {
  input.max = hoy();
  if (min) input.min = min;
  input.value = valor;
  return input;
}

/** Fills a list with one item per text, or the one text `siVacia` (the advertencias of an amount owed). */
export function llenarLista(ul, textos, siVacia) {
  ul.textContent = '';
  for (const t of textos.length ? textos : [siVacia]) {
    const li = document.createElement('li');
    li.textContent = t;
    ul.append(li);
  }
}
