// CHP arts. 37 IV, 41-42: the credit's instalment plan. The ConvenioParcialidades decider decides over the
// credit's state; the credit adds what follows from it: a revoked plan makes the balance exigible with the six
// days of art. 117, and a plan paid in full pays the credit.
import { conflicto } from '../comun/errores';
import { crearDeciderDeConvenio, type ComandoDeConvenio, type EventoDeConvenio } from '../convenios/convenio-parcialidades.decider';
import type { AutorizarConvenioDeCredito, PagarParcialidad, RevocarConvenioDeCredito } from './credito-fiscal.commands';
import type { EventoDeCredito } from './credito-fiscal.events';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { EntornoDeCredito } from './entorno';
import { adeudoALaFecha } from './saldo';
import { exigirCreditoVivo, exigirFecha } from './reglas';

/** What the credit records after the convenio's own events (CHP art. 42 IV; art. 117 last ¶). */
export function consecuenciasDelConvenio(creditoId: string, eventos: readonly EventoDeConvenio[]): EventoDeCredito[] {
  return eventos.flatMap((e): EventoDeCredito[] => {
    if (e.type === 'ConvenioRevocado') {
      return [e, { type: 'CreditoExigible', data: { creditoId, fecha: e.data.fecha, causa: 'convenio-revocado', seisDiasDelArt117: true, fundamento: 'CHP arts. 42 IV y 117' } }];
    }
    if (e.type === 'ConvenioLiquidado') return [e, { type: 'CreditoPagado', data: { creditoId, fecha: e.data.fecha } }];
    return [e];
  });
}

function decidirConvenio(estado: EstadoDeCredito, entorno: EntornoDeCredito, comando: ComandoDeConvenio): EventoDeCredito[] {
  // Instalment due dates are payment deadlines: the payment calendar (CHP art. 21 ¶3).
  const eventos = crearDeciderDeConvenio(entorno.tablasDeAdeudo.calendario).decide(comando, estado.convenio);
  return consecuenciasDelConvenio(estado.credito!.creditoId, eventos);
}

export function autorizarConvenio({ data: c }: AutorizarConvenioDeCredito, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.convenio.estado !== 'sin-convenio' && estado.convenio.convenioId === c.convenioId) return [];
  const credito = exigirCreditoVivo(estado, c.creditoId);
  if (estado.convenio.estado === 'vigente') throw conflicto('convenio-existente', `El crédito ya tiene el convenio ${estado.convenio.convenioId} vigente (convenioId).`, 'convenioId');
  const fechaDeSolicitud = exigirFecha(c.fechaDeSolicitud, 'fechaDeSolicitud');
  // CHP art. 41 II a-c: the total is the credit updated to the request, with its accessories.
  const total = adeudoALaFecha(estado, fechaDeSolicitud, entorno.tablasDeAdeudo).total;
  return decidirConvenio(estado, entorno, {
    type: 'AutorizarConvenio',
    data: {
      convenioId: c.convenioId, creditoId: c.creditoId, fechaDeAutorizacion: c.fechaDeAutorizacion,
      solicitud: { montoTotalActualizado: total, tasaMensualDeProrroga: c.tasaMensualDeProrroga, numeroDeParcialidades: c.numeroDeParcialidades, fechaDeSolicitud },
      contribuciones: [{ concepto: credito.descripcion, debioPagarseEl: estado.fechaLimitePago ?? credito.fechaDelHecho, naturaleza: c.naturaleza }],
      pagoInicialRecibido: c.pagoInicialRecibido,
    },
  });
}

export function pagarParcialidad({ data: c }: PagarParcialidad, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.pagosAplicados.includes(c.pagoId)) return [];
  exigirCreditoVivo(estado, c.creditoId);
  const convenioId = estado.convenio.estado === 'sin-convenio' ? '' : estado.convenio.convenioId;
  return decidirConvenio(estado, entorno, { type: 'RegistrarPagoDeParcialidad', data: { convenioId, numero: c.numero, importe: c.importe, fechaDePago: c.fechaPago, referencia: c.pagoId } });
}

export function revocarConvenio({ data: c }: RevocarConvenioDeCredito, estado: EstadoDeCredito, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.convenio.estado === 'revocado') return [];
  exigirCreditoVivo(estado, c.creditoId);
  const convenioId = estado.convenio.estado === 'sin-convenio' ? '' : estado.convenio.convenioId;
  return decidirConvenio(estado, entorno, { type: 'RevocarConvenio', data: { convenioId, causa: c.causa, fecha: c.fecha } });
}

/** The sweep's part: instalments due before the legal date (fechaEfecto) and unpaid (CHP art. 42 IV c). */
export function parcialidadesVencidas(estado: EstadoDeCredito, fechaEfecto: string, entorno: EntornoDeCredito): EventoDeCredito[] {
  if (estado.convenio.estado !== 'vigente') return [];
  return decidirConvenio(estado, entorno, { type: 'DeclararParcialidadesVencidas', data: { convenioId: estado.convenio.convenioId, fechaDeCorte: fechaEfecto } });
}
