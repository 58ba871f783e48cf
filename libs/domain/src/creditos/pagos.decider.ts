// CHP arts. 50-51 and 53: a PagoRecibido of the bank applied to this credit as owed on the payment date; what
// exceeds the debt is the taxpayer's saldo a favor, and a credit with nothing pending is paid.
import { reglaIncumplida } from '../comun/errores';
import { aTexto } from '../comun/importe';
import type { Fecha } from '../comun/fecha';
import type { AplicarPago } from './credito-fiscal.commands';
import type { EventoDeCredito, OrigenDelPago } from './credito-fiscal.events';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { aplicarAlCredito } from './saldo';
import { exigirCreditoVivo, exigirFecha, exigirImportePositivo, exigirTexto, noAnteriorA } from './reglas';

/** Applies money and, when nothing remains owed, records the credit as paid. */
export function aplicarYLiquidar(
  estado: EstadoDeCredito, entorno: EntornoDeCredito, pago: { pagoId: string; origen: OrigenDelPago; importe: string; fechaPago: Fecha },
): EventoDeCredito[] {
  const aplicado = aplicarAlCredito(estado, pago, entorno.tablasDeAdeudo);
  const pagado = aplicado.data.totalPendiente === '0.00';
  return pagado ? [aplicado, { type: 'CreditoPagado', data: { creditoId: aplicado.data.creditoId, fecha: pago.fechaPago } }] : [aplicado];
}

export function aplicarPagoRecibido({ data: c }: AplicarPago, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.pagosAplicados.includes(c.pagoId)) return [];
  const credito = exigirCreditoVivo(estado, c.creditoId);
  const pagoId = exigirTexto(c.pagoId, 'pagoId', 1, 80);
  const importe = exigirImportePositivo(c.importe, 'importe');
  const fechaPago = exigirFecha(c.fechaPago, 'fechaPago');
  noAnteriorA(fechaPago, credito.fechaDeterminacion, 'fechaPago', 'pago-anterior-a-la-determinacion', 'la determinación del crédito', 'CHP art. 37');
  if (estado.convenio.estado === 'vigente') {
    throw reglaIncumplida('credito-en-convenio', 'El crédito se paga en parcialidades: aplique el pago a la parcialidad que corresponde (pagoId).', 'pagoId', 'CHP art. 42 V');
  }
  return aplicarYLiquidar(estado, entorno, { pagoId, origen: 'pago-recibido', importe: aTexto(importe), fechaPago });
}
