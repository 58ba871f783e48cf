// The credits of the read-model specs, each lived through the decider: a whole life to the remate (the one of
// libs/domain/src/creditos/vida.spec.ts), a credit paid in part after it became exigible, a fine only determined,
// and a plan of instalments. Gloria owes the first two; Fernando the others.
import type { EventoDeCredito } from '@tesoreria/domain';
import { DEL_REQUERIMIENTO_AL_REMATE } from '../../../test/support/credito-de-prueba';
import { Bitacora, vida, type Paso } from './proyeccion-de-prueba';

const gloria = { rfc: 'GOHG800101AB1', nombre: 'Gloria Hernández García' };
const fernando = { rfc: 'LOMF7503158Z3', nombre: 'Fernando López Martínez' };
const determinar = (cambios: Record<string, unknown>): Paso => ['DeterminarCredito', {
  origen: 'liquidacion', descripcion: 'Impuesto sobre nóminas omitido', periodo: '2024-05', importeHistorico: '10000.00', delegacion: 'XI',
  fechaDeterminacion: '2025-02-20', fechaDelHecho: '2024-06-17', contribuyente: gloria, ...cambios,
}];

export const REMATADO = 'CF-2025-0001';
export const vidaRematada: EventoDeCredito[] = vida(REMATADO, [
  determinar({}),
  ['PracticarNotificacion', { medio: 'personal', fecha: '2025-03-03' }],
  ['BarrerVencimientos', { fechaEfecto: '2025-04-17' }],
  ...DEL_REQUERIMIENTO_AL_REMATE,
]);

/** Notified in person Mon 3 Mar 2025: due Wed 16 Apr, exigible Thu 17 Apr; $3,000.00 paid on 10 Jun 2025. */
export const ABONADO = 'CF-2025-0002';
export const vidaAbonada: EventoDeCredito[] = vida(ABONADO, [
  determinar({ delegacion: 'I', descripcion: 'Impuesto sobre hospedaje omitido', periodo: '2024-08' }),
  ['PracticarNotificacion', { medio: 'personal', fecha: '2025-03-03' }],
  ['BarrerVencimientos', { fechaEfecto: '2025-04-17' }],
  ['AplicarPago', { pagoId: 'F-000123', importe: '3000.00', fechaPago: '2025-06-10' }],
]);

export const MULTA = 'CF-2025-0003';
export const vidaMulta: EventoDeCredito[] = vida(MULTA, [
  determinar({ origen: 'multa', descripcion: 'Multa por no presentar la declaración', periodo: '2025-01', importeHistorico: '2500.00', delegacion: 'I', fechaDeterminacion: '2025-03-10', fechaDelHecho: '2025-02-17', contribuyente: fernando }),
]);

/** Self-determined for February 2024 (due 22 Mar 2024), exigible, and a plan of 6 instalments requested 2 Jun 2025 (CHP arts. 41-42). */
export const EN_CONVENIO = 'CF-2024-0042';
export const vidaEnConvenio: EventoDeCredito[] = vida(EN_CONVENIO, [
  determinar({ origen: 'autodeterminado', periodo: '2024-02', delegacion: 'V', contribuyente: fernando, fechaDeterminacion: '2024-03-01', fechaDelHecho: '2024-03-01' }),
  ['BarrerVencimientos', { fechaEfecto: '2024-03-25' }],
  ['AutorizarConvenioDeCredito', { convenioId: 'CONV-1', fechaDeSolicitud: '2025-06-02', fechaDeAutorizacion: '2025-06-02', numeroDeParcialidades: 6, tasaMensualDeProrroga: '1.26', naturaleza: 'propia', pagoInicialRecibido: '2450.00' }],
]);

/** Requerido on 6 May 2025 (interrupts prescription, CHP art. 24), PAE suspended 8 May by a recurso and resumed 8 Jul (art. 30). */
export const SUSPENDIDO = 'CF-2025-0005';
export const vidaSuspendida = (reanudar: boolean): EventoDeCredito[] => vida(SUSPENDIDO, [
  determinar({ delegacion: 'XI', contribuyente: fernando, periodo: '2024-09' }),
  ['PracticarNotificacion', { medio: 'personal', fecha: '2025-03-03' }],
  ['BarrerVencimientos', { fechaEfecto: '2025-04-17' }],
  ['PracticarRequerimiento', { fecha: '2025-05-06' }],
  ['SuspenderPAE', { fecha: '2025-05-08', motivo: 'recurso-de-revocacion', garantia: { forma: 'fianza', importe: '10520.00' } }],
  ...(reanudar ? [['ReanudarPAE', { fecha: '2025-07-08', motivo: 'resolucion-confirmatoria' }] as Paso] : []),
]);

/** Notified in person Mon 2 Jun 2025; $5,000.00 paid by a cheque on 5 Jun that bounced on 9 Jun (CHP art. 48). */
export const CON_CHEQUE = 'CF-2025-0006';
export const vidaConCheque: EventoDeCredito[] = vida(CON_CHEQUE, [
  determinar({ delegacion: 'III', periodo: '2024-10', fechaDeterminacion: '2025-05-20' }),
  ['PracticarNotificacion', { medio: 'personal', fecha: '2025-06-02' }],
  ['AplicarPago', { pagoId: 'F-000777', importe: '5000.00', fechaPago: '2025-06-05' }],
  ['RegistrarChequeNoPagado', { pagoId: 'F-000777', importeCheque: '5000.00', fecha: '2025-06-09' }],
]);

export function bitacoraDeCreditos(): Bitacora {
  return new Bitacora()
    .registrar(REMATADO, vidaRematada.slice(0, 3))
    .registrar(ABONADO, vidaAbonada)
    .registrar(MULTA, vidaMulta, { userId: 'juridico-2', role: 'cobranza' })
    .registrar(REMATADO, vidaRematada.slice(3))
    .registrar(EN_CONVENIO, vidaEnConvenio);
}
