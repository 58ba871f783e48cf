// CHP art. 38 and LD art. 5: a bank posts the payment of a línea de captura and the Treasury issues the recibo
// oficial (its folio the next consecutive, drawn only once the payment is accepted). The bank's reference, scoped
// by its institution (`banco:{institución}:{referencia}`), is the idempotency key: the same bank posting the same
// reference twice records one payment and gets the first receipt again; another bank's reference with the same
// text is another payment, and never sees the first (issue 9, item 4).
import {
  calcularImporteDeDerecho,
  conflicto,
  flujoDeOrdenDePago,
  flujoDePagoDeDerecho,
  leerLineaDeCaptura,
  ordenQuePaga,
  pagoDeDerechoDecider,
  reglaIncumplida,
  type ClaveDelegacion,
  type Contribuyente,
  type EventoOrdenDePago,
  type Fecha,
  type MedioDePago,
  type PagoDeFormatoRecibido,
  type PagoRecibido,
  esLineaDeFormato,
} from '@tesoreria/domain';
import type { CatalogoDeDerechos } from '@tesoreria/catalogo';
import { exigirMismaSolicitud, type ContextoDeComando, type EjecutorDeComandos } from '@tesoreria/command-handling';
import type { RecordedEvent } from '@tesoreria/event-store';
import type { Parametros } from '@tesoreria/parametros';
import { aLineaDeTarifa, lineaVigente } from '../comun/catalogo';
import type { Reloj } from '../comun/reloj';

/** What a bank reports (CHP arts. 38-39): the payment of a línea de captura. */
export interface RecibirPagoDeBanco {
  readonly lineaDeCaptura: string;
  readonly referenciaBancaria: string;
  /** The bank or collection office that received the money. */
  readonly institucion: string;
  readonly claveDerecho: string;
  readonly cantidad: number;
  readonly contribuyente: Contribuyente;
  readonly fechaPago: Fecha;
  readonly importe: string;
  readonly medioDePago: MedioDePago;
  readonly delegacion: ClaveDelegacion;
}

/** The idempotency key of a bank's payment: the bank is part of it, since two banks may use the same reference. */
export const claveDePagoBancario = (institucion: string, referenciaBancaria: string) => `banco:${institucion}:${referenciaBancaria}`;

/** The recibo oficial as the bank is answered: a derecho's payment facts (its orden is implied), or a formato's with what it paid. */
export type ReciboOficial = Omit<PagoRecibido['data'], 'paga'> | PagoDeFormatoRecibido['data'];

/** Takes the payment of a credit's formato de pago (decision 0208; libs/creditos/src/pagos): this handler only routes it. */
export interface ReceptorDePagosDeFormato {
  ejecutar(p: RecibirPagoDeBanco, contexto: ContextoDeComando): Promise<ReciboEmitido>;
}

export interface ReciboEmitido {
  readonly recibo: ReciboOficial;
  /** True when this bank reference had already been posted: nothing new was recorded. */
  readonly duplicado: boolean;
}

export interface DependenciasDeRecibirPago {
  readonly ejecutor: EjecutorDeComandos;
  readonly catalogo: CatalogoDeDerechos;
  readonly reloj: Reloj;
  readonly parametros: Parametros;
  /** Decision 0207: business days a bank has to post a payment. */
  readonly diasHabilesParaRegistrar: number;
  /** Absent where the credits are not wired: a formato's línea is then refused as no order's. */
  readonly formatos?: ReceptorDePagosDeFormato | null;
}

export class RecibirPagoHandler {
  constructor(private readonly d: DependenciasDeRecibirPago) {}

  /** `contexto.idempotencyKey` must be claveDePagoBancario(institución, referencia). */
  async ejecutar(p: RecibirPagoDeBanco, contexto: ContextoDeComando): Promise<ReciboEmitido> {
    if (this.d.formatos && esLineaDeFormato(p.lineaDeCaptura)) return this.d.formatos.ejecutar(p, contexto);
    const store = this.d.ejecutor.store;
    // A retry is answered before any rule of the day: the receipt stands even once the posting window closed.
    const previo = contexto.idempotencyKey ? await store.findByIdempotencyKey(contexto.idempotencyKey) : null;
    if (previo) return this.repetido(previo.events, p.lineaDeCaptura, contexto);

    const linea = leerLineaDeCaptura(p.lineaDeCaptura);
    const historia = (await store.readStream(flujoDeOrdenDePago(linea.serie))) as unknown as EventoOrdenDePago[];
    const orden = ordenQuePaga(historia, { lineaDeCaptura: linea.lineaDeCaptura, claveDerecho: p.claveDerecho, cantidad: p.cantidad });
    // The tariff in force when the order was issued: the amount the línea de captura carries.
    const tarifa = lineaVigente(this.d.catalogo, orden.claveDerecho, orden.fechaEmision);
    if (!tarifa) throw reglaIncumplida('derecho-desconocido', `El derecho ${p.claveDerecho} no está en el catálogo (claveDerecho).`, 'claveDerecho', 'LD art. 11');
    const esperado = calcularImporteDeDerecho(aLineaDeTarifa(tarifa), p.cantidad);

    const r = await this.d.ejecutor.ejecutar({
      consecutivo: 'folio_recibo',
      flujo: flujoDePagoDeDerecho(linea.lineaDeCaptura),
      decider: pagoDeDerechoDecider,
      comando: (secuenciaFolio: number) => ({
        type: 'RecibirPago' as const,
        data: {
          ...p,
          lineaDeCaptura: linea.lineaDeCaptura,
          canal: 'banco' as const,
          fechaEmisionOrden: orden.fechaEmision,
          esperado,
          secuenciaFolio,
          fechaRegistro: this.d.reloj.hoy(),
          plazoDeRegistro: { diasHabiles: this.d.diasHabilesParaRegistrar, calendarioDePagos: this.d.parametros.calendarioDePagos },
        },
      }),
      contexto,
    });
    if (r.estado.estado !== 'pagado') throw new Error('El pago no quedó registrado');
    if (r.duplicado) return this.repetido(r.eventos, p.lineaDeCaptura, contexto);
    return { recibo: reciboOficial(r.estado.pago), duplicado: r.eventos.length === 0 };
  }

  /**
   * The same reference of the same institution again: the first receipt, unless the reference now comes with
   * another line (409) or another request (422).
   */
  private repetido(eventos: readonly RecordedEvent[], lineaPedida: string, contexto: ContextoDeComando): ReciboEmitido {
    const recibo = reciboOficial(eventos[0]!.data as unknown as PagoRecibido['data']);
    if (recibo.lineaDeCaptura !== lineaPedida.replace(/[\s-]/g, '')) {
      throw conflicto(
        'referencia-bancaria-ya-usada',
        `La referencia bancaria ${recibo.referenciaBancaria} ya se usó para pagar otra línea de captura, con el recibo ${recibo.folio} (referenciaBancaria).`,
        'referenciaBancaria',
        { folio: recibo.folio },
      );
    }
    exigirMismaSolicitud(eventos, contexto);
    this.d.ejecutor.escrito(eventos);
    return { recibo, duplicado: true };
  }
}

function reciboOficial({ paga: _paga, ...recibo }: PagoRecibido['data']): ReciboOficial {
  return recibo;
}
