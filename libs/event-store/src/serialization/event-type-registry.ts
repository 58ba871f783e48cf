// The registry of event types: type -> schema check -> upcasters. Events are stored as they were written; a reader
// sees them in today's vocabulary and layout: an event of an old type or schema version goes up through its
// upcasters until it reaches the current one, then its data is checked. Types the registry does not know (another
// context's, or a test's) pass through untouched. A type is unique across the log: two definitions of one type,
// or an old type reused by a current one, are refused when the registry is built.
import type { NewEvent, RecordedEvent } from '../event-store.port';

type Datos = Record<string, unknown>;

/** From one stored (type, version) to the next; the last step reaches the definition's own type and version. */
export interface Upcaster {
  readonly desde: { readonly type: string; readonly schemaVersion: number };
  readonly hasta: { readonly type: string; readonly schemaVersion: number };
  readonly subir: (data: Datos) => Datos;
}

export interface EventTypeDefinition {
  readonly type: string;
  /** The version appends stamp now. */
  readonly schemaVersion: number;
  /** Null when the data has the current layout, else what is wrong (names the field). */
  readonly check: (data: Datos) => string | null;
  readonly upcasters?: readonly Upcaster[];
}

const clave = (type: string, v: number) => `${type}@${v}`;

/** Stored data that no longer fits its type's layout: a reader must not fold it silently. */
export class InvalidEventDataError extends Error {
  constructor(readonly eventId: string | null, readonly type: string, problema: string) {
    super(`Evento ${type}${eventId ? ` ${eventId}` : ''} con datos inválidos: ${problema}`);
    this.name = 'InvalidEventDataError';
  }
}

export class EventTypeRegistry {
  private readonly actuales = new Map<string, EventTypeDefinition>();
  private readonly pasos = new Map<string, Upcaster>();

  constructor(definiciones: readonly EventTypeDefinition[]) {
    for (const d of definiciones) {
      if (this.actuales.has(d.type)) throw new Error(`Tipo de evento repetido en el registro: ${d.type}`);
      this.actuales.set(d.type, d);
    }
    for (const d of definiciones) {
      for (const u of d.upcasters ?? []) {
        const k = clave(u.desde.type, u.desde.schemaVersion);
        if (this.pasos.has(k)) throw new Error(`Dos upcasters leen ${k}`);
        const actual = this.actuales.get(u.desde.type);
        if (actual && actual !== d) throw new Error(`El tipo ${u.desde.type} es actual y a la vez antiguo de ${d.type}`);
        if (actual && u.desde.schemaVersion >= actual.schemaVersion) throw new Error(`El upcaster de ${k} no lee una versión anterior`);
        this.pasos.set(k, u);
      }
    }
  }

  /** Every type the log holds now (current names only). */
  tipos(): string[] {
    return [...this.actuales.keys()];
  }

  /** The event as readers see it today. */
  leer<E extends RecordedEvent>(e: E): E {
    let type: string = e.type;
    let version = e.metadata?.schemaVersion ?? 1;
    let data = e.data as Datos;
    for (let paso = this.pasos.get(clave(type, version)); paso; paso = this.pasos.get(clave(type, version))) {
      data = paso.subir(data);
      type = paso.hasta.type;
      version = paso.hasta.schemaVersion;
    }
    const definicion = this.actuales.get(type);
    if (!definicion) return e;
    const problema = definicion.check(data);
    if (problema) throw new InvalidEventDataError(e.eventId, type, problema);
    if (type === e.type && data === e.data) return e;
    return { ...e, type, data, metadata: { ...e.metadata, schemaVersion: version } };
  }

  /** An event about to be appended: stamped with its current version, and refused if its data does not fit. */
  escribir(e: NewEvent): NewEvent {
    const definicion = this.actuales.get(e.type);
    if (!definicion) {
      if (this.pasos.has(clave(e.type, e.metadata.schemaVersion ?? 1))) throw new Error(`El tipo ${e.type} ya no se escribe`);
      return e;
    }
    const problema = definicion.check(e.data);
    if (problema) throw new InvalidEventDataError(null, e.type, problema);
    return { ...e, metadata: { ...e.metadata, schemaVersion: definicion.schemaVersion } };
  }
}
