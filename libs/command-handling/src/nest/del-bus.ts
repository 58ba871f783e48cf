// The bus handler of one command: a @nestjs/cqrs handler that passes the message's domain command and its command
// context to the plain use case (glossary: handler). Every context's nest/ module registers its use cases with it.
import { Inject, type Type } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ContextoDeComando } from '../contexto-de-comando';

export interface CasoDeUso<M, R> {
  ejecutar(comando: M, contexto: ContextoDeComando): Promise<R>;
}

export function delBus<M, R>(mensaje: Type<{ comando: M; contexto: ContextoDeComando }>, caso: Type<CasoDeUso<M, R>>): Type<ICommandHandler> {
  @CommandHandler(mensaje)
  class Delegado implements ICommandHandler<{ comando: M; contexto: ContextoDeComando }, R> {
    constructor(@Inject(caso) private readonly casoDeUso: CasoDeUso<M, R>) {}
    execute(m: { comando: M; contexto: ContextoDeComando }): Promise<R> {
      return this.casoDeUso.ejecutar(m.comando, m.contexto);
    }
  }
  Object.defineProperty(Delegado, 'name', { value: `${mensaje.name}Handler` });
  return Delegado;
}
