// Composes the pages of apps/web once, at start-up: each page file (its <h1> names it) goes into the shared layout
// with its own script module, if it has one, and the parts it includes (<!-- incluir nombre -->). Page text is
// static; data arrives through the API and the scripts write it as text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** apps/web, beside apps/api both in the sources and in dist/ (infra/scripts/copy-assets.js copies it). */
export const DIRECTORIO_WEB = path.resolve(__dirname, '../../../web');

export interface PaginaCompuesta {
  readonly ruta: string;
  readonly html: string;
  /** Pages that show a session's data: no browser or proxy keeps them. */
  readonly sinCache: boolean;
}

interface Entrada {
  readonly pagina: string;
  readonly sinCache?: boolean;
}

export function componerPaginas(directorio = DIRECTORIO_WEB): PaginaCompuesta[] {
  const leer = (...partes: string[]) => readFileSync(path.join(directorio, ...partes), 'utf8');
  const plantilla = leer('plantilla.html');
  const rutas = JSON.parse(leer('paginas.json')) as Record<string, Entrada>;
  return Object.entries(rutas).map(([ruta, { pagina, sinCache }]) => {
    const contenido = leer('paginas', `${pagina}.html`).replace(/<!-- incluir ([a-z-]+) -->/g, (_, parte: string) => leer('partes', `${parte}.html`).trim());
    const titulo = /<h1[^>]*>([^<]+)<\/h1>/.exec(contenido)?.[1];
    if (!titulo) throw new Error(`La página ${pagina}.html no tiene un <h1> que la nombre`);
    const modulo = `recursos/js/paginas/${pagina}.js`;
    const script = existsSync(path.join(directorio, modulo)) ? `<script type="module" src="/${modulo}"></script>` : '';
    const valores: Record<string, string> = { titulo, script, pagina, contenido: contenido.trim() };
    const html = plantilla
      .replace(/\{\{(\w+)\}\}/g, (_, nombre: string) => valores[nombre] ?? '')
      .replace(`<li><a href="${ruta}">`, `<li><a href="${ruta}" aria-current="page">`);
    return { ruta, html, sinCache: sinCache === true };
  });
}
