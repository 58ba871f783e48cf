// LD art. 6 II: the payment of the authorised difference, with its own recibo oficial.
import type { Fecha } from '@tesoreria/domain';
import type { ContextoDeComando } from '@tesoreria/command-handling';
import { ActoSobreRecibo, type ResultadoDeActo } from './acto-sobre-recibo';

export interface RegistrarPagoDeDiferenciaDeRecibo {
  readonly folioRecibo: string;
  readonly folioReciboDiferencia: string;
  readonly importe: string;
  readonly fechaPago: Fecha;
}

export class RegistrarPagoDeDiferenciaHandler extends ActoSobreRecibo {
  async ejecutar(c: RegistrarPagoDeDiferenciaDeRecibo, contexto: ContextoDeComando): Promise<ResultadoDeActo> {
    this.noFutura(c.fechaPago, 'fechaPago');
    return this.decidir(
      c.folioRecibo,
      { type: 'RegistrarPagoDeDiferencia', data: { folioRecibo: c.folioRecibo, folioReciboDiferencia: c.folioReciboDiferencia, importe: c.importe, fechaPago: c.fechaPago } },
      contexto,
    );
  }
}
