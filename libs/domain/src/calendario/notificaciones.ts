// CHP arts. 107-108: the date of a notification by each means, and the day it takes effect.
import { compararFechas, esFechaValida, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';
import type { Calendario } from './calendario';
import { sumarDiasHabiles } from './plazos';

function validarFecha(f: Fecha, campo: string): void {
  if (!esFechaValida(f)) throw valorInvalido('fecha-invalida', `El campo ${campo} no es una fecha válida (AAAA-MM-DD): ${JSON.stringify(f)}.`, campo);
}

/**
 * CHP art. 107 I: through the buzón tributario the taxpayer has three days, counted from the day after the
 * notice, to open the document; otherwise it is deemed notified on the fourth day. Days are business days
 * (CHP art. 21; decision 0004).
 */
export function fechaDeNotificacionPorBuzon(cal: Calendario, fechaAviso: Fecha, fechaApertura?: Fecha): Fecha {
  validarFecha(fechaAviso, 'fechaAviso');
  const cuartoDia = sumarDiasHabiles(cal, fechaAviso, 4);
  if (fechaApertura === undefined) return cuartoDia;
  validarFecha(fechaApertura, 'fechaApertura');
  if (compararFechas(fechaApertura, fechaAviso) < 0) {
    throw valorInvalido('apertura-antes-del-aviso', 'El campo fechaApertura no puede ser anterior a fechaAviso.', 'fechaApertura');
  }
  return compararFechas(fechaApertura, cuartoDia) < 0 ? fechaApertura : cuartoDia;
}

/**
 * CHP art. 107 III: the document stays posted ten days counted from the day after it was posted; the date of
 * notification is the seventh of those days (business days, CHP art. 21; decision 0004).
 */
export function notificacionPorEstrados(cal: Calendario, fechaFijacion: Fecha): { fechaNotificacion: Fecha; finDeFijacion: Fecha } {
  validarFecha(fechaFijacion, 'fechaFijacion');
  return { fechaNotificacion: sumarDiasHabiles(cal, fechaFijacion, 7), finDeFijacion: sumarDiasHabiles(cal, fechaFijacion, 10) };
}

/** CHP art. 107 IV: by edictos, the date of notification is that of the last publication. */
export function fechaDeNotificacionPorEdictos(publicaciones: readonly Fecha[]): Fecha {
  if (publicaciones.length === 0) throw valorInvalido('sin-publicaciones', 'El campo publicaciones debe tener al menos una fecha.', 'publicaciones');
  publicaciones.forEach((p, i) => validarFecha(p, `publicaciones[${i}]`));
  return [...publicaciones].sort(compararFechas)[publicaciones.length - 1];
}

/**
 * CHP art. 108: a notification takes effect on the business day after it was made; if the interested party
 * states earlier that they know the act, it takes effect from the date they say they learned of it.
 */
export function fechaEnQueSurteEfectos(cal: Calendario, fechaNotificacion: Fecha, fechaManifestacionDeConocimiento?: Fecha): Fecha {
  validarFecha(fechaNotificacion, 'fechaNotificacion');
  const siguienteHabil = sumarDiasHabiles(cal, fechaNotificacion, 1);
  if (fechaManifestacionDeConocimiento === undefined) return siguienteHabil;
  validarFecha(fechaManifestacionDeConocimiento, 'fechaManifestacionDeConocimiento');
  return compararFechas(fechaManifestacionDeConocimiento, siguienteHabil) < 0 ? fechaManifestacionDeConocimiento : siguienteHabil;
}
