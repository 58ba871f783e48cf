// CHP arts. 170 I, 172 IV, 174, 176, 183: a recurso filed within 30 business days of the notice's effect (or a
// juicio de nulidad) keeps the credit from becoming firme by the lapse of the term; its resolution confirms the
// credit (then firme, art. 141 IV) or sets it aside. Whether the PAE stops is a separate act (art. 182).
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import type { InterponerMedioDeDefensa, ResolverMedioDeDefensa } from './credito-fiscal.commands';
import type { EventoDeCredito } from './credito-fiscal.events';
import type { EstadoDeCredito } from './credito-fiscal.state';
import { exigirCreditoVivo, exigirFecha, noAnteriorA } from './reglas';

export function interponerMedioDeDefensa({ data: c }: InterponerMedioDeDefensa, estado: EstadoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  if (estado.pae.mediosDeDefensa.some((m) => m.desde === fecha && m.motivo === c.medio)) return [];
  exigirCreditoVivo(estado, c.creditoId);
  if (c.medio !== 'recurso-de-revocacion' && c.medio !== 'juicio-de-nulidad') {
    throw valorInvalido('medio-de-defensa-invalido', 'El campo medio debe ser recurso-de-revocacion o juicio-de-nulidad.', 'medio');
  }
  const n = estado.notificacion;
  if (!n) throw reglaIncumplida('sin-acto-que-impugnar', 'El crédito no es un acto de autoridad notificado: no hay resolución que impugnar (fecha).', 'fecha', 'CHP art. 174');
  noAnteriorA(fecha, n.fechaNotificacion, 'fecha', 'impugnacion-antes-de-la-notificacion', 'la notificación', 'CHP art. 170 I');
  if (c.medio === 'recurso-de-revocacion' && fecha > n.fechaLimiteImpugnacion) {
    throw reglaIncumplida('recurso-extemporaneo', `El recurso debía interponerse a más tardar el ${n.fechaLimiteImpugnacion}; el acto se entiende consentido (fecha).`, 'fecha', 'CHP arts. 170 I y 172 IV');
  }
  if (estado.pae.mediosDeDefensa.some((m) => m.hasta === undefined)) throw conflicto('medio-de-defensa-en-tramite', 'Ya hay un medio de defensa en trámite contra el crédito (fecha).', 'fecha');
  return [{ type: 'MedioDeDefensaInterpuesto', data: { creditoId: c.creditoId, fecha, medio: c.medio, fundamento: c.medio === 'recurso-de-revocacion' ? 'CHP arts. 170 I y 174' : 'CHP art. 176' } }];
}

export function resolverMedioDeDefensa({ data: c }: ResolverMedioDeDefensa, estado: EstadoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  const abierto = estado.pae.mediosDeDefensa.find((m) => m.hasta === undefined);
  if (!abierto) {
    if (estado.pae.mediosDeDefensa.some((m) => m.hasta === fecha)) return [];
    throw conflicto('sin-medio-de-defensa', 'No hay un medio de defensa en trámite contra el crédito (fecha).', 'fecha');
  }
  exigirCreditoVivo(estado, c.creditoId);
  if (c.sentido !== 'confirma' && c.sentido !== 'deja-sin-efecto') throw valorInvalido('sentido-invalido', 'El campo sentido debe ser confirma o deja-sin-efecto.', 'sentido');
  noAnteriorA(fecha, abierto.desde, 'fecha', 'resolucion-antes-del-medio-de-defensa', 'la interposición', 'CHP art. 183');
  const resuelto: EventoDeCredito = { type: 'MedioDeDefensaResuelto', data: { creditoId: c.creditoId, fecha, sentido: c.sentido, fundamento: 'CHP art. 183' } };
  if (c.sentido !== 'confirma' || estado.firme) return [resuelto];
  return [resuelto, { type: 'CreditoFirme', data: { creditoId: c.creditoId, fecha, causa: 'resolucion-confirmatoria', fundamento: 'CHP art. 141 IV' } }];
}
