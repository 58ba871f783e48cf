// given(events).when(command).then(events) / thenRejects(code) / thenNothingHappened() over jest.
import { RechazoDeDominio } from '@tesoreria/domain';

interface DeciderLike<C, S, E> {
  decide(c: C, s: S): E[];
  evolve(s: S, e: E): S;
  estadoInicial(): S;
}

export function especificacion<C, S, E>(decider: DeciderLike<C, S, E>) {
  return {
    given(eventos: E[]) {
      const estado = eventos.reduce((s, e) => decider.evolve(s, e), decider.estadoInicial());
      return {
        when(comando: C) {
          const ejecutar = () => decider.decide(comando, estado);
          return {
            then(esperados: E[]) {
              expect(ejecutar()).toEqual(esperados);
            },
            thenNothingHappened() {
              expect(ejecutar()).toEqual([]);
            },
            /** The refusal's code, and when given its field and the article it names. */
            thenRejects(codigo: string, campo?: string, fundamento?: string) {
              let error: unknown;
              try {
                ejecutar();
              } catch (e) {
                error = e;
              }
              expect(error).toBeInstanceOf(RechazoDeDominio);
              expect((error as RechazoDeDominio).codigo).toBe(codigo);
              if (campo !== undefined) expect((error as RechazoDeDominio).campo).toBe(campo);
              if (fundamento !== undefined) expect((error as RechazoDeDominio).fundamento).toBe(fundamento);
            },
          };
        },
      };
    },
  };
}

/** The domain refusal `f` throws; fails the test when it throws nothing. */
export function rechazoDe(f: () => unknown): RechazoDeDominio {
  try {
    f();
  } catch (e) {
    return e as RechazoDeDominio;
  }
  throw new Error('no fue rechazado');
}
