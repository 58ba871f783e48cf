// Orden de pago of a derecho (LD art. 5: paid before the service, at the offices the Secretaría authorises):
// amount = derecho + adicional (CHP art. 265), and a línea de captura valid until a date (decision 0202).
import { Decider } from '../comun/decider';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { esFechaValida, partes } from '../comun/fecha';
import { ComandoOrdenDePago, EmitirOrdenDePago } from './orden-de-pago.commands';
import { EventoOrdenDePago, OrdenDePagoEmitida } from './orden-de-pago.events';
import { calcularImporteDeDerecho } from './importe-de-derecho';
import { generarLineaDeCaptura } from './linea-de-captura';

/** 22 base64url characters carry 132 bits; nothing shorter can be the secret of a public link. */
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

export type EstadoOrdenDePago =
  | { readonly estado: 'inexistente' }
  | { readonly estado: 'emitida'; readonly orden: OrdenDePagoEmitida['data'] };

function emitir(comando: EmitirOrdenDePago, estado: EstadoOrdenDePago): EventoOrdenDePago[] {
  const evento = ordenEmitida(comando);
  if (estado.estado === 'emitida') {
    if (mismaOrden(estado.orden, evento.data)) return [];
    throw conflicto('orden-de-pago-ya-emitida', `La orden de pago con serie ${comando.data.serie} ya fue emitida con otros datos (serie).`, 'serie', {
      lineaDeCaptura: estado.orden.lineaDeCaptura,
    });
  }
  return [evento];
}

function ordenEmitida({ data }: EmitirOrdenDePago): OrdenDePagoEmitida {
  if (!esFechaValida(data.fechaEmision)) throw valorInvalido('fecha-invalida', 'La fecha de emisión no es válida (AAAA-MM-DD).', 'fechaEmision');
  if (!esFechaValida(data.fechaVigencia)) throw valorInvalido('fecha-invalida', 'La fecha de vigencia no es válida (AAAA-MM-DD).', 'fechaVigencia');
  const linea = data.lineaDeTarifa;
  if (linea === null || linea.clave !== data.claveDerecho) {
    throw reglaIncumplida('derecho-desconocido', `El derecho ${data.claveDerecho} no está en el catálogo de tarifas vigente (claveDerecho).`, 'claveDerecho', 'LD art. 11');
  }
  if (data.fechaVigencia < data.fechaEmision) {
    throw reglaIncumplida('vigencia-anterior-a-la-emision', 'La fecha de vigencia no puede ser anterior a la fecha de emisión (fechaVigencia).', 'fechaVigencia');
  }
  if (partes(data.fechaVigencia).anio !== partes(data.fechaEmision).anio) {
    throw reglaIncumplida(
      'vigencia-fuera-del-ejercicio',
      'La orden de pago debe vencer dentro del mismo ejercicio fiscal en que se emite, porque las tarifas cambian por decreto al iniciar el año (fechaVigencia).',
      'fechaVigencia',
      'CHP art. 20',
    );
  }
  if (typeof data.token !== 'string' || !TOKEN.test(data.token)) {
    throw valorInvalido('token-invalido', 'El token de la orden de pago debe ser un secreto aleatorio de al menos 22 caracteres URL seguros (token).', 'token');
  }
  const importe = calcularImporteDeDerecho(linea, data.cantidad);
  return {
    type: 'OrdenDePagoEmitida',
    data: {
      serie: data.serie,
      lineaDeCaptura: generarLineaDeCaptura({ serie: data.serie, fechaVigencia: data.fechaVigencia, importe: importe.total }),
      claveDerecho: linea.clave,
      dependencia: linea.dependencia,
      cantidad: importe.cantidad,
      tarifa: importe.tarifa,
      importeDerecho: importe.importeDerecho,
      adicional: importe.adicional,
      salvamentos: importe.salvamentos,
      total: importe.total,
      exentoDeAdicional: importe.exentoDeAdicional,
      fundamentoAdicional: importe.fundamentoAdicional,
      fechaEmision: data.fechaEmision,
      fechaVigencia: data.fechaVigencia,
      token: data.token,
    },
  };
}

/** A retry is the same order when derecho, quantity, validity and total match; its emission date may differ. */
function mismaOrden(a: OrdenDePagoEmitida['data'], b: OrdenDePagoEmitida['data']): boolean {
  return a.claveDerecho === b.claveDerecho && a.cantidad === b.cantidad && a.fechaVigencia === b.fechaVigencia && a.total === b.total;
}

export const ordenDePagoDecider: Decider<ComandoOrdenDePago, EstadoOrdenDePago, EventoOrdenDePago> = {
  // One command (ComandoOrdenDePago is EmitirOrdenDePago alone).
  decide: emitir,
  // The order's one fact: once issued it never changes (its payment is the PagoDeDerecho's flujo).
  evolve: (_estado, evento) => ({ estado: 'emitida', orden: evento.data }),
  estadoInicial: () => ({ estado: 'inexistente' }),
};
