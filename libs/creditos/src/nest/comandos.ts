// The messages controllers, jobs and the seed send about credits through @nestjs/cqrs's CommandBus: a domain
// command and its command context. Every act on a credit is one message (the decider tells the acts apart).
import type { ContextoDeComando } from '@tesoreria/command-handling';
import type { ComandoDeCredito } from '@tesoreria/domain';
import type { BarrerHasta } from '../barrido/barrido-de-vencimientos.handler';

abstract class Mensaje<C> {
  constructor(
    readonly comando: C,
    readonly contexto: ContextoDeComando,
  ) {}
}

export class ComandoSobreCreditoCommand extends Mensaje<ComandoDeCredito> {}
export class BarrerVencimientosCommand extends Mensaje<BarrerHasta> {}
