// CHP art. 38: a bank posts the payment of a formato de pago through the same POST /api/pagos as a derecho's; the
// registry's handler hands a formato's línea here (decision 0208). One PagoRecibido in the formato's flujo, with
// the next gap-free folio, idempotent on `banco:{institución}:{referencia}`; then each credit's share is applied
// in the same request (aplicar-pago-de-formato.ts).
import {
  Dec, aTexto, adeudoALaFecha, conflicto, flujoDeFormatoDePago, formatoDePagoDecider, leerLineaDeFormato, plegar, repartirPago,
  type ComandoFormatoDePago, type EntornoDeCredito, type EventoFormatoDePago, type PagoDeFormatoRecibido,
} from '@tesoreria/domain';
import { exigirMismaSolicitud, type ContextoDeComando, type EjecutorDeComandos } from '@tesoreria/command-handling';
import type { Calendario } from '@tesoreria/domain';
import type { RecordedEvent } from '@tesoreria/event-store';
import type { ReceptorDePagosDeFormato, RecibirPagoDeBanco, ReciboEmitido } from '@tesoreria/registro';
import type { AplicarPagoDeFormato } from './aplicar-pago-de-formato';
import { admitePago, estadoDelCredito } from './creditos-del-flujo';

export interface DependenciasDeRecibirPagoDeFormato {
  readonly ejecutor: EjecutorDeComandos;
  readonly entorno: EntornoDeCredito;
  readonly aplicador: AplicarPagoDeFormato;
  readonly hoy: () => string;
  readonly plazoDeRegistro: { readonly diasHabiles: number; readonly calendarioDePagos: Calendario };
}

export class RecibirPagoDeFormatoHandler implements ReceptorDePagosDeFormato {
  constructor(private readonly d: DependenciasDeRecibirPagoDeFormato) {}

  async ejecutar(p: RecibirPagoDeBanco, contexto: ContextoDeComando): Promise<ReciboEmitido> {
    const store = this.d.ejecutor.store;
    const previo = contexto.idempotencyKey ? await store.findByIdempotencyKey(contexto.idempotencyKey) : null;
    if (previo) return this.repetido(previo.events, p, contexto);

    const linea = leerLineaDeFormato(p.lineaDeCaptura);
    const flujo = flujoDeFormatoDePago(linea.numero);
    const formato = plegar(formatoDePagoDecider, (await store.readStream(flujo)) as unknown as EventoFormatoDePago[]);
    const creditos = formato.estado === 'sin-emitir' ? [] : formato.formato.creditos;
    // The split is fixed once, with the credits as they stand on the payment date, and travels in the event.
    const porPagar = await Promise.all(creditos.map(async (c) => {
      const estado = await estadoDelCredito(store, c.creditoId);
      const vivo = admitePago(estado);
      return { ...c, vivo, adeudo: vivo ? adeudoALaFecha(estado, p.fechaPago, this.d.entorno.tablasDeAdeudo).total : '0.00' };
    }));
    const reparto = creditos.length ? repartirPago(aTexto(new Dec(/^\d+(\.\d+)?$/.test(p.importe) ? p.importe : 0)), porPagar) : { asignaciones: [], saldoAFavorSinAplicar: '0.00' };
    const r = await this.d.ejecutor.ejecutar({
      consecutivo: 'folio_recibo',
      flujo,
      decider: formatoDePagoDecider,
      comando: (secuenciaFolio: number): ComandoFormatoDePago => ({
        type: 'RecibirPagoDeFormato',
        data: {
          lineaDeCaptura: linea.lineaDeCaptura, referenciaBancaria: p.referenciaBancaria, canal: 'banco', institucion: p.institucion,
          fechaPago: p.fechaPago, fechaRegistro: this.d.hoy(), plazoDeRegistro: this.d.plazoDeRegistro, importe: p.importe,
          medioDePago: p.medioDePago, delegacion: p.delegacion, ...reparto, secuenciaFolio,
        },
      }),
      contexto,
    });
    if (r.duplicado) return this.repetido(r.eventos, p, contexto);
    if (r.eventos.length === 0) {
      const registrado = (await store.readStream(flujo)).filter((e) => e.type === 'PagoRecibido');
      return this.repetido(registrado, p, contexto);
    }
    const pago = r.eventos.find((e) => e.type === 'PagoRecibido')!;
    await this.d.aplicador.aplicar(pago, contexto);
    return { recibo: reciboDelFormato(pago), duplicado: false };
  }

  /** A retry of the same bank's reference: the first receipt, and the application completed if a crash cut it. */
  private async repetido(eventos: readonly RecordedEvent[], p: RecibirPagoDeBanco, contexto: ContextoDeComando): Promise<ReciboEmitido> {
    const pago = eventos[0]!;
    const recibo = reciboDelFormato(pago);
    if (recibo.lineaDeCaptura !== p.lineaDeCaptura.replace(/[\s-]/g, '')) {
      throw conflicto('referencia-bancaria-ya-usada', `La referencia bancaria ${recibo.referenciaBancaria} ya se usó para pagar otra línea de captura, con el recibo ${recibo.folio} (referenciaBancaria).`,
        'referenciaBancaria', { folio: recibo.folio });
    }
    exigirMismaSolicitud(eventos, contexto);
    await this.d.aplicador.aplicar(pago, { ...contexto, causationId: pago.eventId });
    this.d.ejecutor.escrito(eventos);
    return { recibo, duplicado: true };
  }
}

/** The receipt of a formato: the payment's facts and what it paid (the formato, its credits and each share). */
export function reciboDelFormato(e: RecordedEvent): PagoDeFormatoRecibido['data'] {
  return e.data as unknown as PagoDeFormatoRecibido['data'];
}
