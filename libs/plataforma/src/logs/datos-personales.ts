// No personal data in the logs (issue 9, item 12): a taxpayer's RFC or CURP, a receipt's folio (with the RFC it
// opens the citizen's consultation) and the secret of an order's public link never reach a log line. URLs lose
// the values of those query parameters, and every line written is scrubbed of anything shaped like an RFC, a
// CURP or a folio, wherever it comes from (a path, an error message, a third-party log).
import type { DestinationStream } from 'pino';

export const REDACTADO = '[REDACTADO]';

/** Query parameters whose value identifies a taxpayer or opens something: never logged. */
const PARAMETROS_SENSIBLES = new Set(['folio', 'foliorecibo', 'identificador', 'rfc', 'curp', 'token', 'lineadecaptura']);

// Not preceded or followed by a letter or digit, so they match whole identifiers inside any text.
const FOLIO = /(?<![A-Za-z0-9])RO-\d{4}-\d{8}-[\dXx](?![A-Za-z0-9])/g;
const CURP = /(?<![A-Za-zÑñ0-9])[A-Za-z]{4}\d{6}[HMXhmx][A-Za-z]{5}[A-Za-z0-9]\d(?![A-Za-z0-9])/g;
const RFC = /(?<![A-Za-zÑñ&0-9])[A-Za-zÑñ&]{3,4}\d{6}[A-Za-z0-9]{3}(?![A-Za-z0-9])/g;

export function sinIdentificadores(texto: string): string {
  return texto.replace(FOLIO, REDACTADO).replace(CURP, REDACTADO).replace(RFC, REDACTADO);
}

/** The URL with the values of sensitive query parameters replaced, then scrubbed of identifiers in the path. */
export function urlSinDatosPersonales(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return url;
  const i = url.indexOf('?');
  if (i < 0) return sinIdentificadores(url);
  const consulta = url
    .slice(i + 1)
    .split('&')
    .map((par) => {
      const igual = par.indexOf('=');
      const nombre = igual < 0 ? par : par.slice(0, igual);
      let clave = nombre;
      try {
        clave = decodeURIComponent(nombre);
      } catch {
        // A malformed name is kept as written; its value is still scrubbed below.
      }
      return igual >= 0 && PARAMETROS_SENSIBLES.has(clave.toLowerCase()) ? `${nombre}=${REDACTADO}` : par;
    })
    .join('&');
  return sinIdentificadores(`${url.slice(0, i)}?${consulta}`);
}

/** A pino destination that scrubs each line before it reaches `salida` (looked up on every write). */
export function destinoSinDatosPersonales(salida: () => NodeJS.WritableStream = () => process.stdout): DestinationStream {
  return { write: (linea: string) => void salida().write(sinIdentificadores(linea)) };
}
