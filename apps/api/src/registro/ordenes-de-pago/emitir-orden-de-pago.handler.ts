// LD art. 5 and CHP art. 265: the orden de pago of a derecho, with its adicional and línea de captura. The serie
// comes from a SQL sequence; the catalog line in force on the date of issue travels in the command.
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { calcularImporteDeDerecho, ordenDePagoDecider, type OrdenDePagoEmitida } from '@tesoreria/domain';
import type { CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS } from '../../calculos/parametros.provider';
import { EjecutorDeComandos } from '../../plataforma/ejecutor-de-comandos';
import { aLineaDeTarifa, exigirCantidadAplicable, lineaVigente } from '../comun/catalogo';
import { contextoDe, type SesionActiva } from '../comun/contexto';
import type { Reloj } from '../comun/reloj';
import { SecuenciasService } from '../comun/secuencias.service';
import { CATALOGO, RELOJ } from '../comun/tokens';
import { vigenciaDeOrden } from './vigencia';

export class EmitirOrdenDePagoCommand {
  constructor(
    readonly claveDerecho: string,
    readonly cantidad: number,
    readonly sesion: SesionActiva | null,
    /** A client's retry key (header Idempotency-Key): the same key returns the first order. */
    readonly claveDeReintento?: string,
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
    private readonly ejecutor: EjecutorDeComandos,
    private readonly secuencias: SecuenciasService,
    @Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos,
    @Inject(RELOJ) private readonly reloj: Reloj,
    @Inject(PARAMETROS) private readonly parametros: Parametros,
  ) {}

  async execute(c: EmitirOrdenDePagoCommand): Promise<OrdenDePagoResultado> {
    const hoy = this.reloj.hoy();
    const linea = lineaVigente(this.catalogo, c.claveDerecho, hoy);
    if (linea) exigirCantidadAplicable(linea, c.cantidad);
    const serie = await this.secuencias.siguiente('registro_serie_orden_de_pago');
    const r = await this.ejecutor.ejecutar(
      `orden-de-pago-${serie}`,
      ordenDePagoDecider,
      {
        type: 'EmitirOrdenDePago',
        data: {
          serie,
          claveDerecho: c.claveDerecho,
          cantidad: c.cantidad,
          fechaEmision: hoy,
          fechaVigencia: vigenciaDeOrden(this.parametros.calendarioDePagos, hoy),
          lineaDeTarifa: linea ? aLineaDeTarifa(linea) : null,
        },
      },
      contextoDe(c.sesion, hoy, c.claveDeReintento ? `orden:${c.claveDeReintento}` : undefined),
    );
    const orden = (r.duplicado ? (r.eventos[0].data as OrdenDePagoEmitida['data']) : r.estado.estado === 'emitida' ? r.estado.orden : null)!;
    const importe = calcularImporteDeDerecho(aLineaDeTarifa(lineaVigente(this.catalogo, orden.claveDerecho, orden.fechaEmision)!), orden.cantidad);
    return { orden, desglose: importe.desglose, descripcion: linea?.descripcionCompleta ?? '', duplicado: r.duplicado };
  }
}
