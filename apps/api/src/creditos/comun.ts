// What the credits' controllers share: who writes and who reads (cobranza runs determination, notification, the
// plans and the PAE; auditor and dirección read; admin only runs the sweep and manages users — separation of
// duties), sending an act to the bus, the answer of a write, and the 404 of a credit that does not exist.
import { HttpException } from '@nestjs/common';
import type { CommandBus } from '@nestjs/cqrs';
import { etapaYPlazos, type ComandoDeCredito, type Rol } from '@tesoreria/domain';
import type { ConsultasDeCreditos, ResultadoDeCredito } from '@tesoreria/creditos';
import { ComandoSobreCreditoCommand } from '@tesoreria/creditos/nest/comandos';
import type { FastifyReply } from 'fastify';
import { problema } from '../http/problem';
import { contextoDe, type SesionActiva } from '../registro/comun/contexto';

export const ESCRIBEN: Rol[] = ['cobranza'];
export const LEEN: Rol[] = ['cobranza', 'auditor', 'direccion'];

export function creditoNoEncontrado(creditoId: string): HttpException {
  return new HttpException(problema(404, `No existe el crédito ${creditoId} (creditoId).`, { codigo: 'credito-no-encontrado', campo: 'creditoId' }), 404);
}

/** Sends one act, waits until the read models show it, and answers what it wrote (201) or that it was already so (200). */
export async function enviarActo(
  bus: CommandBus, consultas: ConsultasDeCreditos, comando: ComandoDeCredito, sesion: SesionActiva, fechaEfecto: string, reply: FastifyReply,
) {
  const r = await bus.execute<ComandoSobreCreditoCommand, ResultadoDeCredito>(new ComandoSobreCreditoCommand(comando, contextoDe(sesion, fechaEfecto)));
  await consultas.alcanzar();
  if (r.eventos.length === 0 || r.duplicado) void reply.status(200);
  return {
    creditoId: comando.data.creditoId,
    duplicado: r.duplicado,
    etapa: etapaYPlazos(r.estado, consultas.entorno.calendario).etapa,
    eventos: r.eventos.map((e) => ({ tipo: e.type, posicion: e.position, ...e.data })),
  };
}
