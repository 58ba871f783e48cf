// What the ServicioRegistrado stream of one receipt has recorded so far (LD art. 6).
import { ConstanciaDeNoPrestacionEmitida, DevolucionSolicitada, DiferenciaPagada, OrdenDeAutorizacionDeCobroEmitida, ServicioRegistrado } from './servicio-registrado.events';

export interface EstadoServicioRegistrado {
  readonly servicio: ServicioRegistrado['data'] | null;
  readonly constancia: ConstanciaDeNoPrestacionEmitida['data'] | null;
  readonly devolucion: DevolucionSolicitada['data'] | null;
  readonly ordenDeCobro: OrdenDeAutorizacionDeCobroEmitida['data'] | null;
  readonly pagoDeDiferencia: DiferenciaPagada['data'] | null;
}

export const estadoInicialServicioRegistrado = (): EstadoServicioRegistrado => ({
  servicio: null,
  constancia: null,
  devolucion: null,
  ordenDeCobro: null,
  pagoDeDiferencia: null,
});
