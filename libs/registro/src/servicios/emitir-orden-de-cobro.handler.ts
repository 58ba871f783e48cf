// LD art. 6 II, decision 0206: the agency authorises collecting a tariff difference, with accessories from the
// payment date to the date of the service (CHP arts. 43-45).
import { accesoriosDeLaDiferencia, type Fecha } from '@tesoreria/domain';
import type { ContextoDeComando } from '@tesoreria/command-handling';
import { ActoSobreRecibo, type ResultadoDeActo } from './acto-sobre-recibo';

export interface EmitirOrdenDeCobroDeDiferencia {
  readonly folioRecibo: string;
  readonly fechaPrestacion: Fecha;
}

export class EmitirOrdenDeCobroHandler extends ActoSobreRecibo {
  async ejecutar(c: EmitirOrdenDeCobroDeDiferencia, contexto: ContextoDeComando): Promise<ResultadoDeActo> {
    const acto = await this.sobreRecibo(c.folioRecibo, c.fechaPrestacion, 'fechaPrestacion', contexto);
    const { accesorios, advertencias } = acto.recibo
      ? accesoriosDeLaDiferencia(acto.recibo, acto.lineaDeTarifa, c.fechaPrestacion, this.d.parametros.tablasDeAdeudo)
      : { accesorios: { actualizacion: '0.00', recargos: '0.00' }, advertencias: [] };
    const data = { ...acto, fechaPrestacion: c.fechaPrestacion, accesorios };
    return this.decidir(c.folioRecibo, { type: 'EmitirOrdenDeAutorizacionDeCobro', data }, contexto, advertencias);
  }
}
