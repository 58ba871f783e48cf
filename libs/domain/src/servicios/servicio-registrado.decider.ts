// Registro de Otorgamiento de Servicios (ROS; LD arts. 5-6): one stream per recibo oficial. A receipt pays one
// service once; unserved, it is refunded against the agency's constancia (LD art. 6 I) or, served later at a
// higher tariff, the difference and its accessories are collected on the agency's order (LD art. 6 II).
import { Decider } from '../comun/decider';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { aTexto, importe, suma } from '../comun/importe';
import { calcularAdicional } from '../adicional/adicional';
import { calcularSalvamentos } from '../adicional/salvamentos';
import {
  ComandoServicioRegistrado,
  EmitirConstanciaDeNoPrestacion,
  EmitirOrdenDeAutorizacionDeCobro,
  RegistrarPagoDeDiferencia,
  RegistrarServicio,
  SolicitarDevolucion,
} from './servicio-registrado.commands';
import { EventoServicioRegistrado, ServicioRegistrado } from './servicio-registrado.events';
import { EstadoServicioRegistrado, estadoInicialServicioRegistrado } from './servicio-registrado.state';
import {
  dentroDelEjercicioEnCursoOAnterior,
  derechoDeLaDependencia,
  diferenciaDeTarifa,
  fechaConFormato,
  folioConFormato,
  montoNoNegativo,
  noAntesDelPago,
  reciboDelMismoDerecho,
  reciboNoUsadoAntes,
  reciboPagado,
  sinConstanciaDeNoPrestacion,
  sinDiferenciaPendiente,
  sinOrdenDeCobro,
} from './reglas';

export function decidirServicioRegistrado(comando: ComandoServicioRegistrado, estado: EstadoServicioRegistrado): EventoServicioRegistrado[] {
  switch (comando.type) {
    case 'RegistrarServicio':
      return registrarServicio(comando, estado);
    case 'EmitirConstanciaDeNoPrestacion':
      return emitirConstancia(comando, estado);
    case 'SolicitarDevolucion':
      return solicitarDevolucion(comando, estado);
    case 'EmitirOrdenDeAutorizacionDeCobro':
      return emitirOrdenDeCobro(comando, estado);
    case 'RegistrarPagoDeDiferencia':
      return registrarPagoDeDiferencia(comando, estado);
  }
}

const limpiar = (texto: unknown) => (typeof texto === 'string' ? texto.trim().replace(/\s+/g, ' ') : '');

function receptorNormalizado(r: RegistrarServicio['data']['receptor']): ServicioRegistrado['data']['receptor'] {
  const nombre = limpiar(r?.nombre);
  if (nombre.length < 2 || nombre.length > 250) {
    throw valorInvalido('receptor-invalido', 'Indique el nombre de quien recibió el servicio, de 2 a 250 caracteres (receptor.nombre).', 'receptor.nombre');
  }
  const identificacion = limpiar(r?.identificacion);
  return { nombre, identificacion: identificacion === '' ? null : identificacion };
}

function registrarServicio({ data }: RegistrarServicio, estado: EstadoServicioRegistrado): EventoServicioRegistrado[] {
  folioConFormato(data.folioRecibo);
  fechaConFormato(data.fechaOtorgamiento, 'fechaOtorgamiento');
  const receptor = receptorNormalizado(data.receptor);
  const s = estado.servicio;
  if (
    s &&
    s.dependencia === data.dependencia &&
    s.claveDerecho === data.claveDerecho &&
    s.fechaOtorgamiento === data.fechaOtorgamiento &&
    s.receptor.nombre === receptor.nombre &&
    s.receptor.identificacion === receptor.identificacion
  ) {
    return [];
  }
  reciboNoUsadoAntes(estado);
  sinConstanciaDeNoPrestacion(estado);
  reciboPagado(data.recibo, data.folioRecibo);
  derechoDeLaDependencia(data.lineaDeTarifa, data.claveDerecho, data.dependencia);
  reciboDelMismoDerecho(data.recibo, data.claveDerecho);
  noAntesDelPago(data.recibo, data.fechaOtorgamiento, 'fechaOtorgamiento');
  const { importeALaFecha, diferencia } = diferenciaDeTarifa(data.recibo, data.lineaDeTarifa);
  sinDiferenciaPendiente(estado, diferencia, importeALaFecha, data.recibo);
  return [
    {
      type: 'ServicioRegistrado',
      data: {
        folioRecibo: data.folioRecibo,
        claveDerecho: data.claveDerecho,
        cantidad: data.recibo.cantidad,
        dependencia: data.dependencia,
        fechaOtorgamiento: data.fechaOtorgamiento,
        fechaPago: data.recibo.fechaPago,
        receptor,
      },
    },
  ];
}

