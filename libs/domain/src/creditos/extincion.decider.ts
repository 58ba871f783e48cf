// CHP arts. 24-26: a credit ends by prescription, declared only at the taxpayer's request, or by cancellation
// when uncollectable or the debtor insolvent (the debtor's credits added together).
import { reglaIncumplida } from '../comun/errores';
import { pruebaDeCancelacion } from '../cancelacion/cancelacion';
import type { CancelarCredito, DeclararPrescripcion } from './credito-fiscal.commands';
import type { EventoDeCredito } from './credito-fiscal.events';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { adeudoALaFecha } from './saldo';
import { relojDePrescripcionDelCredito } from './relojes';
import { exigirCreditoVivo, exigirFecha, exigirTexto } from './reglas';

export function declararPrescripcion({ data: c }: DeclararPrescripcion, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.extincion?.como === 'prescrito') return [];
  exigirCreditoVivo(estado, c.creditoId);
  const fecha = exigirFecha(c.fechaSolicitud, 'fechaSolicitud');
  const reloj = relojDePrescripcionDelCredito(estado, entorno.calendario, fecha);
  if (!reloj || !reloj.prescrito || reloj.vencimiento === null) {
    const cuando = reloj?.vencimiento ? `; prescribe después del ${reloj.vencimiento}` : '';
    throw reglaIncumplida('credito-no-prescrito', `Al ${fecha} el crédito no ha prescrito${cuando} (fechaSolicitud).`, 'fechaSolicitud', 'CHP art. 24');
  }
  return [{ type: 'PrescripcionDeclarada', data: { creditoId: c.creditoId, fechaSolicitud: fecha, vencimiento: reloj.vencimiento, inicioDelComputo: reloj.inicioDelComputo, fundamento: 'CHP art. 24' } }];
}

export function cancelarCredito({ data: c }: CancelarCredito, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.extincion?.como === 'cancelado') return [];
  exigirCreditoVivo(estado, c.creditoId);
  const fecha = exigirFecha(c.fecha, 'fecha');
  const acuerdo = exigirTexto(c.acuerdo, 'acuerdo', 3, 250);
  const propio = adeudoALaFecha(estado, fecha, entorno.tablasDeAdeudo).total;
  const prueba = pruebaDeCancelacion({
    fecha, creditos: [{ id: c.creditoId, importe: propio }, ...(c.otrosCreditos ?? [])],
    ...(c.costoDeRecuperacion !== undefined ? { costoDeRecuperacion: c.costoDeRecuperacion } : {}),
    ...(c.insolvencia !== undefined ? { insolvencia: c.insolvencia } : {}),
  });
  if (!prueba.procede) {
    throw reglaIncumplida('cancelacion-no-procede', `Los créditos del deudor suman $${prueba.importeConsiderado}: no son incosteables ni consta la insolvencia del deudor (costoDeRecuperacion).`, 'costoDeRecuperacion', 'CHP art. 25');
  }
  return [{ type: 'CreditoCancelado', data: { creditoId: c.creditoId, fecha, causas: prueba.causas, importeConsiderado: prueba.importeConsiderado, acuerdo, fundamento: 'CHP arts. 25 y 26' } }];
}
