// Formato de pago de créditos fiscales (decision 0208): what one taxpayer owes on some of their credits as of its
// validity date, with a línea de captura a bank collects (CHP arts. 38-39, 101); and the bank's payment of it,
// once, for its exact amount, while valid, posted in time (decision 0207), split oldest first (CHP art. 51).
import { Decider } from '../comun/decider';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { desdePartes, esFechaValida, partes, type Fecha } from '../comun/fecha';
import { CERO, Dec, aTexto, esImporteValido, importe, suma } from '../comun/importe';
import { esClaveDelegacion } from '../delegaciones/delegaciones';
import type { ContribuyenteNormalizado } from '../pagos-de-derechos/contribuyente';
import { generarFolioRecibo } from '../pagos-de-derechos/folio-recibo';
import { esMedioDePagoAceptado } from '../pagos-de-derechos/medios-de-pago';
import { exigirRegistroEnPlazo } from '../pagos-de-derechos/pago-de-derecho.decider';
import type { ComandoFormatoDePago, EmitirFormatoDePago, RecibirPagoDeFormato } from './formato-de-pago.commands';
import type { EventoFormatoDePago, FormatoDePagoEmitido, PagoDeFormatoRecibido } from './formato-de-pago.events';
import { generarLineaDeFormato, leerLineaDeFormato } from './linea-de-formato';
import { ordenDeAntiguedad } from './reparto-del-pago';

export type EstadoFormatoDePago =
  | { readonly estado: 'sin-emitir' }
  | { readonly estado: 'emitido'; readonly formato: FormatoDePagoEmitido['data'] }
  | { readonly estado: 'pagado'; readonly formato: FormatoDePagoEmitido['data']; readonly pago: PagoDeFormatoRecibido['data'] };

/** Decision 0208: valid at most to the end of the month it is issued in (the INPC and the rates are monthly). */
export function vigenciaMaxima(fechaEmision: Fecha): Fecha {
  const { anio, mes } = partes(fechaEmision);
  return desdePartes(anio, mes + 1, 0);
}

/** The validity runs from the issue date to the end of its month; the handler asks before computing the debt. */
export function exigirVigencia(fechaEmision: Fecha, fechaVigencia: Fecha): void {
  if (!esFechaValida(fechaEmision)) throw valorInvalido('fecha-invalida', 'La fecha de emisión no es válida (AAAA-MM-DD).', 'fechaEmision');
  if (!esFechaValida(fechaVigencia)) throw valorInvalido('fecha-invalida', 'La fecha de vigencia no es válida (AAAA-MM-DD).', 'fechaVigencia');
  const maxima = vigenciaMaxima(fechaEmision);
  if (fechaVigencia < fechaEmision || fechaVigencia > maxima) {
    throw reglaIncumplida('vigencia-fuera-de-rango', `La fecha de vigencia debe estar entre ${fechaEmision} y ${maxima} (fechaVigencia).`, 'fechaVigencia', 'CHP arts. 20 y 43', { maxima });
  }
}

const mismoContribuyente = (a: ContribuyenteNormalizado, c: { rfc: string | null; curp: string | null }) =>
  (a.rfc !== null && a.rfc === c.rfc) || (a.curp !== null && a.curp === c.curp);

