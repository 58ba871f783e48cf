// LD arts. 5-6: the rules an agency's act on a recibo oficial must meet. Each throws a typed refusal that names
// the field and the article; the decider runs the ones each command needs, in order.
import { accesoDenegado, conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { Fecha, esFechaValida, partes } from '../comun/fecha';
import { Dec, aTexto, importe } from '../comun/importe';
import { redondearACentavos } from '../comun/redondeo';
import { LineaDeTarifa } from '../pagos-de-derechos/importe-de-derecho';
import { esFolioReciboValido } from '../pagos-de-derechos/folio-recibo';
import { ReciboParaServicio } from './servicio-registrado.commands';
import { EstadoServicioRegistrado } from './servicio-registrado.state';

export function folioConFormato(folio: string, campo = 'folioRecibo'): void {
  if (!esFolioReciboValido(folio)) {
    throw valorInvalido('folio-invalido', `El folio del recibo no tiene el formato RO-AAAA-NNNNNNNN-C o su carácter verificador no corresponde (${campo}).`, campo);
  }
}

export function fechaConFormato(f: Fecha, campo: string): void {
  if (!esFechaValida(f)) throw valorInvalido('fecha-invalida', `La fecha no es válida, use AAAA-MM-DD (${campo}).`, campo);
}

/** LD art. 6: a receipt serves one service once; its first use is named in the refusal. */
export function reciboNoUsadoAntes(estado: EstadoServicioRegistrado): void {
  const s = estado.servicio;
  if (s) {
    throw conflicto('recibo-ya-utilizado', `El recibo ${s.folioRecibo} ya se utilizó para el servicio otorgado el ${s.fechaOtorgamiento} por ${s.dependencia} (folioRecibo).`, 'folioRecibo', {
      folioRecibo: s.folioRecibo,
      dependencia: s.dependencia,
      claveDerecho: s.claveDerecho,
      fechaOtorgamiento: s.fechaOtorgamiento,
      receptor: s.receptor,
    });
  }
}

/** LD art. 6 I: a receipt declared unused for a refund cannot later pay a service or a difference. */
export function sinConstanciaDeNoPrestacion(estado: EstadoServicioRegistrado): void {
  const c = estado.constancia;
  if (c) {
    throw conflicto('recibo-con-constancia-de-no-prestacion', `El recibo ${c.folioRecibo} tiene constancia de no prestación del ${c.fechaEmision}; solo procede su devolución (folioRecibo).`, 'folioRecibo', {
      dependencia: c.dependencia,
      fechaEmision: c.fechaEmision,
    });
  }
}

/** LD art. 6 I and II are alternatives: once the difference is authorised, the refund route is closed. */
export function sinOrdenDeCobro(estado: EstadoServicioRegistrado): void {
  const o = estado.ordenDeCobro;
  if (o) {
    throw conflicto('orden-de-cobro-emitida', `El recibo ${o.folioRecibo} ya tiene una orden de autorización de cobro del ${o.fechaPrestacion} (folioRecibo).`, 'folioRecibo', {
      fechaPrestacion: o.fechaPrestacion,
      total: o.total,
    });
  }
}

/** LD arts. 5-6: the agency serves only against a recibo oficial that exists and stands paid. */
export function reciboPagado(recibo: ReciboParaServicio | null, folioRecibo: string): asserts recibo is ReciboParaServicio {
  if (recibo === null || recibo.folio !== folioRecibo) {
    throw reglaIncumplida('recibo-no-encontrado', `No existe un recibo oficial con folio ${folioRecibo} (folioRecibo).`, 'folioRecibo', 'LD art. 6');
  }
  if (recibo.estado !== 'pagado') {
    throw reglaIncumplida('recibo-no-pagado', `El recibo ${folioRecibo} no está pagado (fue cancelado) (folioRecibo).`, 'folioRecibo', 'LD art. 6');
  }
}

/** LD art. 11 and the ROS: an agency registers only derechos of its own catalog (403 otherwise). */
export function derechoDeLaDependencia(linea: LineaDeTarifa | null, claveDerecho: string, dependencia: string): asserts linea is LineaDeTarifa {
  if (linea === null || linea.clave !== claveDerecho) {
    throw reglaIncumplida('derecho-desconocido', `El derecho ${claveDerecho} no está en el catálogo de tarifas (claveDerecho).`, 'claveDerecho', 'LD art. 11');
  }
  if (linea.dependencia !== dependencia) {
    throw accesoDenegado('derecho-ajeno-a-la-dependencia', `El derecho ${claveDerecho} no pertenece al catálogo de la dependencia ${dependencia} (claveDerecho).`, 'claveDerecho');
  }
}

/** LD art. 6: the receipt must be for the derecho of the service. */
export function reciboDelMismoDerecho(recibo: ReciboParaServicio, claveDerecho: string): void {
  if (recibo.claveDerecho !== claveDerecho) {
    throw reglaIncumplida('recibo-de-otro-derecho', `El recibo ${recibo.folio} pagó el derecho ${recibo.claveDerecho}, no ${claveDerecho} (claveDerecho).`, 'claveDerecho', 'LD art. 6', {
      claveDerechoDelRecibo: recibo.claveDerecho,
    });
  }
}

/** LD art. 5: the derecho is paid before the service. */
export function noAntesDelPago(recibo: ReciboParaServicio, fecha: Fecha, campo: string): void {
  if (fecha < recibo.fechaPago) {
    throw reglaIncumplida('servicio-antes-del-pago', `La fecha (${fecha}) es anterior al pago del derecho (${recibo.fechaPago}); el pago debe ser previo al servicio (${campo}).`, campo, 'LD art. 5');
  }
}

/** LD art. 11 with LD art. 6 II: what the service costs at its date, and how much more than what was paid. */
export function diferenciaDeTarifa(recibo: ReciboParaServicio, linea: LineaDeTarifa): { importeALaFecha: string; diferencia: string } {
  if (linea.tarifa === null) {
    throw reglaIncumplida('derecho-sin-tarifa', `El derecho ${linea.clave} no tiene una tarifa en pesos vigente (claveDerecho).`, 'claveDerecho', 'LD art. 11');
  }
  const aLaFecha = redondearACentavos(importe(linea.tarifa).times(new Dec(recibo.cantidad)));
  const diferencia = aLaFecha.minus(importe(recibo.importeDerecho));
  return { importeALaFecha: aTexto(aLaFecha), diferencia: aTexto(diferencia.isNegative() ? new Dec(0) : diferencia) };
}

/**
 * LD art. 6 II, third paragraph: the agency gives the service only when the tariff on the receipt covers the
 * tariff at the date of the service, or the difference authorised by an orden de autorización de cobro was paid.
 */
export function sinDiferenciaPendiente(estado: EstadoServicioRegistrado, diferencia: string, importeALaFecha: string, recibo: ReciboParaServicio): void {
  if (importe(diferencia).isZero()) return;
  const cubierta = estado.ordenDeCobro !== null && estado.pagoDeDiferencia !== null && importe(estado.ordenDeCobro.diferencia).greaterThanOrEqualTo(importe(diferencia));
  if (!cubierta) {
    throw reglaIncumplida(
      'diferencia-de-tarifa-pendiente',
      `La tarifa a la fecha del servicio ($${importeALaFecha}) excede lo pagado ($${recibo.importeDerecho}); cobre primero la diferencia de $${diferencia} con orden de autorización de cobro (fechaOtorgamiento).`,
      'fechaOtorgamiento',
      'LD art. 6 II',
      { importePagado: recibo.importeDerecho, importeALaFecha, diferencia },
    );
  }
}

/** LD art. 6 II: differences are collected only within the current fiscal year and the one before. */
export function dentroDelEjercicioEnCursoOAnterior(recibo: ReciboParaServicio, fechaPrestacion: Fecha): void {
  if (partes(fechaPrestacion).anio - partes(recibo.fechaPago).anio > 1) {
    throw reglaIncumplida(
      'fuera-del-ejercicio-en-curso-o-anterior',
      `El pago (${recibo.fechaPago}) no es del ejercicio fiscal de la prestación ni del inmediato anterior; solo procede la devolución (fechaPrestacion).`,
      'fechaPrestacion',
      'LD art. 6 II',
    );
  }
}

export function montoNoNegativo(valor: string, campo: string): void {
  if (typeof valor !== 'string' || !/^\d{1,15}(\.\d{1,2})?$/.test(valor)) {
    throw valorInvalido('importe-invalido', `El importe debe ser un decimal no negativo en texto con hasta dos decimales (${campo}).`, campo);
  }
}
