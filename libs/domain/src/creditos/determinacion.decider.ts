// CHP arts. 16, 37, 67, 101, 106-108, 170, 172 IV and LD arts. 4, 6 II: a credit is determined, notified, and
// becomes exigible and firme as the terms pass (the daily sweep, with the legal date (fechaEfecto)).
import { aTexto } from '../comun/importe';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import type { Fecha } from '../comun/fecha';
import { sumarDiasHabiles, vencimientoEnFechaDeterminada } from '../calendario/plazos';
import { fechaDeNotificacionPorBuzon, fechaDeNotificacionPorEdictos, fechaEnQueSurteEfectos, notificacionPorEstrados } from '../calendario/notificaciones';
import { esClaveDelegacion } from '../delegaciones/delegaciones';
import { normalizarContribuyente } from '../pagos-de-derechos/contribuyente';
import { relojDeCaducidad } from '../caducidad/reloj-de-caducidad';
import { flujoDeCredito } from './credito-fiscal.flujo';
import type { DeterminarCredito, PracticarNotificacion } from './credito-fiscal.commands';
import { MEDIOS_DE_NOTIFICACION_DEL_CREDITO, ORIGENES_DEL_CREDITO, type EventoDeCredito, type OrigenDelCredito } from './credito-fiscal.events';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { exigirCreditoVivo, exigirFecha, exigirImportePositivo, exigirTexto, noAnteriorA } from './reglas';

const FUNDAMENTO_DEL_ORIGEN: Record<OrigenDelCredito, string> = {
  liquidacion: 'CHP art. 37 I',
  autodeterminado: 'CHP arts. 16 y 37 II',
  multa: 'CHP arts. 37 I y 184',
  'derecho-fuera-de-plazo': 'LD art. 4; CHP arts. 43 y 44',
  'diferencia-ld-6-ii': 'LD art. 6 II; CHP art. 37 I',
};

/** Credits the authority determines: notified, then 30 business days to pay (CHP art. 37 I). */
export const determinadoPorLaAutoridad = (origen: OrigenDelCredito): boolean => origen !== 'autodeterminado' && origen !== 'derecho-fuera-de-plazo';

/** CHP art. 67: the authority determines only while its power has not expired. */
function dentroDelPlazoDeCaducidad(entorno: EntornoDeCredito, origen: OrigenDelCredito, fechaDelHecho: Fecha, fechaDeterminacion: Fecha): void {
  const reloj = relojDeCaducidad(entorno.calendario, { supuesto: origen === 'multa' ? 'infraccion' : 'causacion', fecha: fechaDelHecho, suspensiones: [] });
  if (reloj.vencimiento !== null && fechaDeterminacion > reloj.vencimiento) {
    throw reglaIncumplida('facultades-caducas', `El campo fechaDeterminacion (${fechaDeterminacion}) es posterior al ${reloj.vencimiento}, cuando se extinguieron las facultades para determinar el crédito.`, 'fechaDeterminacion', 'CHP art. 67');
  }
}