function emitir({ data }: EmitirFormatoDePago, estado: EstadoFormatoDePago): EventoFormatoDePago[] {
  if (estado.estado !== 'sin-emitir') throw conflicto('formato-ya-emitido', `El formato de pago ${data.numero} ya fue emitido (numero).`, 'numero');
  exigirVigencia(data.fechaEmision, data.fechaVigencia);
  if (data.creditos.length === 0) throw valorInvalido('creditos-requeridos', 'Indique al menos un crédito (creditos).', 'creditos');
  const ids = new Set(data.creditos.map((c) => c.creditoId));
  if (ids.size !== data.creditos.length) throw valorInvalido('credito-repetido', 'Un crédito aparece dos veces (creditos).', 'creditos');
  const contribuyente = data.contribuyente;
  for (const c of data.creditos) {
    if (!mismoContribuyente(contribuyente, c)) throw reglaIncumplida('credito-de-otro-contribuyente', `El crédito ${c.creditoId} no es del contribuyente (creditos).`, 'creditos');
    if (!c.vivo || !new Dec(c.total).gt(0)) throw reglaIncumplida('credito-sin-adeudo', `El crédito ${c.creditoId} no tiene adeudo que pagar con formato: está extinguido, en convenio de parcialidades (CHP art. 42 V) o en ceros (creditos).`, 'creditos', 'CHP art. 50');
  }
  const creditos = ordenDeAntiguedad(data.creditos).map(({ vivo: _v, rfc: _r, curp: _c, ...credito }) => credito);
  const total = aTexto(suma(creditos.map((c) => new Dec(c.total))));
  const lineaDeCaptura = generarLineaDeFormato({ numero: data.numero, fechaVigencia: data.fechaVigencia, importe: total });
  return [{
    type: 'FormatoDePagoEmitido',
    data: { numero: data.numero, lineaDeCaptura, contribuyente, creditos, total, fechaEmision: data.fechaEmision, fechaVigencia: data.fechaVigencia, advertencias: [...data.advertencias] },
  }];
}

function recibir({ data }: RecibirPagoDeFormato, estado: EstadoFormatoDePago): EventoFormatoDePago[] {
  if (estado.estado === 'sin-emitir') {
    throw reglaIncumplida('formato-de-pago-desconocido', 'La línea de captura no corresponde a ningún formato de pago emitido (lineaDeCaptura).', 'lineaDeCaptura', 'CHP art. 38');
  }
  if (estado.estado === 'pagado') {
    // The same bank's reference again is a retry: nothing new. Any other payment would pay the formato twice.
    if (estado.pago.institucion === data.institucion.trim() && estado.pago.referenciaBancaria === data.referenciaBancaria) return [];
    throw conflicto('linea-de-captura-ya-pagada', 'La línea de captura ya fue pagada (lineaDeCaptura).', 'lineaDeCaptura');
  }
  const f = estado.formato;
  const linea = leerLineaDeFormato(data.lineaDeCaptura);
  if (linea.lineaDeCaptura !== f.lineaDeCaptura) throw reglaIncumplida('formato-de-pago-desconocido', 'La línea de captura no es la del formato (lineaDeCaptura).', 'lineaDeCaptura');
  if (typeof data.referenciaBancaria !== 'string' || !/^[A-Za-z0-9\-_/.]{1,64}$/.test(data.referenciaBancaria)) {
    throw valorInvalido('referencia-bancaria-invalida', 'La referencia bancaria debe tener de 1 a 64 letras, dígitos o - _ / . (referenciaBancaria).', 'referenciaBancaria');
  }
  if (typeof data.institucion !== 'string' || data.institucion.trim() === '') throw valorInvalido('institucion-requerida', 'Debe indicar el banco que recibió el pago (institucion).', 'institucion');
  if (!esFechaValida(data.fechaPago)) throw valorInvalido('fecha-invalida', 'La fecha de pago no es válida (AAAA-MM-DD).', 'fechaPago');
  if (data.fechaPago < f.fechaEmision) {
    throw reglaIncumplida('pago-antes-del-formato', `La fecha de pago (${data.fechaPago}) es anterior a la emisión del formato (${f.fechaEmision}) (fechaPago).`, 'fechaPago', 'CHP art. 38');
  }
  if (data.fechaPago > f.fechaVigencia) {
    throw reglaIncumplida('linea-de-captura-vencida', `La línea de captura venció el ${f.fechaVigencia}; no puede pagarse el ${data.fechaPago} (fechaPago).`, 'fechaPago');
  }
  exigirRegistroEnPlazo(data, f.fechaVigencia);
  if (!esImporteValido(data.importe) || !importe(data.importe).equals(importe(f.total))) {
    throw reglaIncumplida('importe-no-coincide', `El importe pagado ($${data.importe}) no coincide con el del formato de pago ($${f.total}) (importe).`, 'importe', 'CHP art. 38',
      { recibido: data.importe, esperado: f.total });
  }
  if (!esMedioDePagoAceptado(data.medioDePago)) {
    throw reglaIncumplida('medio-de-pago-no-aceptado', 'El medio de pago no está entre los aceptados (medioDePago).', 'medioDePago', 'CHP art. 39');
  }
  if (!esClaveDelegacion(data.delegacion)) throw reglaIncumplida('delegacion-desconocida', 'La Delegación de Finanzas no es una de las trece del artículo 101 (delegacion).', 'delegacion', 'CHP art. 101');
  exigirReparto(data, f);
  return [{
    type: 'PagoRecibido',
    data: {
      paga: {
        tipo: 'formato-de-pago', numeroDeFormato: f.numero, lineaDeCaptura: f.lineaDeCaptura, creditos: f.creditos.map((c) => c.creditoId),
        asignaciones: data.asignaciones.map((a) => ({ creditoId: a.creditoId, importe: aTexto(new Dec(a.importe)) })), saldoAFavorSinAplicar: aTexto(new Dec(data.saldoAFavorSinAplicar)),
      },
      folio: generarFolioRecibo(partes(data.fechaPago).anio, data.secuenciaFolio),
      lineaDeCaptura: f.lineaDeCaptura, referenciaBancaria: data.referenciaBancaria, canal: data.canal, institucion: data.institucion.trim(),
      importeTotal: f.total, contribuyente: f.contribuyente, fechaPago: data.fechaPago, fechaVigencia: f.fechaVigencia,
      medioDePago: data.medioDePago, delegacion: data.delegacion,
    },
  }];
}

