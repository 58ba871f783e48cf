// Where a credit stands in the collection procedure as of a date: the stage, when it began and the next legal
// deadline with its article (CHP arts. 37, 42, 117, 145, 170, 183; terms in business days, art. 21).
import type { Fecha } from '../comun/fecha';
import type { Calendario } from '../calendario/calendario';
import { vencimientoEnMeses } from '../calendario/plazos';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';

export type EtapaDelCredito =
  | 'sin-determinar' | 'determinado' | 'notificado' | 'exigible' | 'en-convenio' | 'requerido' | 'embargado' | 'valuado'
  | 'convocado-a-remate' | 'rematado' | 'adjudicado' | 'suspendido' | 'pagado' | 'prescrito' | 'cancelado' | 'anulado';

export interface PlazoLegal {
  readonly fecha: Fecha;
  readonly descripcion: string;
  readonly articulo: string;
}

export interface EtapaALaFecha {
  readonly etapa: EtapaDelCredito;
  readonly desde: Fecha | null;
  readonly exigible: boolean;
  readonly firme: boolean;
  readonly fechaLimitePago: Fecha | null;
  readonly plazos: readonly PlazoLegal[];
  /** The earliest deadline on or after the date asked, or null. */
  readonly proximoPlazo: PlazoLegal | null;
}

/**
 * The stage and its deadlines with the calendar given: the only deadline computed here (art. 183) moves with the
 * closed days, so a read model that stores no table can call it with the fixed closures alone for a lower bound.
 */
export function etapaYPlazos(s: EstadoDeCredito, calendario: Calendario): { etapa: EtapaDelCredito; desde: Fecha | null; plazos: PlazoLegal[] } {
  const c = s.credito;
  if (!c) return { etapa: 'sin-determinar', desde: null, plazos: [] };
  if (s.extincion) return { etapa: s.extincion.como, desde: s.extincion.fecha, plazos: [] };
  const pae = s.pae;
  if (pae.suspension) {
    const plazos = pae.suspension.motivo === 'recurso-de-revocacion'
      ? [{ fecha: vencimientoEnMeses(calendario, pae.suspension.fecha, 4), descripcion: 'resolver y notificar el recurso de revocación', articulo: 'CHP art. 183' }] : [];
    return { etapa: 'suspendido', desde: pae.suspension.fecha, plazos };
  }
  if (pae.enajenado) return { etapa: pae.enajenado.como, desde: pae.enajenado.fecha, plazos: [] };
  if (pae.remate) return { etapa: 'convocado-a-remate', desde: pae.remate.fechaConvocatoria, plazos: [{ fecha: pae.remate.fechaRemate, descripcion: 'celebración del remate', articulo: 'CHP art. 145' }] };
  if (pae.avaluo) return { etapa: 'valuado', desde: pae.avaluo.fecha, plazos: [] };
  const vigente = s.exigible?.fecha;
  const embargo = pae.embargos[pae.embargos.length - 1];
  if (embargo && vigente && embargo.fecha >= vigente) return { etapa: 'embargado', desde: embargo.fecha, plazos: [] };
  const req = pae.requerimiento;
  if (req && vigente && req.fecha >= vigente) {
    const plazos = req.plazoDePago ? [{ fecha: req.plazoDePago, descripcion: 'pagar dentro de los seis días hábiles del requerimiento', articulo: 'CHP art. 117' }] : [];
    return { etapa: 'requerido', desde: req.fecha, plazos };
  }
  if (s.convenio.estado === 'vigente') {
    const siguiente = s.convenio.parcialidades.find((p) => !p.cubierta);
    const plazos = siguiente ? [{ fecha: siguiente.fila.vencimiento, descripcion: `pagar la parcialidad ${siguiente.fila.numero}`, articulo: 'CHP art. 42 I' }] : [];
    return { etapa: 'en-convenio', desde: s.convenio.fechaDeAutorizacion, plazos };
  }
  if (s.exigible) return { etapa: 'exigible', desde: s.exigible.fecha, plazos: [] };
  if (s.notificacion) {
    return {
      etapa: 'notificado', desde: s.notificacion.fechaNotificacion,
      plazos: [
        { fecha: s.notificacion.fechaLimitePago, descripcion: 'pagar o garantizar el crédito', articulo: 'CHP art. 37 I' },
        { fecha: s.notificacion.fechaLimiteImpugnacion, descripcion: 'interponer el recurso de revocación', articulo: 'CHP art. 170 I' },
      ],
    };
  }
  const plazos = s.fechaLimitePago ? [{ fecha: s.fechaLimitePago, descripcion: 'pagar el crédito', articulo: c.origen === 'autodeterminado' ? 'CHP art. 37 II' : 'LD art. 4' }] : [];
  return { etapa: 'determinado', desde: c.fechaDeterminacion, plazos };
}

export function etapaDelCredito(estado: EstadoDeCredito, entorno: EntornoDeCredito, fechaDeConsulta: Fecha): EtapaALaFecha {
  const { etapa, desde, plazos } = etapaYPlazos(estado, entorno.calendario);
  const proximoPlazo = [...plazos].sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0)).find((p) => p.fecha >= fechaDeConsulta) ?? null;
  return { etapa, desde, exigible: estado.exigible !== null, firme: estado.firme !== null, fechaLimitePago: estado.fechaLimitePago, plazos, proximoPlazo };
}
