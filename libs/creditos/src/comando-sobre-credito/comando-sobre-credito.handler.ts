// One use case for every act on a crédito fiscal: the command of libs/domain/src/creditos runs the one command cycle
// on the credit's flujo with the CreditoFiscal decider, built once with the loaded tables (calendar of CHP art. 21,
// INPC and recargos rates, the amounts of art. 113). The decider already judges each act and names the article and
// the field of a refusal; a handler per act would only repeat these lines.
import type { ContextoDeComando, EjecutorDeComandos, ResultadoDeComando } from '@tesoreria/command-handling';
import { crearDeciderDeCredito, flujoDeCredito, type ComandoDeCredito, type DeciderDeCredito, type EntornoDeCredito, type EstadoDeCredito } from '@tesoreria/domain';
import type { Parametros } from '@tesoreria/parametros';

export interface DependenciasDeCredito {
  readonly ejecutor: EjecutorDeComandos;
  readonly entorno: EntornoDeCredito;
}

export type ResultadoDeCredito = ResultadoDeComando<EstadoDeCredito>;

/** The decider's tables, as libs/parametros loads them. */
export function entornoDeCredito(p: Pick<Parametros, 'calendario' | 'tablasDeAdeudo' | 'montosDeGastosDeEjecucion'>): EntornoDeCredito {
  return { calendario: p.calendario, tablasDeAdeudo: p.tablasDeAdeudo, montosDeGastosDeEjecucion: p.montosDeGastosDeEjecucion };
}

export class ComandoSobreCreditoHandler {
  private readonly decider: DeciderDeCredito;

  constructor(private readonly d: DependenciasDeCredito) {
    this.decider = crearDeciderDeCredito(d.entorno);
  }

  /** Async so a malformed id (flujoDeCredito refuses it) rejects like every other refusal. */
  async ejecutar(comando: ComandoDeCredito, contexto: ContextoDeComando): Promise<ResultadoDeCredito> {
    return this.d.ejecutor.ejecutar({ flujo: flujoDeCredito(comando.data.creditoId), decider: this.decider, comando, contexto });
  }
}
