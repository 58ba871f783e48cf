// Cross-site request forgery. A browser sends the HttpOnly session cookie with any request to this host, including
// a form another site submits: a write authenticated by that cookie must come from these pages. It is refused when
// the browser says it comes from elsewhere (Sec-Fetch-Site, Origin), and it must carry the page's CSRF token
// (@fastify/csrf-protection: a secret in an HttpOnly SameSite cookie, the token from GET /api/csrf in the
// X-CSRF-Token header), which another site cannot read. API clients that authenticate with Authorization: Bearer
// (banks) are not exposed: a foreign page cannot make a browser add that header, so they need no token.
import csrf from '@fastify/csrf-protection';
import { HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problema } from './problem';

const METODOS_SEGUROS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The same test the session guard applies: with a well-formed bearer token the cookie is not what authenticates. */
const BEARER = /^Bearer\s+\S+$/i;
const COOKIE_DEL_SECRETO = 'csrf';
export const ENCABEZADO_CSRF = 'x-csrf-token';

type ConCsrf = FastifyInstance & { csrfProtection: (request: FastifyRequest, reply: unknown, next: () => void) => void };

function rechazo(detalle: string, codigo: string, campo: string): HttpException {
  return new HttpException(problema(403, detalle, { codigo, campo }), 403);
}

/** Why the browser's own headers place the request on another site, or null. */
function origenAjeno(request: FastifyRequest): string | null {
  const sitio = request.headers['sec-fetch-site'];
  if (typeof sitio === 'string' && sitio !== 'same-origin' && sitio !== 'none') return `Sec-Fetch-Site: ${sitio}`;
  const origen = request.headers.origin;
  if (typeof origen !== 'string') return null;
  return mismoHost(origen, request) ? null : `Origin: ${origen.slice(0, 100)}`;
}

/** Origin names this host: same name and port, a missing port being the default of the origin's scheme. */
function mismoHost(origen: string, request: FastifyRequest): boolean {
  let url: URL;
  try {
    url = new URL(origen);
  } catch {
    return false;
  }
  const porDefecto = url.protocol === 'https:' ? 443 : 80;
  return url.hostname === request.hostname && Number(url.port || porDefecto) === Number(request.port ?? porDefecto);
}

/** The plugin's check, with its refusal captured instead of sent, so the answer is our Spanish problem. */
function tokenValido(fastify: ConCsrf, request: FastifyRequest): Promise<boolean> {
  return new Promise((resolve) => fastify.csrfProtection(request, { send: () => resolve(false) }, () => resolve(true)));
}

export async function protegerContraCsrf(app: NestFastifyApplication, cookieDeSesion: string): Promise<void> {
  await app.register(csrf as never, {
    cookieKey: COOKIE_DEL_SECRETO,
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: 'auto' },
    getToken: (request: FastifyRequest) => request.headers[ENCABEZADO_CSRF],
  });
  const fastify = app.getHttpAdapter().getInstance() as ConCsrf;
  fastify.get('/api/csrf', async (_request, reply) => ({ token: (reply as FastifyReply & { generateCsrf(): string }).generateCsrf() }));
  fastify.addHook('onRequest', async (request) => {
    if (METODOS_SEGUROS.has(request.method) || BEARER.test(request.headers.authorization ?? '')) return;
    if (!(request as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies?.[cookieDeSesion]) return;
    const ajeno = origenAjeno(request);
    if (ajeno) {
      throw rechazo(`La solicitud viene de otro sitio (${ajeno}): las operaciones con la sesión de estas páginas solo se aceptan desde ellas.`, 'origen-ajeno', 'origin');
    }
    if (!(await tokenValido(fastify, request))) {
      throw rechazo(
        'Falta el token de seguridad de la página o no es válido (encabezado X-CSRF-Token): recargue la página e intente de nuevo. Los sistemas que usan Authorization: Bearer no lo necesitan.',
        'token-csrf-invalido',
        ENCABEZADO_CSRF,
      );
    }
  });
}
