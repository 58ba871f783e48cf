// The clocks of a credit, read from its state: prescription of the power to collect (CHP art. 24, with 30) and
// caducidad of the power to determine (art. 67). The calculators do the counting; this file only gathers the facts.
import { diasEntre, type Fecha } from '../comun/fecha';
import type { Calendario } from '../calendario/calendario';
import { relojDePrescripcion, type HechoDePrescripcion, type ResultadoDePrescripcion } from '../prescripcion/reloj-de-prescripcion';
import { relojDeCaducidad, type ResultadoDeCaducidad, type SuspensionDeCaducidad } from '../caducidad/reloj-de-caducidad';
import type { EstadoDeCredito } from './credito-fiscal.state';

/** CHP art. 24: interruptions (PAE acts made known, the debtor's acknowledgements) and suspensions (art. 30). */
export function hechosDePrescripcion(estado: EstadoDeCredito): HechoDePrescripcion[] {
  return [
    ...estado.pae.gestiones.map((g): HechoDePrescripcion => ({ tipo: 'gestion-de-cobro', fecha: g.fecha, notificadaAlDeudor: true, descripcion: g.descripcion })),
    ...estado.reconocimientos.map((r): HechoDePrescripcion => ({ tipo: 'reconocimiento', fecha: r.fecha, forma: r.descripcion.includes('expreso') ? 'expreso' : 'tacito', descripcion: r.descripcion })),
    ...estado.pae.suspensiones.map((s): HechoDePrescripcion => ({ tipo: 'suspension-del-pae', desde: s.desde, ...(s.hasta ? { hasta: s.hasta } : {}), descripcion: `PAE suspendido: ${s.motivo}` })),
  ];
}

/** Null while the credit is not exigible: the term runs from when payment could legally be demanded (art. 24 ¶2). */
export function relojDePrescripcionDelCredito(estado: EstadoDeCredito, cal: Calendario, fechaDeConsulta?: Fecha): ResultadoDePrescripcion | null {
  if (!estado.exigible) return null;
  return relojDePrescripcion(cal, { exigibleDesde: estado.exigible.fecha, hechos: hechosDePrescripcion(estado), ...(fechaDeConsulta ? { fechaDeConsulta } : {}) });
}

/** CHP art. 67: from the fact that gave rise to the credit; a recurso or juicio suspends it (art. 67 ¶4). */
export function relojDeCaducidadDelCredito(estado: EstadoDeCredito, cal: Calendario, fechaDeConsulta?: Fecha): ResultadoDeCaducidad | null {
  const c = estado.credito;
  if (!c) return null;
  const suspensiones = [...estado.pae.suspensiones, ...estado.pae.mediosDeDefensa]
    .filter((s) => s.motivo !== 'solicitud-de-condonacion')
    .map((s): SuspensionDeCaducidad => ({ tipo: 'medio-de-defensa', desde: s.desde, ...(s.hasta ? { hasta: s.hasta } : {}) }));
  const supuesto = c.origen === 'multa' ? 'infraccion' : c.origen === 'autodeterminado' ? 'declaracion-o-aviso' : 'causacion';
  return relojDeCaducidad(cal, { supuesto, fecha: c.fechaDelHecho, suspensiones, ...(fechaDeConsulta ? { fechaDeConsulta } : {}) });
}

export interface RelojesDelCredito {
  readonly prescripcion: { readonly vence: Fecha | null; readonly inicioDelComputo: Fecha | null; readonly prescrito: boolean; readonly resultado: ResultadoDePrescripcion | null };
  readonly caducidad: { readonly vence: Fecha | null; readonly ejercidaEl: Fecha | null; readonly resultado: ResultadoDeCaducidad | null };
}

export function relojesDelCredito(estado: EstadoDeCredito, cal: Calendario, fechaDeConsulta: Fecha): RelojesDelCredito {
  const p = relojDePrescripcionDelCredito(estado, cal, fechaDeConsulta);
  const k = relojDeCaducidadDelCredito(estado, cal, fechaDeConsulta);
  return {
    prescripcion: { vence: p?.vencimiento ?? null, inicioDelComputo: p?.inicioDelComputo ?? null, prescrito: p?.prescrito === true, resultado: p },
    caducidad: { vence: k?.vencimiento ?? null, ejercidaEl: estado.credito?.fechaDeterminacion ?? null, resultado: k },
  };
}

/** The clocks that end within `dias` calendar days of `fecha` (the projection lists them; the issue asks for 90). */
export function relojesPorVencer(relojes: RelojesDelCredito, fecha: Fecha, dias = 90): { reloj: 'prescripcion' | 'caducidad'; vence: Fecha; diasRestantes: number }[] {
  const candidatos = [
    ...(relojes.prescripcion.vence && !relojes.prescripcion.prescrito ? [{ reloj: 'prescripcion' as const, vence: relojes.prescripcion.vence }] : []),
    // Caducidad matters only while the power to determine has not been exercised.
    ...(relojes.caducidad.vence && relojes.caducidad.ejercidaEl === null ? [{ reloj: 'caducidad' as const, vence: relojes.caducidad.vence }] : []),
  ];
  return candidatos.map((c) => ({ ...c, diasRestantes: diasEntre(fecha, c.vence) })).filter((c) => c.diasRestantes >= 0 && c.diasRestantes <= dias);
}
