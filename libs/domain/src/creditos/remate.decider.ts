// CHP arts. 145-166: the auction of seized goods on the appraisal's base, or their adjudication to the Treasury;
// the proceeds pay the credit in the order of art. 50 (art. 161) and the surplus goes back to the debtor (166).
import { Dec, aTexto } from '../comun/importe';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { sumarDiasHabiles } from '../calendario/plazos';
import type { AdjudicarAlFisco, ConvocarRemate, FincarRemate } from './credito-fiscal.commands';
import type { EventoDeCredito } from './credito-fiscal.events';
import { evolucionarCredito, type EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { gastosCausados } from './pae.decider';
import { aplicarYLiquidar } from './pagos.decider';
import { exigirCreditoVivo, exigirFecha, exigirImportePositivo, exigirPaeEnCurso, exigirTexto, noAnteriorA } from './reglas';

const DIAS_PARA_CELEBRAR = 20;
const DIAS_DE_PUBLICACION = 10;

export function convocarRemate({ data: c }: ConvocarRemate, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const convocatoria = exigirFecha(c.fechaConvocatoria, 'fechaConvocatoria');
  const publicacion = exigirFecha(c.fechaPublicacion, 'fechaPublicacion');
  const remate = exigirFecha(c.fechaRemate, 'fechaRemate');
  const previo = estado.pae.remate;
  if (previo && previo.fechaConvocatoria === convocatoria && previo.fechaRemate === remate) return [];
  exigirCreditoVivo(estado, c.creditoId);
  exigirPaeEnCurso(estado, 'fechaConvocatoria');
  if (previo) throw conflicto('remate-ya-convocado', `El remate ya fue convocado para el ${previo.fechaRemate} (fechaConvocatoria).`, 'fechaConvocatoria');
  const avaluo = estado.pae.avaluo;
  if (!avaluo) throw reglaIncumplida('remate-sin-avaluo', 'El remate se convoca una vez firme el avalúo, que es su base: no hay avalúo (fechaConvocatoria).', 'fechaConvocatoria', 'CHP arts. 144 y 145');
  if (convocatoria <= avaluo.fecha) {
    throw reglaIncumplida('convocatoria-antes-del-avaluo-firme', `El campo fechaConvocatoria debe ser posterior al avalúo del ${avaluo.fecha}: se convoca al día siguiente de quedar firme.`, 'fechaConvocatoria', 'CHP art. 145');
  }
  const limite = sumarDiasHabiles(entorno.calendario, convocatoria, DIAS_PARA_CELEBRAR);
  if (remate <= convocatoria || remate > limite) {
    throw reglaIncumplida('remate-fuera-de-plazo', `El campo fechaRemate debe caer dentro de los veinte días siguientes a la convocatoria, a más tardar el ${limite}.`, 'fechaRemate', 'CHP art. 145');
  }
  noAnteriorA(publicacion, convocatoria, 'fechaPublicacion', 'publicacion-antes-de-la-convocatoria', 'la convocatoria', 'CHP art. 145');
  const minima = sumarDiasHabiles(entorno.calendario, publicacion, DIAS_DE_PUBLICACION);
  if (minima > remate) {
    throw reglaIncumplida('publicacion-tardia', `El campo fechaPublicacion debe ser cuando menos diez días antes del remate: publicada el ${publicacion}, el remate no puede celebrarse antes del ${minima}.`, 'fechaPublicacion', 'CHP art. 145');
  }
  return [{
    type: 'RemateConvocado',
    data: { creditoId: c.creditoId, fechaConvocatoria: convocatoria, fechaPublicacion: publicacion, fechaRemate: remate, base: avaluo.base, posturaLegal: avaluo.posturaLegal, fundamento: 'CHP arts. 145 y 149' },
  }];
}

/** Common to both exits of the remate: the convocatoria exists, its date came, the goods were not sold yet. */
function exigirRemateEnCurso(estado: EstadoDeCredito, creditoId: string, fecha: string, como: 'rematado' | 'adjudicado'): 'repetido' | 'procede' {
  if (estado.pae.enajenado) {
    if (estado.pae.enajenado.fecha === fecha && estado.pae.enajenado.como === como) return 'repetido';
    throw conflicto('bienes-ya-enajenados', `Los bienes ya fueron ${estado.pae.enajenado.como === 'rematado' ? 'rematados' : 'adjudicados'} el ${estado.pae.enajenado.fecha} (fecha).`, 'fecha');
  }
  exigirCreditoVivo(estado, creditoId);
  exigirPaeEnCurso(estado, 'fecha');
  const remate = estado.pae.remate;
  if (!remate) throw reglaIncumplida('sin-remate-convocado', 'No hay remate convocado (fecha).', 'fecha', 'CHP art. 145');
  noAnteriorA(fecha, remate.fechaRemate, 'fecha', 'remate-antes-de-la-fecha-convocada', 'la fecha convocada para el remate', 'CHP art. 145');
  return 'procede';
}

/** CHP arts. 113 III, 161, 166: the remate's gastos are caused, then the proceeds are applied with them. */
function aplicarProducto(estado: EstadoDeCredito, entorno: EntornoDeCredito, acto: EventoDeCredito, fecha: string, importe: string, origen: 'producto-de-remate' | 'adjudicacion-al-fisco'): EventoDeCredito[] {
  const gastos = gastosCausados(estado, 'remate', fecha, entorno);
  const despues = evolucionarCredito(evolucionarCredito(estado, acto), gastos);
  return [acto, gastos, ...aplicarYLiquidar(despues, entorno, { pagoId: `${origen}-${fecha}`, origen, importe, fechaPago: fecha })];
}

export function fincarRemate({ data: c }: FincarRemate, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  if (exigirRemateEnCurso(estado, c.creditoId, fecha, 'rematado') === 'repetido') return [];
  const remate = estado.pae.remate!, avaluo = estado.pae.avaluo!;
  const postura = exigirImportePositivo(c.postura, 'postura');
  const deposito = exigirImportePositivo(c.deposito, 'deposito');
  if (postura.lt(remate.posturaLegal)) {
    throw reglaIncumplida('postura-inferior-a-la-legal', `El campo postura no cubre las dos terceras partes de la base ($${remate.posturaLegal}).`, 'postura', 'CHP art. 149');
  }
  if (deposito.lt(avaluo.depositoMinimo)) {
    throw reglaIncumplida('deposito-insuficiente', `El campo deposito debe ser cuando menos el diez por ciento del valor de los bienes ($${avaluo.depositoMinimo}).`, 'deposito', 'CHP art. 151');
  }
  const acto: EventoDeCredito = {
    type: 'Rematado',
    data: { creditoId: c.creditoId, fecha, postor: exigirTexto(c.postor, 'postor', 3, 250), postura: aTexto(postura), deposito: aTexto(deposito), fundamento: 'CHP arts. 149, 151 y 161' },
  };
  return aplicarProducto(estado, entorno, acto, fecha, aTexto(postura), 'producto-de-remate');
}

export function adjudicarAlFisco({ data: c }: AdjudicarAlFisco, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  const fecha = exigirFecha(c.fecha, 'fecha');
  if (exigirRemateEnCurso(estado, c.creditoId, fecha, 'adjudicado') === 'repetido') return [];
  if (c.motivo !== 'sin-postores' && c.motivo !== 'sin-posturas-legales') {
    throw valorInvalido('motivo-invalido', 'El campo motivo debe ser sin-postores o sin-posturas-legales (CHP art. 163).', 'motivo');
  }
  const valor = estado.pae.avaluo!.valorDeAdjudicacion;
  // What the adjudication leaves unpaid stays owed; the Treasury records it apart as uncollectable (CHP art. 163).
  const acto: EventoDeCredito = { type: 'AdjudicadoAlFisco', data: { creditoId: c.creditoId, fecha, motivo: c.motivo, valorDeAdjudicacion: aTexto(new Dec(valor)), fundamento: 'CHP arts. 162 y 163' } };
  return aplicarProducto(estado, entorno, acto, fecha, valor, 'adjudicacion-al-fisco');
}
