// What the ServicioOtorgado stream of one receipt has recorded so far (LD art. 6).
import { ConstanciaDeNoPrestacionEmitida, DevolucionSolicitada, DiferenciaPagada, OrdenDeAutorizacionDeCobroEmitida, ServicioOtorgado } from './servicio-otorgado.events';

export interface EstadoServicioOtorgado {
  readonly servicio: ServicioOtorgado['data'] | null;
  readonly constancia: ConstanciaDeNoPrestacionEmitida['data'] | null;
  readonly devolucion: DevolucionSolicitada['data'] | null;
  readonly ordenDeCobro: OrdenDeAutorizacionDeCobroEmitida['data'] | null;
  readonly pagoDeDiferencia: DiferenciaPagada['data'] | null;
}

export const estadoInicialServicioOtorgado = (): EstadoServicioOtorgado => ({
  servicio: null,
  constancia: null,
  devolucion: null,
  ordenDeCobro: null,
  pagoDeDiferencia: null,
});
