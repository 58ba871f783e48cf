// What every recibo oficial (CHP art. 38) records of money received, whatever the payment pays: a derecho's orden
// de pago or a credit's formato de pago. Its own file, so the two payment events share it without importing each
// other.
import type { Fecha } from '../comun/fecha';
import type { ClaveDelegacion } from '../delegaciones/delegaciones';
import type { ContribuyenteNormalizado } from './contribuyente';
import type { MedioDePago } from './medios-de-pago';
import type { CanalDePago } from './pago-de-derecho.commands';

/** What every recibo oficial records of the money received, whatever it pays (CHP art. 38). */
export interface DatosDelPagoRecibido {
  readonly folio: string;
  readonly lineaDeCaptura: string;
  readonly referenciaBancaria: string;
  readonly canal: CanalDePago;
  readonly institucion: string;
  readonly importeTotal: string;
  readonly contribuyente: ContribuyenteNormalizado;
  readonly fechaPago: Fecha;
  readonly fechaVigencia: Fecha;
  readonly medioDePago: MedioDePago;
  readonly delegacion: ClaveDelegacion;
}
