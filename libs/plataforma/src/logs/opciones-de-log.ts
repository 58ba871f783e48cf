// The request log of the api and the worker (nestjs-pino over pino-http). A request is logged by its id, method,
// URL without personal data (logs/datos-personales.ts), client address (to trace abuse), status and time. No
// headers (the session's Authorization and cookie, a Referer carrying a consultation's folio and RFC) and no
// bodies. Lines go to standard output through the scrubbing destination.
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { destinoSinDatosPersonales, urlSinDatosPersonales } from './datos-personales';

interface SolicitudSerializada {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
  readonly remoteAddress?: string;
}

export function opcionesDeLog(nivel: string): Params {
  const opciones: Options = {
    level: nivel,
    serializers: {
      req: (req: SolicitudSerializada) => ({ id: req.id, method: req.method, url: urlSinDatosPersonales(req.url), remoteAddress: req.remoteAddress }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => req.url === '/salud' },
  };
  return { pinoHttp: [opciones, destinoSinDatosPersonales()] };
}
