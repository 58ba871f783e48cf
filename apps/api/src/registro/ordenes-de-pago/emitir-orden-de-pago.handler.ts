// LD art. 5 and CHP art. 265: the orden de pago of a derecho, with its adicional and línea de captura. The serie
// is the next consecutive, drawn only once the order is accepted; the catalog line in force on the date of issue
// travels in the command, and so does the random secret of the order's public link (128 bits, issue 9 item 11).
import { randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { calcularImporteDeDerecho, ordenDePagoDecider, type OrdenDePagoEmitida } from '@tesoreria/domain';
import type { CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS } from '../../calculos/parametros.provider';
import { aLineaDeTarifa, exigirCantidadAplicable, lineaVigente } from '../comun/catalogo';
import { contextoDe, type SesionActiva } from '../comun/contexto';
import type { Reloj } from '../comun/reloj';
import { ConsecutivosService } from '../comun/consecutivos.service';
import { CATALOGO, RELOJ } from '../comun/tokens';
import { vigenciaDeOrden } from './vigencia';

export class EmitirOrdenDePagoCommand {
  constructor(
    readonly claveDerecho: string,
    readonly cantidad: number,
    readonly sesion: SesionActiva | null,
  ) {}
}

export interface OrdenDePagoResultado {
  readonly orden: OrdenDePagoEmitida['data'];
  readonly desglose: readonly string[];
  readonly descripcion: string;
  readonly duplicado: boolean;
}

@CommandHandler(EmitirOrdenDePagoCommand)
export class EmitirOrdenDePagoHandler implements ICommandHandler<EmitirOrdenDePagoCommand, OrdenDePagoResultado> {
  constructor(
    private readonly consecutivos: ConsecutivosService,
    @Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos,
    @Inject(RELOJ) private readonly reloj: Reloj,
    @Inject(PARAMETROS) private readonly parametros: Parametros,
  ) {}

  async execute(c: EmitirOrdenDePagoCommand): Promise<OrdenDePagoResultado> {
    const hoy = this.reloj.hoy();
    const linea = lineaVigente(this.catalogo, c.claveDerecho, hoy);
    if (linea) exigirCantidadAplicable(linea, c.cantidad);
    const lineaDeTarifa = linea ? aLineaDeTarifa(linea) : null;
    const fechaVigencia = vigenciaDeOrden(this.parametros.calendarioDePagos, hoy);
    const token = randomBytes(16).toString('base64url');
    const r = await this.consecutivos.ejecutar({
      consecutivo: 'serie_orden_de_pago',
      flujo: (serie: number) => `orden-de-pago-${serie}`,
      decider: ordenDePagoDecider,
      comando: (serie: number) => ({
        type: 'EmitirOrdenDePago' as const,
        data: { serie, claveDerecho: c.claveDerecho, cantidad: c.cantidad, fechaEmision: hoy, fechaVigencia, lineaDeTarifa, token },
      }),
      // The client's Idempotency-Key, scoped to the client (issue 9, item 6): the same key returns the first order.
      contexto: contextoDe(c.sesion, hoy),
    });
    const orden = (r.duplicado ? (r.eventos[0].data as OrdenDePagoEmitida['data']) : r.estado.estado === 'emitida' ? r.estado.orden : null)!;
    const importe = calcularImporteDeDerecho(aLineaDeTarifa(lineaVigente(this.catalogo, orden.claveDerecho, orden.fechaEmision)!), orden.cantidad);
    return { orden, desglose: importe.desglose, descripcion: linea?.descripcionCompleta ?? '', duplicado: r.duplicado };
  }
}
