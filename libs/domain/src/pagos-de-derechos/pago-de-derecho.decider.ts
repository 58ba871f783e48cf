// Recibo oficial of a derecho (CHP art. 38; LD art. 5): a línea de captura is paid once, for its exact amount,
// on or before its validity date, by a means of CHP art. 39, at an area of CHP art. 101.
import { Decider } from '../comun/decider';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { esFechaValida, partes, type Fecha } from '../comun/fecha';
import { restarDiasHabiles, sumarDiasHabiles } from '../calendario/plazos';
import { esImporteValido, importe } from '../comun/importe';
import { esClaveDelegacion } from '../delegaciones/delegaciones';
import { normalizarContribuyente } from './contribuyente';
import { generarFolioRecibo } from './folio-recibo';
import { validarCantidad } from './importe-de-derecho';
import { leerLineaDeCaptura } from './linea-de-captura';
import { esMedioDePagoAceptado } from './medios-de-pago';
import { ComandoPagoDeDerecho, RecibirPago } from './pago-de-derecho.commands';
import { EventoPagoDeDerecho, PagoRecibido } from './pago-de-derecho.events';

export type EstadoPagoDeDerecho =
  | { readonly estado: 'pendiente' }
  | { readonly estado: 'pagado'; readonly pago: PagoRecibido['data'] };

function recibirPago({ data }: RecibirPago, estado: EstadoPagoDeDerecho): EventoPagoDeDerecho[] {
  if (estado.estado === 'pagado') {
    // The same bank reference of the same institution reported again (a retry) records nothing; any other
    // payment would pay the line twice. Only the institution that posted the first payment learns its receipt.
    const mismaInstitucion = typeof data.institucion === 'string' && estado.pago.institucion === data.institucion.trim();
    if (mismaInstitucion && estado.pago.referenciaBancaria === data.referenciaBancaria) return [];
    if (!mismaInstitucion) throw conflicto('linea-de-captura-ya-pagada', 'La línea de captura ya fue pagada (lineaDeCaptura).', 'lineaDeCaptura');
    throw conflicto('linea-de-captura-ya-pagada', `La línea de captura ya fue pagada con el recibo ${estado.pago.folio} (lineaDeCaptura).`, 'lineaDeCaptura', {
      folio: estado.pago.folio,
      referenciaBancaria: estado.pago.referenciaBancaria,
      fechaPago: estado.pago.fechaPago,
    });
  }
  if (typeof data.referenciaBancaria !== 'string' || !/^[A-Za-z0-9\-_/.]{1,64}$/.test(data.referenciaBancaria)) {
    throw valorInvalido('referencia-bancaria-invalida', 'La referencia bancaria debe tener de 1 a 64 letras, dígitos o - _ / . (referenciaBancaria).', 'referenciaBancaria');
  }
  if (data.canal !== 'banco' && data.canal !== 'ventanilla') throw valorInvalido('canal-invalido', 'El canal debe ser banco o ventanilla (canal).', 'canal');
  if (typeof data.institucion !== 'string' || data.institucion.trim() === '') {
    throw valorInvalido('institucion-requerida', 'Debe indicar el banco o la oficina que recibió el pago (institucion).', 'institucion');
  }
  const linea = leerLineaDeCaptura(data.lineaDeCaptura);
  if (!esFechaValida(data.fechaPago)) throw valorInvalido('fecha-invalida', 'La fecha de pago no es válida (AAAA-MM-DD).', 'fechaPago');
  validarCantidad(data.cantidad);
  if (!esImporteValido(data.importe)) throw valorInvalido('importe-invalido', 'El importe debe ser un número decimal en texto, p. ej. "1802.00" (importe).', 'importe');
  const contribuyente = normalizarContribuyente(data.contribuyente);
  if (data.esperado.claveDerecho !== data.claveDerecho || data.esperado.cantidad !== data.cantidad) {
    throw valorInvalido('importe-esperado-de-otro-derecho', 'El importe esperado no corresponde al derecho y la cantidad del pago (claveDerecho).', 'claveDerecho');
  }

  // LD art. 5: the bank collects the amount an orden de pago fixed, so no payment can precede the order.
  if (!esFechaValida(data.fechaEmisionOrden)) throw valorInvalido('fecha-invalida', 'La fecha de emisión de la orden no es válida (AAAA-MM-DD).', 'fechaEmisionOrden');
  if (data.fechaPago < data.fechaEmisionOrden) {
    throw reglaIncumplida(
      'pago-antes-de-la-orden',
      `La fecha de pago (${data.fechaPago}) es anterior a la emisión de la orden de pago (${data.fechaEmisionOrden}) (fechaPago).`,
      'fechaPago',
      'LD art. 5',
    );
  }
  if (data.fechaPago > linea.fechaVigencia) {
    throw reglaIncumplida(
      'linea-de-captura-vencida',
      `La línea de captura venció el ${linea.fechaVigencia}; no puede pagarse el ${data.fechaPago} (fechaPago).`,
      'fechaPago',
    );
  }
  exigirRegistroEnPlazo(data, linea.fechaVigencia);
  const recibido = importe(data.importe);
  if (!recibido.equals(importe(linea.importe)) || !recibido.equals(importe(data.esperado.total))) {
    throw reglaIncumplida(
      'importe-no-coincide',
      `El importe pagado ($${data.importe}) no coincide con el de la línea de captura ($${linea.importe}) ni con el derecho más el adicional ($${data.esperado.total}) (importe).`,
      'importe',
      'LD art. 11; CHP art. 265',
      { recibido: data.importe, lineaDeCaptura: linea.importe, esperado: data.esperado.total },
    );
  }
  if (!esMedioDePagoAceptado(data.medioDePago)) {
    throw reglaIncumplida(
      'medio-de-pago-no-aceptado',
      'El medio de pago no está entre los aceptados: efectivo, cheque certificado o de caja, o pago por Internet (medioDePago).',
      'medioDePago',
      'CHP art. 39',
    );
  }
  if (!esClaveDelegacion(data.delegacion)) {
    throw reglaIncumplida('delegacion-desconocida', 'La Delegación de Finanzas no es una de las trece del artículo 101 (delegacion).', 'delegacion', 'CHP art. 101');
  }

  return [
    {
      type: 'PagoRecibido',
      data: {
        paga: { tipo: 'orden-de-pago', serieOrden: linea.serie, lineaDeCaptura: linea.lineaDeCaptura },
        folio: generarFolioRecibo(partes(data.fechaPago).anio, data.secuenciaFolio),
        lineaDeCaptura: linea.lineaDeCaptura,
        serieOrden: linea.serie,
        referenciaBancaria: data.referenciaBancaria,
        canal: data.canal,
        institucion: data.institucion.trim(),
        claveDerecho: data.claveDerecho,
        cantidad: data.cantidad,
        importeDerecho: data.esperado.importeDerecho,
        adicional: data.esperado.adicional,
        salvamentos: data.esperado.salvamentos,
        importeTotal: linea.importe,
        contribuyente,
        fechaPago: data.fechaPago,
        fechaVigencia: linea.fechaVigencia,
        medioDePago: data.medioDePago,
        delegacion: data.delegacion,
      },
    },
  ];
}

