// CHP art. 38 and LD art. 5: a bank posts the payment of a línea de captura and the Treasury issues the recibo
// oficial (its folio the next consecutive, drawn only once the payment is accepted). The bank's reference, scoped
// by its institution (`banco:{institución}:{referencia}`), is the idempotency key: the same bank posting the same
// reference twice records one payment and gets the first receipt again; another bank's reference with the same
// text is another payment, and never sees the first (issue 9, item 4).
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  calcularImporteDeDerecho,
  conflicto,
  leerLineaDeCaptura,
  ordenDePagoDecider,
  pagoDeDerechoDecider,
  plegar,
  reglaIncumplida,
  type EventoOrdenDePago,
  type PagoRecibido,
} from '@tesoreria/domain';
import type { CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { EventStore, RecordedEvent } from '@tesoreria/event-store';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS } from '../../calculos/parametros.provider';
import { registrarEscritura } from '../../http/contexto-de-solicitud';
import { exigirMismaSolicitud, type ContextoDeComando } from '../../plataforma/ejecutor-de-comandos';
import { EVENT_STORE } from '../../plataforma/tokens';
import { aLineaDeTarifa, lineaVigente } from '../comun/catalogo';
import { contextoDe, type SesionActiva } from '../comun/contexto';
import type { Reloj } from '../comun/reloj';
import { ConsecutivosService } from '../comun/consecutivos.service';
import { CATALOGO, PLAZO_DE_REGISTRO_DE_PAGOS, RELOJ } from '../comun/tokens';
import type { RecibirPagoDto } from './dto/recibir-pago.dto';

export class RecibirPagoCommand {
  constructor(
    readonly pago: RecibirPagoDto,
    readonly sesion: SesionActiva,
  ) {}
}

export interface ReciboEmitido {
  readonly recibo: PagoRecibido['data'];
  /** True when this bank reference had already been posted: nothing new was recorded. */
  readonly duplicado: boolean;
}

@CommandHandler(RecibirPagoCommand)
export class RecibirPagoHandler implements ICommandHandler<RecibirPagoCommand, ReciboEmitido> {
  constructor(
    private readonly consecutivos: ConsecutivosService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CATALOGO) private readonly catalogo: CatalogoDeDerechos,
    @Inject(RELOJ) private readonly reloj: Reloj,
    @Inject(PARAMETROS) private readonly parametros: Parametros,
    @Inject(PLAZO_DE_REGISTRO_DE_PAGOS) private readonly diasHabilesParaRegistrar: number,
  ) {}

  async execute({ pago: p, sesion }: RecibirPagoCommand): Promise<ReciboEmitido> {
    const institucion = sesion.institucion ?? sesion.nombre;
    const contexto = contextoDe(sesion, p.fechaPago, {
      clave: `banco:${institucion}:${p.referenciaBancaria}`,
      identidad: `banco:${institucion}`,
      campo: 'referenciaBancaria',
    });
    // A retry is answered before any rule of the day: the receipt stands even once the posting window closed.
    const previo = await this.store.findByIdempotencyKey(contexto.idempotencyKey!);
    if (previo) return this.repetido(previo.events, p.lineaDeCaptura, contexto);

    const linea = leerLineaDeCaptura(p.lineaDeCaptura);
    // LD art. 5: the bank collects what an orden de pago fixed; a well-formed line nobody issued is refused.
    const orden = plegar(ordenDePagoDecider, (await this.store.readStream(`orden-de-pago-${linea.serie}`)) as unknown as EventoOrdenDePago[]);
    if (orden.estado !== 'emitida' || orden.orden.lineaDeCaptura !== linea.lineaDeCaptura) {
      throw reglaIncumplida('orden-de-pago-desconocida', 'La línea de captura no corresponde a ninguna orden de pago emitida (lineaDeCaptura).', 'lineaDeCaptura', 'LD art. 5');
    }
    if (orden.orden.claveDerecho !== p.claveDerecho) {
      throw reglaIncumplida('derecho-distinto-de-la-orden', `La orden de pago es del derecho ${orden.orden.claveDerecho}, no ${p.claveDerecho} (claveDerecho).`, 'claveDerecho', 'LD art. 11');
    }
    if (orden.orden.cantidad !== p.cantidad) {
      throw reglaIncumplida('cantidad-distinta-de-la-orden', `La orden de pago es por ${orden.orden.cantidad} unidad(es), no ${p.cantidad} (cantidad).`, 'cantidad', 'LD art. 11');
    }
    // The tariff in force when the order was issued: the amount the línea de captura carries.
    const tarifa = lineaVigente(this.catalogo, orden.orden.claveDerecho, orden.orden.fechaEmision);
    if (!tarifa) throw reglaIncumplida('derecho-desconocido', `El derecho ${p.claveDerecho} no está en el catálogo (claveDerecho).`, 'claveDerecho', 'LD art. 11');
    const esperado = calcularImporteDeDerecho(aLineaDeTarifa(tarifa), p.cantidad);

    const r = await this.consecutivos.ejecutar({
      consecutivo: 'folio_recibo',
      flujo: `pago-de-derecho-${linea.lineaDeCaptura}`,
      decider: pagoDeDerechoDecider,
      comando: (secuenciaFolio: number) => ({
        type: 'RecibirPago' as const,
        data: {
          lineaDeCaptura: linea.lineaDeCaptura,
          referenciaBancaria: p.referenciaBancaria,
          canal: 'banco' as const,
          institucion,
          claveDerecho: p.claveDerecho,
          cantidad: p.cantidad,
          contribuyente: p.contribuyente,
          fechaPago: p.fechaPago,
          fechaEmisionOrden: orden.orden.fechaEmision,
          importe: p.importe,
          medioDePago: p.medioDePago,
          delegacion: p.delegacion,
          esperado,
          secuenciaFolio,
          fechaRegistro: this.reloj.hoy(),
          plazoDeRegistro: { diasHabiles: this.diasHabilesParaRegistrar, calendarioDePagos: this.parametros.calendarioDePagos },
        },
      }),
      contexto,
    });
    if (r.estado.estado !== 'pagado') throw new Error('El pago no quedó registrado');
    if (r.duplicado) return this.repetido(r.eventos, p.lineaDeCaptura, contexto);
    return { recibo: r.estado.pago, duplicado: r.eventos.length === 0 };
  }

  /**
   * The same reference of the same institution again: the first receipt, unless the reference now comes with
   * another line (409) or another request (422).
   */
  private repetido(eventos: readonly RecordedEvent[], lineaPedida: string, contexto: ContextoDeComando): ReciboEmitido {
    const recibo = eventos[0].data as PagoRecibido['data'];
    if (recibo.lineaDeCaptura !== lineaPedida.replace(/[\s-]/g, '')) {
      throw conflicto(
        'referencia-bancaria-ya-usada',
        `La referencia bancaria ${recibo.referenciaBancaria} ya se usó para pagar otra línea de captura, con el recibo ${recibo.folio} (referenciaBancaria).`,
        'referenciaBancaria',
        { folio: recibo.folio },
      );
    }
    exigirMismaSolicitud(eventos, contexto);
    registrarEscritura(eventos);
    return { recibo, duplicado: true };
  }
}
