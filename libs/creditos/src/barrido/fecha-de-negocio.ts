// The fecha de negocio (glossary): the date the operator says the Treasury is living, which the daily sweep and
// the reads "as of today" use. Fixed by configuration (TESORERIA_FECHA_DE_NEGOCIO) or by a test; otherwise the day
// a scheduled run was due, or today in Chiapas. The domain never reads it: it reaches a command as its fechaEfecto.
import { esFechaValida, type Fecha } from '@tesoreria/domain';

export interface RelojDeFechas {
  hoy(): Fecha;
}

export class FechaDeNegocio {
  constructor(
    private readonly reloj: RelojDeFechas,
    private fijada: Fecha | null = null,
  ) {}

  static desdeEntorno(reloj: RelojDeFechas, env: NodeJS.ProcessEnv): FechaDeNegocio {
    const v = env.TESORERIA_FECHA_DE_NEGOCIO?.trim();
    if (v && !esFechaValida(v)) throw new Error(`TESORERIA_FECHA_DE_NEGOCIO debe tener la forma AAAA-MM-DD (${v})`);
    return new FechaDeNegocio(reloj, v || null);
  }

  /** The operator's date when fixed; else `programada` (a daily run's own date); else today. */
  hoy(programada?: Fecha | null): Fecha {
    return this.fijada ?? programada ?? this.reloj.hoy();
  }

  fijar(fecha: Fecha | null): void {
    this.fijada = fecha;
  }
}
