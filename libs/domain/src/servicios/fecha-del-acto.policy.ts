// ROS: an agency records what happened, not what will. The date of an act on a receipt (service, constancia,
// refund request, orden de cobro, payment of a difference) may not be after the day it is recorded.
import { reglaIncumplida } from '../comun/errores';
import type { Fecha } from '../comun/fecha';

export function exigirFechaNoFutura(fecha: Fecha, hoy: Fecha, campo: string): void {
  if (fecha > hoy) throw reglaIncumplida('fecha-futura', `La fecha (${fecha}) es posterior a hoy (${campo}).`, campo);
}
