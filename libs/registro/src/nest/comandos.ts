// The messages controllers, jobs and the seed send through @nestjs/cqrs's CommandBus: a domain command and its
// command context, never a DTO or an HTTP session. One class per use case, so the bus routes by type.
import type { ContextoDeComando } from '@tesoreria/command-handling';
import type { EmitirOrdenDePagoDeDerecho } from '../ordenes-de-pago/emitir-orden-de-pago.handler';
import type { RecibirPagoDeBanco } from '../pagos/recibir-pago.handler';
import type { EmitirConstanciaDeNoPrestacionDeRecibo } from '../servicios/emitir-constancia.handler';
import type { EmitirOrdenDeCobroDeDiferencia } from '../servicios/emitir-orden-de-cobro.handler';
import type { RegistrarPagoDeDiferenciaDeRecibo } from '../servicios/registrar-pago-de-diferencia.handler';
import type { RegistrarServicioEnRecibo } from '../servicios/registrar-servicio.handler';
import type { SolicitarDevolucionDeRecibo } from '../servicios/solicitar-devolucion.handler';

abstract class Mensaje<C> {
  constructor(
    readonly comando: C,
    readonly contexto: ContextoDeComando,
  ) {}
}

export class EmitirOrdenDePagoCommand extends Mensaje<EmitirOrdenDePagoDeDerecho> {}
export class RecibirPagoCommand extends Mensaje<RecibirPagoDeBanco> {}
export class RegistrarServicioCommand extends Mensaje<RegistrarServicioEnRecibo> {}
export class EmitirConstanciaCommand extends Mensaje<EmitirConstanciaDeNoPrestacionDeRecibo> {}
export class SolicitarDevolucionCommand extends Mensaje<SolicitarDevolucionDeRecibo> {}
export class EmitirOrdenDeCobroCommand extends Mensaje<EmitirOrdenDeCobroDeDiferencia> {}
export class RegistrarPagoDeDiferenciaCommand extends Mensaje<RegistrarPagoDeDiferenciaDeRecibo> {}
