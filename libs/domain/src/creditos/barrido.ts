// The daily sweep of one credit for a legal date (fechaEfecto): instalments that fell due unpaid (CHP art. 42 IV c, and
// revocation after the third or the last), exigibility on the first business day after the payment deadline
// (art. 37) or three days after a bounced cheque (art. 48), firmeza once the term to challenge passed (arts. 170 I, 172 IV). A missed day is caught up: each
// event carries the legal date, not the sweep's. Sweeping twice for the same date emits nothing new.
import type { Fecha } from '../comun/fecha';
import { sumarDiasHabiles } from '../calendario/plazos';
import type { BarrerVencimientos } from './credito-fiscal.commands';
import type { EventoDeCredito } from './credito-fiscal.events';
import { evolucionarCredito, type EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { parcialidadesVencidas } from './convenio.decider';
import { exigirFecha } from './reglas';

/** CHP art. 37: the first business day after the deadline passed unpaid, or null while it runs. */
export function exigibleDesde(estado: EstadoDeCredito, entorno: EntornoDeCredito): Fecha | null {
  return estado.fechaLimitePago === null ? null : sumarDiasHabiles(entorno.tablasDeAdeudo.calendario, estado.fechaLimitePago, 1);
}

/** CHP arts. 170 I and 172 IV: the first business day after the term to file the recurso, when none was filed. */
export function firmeDesde(estado: EstadoDeCredito, entorno: EntornoDeCredito): Fecha | null {
  if (!estado.notificacion || estado.pae.impugnado) return null;
  return sumarDiasHabiles(entorno.calendario, estado.notificacion.fechaLimiteImpugnacion, 1);
}

/** CHP art. 48: three days after the bounced cheque, unpaid, its amount and indemnización are collected by the PAE. */
function exigibleDesdeElCheque(estado: EstadoDeCredito, entorno: EntornoDeCredito): Fecha | null {
  const cheque = estado.chequesNoPagados[estado.chequesNoPagados.length - 1];
  return cheque ? sumarDiasHabiles(entorno.calendario, cheque.plazoDePago, 1) : null;
}

function exigibilidad(estado: EstadoDeCredito, fecha: Fecha, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.exigible || estado.convenio.estado !== 'sin-convenio') return [];
  const creditoId = estado.credito!.creditoId;
  const desde = exigibleDesde(estado, entorno);
  if (desde !== null && desde <= fecha) {
    return [{ type: 'CreditoExigible', data: { creditoId, fecha: desde, causa: 'plazo-de-pago-vencido', seisDiasDelArt117: false, fundamento: 'CHP art. 37' } }];
  }
  const porCheque = exigibleDesdeElCheque(estado, entorno);
  if (porCheque === null || porCheque > fecha) return [];
  return [{ type: 'CreditoExigible', data: { creditoId, fecha: porCheque, causa: 'cheque-no-pagado', seisDiasDelArt117: false, fundamento: 'CHP art. 48' } }];
}

function firmeza(estado: EstadoDeCredito, fecha: Fecha, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.firme) return [];
  const desde = firmeDesde(estado, entorno);
  if (desde === null || desde > fecha) return [];
  return [{ type: 'CreditoFirme', data: { creditoId: estado.credito!.creditoId, fecha: desde, causa: 'no-impugnado-en-plazo', fundamento: 'CHP arts. 170 I y 172 IV' } }];
}

export function barrerVencimientos({ data: c }: BarrerVencimientos, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fechaEfecto, 'fechaEfecto');
  if (!estado.credito || estado.extincion) return [];
  const eventos: EventoDeCredito[] = [];
  let s = estado;
  for (const paso of [parcialidadesVencidas, exigibilidad, firmeza]) {
    const nuevos = paso(s, fecha, entorno);
    eventos.push(...nuevos);
    s = nuevos.reduce(evolucionarCredito, s);
    if (s.extincion) break;
  }
  return eventos;
}
