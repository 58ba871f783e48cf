// LD art. 5 and CHP art. 265: the orden de pago of a derecho, with its adicional and línea de captura. The serie
// is the next consecutive, drawn only once the order is accepted; the catalog line in force on the date of issue
// (the command's legal date) travels in the command, and so does the random secret of the order's public link
// (128 bits, issue 9 item 11).
import { randomBytes } from 'node:crypto';
import { calcularImporteDeDerecho, flujoDeOrdenDePago, ordenDePagoDecider, type OrdenDePagoEmitida } from '@tesoreria/domain';
import type { CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { ContextoDeComando, EjecutorDeComandos } from '@tesoreria/command-handling';
import type { Parametros } from '@tesoreria/parametros';
import { aLineaDeTarifa, exigirCantidadAplicable, lineaVigente } from '../comun/catalogo';
import { vigenciaDeOrden } from './vigencia';

export interface EmitirOrdenDePagoDeDerecho {
  readonly claveDerecho: string;
  readonly cantidad: number;
}

export interface OrdenDePagoResultado {
  readonly orden: OrdenDePagoEmitida['data'];
  readonly desglose: readonly string[];
  readonly descripcion: string;
  readonly duplicado: boolean;
}

export interface DependenciasDeEmitirOrden {
  readonly ejecutor: EjecutorDeComandos;
  readonly catalogo: CatalogoDeDerechos;
  readonly parametros: Parametros;
}

export class EmitirOrdenDePagoHandler {
  constructor(private readonly d: DependenciasDeEmitirOrden) {}

  /** The order is issued on `contexto.fechaEfecto` (today, for the api). */
  async ejecutar(c: EmitirOrdenDePagoDeDerecho, contexto: ContextoDeComando): Promise<OrdenDePagoResultado> {
    const hoy = contexto.fechaEfecto;
    const linea = lineaVigente(this.d.catalogo, c.claveDerecho, hoy);
    if (linea) exigirCantidadAplicable(linea, c.cantidad);
    const lineaDeTarifa = linea ? aLineaDeTarifa(linea) : null;
    const fechaVigencia = vigenciaDeOrden(this.d.parametros.calendarioDePagos, hoy);
    const token = randomBytes(16).toString('base64url');
    const r = await this.d.ejecutor.ejecutar({
      consecutivo: 'serie_orden_de_pago',
      flujo: flujoDeOrdenDePago,
      decider: ordenDePagoDecider,
      comando: (serie: number) => ({
        type: 'EmitirOrdenDePago' as const,
        data: { serie, claveDerecho: c.claveDerecho, cantidad: c.cantidad, fechaEmision: hoy, fechaVigencia, lineaDeTarifa, token },
      }),
      contexto,
    });
    const orden = (r.duplicado ? (r.eventos[0]!.data as OrdenDePagoEmitida['data']) : r.estado.estado === 'emitida' ? r.estado.orden : null)!;
    const importe = calcularImporteDeDerecho(aLineaDeTarifa(lineaVigente(this.d.catalogo, orden.claveDerecho, orden.fechaEmision)!), orden.cantidad);
    return { orden, desglose: importe.desglose, descripcion: linea?.descripcionCompleta ?? '', duplicado: r.duplicado };
  }
}
