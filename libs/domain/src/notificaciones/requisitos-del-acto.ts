// CHP art. 106: the minimum requirements of an administrative act that must be notified (decision 0009).
import { esFechaValida, type Fecha } from '../comun/fecha';
import { reglaIncumplida, valorInvalido } from '../comun/errores';

/** CHP art. 107: the means by which the act will be notified (II of art. 106 depends on it). */
export type MedioDeNotificacion = 'personal' | 'buzon' | 'correo-certificado' | 'correo-ordinario' | 'telegrama' | 'estrados' | 'edictos';
const MEDIOS: readonly MedioDeNotificacion[] = ['personal', 'buzon', 'correo-certificado', 'correo-ordinario', 'telegrama', 'estrados', 'edictos'];

export interface ActoANotificar {
  /** I: printed or digital document. */
  readonly soporte?: 'impreso' | 'digital';
  /** II: unknown medio counts as personal or buzón for a digital act (decision 0009). */
  readonly medio?: MedioDeNotificacion;
  /** II: a digital act notified personally or by buzón is transmitted encoded. */
  readonly codificado?: boolean;
  /** III */
  readonly lugarDeEmision?: string;
  readonly fechaDeEmision?: Fecha;
  /** IV: legal provisions (fundamento), facts that fit them (motivación), and what is resolved. */
  readonly fundamento?: string;
  readonly motivacion?: string;
  readonly resolucionUObjeto?: string;
  /** V: autograph on paper, firma electrónica avanzada on a digital document (decision 0009). */
  readonly firma?: { readonly tipo: 'autografa' | 'electronica-avanzada'; readonly funcionario: string };
  /** V: the addressee's name or, when unknown, data enough to identify them. */
  readonly destinatario?: string;
  readonly datosDeIdentificacion?: string;
  /** Last paragraph: a resolution that determines responsabilidad solidaria states its legal cause. */
  readonly determinaResponsabilidadSolidaria?: boolean;
  readonly causaLegalDeLaResponsabilidad?: string;
}

export interface RequisitoFaltante {
  readonly campo: string;
  /** e.g. `CHP art. 106 V`. */
  readonly fraccion: string;
  readonly mensaje: string;
}

const lleno = (t: unknown): boolean => typeof t === 'string' && t.trim() !== '';

/** CHP art. 106: every requirement the act lacks, in the order of the article; empty when it has them all. */
export function verificarRequisitosDelActo(acto: ActoANotificar): RequisitoFaltante[] {
  if (acto === null || typeof acto !== 'object') throw valorInvalido('acto-invalido', 'El campo acto debe describir el documento a notificar.', 'acto');
  if (acto.medio !== undefined && !MEDIOS.includes(acto.medio)) {
    throw valorInvalido('medio-desconocido', `El campo medio debe ser uno de: ${MEDIOS.join(', ')}.`, 'medio');
  }
  const faltan: RequisitoFaltante[] = [];
  const falta = (campo: string, fraccion: string, mensaje: string) => faltan.push({ campo, fraccion, mensaje });

  if (acto.soporte !== 'impreso' && acto.soporte !== 'digital') {
    falta('soporte', 'CHP art. 106 I', 'El campo soporte debe indicar que el acto consta por escrito en documento impreso o digital.');
  }
  const digital = acto.soporte === 'digital';
  if (digital && (acto.medio === undefined || acto.medio === 'personal' || acto.medio === 'buzon') && acto.codificado !== true) {
    falta('codificado', 'CHP art. 106 II', 'El campo codificado debe ser verdadero: un acto en documento digital que se notifica personalmente o por buzón tributario se transmite codificado.');
  }
  if (!lleno(acto.lugarDeEmision)) falta('lugarDeEmision', 'CHP art. 106 III', 'El campo lugarDeEmision debe señalar el lugar de emisión del acto.');
  if (!esFechaValida(acto.fechaDeEmision)) falta('fechaDeEmision', 'CHP art. 106 III', 'El campo fechaDeEmision debe señalar la fecha de emisión del acto (AAAA-MM-DD).');
  if (!lleno(acto.fundamento)) falta('fundamento', 'CHP art. 106 IV', 'El campo fundamento debe citar los preceptos legales en que se funda el acto.');
  if (!lleno(acto.motivacion)) falta('motivacion', 'CHP art. 106 IV', 'El campo motivacion debe expresar los hechos que motivan el acto.');
  if (!lleno(acto.resolucionUObjeto)) falta('resolucionUObjeto', 'CHP art. 106 IV', 'El campo resolucionUObjeto debe expresar la resolución, objeto o propósito del acto.');

  const firma = acto.firma;
  if (!firma || !lleno(firma.funcionario) || (firma.tipo !== 'autografa' && firma.tipo !== 'electronica-avanzada')) {
    falta('firma', 'CHP art. 106 V', 'El campo firma debe ostentar la firma del funcionario competente y su nombre.');
  } else if (digital && firma.tipo !== 'electronica-avanzada') {
    falta('firma', 'CHP art. 106 V', 'El campo firma de un acto en documento digital debe ser la firma electrónica avanzada del funcionario competente.');
  } else if (acto.soporte === 'impreso' && firma.tipo !== 'autografa') {
    falta('firma', 'CHP art. 106 V', 'El campo firma de un acto en documento impreso debe ser autógrafa.');
  }
  if (!lleno(acto.destinatario) && !lleno(acto.datosDeIdentificacion)) {
    falta('destinatario', 'CHP art. 106 V', 'El campo destinatario debe dar el nombre de la persona a quien va dirigido o, si se ignora, datos suficientes para identificarla (datosDeIdentificacion).');
  }
  if (acto.determinaResponsabilidadSolidaria === true && !lleno(acto.causaLegalDeLaResponsabilidad)) {
    falta('causaLegalDeLaResponsabilidad', 'CHP art. 106 último párrafo', 'El campo causaLegalDeLaResponsabilidad debe señalar la causa legal de la responsabilidad solidaria que determina la resolución.');
  }
  return faltan;
}

/** CHP art. 106: refuses (422) an act that lacks a requirement, naming the first missing field; lists them all in `detalles`. */
export function exigirRequisitosDelActo(acto: ActoANotificar): void {
  const faltan = verificarRequisitosDelActo(acto);
  const primero = faltan[0];
  if (primero === undefined) return;
  throw reglaIncumplida('acto-sin-requisitos', `${primero.mensaje} (${primero.fraccion})`, primero.campo, primero.fraccion, { faltantes: faltan });
}