function emitirConstancia({ data }: EmitirConstanciaDeNoPrestacion, estado: EstadoServicioRegistrado): EventoServicioRegistrado[] {
  folioConFormato(data.folioRecibo);
  fechaConFormato(data.fechaEmision, 'fechaEmision');
  if (estado.constancia && estado.constancia.dependencia === data.dependencia) return [];
  reciboNoUsadoAntes(estado);
  sinConstanciaDeNoPrestacion(estado);
  sinOrdenDeCobro(estado);
  reciboPagado(data.recibo, data.folioRecibo);
  derechoDeLaDependencia(data.lineaDeTarifa, data.recibo.claveDerecho, data.dependencia);
  const motivo = limpiar(data.motivo);
  if (motivo.length < 3 || motivo.length > 1000) {
    throw valorInvalido('motivo-invalido', 'Explique por qué no se prestó el servicio, de 3 a 1000 caracteres (motivo).', 'motivo');
  }
  noAntesDelPago(data.recibo, data.fechaEmision, 'fechaEmision');
  return [
    {
      type: 'ConstanciaDeNoPrestacionEmitida',
      data: {
        folioRecibo: data.folioRecibo,
        claveDerecho: data.recibo.claveDerecho,
        dependencia: data.dependencia,
        fechaEmision: data.fechaEmision,
        motivo,
        fechaPago: data.recibo.fechaPago,
        importeTotal: data.recibo.importeTotal,
      },
    },
  ];
}

function solicitarDevolucion({ data }: SolicitarDevolucion, estado: EstadoServicioRegistrado): EventoServicioRegistrado[] {
  folioConFormato(data.folioRecibo);
  fechaConFormato(data.fechaSolicitud, 'fechaSolicitud');
  if (estado.devolucion) return [];
  const c = estado.constancia;
  if (!c) {
    throw reglaIncumplida(
      'falta-constancia-de-no-prestacion',
      `La devolución requiere la constancia de no prestación del servicio que emite la dependencia para el recibo ${data.folioRecibo} (folioRecibo).`,
      'folioRecibo',
      'LD art. 6 I',
    );
  }
  if (data.fechaSolicitud < c.fechaEmision) {
    throw reglaIncumplida('solicitud-antes-de-la-constancia', `La solicitud no puede ser anterior a la constancia (${c.fechaEmision}) (fechaSolicitud).`, 'fechaSolicitud', 'LD art. 6 I');
  }
  return [{ type: 'DevolucionSolicitada', data: { folioRecibo: data.folioRecibo, importe: c.importeTotal, fechaSolicitud: data.fechaSolicitud, fundamento: 'LD art. 6 I; CHP art. 53' } }];
}

function emitirOrdenDeCobro({ data }: EmitirOrdenDeAutorizacionDeCobro, estado: EstadoServicioRegistrado): EventoServicioRegistrado[] {
  folioConFormato(data.folioRecibo);
  fechaConFormato(data.fechaPrestacion, 'fechaPrestacion');
  montoNoNegativo(data.accesorios?.actualizacion, 'accesorios.actualizacion');
  montoNoNegativo(data.accesorios?.recargos, 'accesorios.recargos');
  const previa = estado.ordenDeCobro;
  if (previa) {
    if (previa.fechaPrestacion === data.fechaPrestacion && previa.dependencia === data.dependencia) return [];
    throw conflicto('orden-de-cobro-ya-emitida', `El recibo ya tiene una orden de autorización de cobro para el ${previa.fechaPrestacion} (fechaPrestacion).`, 'fechaPrestacion', {
      fechaPrestacion: previa.fechaPrestacion,
      total: previa.total,
    });
  }
  reciboNoUsadoAntes(estado);
  sinConstanciaDeNoPrestacion(estado);
  reciboPagado(data.recibo, data.folioRecibo);
  derechoDeLaDependencia(data.lineaDeTarifa, data.recibo.claveDerecho, data.dependencia);
  noAntesDelPago(data.recibo, data.fechaPrestacion, 'fechaPrestacion');
  dentroDelEjercicioEnCursoOAnterior(data.recibo, data.fechaPrestacion);
  const { importeALaFecha, diferencia } = diferenciaDeTarifa(data.recibo, data.lineaDeTarifa);
  if (importe(diferencia).isZero()) {
    throw reglaIncumplida(
      'sin-diferencia-de-tarifa',
      `La tarifa a la fecha de prestación ($${importeALaFecha}) no excede lo pagado ($${data.recibo.importeDerecho}); no hay diferencia que cobrar (fechaPrestacion).`,
      'fechaPrestacion',
      'LD art. 6 II',
    );
  }
  // CHP art. 264: the difference is a derecho and carries the adicional (and, on a refrendo, salvamentos);
  // actualización and recargos are accessories outside the base (decision 0204).
  const adicional = calcularAdicional(diferencia, { claveDerecho: data.recibo.claveDerecho }).adicional;
  const salvamentos = calcularSalvamentos(diferencia, data.recibo.claveDerecho);
  const total = suma([diferencia, adicional, salvamentos, data.accesorios.actualizacion, data.accesorios.recargos].map((v) => importe(v)));
  return [
    {
      type: 'OrdenDeAutorizacionDeCobroEmitida',
      data: {
        folioRecibo: data.folioRecibo,
        claveDerecho: data.recibo.claveDerecho,
        cantidad: data.recibo.cantidad,
        dependencia: data.dependencia,
        fechaPago: data.recibo.fechaPago,
        fechaPrestacion: data.fechaPrestacion,
        importePagado: data.recibo.importeDerecho,
        importeALaFecha,
        diferencia,
        adicional,
        salvamentos,
        actualizacion: aTexto(importe(data.accesorios.actualizacion)),
        recargos: aTexto(importe(data.accesorios.recargos)),
        total: aTexto(total),
      },
    },
  ];
}