/** The split names only the formato's credits, each once, with positive shares adding up to the money received. */
function exigirReparto(data: RecibirPagoDeFormato['data'], f: FormatoDePagoEmitido['data']): void {
  const del = new Set(f.creditos.map((c) => c.creditoId));
  const vistos = new Set<string>();
  for (const a of data.asignaciones) {
    if (!del.has(a.creditoId) || vistos.has(a.creditoId) || !esImporteValido(a.importe) || !new Dec(a.importe).gt(0)) {
      throw valorInvalido('reparto-invalido', `El reparto del pago no corresponde a los créditos del formato (${a.creditoId}).`, 'asignaciones');
    }
    vistos.add(a.creditoId);
  }
  const repartido = suma(data.asignaciones.map((a) => new Dec(a.importe))).plus(esImporteValido(data.saldoAFavorSinAplicar) ? data.saldoAFavorSinAplicar : CERO);
  if (!repartido.equals(importe(data.importe))) throw valorInvalido('reparto-invalido', 'El reparto del pago no suma el importe recibido (asignaciones).', 'asignaciones');
}

export function evolucionarFormatoDePago(estado: EstadoFormatoDePago, evento: EventoFormatoDePago): EstadoFormatoDePago {
  switch (evento.type) {
    case 'FormatoDePagoEmitido':
      return { estado: 'emitido', formato: evento.data };
    case 'PagoRecibido':
      return estado.estado === 'sin-emitir' ? estado : { estado: 'pagado', formato: estado.formato, pago: evento.data };
  }
}

export const formatoDePagoDecider: Decider<ComandoFormatoDePago, EstadoFormatoDePago, EventoFormatoDePago> = {
  decide: (comando, estado) => (comando.type === 'EmitirFormatoDePago' ? emitir(comando, estado) : recibir(comando, estado)),
  evolve: evolucionarFormatoDePago,
  estadoInicial: () => ({ estado: 'sin-emitir' }),
};
