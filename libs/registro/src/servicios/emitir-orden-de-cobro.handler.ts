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
    this.noFutura(c.fechaPrestacion, 'fechaPrestacion');
    const recibo = await this.recibo(c.folioRecibo, contexto.actor);
    const linea = this.linea(recibo?.claveDerecho, c.fechaPrestacion, recibo);
    const { accesorios, advertencias } = recibo
      ? accesoriosDeLaDiferencia(recibo, linea, c.fechaPrestacion, this.d.parametros.tablasDeAdeudo)
      : { accesorios: { actualizacion: '0.00', recargos: '0.00' }, advertencias: [] };
    return this.decidir(
      c.folioRecibo,
      {
        type: 'EmitirOrdenDeAutorizacionDeCobro',
        data: { folioRecibo: c.folioRecibo, dependencia: contexto.actor.dependencia ?? '', recibo, lineaDeTarifa: linea, fechaPrestacion: c.fechaPrestacion, accesorios },
      },
      contexto,
      advertencias,
    );
  }
}
