// ROS: an agency registers the service it granted against a paid recibo oficial (one receipt, one service).
import type { Fecha } from '@tesoreria/domain';
import type { ContextoDeComando } from '@tesoreria/command-handling';
import { ActoSobreRecibo, type ResultadoDeActo } from './acto-sobre-recibo';

export interface RegistrarServicioEnRecibo {
  readonly folioRecibo: string;
  readonly claveDerecho: string;
  readonly fechaOtorgamiento: Fecha;
  readonly receptor: { readonly nombre: string; readonly identificacion?: string };
}

export class RegistrarServicioHandler extends ActoSobreRecibo {
  async ejecutar(c: RegistrarServicioEnRecibo, contexto: ContextoDeComando): Promise<ResultadoDeActo> {
    const acto = await this.sobreRecibo(c.folioRecibo, c.fechaOtorgamiento, 'fechaOtorgamiento', contexto, { claveDerecho: c.claveDerecho });
    const receptor = { nombre: c.receptor.nombre, identificacion: c.receptor.identificacion };
    const data = { ...acto, claveDerecho: c.claveDerecho, fechaOtorgamiento: c.fechaOtorgamiento, receptor };
    return this.decidir(c.folioRecibo, { type: 'RegistrarServicio', data }, contexto);
  }
}
