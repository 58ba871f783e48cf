// RFC 9457 problem details, in Spanish, naming the field. Every error of the API has this shape.

export interface ErrorDeCampo {
  readonly campo: string;
  readonly mensaje: string;
}

export interface Problema {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly codigo?: string;
  readonly campo?: string;
  readonly fundamento?: string;
  readonly errores?: ErrorDeCampo[];
  readonly [extra: string]: unknown;
}

export const TITULOS: Record<number, string> = {
  400: 'Solicitud mal formada',
  401: 'Autenticación requerida',
  403: 'Acceso denegado',
  404: 'No encontrado',
  409: 'Conflicto',
  413: 'Solicitud demasiado grande',
  414: 'Dirección demasiado larga',
  415: 'Tipo de contenido no admitido',
  422: 'La ley no permite la operación',
  429: 'Demasiadas solicitudes',
  500: 'Error interno',
  503: 'Servicio no disponible',
};

export function problema(status: number, detail: string, extra: Partial<Problema> = {}): Problema {
  return {
    type: extra.codigo ? `urn:tesoreria-chiapas:problema:${extra.codigo}` : 'about:blank',
    title: TITULOS[status] ?? 'Error',
    status,
    detail,
    ...extra,
  };
}
