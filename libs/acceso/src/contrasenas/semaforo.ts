// A counting semaphore with a bounded queue: at most `concurrentes` tasks run, at most `enEspera` wait their turn,
// and a task beyond both is refused at once (SemaforoSaturado) instead of holding memory and a socket while the
// queue grows without end. Password hashing runs behind it (issue 9, item 3).

export class SemaforoSaturado extends Error {
  constructor() {
    super('semaforo-saturado');
    this.name = 'SemaforoSaturado';
  }
}

export class Semaforo {
  private activos = 0;
  private readonly cola: Array<() => void> = [];

  constructor(
    private readonly concurrentes: number,
    private readonly enEspera: number,
  ) {}

  /** How many tasks may run or wait at once. */
  get capacidad(): number {
    return this.concurrentes + this.enEspera;
  }

  /** Runs `tarea` when a slot is free. With `acotada` false the task always waits (never refused). */
  async run<T>(tarea: () => Promise<T>, acotada = true): Promise<T> {
    if (this.activos >= this.concurrentes) {
      if (acotada && this.cola.length >= this.enEspera) throw new SemaforoSaturado();
      await new Promise<void>((turno) => this.cola.push(turno));
    } else {
      this.activos++;
    }
    try {
      return await tarea();
    } finally {
      // The slot passes straight to the next waiter, so `activos` never drops below the running count.
      const siguiente = this.cola.shift();
      if (siguiente) siguiente();
      else this.activos--;
    }
  }
}
