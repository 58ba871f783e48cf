// CHP art. 48: a cheque received and not paid gives rise to collecting its amount and an indemnización of always
// 20 % of its value; the drawer has three days to pay both, then the PAE collects them.
import { Dec, aTexto } from '../comun/importe';
import { reglaIncumplida } from '../comun/errores';
import { redondearACentavos } from '../comun/redondeo';
import { sumarDiasHabiles } from '../calendario/plazos';
import type { RegistrarChequeNoPagado } from './credito-fiscal.commands';
import type { EventoDeCredito } from './credito-fiscal.events';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { ID_INDEMNIZACION, ID_RECARGOS } from './saldo';
import { exigirFecha, exigirImportePositivo, noAnteriorA } from './reglas';

export const PORCENTAJE_DE_INDEMNIZACION_POR_CHEQUE = '20';
const DIAS_PARA_PAGAR_EL_CHEQUE = 3;

export function registrarChequeNoPagado({ data: c }: RegistrarChequeNoPagado, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.chequesNoPagados.some((x) => x.pagoId === c.pagoId)) return [];
  const pago = estado.pagos.find((p) => p.pagoId === c.pagoId && p.origen === 'pago-recibido');
  if (!estado.credito || !pago) throw reglaIncumplida('pago-no-aplicado', `El pago ${c.pagoId} no se aplicó a este crédito (pagoId).`, 'pagoId', 'CHP art. 48');
  if (estado.extincion && estado.extincion.como !== 'pagado') {
    throw reglaIncumplida('credito-extinguido', `El crédito está ${estado.extincion.como} (creditoId).`, 'creditoId');
  }
  const fecha = exigirFecha(c.fecha, 'fecha');
  noAnteriorA(fecha, pago.fechaPago, 'fecha', 'devolucion-antes-del-pago', 'el pago', 'CHP art. 48');
  const cheque = exigirImportePositivo(c.importeCheque, 'importeCheque');
  if (!cheque.equals(pago.importe)) throw reglaIncumplida('cheque-distinto-del-pago', `El campo importeCheque debe ser el del pago aplicado ($${pago.importe}).`, 'importeCheque', 'CHP art. 48');
  const aplicado = (id: string) => pago.partes.find((p) => p.contribucion === id)?.aplicado ?? '0.00';
  const gastos = pago.partes.filter((p) => p.concepto === 'gastos-de-ejecucion' || p.concepto === 'gastos-extraordinarios').map((p) => ({ id: p.contribucion!, importe: p.aplicado }));
  return [{
    type: 'ChequeNoPagado',
    data: {
      creditoId: estado.credito.creditoId, pagoId: c.pagoId, fecha, importeCheque: aTexto(cheque),
      indemnizacion: aTexto(redondearACentavos(cheque.times(PORCENTAJE_DE_INDEMNIZACION_POR_CHEQUE).dividedBy(100))),
      plazoDePago: sumarDiasHabiles(entorno.calendario, fecha, DIAS_PARA_PAGAR_EL_CHEQUE),
      restituido: {
        historico: pago.historicoExtinguido, recargos: aplicado(ID_RECARGOS), indemnizacion: aplicado(ID_INDEMNIZACION), gastos,
        saldoAFavor: aTexto(new Dec(pago.remanente)),
      },
      fundamento: 'CHP art. 48',
    },
  }];
}
