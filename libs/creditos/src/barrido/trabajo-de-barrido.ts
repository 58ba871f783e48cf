// The sweep as a daily job on the platform's scheduler (BullMQ with REDIS_URL, in-process otherwise): early each
// morning in Chiapas, for the fecha de negocio of the run. A payload `{ fecha }` sweeps that date (an operator's
// catch-up). Who did it, as every event records: the system's sweep.
import { randomUUID } from 'node:crypto';
import type { ContextoDeComando } from '@tesoreria/command-handling';
import type { Fecha } from '@tesoreria/domain';
import type { JobScheduler } from '@tesoreria/jobs';
import type { BarridoDeVencimientosHandler, ResultadoDelBarrido } from './barrido-de-vencimientos.handler';
import type { FechaDeNegocio } from './fecha-de-negocio';

export const TRABAJO_DE_BARRIDO = 'barrido-de-vencimientos';
export const HORARIO_DEL_BARRIDO = { hour: 0, minute: 30, tz: 'America/Mexico_City' } as const;
export const ACTOR_DEL_BARRIDO = { userId: 'barrido-de-vencimientos', role: 'sistema', dependencia: null } as const;

export function contextoDelBarrido(fecha: Fecha, correlationId: string = randomUUID()): ContextoDeComando {
  return { actor: ACTOR_DEL_BARRIDO, correlationId, causationId: null, fechaEfecto: fecha };
}

/** Defines the job; `programar` also makes it daily (the process that runs jobs: the worker, or the api with rol 'todo'). */
export async function registrarTrabajoDeBarrido(
  trabajos: JobScheduler, barrido: BarridoDeVencimientosHandler, fechaDeNegocio: FechaDeNegocio,
  opciones: { programar: boolean; alTerminar?: (r: ResultadoDelBarrido) => void },
): Promise<void> {
  trabajos.define<{ fecha?: Fecha } | undefined>(TRABAJO_DE_BARRIDO, async (payload, ctx) => {
    const fecha = payload?.fecha ?? fechaDeNegocio.hoy(ctx.fechaEfecto);
    const r = await barrido.ejecutar({ fecha }, contextoDelBarrido(fecha, ctx.jobId));
    opciones.alTerminar?.(r);
  });
  if (opciones.programar) await trabajos.scheduleDaily(TRABAJO_DE_BARRIDO, HORARIO_DEL_BARRIDO);
}
