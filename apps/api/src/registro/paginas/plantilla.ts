// The pages' frame: Spanish, plain HTML, readable without styles, printable, one script file (no inline code,
// so the Content-Security-Policy can forbid it). Page text is static; data arrives through the API and is
// written with textContent, never as HTML.

export interface Pagina {
  readonly titulo: string;
  /** Which part of /recursos/registro.js runs on this page. */
  readonly id: string;
  readonly cuerpo: string;
}

const NAVEGACION = [
  ['/', 'Inicio'],
  ['/derechos', 'Catálogo de derechos'],
  ['/orden-de-pago', 'Orden de pago'],
  ['/consulta', 'Consulta de pagos'],
  ['/dependencias/acceso', 'Acceso de dependencias'],
] as const;

export function pagina({ titulo, id, cuerpo }: Pagina): string {
  const nav = NAVEGACION.map(([href, texto]) => `<li><a href="${href}">${texto}</a></li>`).join('');
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titulo} · Registro de Otorgamiento de Servicios</title>
<link rel="stylesheet" href="/recursos/registro.css">
<script src="/recursos/registro.js" defer></script>
</head>
<body data-pagina="${id}">
<a class="saltar" href="#contenido">Ir al contenido</a>
<header>
<p class="institucion">Secretaría de Hacienda del Estado de Chiapas · Subsecretaría de Ingresos</p>
<p class="sistema">Registro de Otorgamiento de Servicios</p>
<nav aria-label="Secciones"><ul>${nav}</ul></nav>
</header>
<main id="contenido">
<h1>${titulo}</h1>
${cuerpo}
</main>
<footer>
<p>Los derechos se pagan antes de recibir el servicio (Ley de Derechos del Estado de Chiapas, art. 5). Importes en pesos mexicanos.</p>
<p><a href="/api/docs">API para sistemas (OpenAPI)</a></p>
</footer>
</body>
</html>`;
}

export const AVISO_DE_PRIVACIDAD = `
<section aria-labelledby="aviso">
<h2 id="aviso">Aviso de privacidad</h2>
<p>La Subsecretaría de Ingresos de la Secretaría de Finanzas del Estado es quien trata los datos que usted captura aquí.
Los usamos solamente para registrar y consultar pagos de derechos y los servicios otorgados con ellos, los protegemos
conforme a la Ley de Protección de Datos Personales de Sujetos Obligados del Estado de Chiapas y no los transferimos a
terceros. Para conocer el aviso completo o ejercer sus derechos de acceso, rectificación, cancelación u oposición,
consulte el aviso de privacidad publicado en el portal de la Secretaría de Finanzas.</p>
</section>`;
