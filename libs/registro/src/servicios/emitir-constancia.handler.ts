// LD art. 6 I: the agency states it did not provide the service (constancia de no prestación), for the refund.
import type { Fecha } from '@tesoreria/domain';
import type { ContextoDeComando } from '@tesoreria/command-handling';
import { ActoSobreRecibo, type ResultadoDeActo } from './acto-sobre-recibo';

export interface EmitirConstanciaDeNoPrestacionDeRecibo {
  readonly folioRecibo: string;
  readonly fechaEmision: Fecha;
  readonly motivo: string;
}

export class EmitirConstanciaHandler extends ActoSobreRecibo {
  async ejecutar(c: EmitirConstanciaDeNoPrestacionDeRecibo, contexto: ContextoDeComando): Promise<ResultadoDeActo> {
    const acto = await this.sobreRecibo(c.folioRecibo, c.fechaEmision, 'fechaEmision', contexto);
    return this.decidir(c.folioRecibo, { type: 'EmitirConstanciaDeNoPrestacion', data: { ...acto, fechaEmision: c.fechaEmision, motivo: c.motivo } }, contexto);
  }
}
