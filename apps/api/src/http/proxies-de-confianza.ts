// Which reverse proxies are believed when they say, in X-Forwarded-For, who the client is (issue 9, item 2).
// Trusting every sender let anyone rotate that header and escape the per-IP log-in and consultation limits, so
// by default none is trusted and request.ip is the connection's address. TRUST_PROXY lists the proxies:
// addresses or CIDR ranges separated by commas (e.g. `10.0.0.5, 10.1.0.0/16`), or proxy-addr's names loopback,
// linklocal and uniquelocal. A blanket `true` or a hop count is refused: it would trust whoever connects.
import { isIP } from 'node:net';

const NOMBRES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function esDireccionOPrefijo(valor: string): boolean {
  if (NOMBRES.has(valor)) return true;
  const [direccion, prefijo, ...resto] = valor.split('/');
  const version = isIP(direccion);
  if (version === 0 || resto.length > 0) return false;
  if (prefijo === undefined) return true;
  const bits = Number(prefijo);
  return /^\d+$/.test(prefijo) && bits <= (version === 4 ? 32 : 128);
}

/** Fastify's `trustProxy`: false when TRUST_PROXY is unset or empty, else the list of proxies. */
export function proxiesDeConfianza(valor: string | undefined = process.env.TRUST_PROXY): false | string[] {
  const proxies = (valor ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (proxies.length === 0) return false;
  const invalidos = proxies.filter((p) => !esDireccionOPrefijo(p));
  if (invalidos.length > 0) {
    throw new Error(
      `TRUST_PROXY inválido (${invalidos.join(', ')}): escriba las direcciones o rangos CIDR de sus proxies separados por comas, p. ej. 10.0.0.5, 10.1.0.0/16`,
    );
  }
  return proxies;
}
