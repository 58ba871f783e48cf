// LD art. 6 I and CHP art. 53: cobranza asks for the refund of a receipt whose service was not provided.
import type { Fecha } from '@tesoreria/domain';
import type { ContextoDeComando } from '@tesoreria/command-handling';
import { ActoSobreRecibo, type ResultadoDeActo } from './acto-sobre-recibo';

export interface SolicitarDevolucionDeRecibo {
  readonly folioRecibo: string;
  readonly fechaSolicitud: Fecha;
}

export class SolicitarDevolucionHandler extends ActoSobreRecibo {
  async ejecutar(c: SolicitarDevolucionDeRecibo, contexto: ContextoDeComando): Promise<ResultadoDeActo> {
    this.noFutura(c.fechaSolicitud, 'fechaSolicitud');
    return this.decidir(c.folioRecibo, { type: 'SolicitarDevolucion', data: { folioRecibo: c.folioRecibo, fechaSolicitud: c.fechaSolicitud } }, contexto);
  }
}