function registrarPagoDeDiferencia({ data }: RegistrarPagoDeDiferencia, estado: EstadoServicioRegistrado): EventoServicioRegistrado[] {
  folioConFormato(data.folioRecibo);
  folioConFormato(data.folioReciboDiferencia, 'folioReciboDiferencia');
  fechaConFormato(data.fechaPago, 'fechaPago');
  const previo = estado.pagoDeDiferencia;
  if (previo) {
    if (previo.folioReciboDiferencia === data.folioReciboDiferencia) return [];
    throw conflicto('diferencia-ya-pagada', `La diferencia ya se pagó con el recibo ${previo.folioReciboDiferencia} (folioReciboDiferencia).`, 'folioReciboDiferencia', {
      folioReciboDiferencia: previo.folioReciboDiferencia,
    });
  }
  const orden = estado.ordenDeCobro;
  if (!orden) {
    throw reglaIncumplida('sin-orden-de-cobro', `El recibo ${data.folioRecibo} no tiene orden de autorización de cobro (folioRecibo).`, 'folioRecibo', 'LD art. 6 II');
  }
  montoNoNegativo(data.importe, 'importe');
  if (!importe(data.importe).equals(importe(orden.total))) {
    throw reglaIncumplida('importe-no-coincide', `El importe pagado ($${data.importe}) no coincide con el de la orden de autorización de cobro ($${orden.total}) (importe).`, 'importe', 'LD art. 6 II', {
      recibido: data.importe,
      esperado: orden.total,
    });
  }
  if (data.fechaPago < orden.fechaPago) {
    throw reglaIncumplida('pago-antes-del-recibo', `El pago de la diferencia no puede ser anterior al pago original (${orden.fechaPago}) (fechaPago).`, 'fechaPago');
  }
  return [{ type: 'DiferenciaPagada', data: { folioRecibo: data.folioRecibo, folioReciboDiferencia: data.folioReciboDiferencia, importe: aTexto(importe(data.importe)), fechaPago: data.fechaPago } }];
}

export function evolucionarServicioRegistrado(estado: EstadoServicioRegistrado, evento: EventoServicioRegistrado): EstadoServicioRegistrado {
  switch (evento.type) {
    case 'ServicioRegistrado':
      return { ...estado, servicio: evento.data };
    case 'ConstanciaDeNoPrestacionEmitida':
      return { ...estado, constancia: evento.data };
    case 'DevolucionSolicitada':
      return { ...estado, devolucion: evento.data };
    case 'OrdenDeAutorizacionDeCobroEmitida':
      return { ...estado, ordenDeCobro: evento.data };
    case 'DiferenciaPagada':
      return { ...estado, pagoDeDiferencia: evento.data };
  }
}

export const servicioRegistradoDecider: Decider<ComandoServicioRegistrado, EstadoServicioRegistrado, EventoServicioRegistrado> = {
  decide: decidirServicioRegistrado,
  evolve: evolucionarServicioRegistrado,
  estadoInicial: estadoInicialServicioRegistrado,
};