/**
 * Decision 0207: a bank posts what it received, while the order is payable, and soon. Past collection is
 * closed: the payment date may be at most `diasHabiles` business days (CHP art. 21) before the posting date,
 * never after it, and an order whose line expired more than that window ago takes no payment at all.
 */
export function exigirRegistroEnPlazo(data: Pick<RecibirPago['data'], 'fechaPago' | 'fechaRegistro' | 'plazoDeRegistro'>, fechaVigencia: Fecha): void {
  const { fechaRegistro, plazoDeRegistro: plazo } = data;
  if (!esFechaValida(fechaRegistro)) throw valorInvalido('fecha-invalida', 'La fecha de registro del pago no es válida (AAAA-MM-DD).', 'fechaRegistro');
  if (data.fechaPago > fechaRegistro) {
    throw reglaIncumplida('fecha-de-pago-futura', `La fecha de pago (${data.fechaPago}) es posterior a la fecha de registro (${fechaRegistro}) (fechaPago).`, 'fechaPago');
  }
  const ultimoDiaDeRegistro = sumarDiasHabiles(plazo.calendarioDePagos, fechaVigencia, plazo.diasHabiles);
  if (fechaRegistro > ultimoDiaDeRegistro) {
    throw reglaIncumplida(
      'orden-de-pago-vencida',
      `La orden de pago venció el ${fechaVigencia}; ya no admite pagos el ${fechaRegistro} (lineaDeCaptura).`,
      'lineaDeCaptura',
      'LD art. 5; CHP art. 21',
    );
  }
  const fechaPagoMasAntigua = restarDiasHabiles(plazo.calendarioDePagos, fechaRegistro, plazo.diasHabiles);
  if (data.fechaPago < fechaPagoMasAntigua) {
    throw reglaIncumplida(
      'fecha-de-pago-fuera-de-plazo',
      `La fecha de pago (${data.fechaPago}) es anterior en más de ${plazo.diasHabiles} días hábiles a la fecha de registro (${fechaRegistro}); la más antigua admitida es ${fechaPagoMasAntigua} (fechaPago).`,
      'fechaPago',
      'CHP art. 21',
      { fechaPagoMasAntigua },
    );
  }
}

export const pagoDeDerechoDecider: Decider<ComandoPagoDeDerecho, EstadoPagoDeDerecho, EventoPagoDeDerecho> = {
  // One command (ComandoPagoDeDerecho is RecibirPago alone).
  decide: recibirPago,
  // One payment per línea de captura: the first PagoRecibido settles the flujo for good.
  evolve: (_estado, evento) => ({ estado: 'pagado', pago: evento.data }),
  estadoInicial: () => ({ estado: 'pendiente' }),
};
