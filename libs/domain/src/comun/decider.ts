// An aggregate is a decider: pure functions over discriminated unions (no framework base class).
// The command handler loads the stream, folds it with `evolve`, calls `decide` and appends the result with
// the revision it read. An empty decision appends nothing.

export interface EventoDeDominio<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

export interface Decider<Comando, Estado, Evento extends EventoDeDominio> {
  decide(comando: Comando, estado: Estado): Evento[];
  evolve(estado: Estado, evento: Evento): Estado;
  estadoInicial(): Estado;
}

export function plegar<Estado, Evento>(decider: { evolve(s: Estado, e: Evento): Estado; estadoInicial(): Estado }, eventos: readonly Evento[]): Estado {
  return eventos.reduce((s, e) => decider.evolve(s, e), decider.estadoInicial());
}