export function determinarCredito({ data: c }: DeterminarCredito, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  flujoDeCredito(c.creditoId);
  if (estado.credito) {
    const p = estado.credito;
    if (p.origen === c.origen && p.importeHistorico === c.importeHistorico && p.fechaDeterminacion === c.fechaDeterminacion) return [];
    throw conflicto('credito-existente', `El crédito ${c.creditoId} ya fue determinado con otros datos (creditoId).`, 'creditoId');
  }
  if (!ORIGENES_DEL_CREDITO.includes(c.origen)) throw valorInvalido('origen-invalido', `El campo origen debe ser uno de: ${ORIGENES_DEL_CREDITO.join(', ')}.`, 'origen');
  const descripcion = exigirTexto(c.descripcion, 'descripcion', 3, 250);
  const periodo = exigirTexto(c.periodo, 'periodo', 4, 20);
  const importe = exigirImportePositivo(c.importeHistorico, 'importeHistorico');
  if (!esClaveDelegacion(c.delegacion)) throw valorInvalido('delegacion-invalida', 'El campo delegacion debe ser la clave de una de las 13 Delegaciones de Finanzas (I a XIII) del CHP art. 101.', 'delegacion');
  const fechaDeterminacion = exigirFecha(c.fechaDeterminacion, 'fechaDeterminacion');
  const fechaDelHecho = exigirFecha(c.fechaDelHecho, 'fechaDelHecho');
  noAnteriorA(fechaDeterminacion, fechaDelHecho, 'fechaDeterminacion', 'determinacion-antes-del-hecho', 'la fecha del hecho que lo origina', 'CHP art. 37');
  const contribuyente = normalizarContribuyente(c.contribuyente);
  const calPagos = entorno.tablasDeAdeudo.calendario;
  let fechaLimitePago: Fecha | null = null;
  if (c.origen === 'autodeterminado') {
    fechaLimitePago = sumarDiasHabiles(calPagos, fechaDelHecho, 15);
  } else if (c.origen === 'derecho-fuera-de-plazo') {
    if (c.fechaLimitePago === undefined) throw valorInvalido('fecha-limite-requerida', 'Indique la fecha límite de pago que la ley fija para el derecho (fechaLimitePago).', 'fechaLimitePago');
    fechaLimitePago = vencimientoEnFechaDeterminada(calPagos, exigirFecha(c.fechaLimitePago, 'fechaLimitePago'));
  } else {
    dentroDelPlazoDeCaducidad(entorno, c.origen, fechaDelHecho, fechaDeterminacion);
  }
  const eventos: EventoDeCredito[] = [{
    type: 'CreditoDeterminado',
    data: {
      creditoId: c.creditoId, origen: c.origen, concepto: c.origen === 'multa' ? 'multa' : 'contribucion', descripcion, periodo,
      importeHistorico: aTexto(importe), delegacion: c.delegacion, fechaDeterminacion, fechaDelHecho, contribuyente, fechaLimitePago,
      fundamento: FUNDAMENTO_DEL_ORIGEN[c.origen],
    },
  }];
  // The taxpayer's own determination is no act of authority to challenge: it is firme when made (decision 0107).
  if (!determinadoPorLaAutoridad(c.origen)) eventos.push({ type: 'CreditoFirme', data: { creditoId: c.creditoId, fecha: fechaDeterminacion, causa: 'autodeterminado', fundamento: 'CHP art. 16' } });
  return eventos;
}

function fechaDeNotificacion(c: PracticarNotificacion['data'], entorno: EntornoDeCredito): { acto: Fecha; notificacion: Fecha } {
  const cal = entorno.calendario;
  switch (c.medio) {
    case 'personal': case 'correo-certificado': { const f = exigirFecha(c.fecha, 'fecha'); return { acto: f, notificacion: f }; }
    case 'buzon': { const f = exigirFecha(c.fecha, 'fecha'); return { acto: f, notificacion: fechaDeNotificacionPorBuzon(cal, f, c.fechaApertura) }; }
    case 'estrados': { const f = exigirFecha(c.fecha, 'fecha'); return { acto: f, notificacion: notificacionPorEstrados(cal, f).fechaNotificacion }; }
    case 'edictos': { const f = fechaDeNotificacionPorEdictos(c.publicaciones ?? []); return { acto: f, notificacion: f }; }
  }
}

export function practicarNotificacion({ data: c }: PracticarNotificacion, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const credito = exigirCreditoVivo(estado, c.creditoId);
  if (!MEDIOS_DE_NOTIFICACION_DEL_CREDITO.includes(c.medio)) throw valorInvalido('medio-invalido', `El campo medio debe ser uno de: ${MEDIOS_DE_NOTIFICACION_DEL_CREDITO.join(', ')} (CHP art. 107).`, 'medio');
  if (!determinadoPorLaAutoridad(credito.origen)) {
    throw reglaIncumplida('notificacion-no-requerida', 'El crédito lo determinó el contribuyente o su fecha de pago la fija la ley: su plazo corre sin notificación (medio).', 'medio', 'CHP art. 37 II');
  }
  const { acto, notificacion } = fechaDeNotificacion(c, entorno);
  if (estado.notificacion) {
    if (estado.notificacion.medio === c.medio && estado.notificacion.fechaNotificacion === notificacion) return [];
    throw conflicto('credito-ya-notificado', `El crédito ya fue notificado el ${estado.notificacion.fechaNotificacion} (medio).`, 'medio');
  }
  noAnteriorA(acto, credito.fechaDeterminacion, 'fecha', 'notificacion-antes-de-la-determinacion', 'la determinación del crédito', 'CHP art. 106');
  const surte = fechaEnQueSurteEfectos(entorno.calendario, notificacion, c.fechaManifestacionDeConocimiento);
  return [{
    type: 'NotificacionPracticada',
    data: {
      creditoId: c.creditoId, medio: c.medio, fechaDelActo: acto, fechaNotificacion: notificacion, fechaSurteEfectos: surte,
      fechaLimitePago: sumarDiasHabiles(entorno.tablasDeAdeudo.calendario, surte, 30),
      fechaLimiteImpugnacion: sumarDiasHabiles(entorno.calendario, surte, 30),
      fundamento: 'CHP arts. 107, 108, 37 I y 170 I',
    },
  }];
}
