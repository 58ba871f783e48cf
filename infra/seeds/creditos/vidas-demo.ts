// The demo credits as a table of lives: one or more in every stage the cobranza pages show (CHP arts. 37, 41-42,
// 117-166, 24-26, 27-30 and 182), of every origin (LD arts. 4 and 6 II among them), determined over the last five
// years and a little more (a prescribed credit needs five years from exigibility, CHP art. 24). Dates are counted
// back from the seed's reference date (today while the tables reach it: sembrar-creditos.ts fechaDeReferencia), so
// each day's seed is the same and no deadline has run past that date unswept. PAE acts start no earlier than the
// first row of the art. 113 amounts (2025): an older credit's requerimiento waits for it (pasos.ts requerir).
// Taxpayers and names are fictitious; the RFC and CURP have the legal form (the CURP its RENAPO check digit).
import { digitoVerificadorCurp, siguienteDiaHabil, sumarDias, type Contribuyente, type EtapaDelCredito, type OrigenDelCredito } from '@tesoreria/domain';
import {
  adjudicar, barrer, cancelar, convenir, convocar, embargar, fincar, hace, notificar, pagar, pagarParcialidad, prescribir, requerir, revocar,
  suspender, tras, valuar, vencerParcialidad, type Cuando, type Paso,
} from './pasos';

const curp = (primeros17: string) => primeros17 + digitoVerificadorCurp(primeros17);

export const CONTRIBUYENTES_DEMO: readonly Contribuyente[] = [
  { rfc: 'DEMA800101AB1', nombre: 'Amalia Demostración Ejemplar' },
  { rfc: 'FIC150610AB2', nombre: 'Comercializadora Ficticia del Soconusco, S.A. de C.V.' },
  { curp: curp('DEMB750315HCSRRRA'), nombre: 'Benito Ejemplo Prueba' },
  { rfc: 'DEMC680720AB3', nombre: 'Carmen Ficticia Muestra' },
  { rfc: 'IMA090902AB4', nombre: 'Constructora Imaginaria de Los Altos, S.A. de C.V.' },
  { curp: curp('DEMD900228MCSRRRA'), nombre: 'Dalia Simulada Ejemplar' },
  { rfc: 'DEME850505AB5', nombre: 'Ernesto Demostración Ficticio' },
  { rfc: 'SIM120101AB6', nombre: 'Hotelera Simulada de Palenque, S.C.' },
];

export interface VidaDemo {
  readonly origen: OrigenDelCredito;
  readonly descripcion: string;
  readonly importe: string;
  readonly determinado: Cuando;
  readonly pasos: readonly Paso[];
  /** Where the life ends as of the seed's date: the spec checks the read model agrees. */
  readonly etapa: EtapaDelCredito;
  readonly convenioRevocado?: boolean;
}

/** About m months before today, on a business day. */
const haceMeses = (m: number): Cuando => (c) => siguienteDiaHabil(c.entorno.calendario, sumarDias(c.hoy, -Math.round(m * 30.44)));
const notificarYVencer = (medio: Parameters<typeof notificar>[0] = 'personal', dias = 5): Paso[] => [notificar(medio, tras(dias)), barrer()];
const hastaElEmbargo = (bienes: Parameters<typeof embargar>[1]): Paso[] => [...notificarYVencer(), requerir(tras(8)), embargar(tras(0), bienes)];
const camioneta = [{ tipo: 'muebles', descripcion: 'Camioneta pick-up modelo 2019, placas de demostración' }] as const;
const predio = [{ tipo: 'inmuebles-o-negociacion', descripcion: 'Predio urbano de 300 m² (folio real de demostración)' }] as const;
const seis = (p: Paso): Paso[] => Array.from({ length: 6 }, () => p);

const nomina = 'Impuesto sobre nóminas omitido';
const hospedaje = 'Impuesto sobre la prestación de servicios de hospedaje omitido';

export const VIDAS_DEMO: readonly VidaDemo[] = [
  // Determined, not yet notified.
  { origen: 'liquidacion', descripcion: nomina, importe: '18450.00', determinado: hace(3), pasos: [], etapa: 'determinado' },
  { origen: 'multa', descripcion: 'Multa por no presentar la declaración del impuesto sobre nóminas', importe: '2750.00', determinado: hace(15), pasos: [], etapa: 'determinado' },
  { origen: 'diferencia-ld-6-ii', descripcion: 'Diferencia del derecho de inscripción pagado de menos (LD art. 6 II)', importe: '1320.00', determinado: hace(8), pasos: [], etapa: 'determinado' },
  // Notified: the 30 business days of art. 37 I still run.
  { origen: 'liquidacion', descripcion: hospedaje, importe: '9630.00', determinado: hace(20), pasos: [notificar('personal', tras(3))], etapa: 'notificado' },
  { origen: 'multa', descripcion: 'Multa por presentar extemporáneamente el aviso de cambio de domicilio', importe: '1850.00', determinado: hace(12), pasos: [notificar('estrados', tras(1))], etapa: 'notificado' },
  { origen: 'diferencia-ld-6-ii', descripcion: 'Diferencia del derecho de expedición de licencia (LD art. 6 II)', importe: '2415.00', determinado: hace(25), pasos: [notificar('buzon', tras(2))], etapa: 'notificado' },
  // Exigible (art. 37): unpaid after the term; one partly paid, one whose prescription clock is near its end.
  { origen: 'liquidacion', descripcion: nomina, importe: '45200.00', determinado: haceMeses(30), pasos: notificarYVencer('correo-certificado', 10), etapa: 'exigible' },
  { origen: 'autodeterminado', descripcion: 'Impuesto sobre nóminas declarado y no pagado', importe: '12800.00', determinado: haceMeses(58), pasos: [barrer()], etapa: 'exigible' },
  { origen: 'derecho-fuera-de-plazo', descripcion: 'Refrendo de placas no pagado en su fecha (LD art. 4)', importe: '1780.00', determinado: haceMeses(14), pasos: [barrer()], etapa: 'exigible' },
  { origen: 'liquidacion', descripcion: hospedaje, importe: '23100.00', determinado: haceMeses(18), pasos: [...notificarYVencer(), pagar(tras(30), '0.4')], etapa: 'exigible' },
  // In a plan of instalments (arts. 41-42): one just authorised, one with its instalments paid on time.
  { origen: 'autodeterminado', descripcion: 'Impuesto sobre nóminas declarado y no pagado', importe: '38900.00', determinado: haceMeses(22), pasos: [barrer(), convenir(hace(12), 12)], etapa: 'en-convenio' },
  { origen: 'liquidacion', descripcion: nomina, importe: '61500.00', determinado: haceMeses(20), pasos: [...notificarYVencer(), convenir(hace(95), 12), ...seis(pagarParcialidad)], etapa: 'en-convenio' },
  // Plans revoked: after the third instalment unpaid (art. 42 IV c), and for a guarantee not given, then requerido.
  {
    origen: 'autodeterminado', descripcion: 'Impuesto sobre hospedaje declarado y no pagado', importe: '27400.00', determinado: haceMeses(26),
    pasos: [barrer(), convenir(tras(20), 6), vencerParcialidad(1), vencerParcialidad(2), vencerParcialidad(3)], etapa: 'exigible', convenioRevocado: true,
  },
  {
    origen: 'liquidacion', descripcion: nomina, importe: '33750.00', determinado: haceMeses(34),
    pasos: [...notificarYVencer(), convenir(tras(15), 6), pagarParcialidad, revocar(tras(10)), requerir(tras(5))], etapa: 'requerido', convenioRevocado: true,
  },
  // The PAE: requerido (arts. 114-117), embargado (117-119), convened to a remate (145), adjudicated (163).
  { origen: 'liquidacion', descripcion: hospedaje, importe: '52300.00', determinado: haceMeses(40), pasos: [...notificarYVencer(), requerir(tras(15))], etapa: 'requerido' },
  { origen: 'multa', descripcion: 'Multa por omitir la retención del impuesto sobre nóminas', importe: '8900.00', determinado: haceMeses(20), pasos: [...notificarYVencer('estrados'), requerir(tras(30))], etapa: 'requerido' },
  { origen: 'liquidacion', descripcion: nomina, importe: '74600.00', determinado: haceMeses(45), pasos: hastaElEmbargo(camioneta), etapa: 'embargado' },
  { origen: 'diferencia-ld-6-ii', descripcion: 'Diferencia del derecho de concesión de transporte (LD art. 6 II)', importe: '15800.00', determinado: haceMeses(22), pasos: hastaElEmbargo({ fraccionInmovilizada: '0.8' }), etapa: 'embargado' },
  {
    origen: 'liquidacion', descripcion: nomina, importe: '128000.00', determinado: haceMeses(12),
    pasos: [...hastaElEmbargo(predio), valuar(hace(15), 'Arq. Valeria Ficticia Ruiz', '1.6'), convocar(hace(5), 15)], etapa: 'convocado-a-remate',
  },
  {
    origen: 'liquidacion', descripcion: hospedaje, importe: '96400.00', determinado: haceMeses(36),
    pasos: [...hastaElEmbargo(camioneta), valuar(tras(20), 'Ing. Tomás Ejemplo Díaz', '0.6'), convocar(tras(3), 15), adjudicar], etapa: 'adjudicado',
  },
  // Suspended by a guarantee (arts. 27-30, 182).
  {
    origen: 'liquidacion', descripcion: nomina, importe: '41200.00', determinado: haceMeses(28),
    pasos: [...notificarYVencer(), requerir(tras(5)), suspender(tras(2), 'juicio-de-nulidad', 'fianza')], etapa: 'suspendido',
  },
  {
    origen: 'autodeterminado', descripcion: 'Impuesto sobre nóminas declarado y no pagado', importe: '19900.00', determinado: haceMeses(8),
    pasos: [barrer(), requerir(tras(3)), suspender(tras(4), 'solicitud-de-condonacion', 'depósito en dinero')], etapa: 'suspendido',
  },
  // Paid (arts. 50-51): before the deadline, late with recargos, and from the proceeds of a remate (arts. 149-161).
  { origen: 'liquidacion', descripcion: hospedaje, importe: '14250.00', determinado: haceMeses(44), pasos: [notificar('personal', tras(4)), pagar(tras(10))], etapa: 'pagado' },
  { origen: 'derecho-fuera-de-plazo', descripcion: 'Derecho de control vehicular no pagado en su fecha (LD art. 4)', importe: '960.00', determinado: haceMeses(9), pasos: [barrer(), pagar(tras(20))], etapa: 'pagado' },
  {
    origen: 'liquidacion', descripcion: nomina, importe: '58700.00', determinado: haceMeses(50),
    pasos: [...hastaElEmbargo(predio), valuar(tras(20), 'Arq. Valeria Ficticia Ruiz', '2'), convocar(tras(3), 15), fincar('Inmobiliaria Ficticia del Grijalva')], etapa: 'pagado',
  },
  // Cancelled (arts. 25-26) and prescribed at the taxpayer's request (art. 24).
  { origen: 'multa', descripcion: 'Multa por no inscribirse en el padrón estatal', importe: '3600.00', determinado: haceMeses(38), pasos: [...notificarYVencer('estrados'), requerir(tras(20)), cancelar(hace(40))], etapa: 'cancelado' },
  { origen: 'autodeterminado', descripcion: 'Impuesto sobre hospedaje declarado y no pagado', importe: '7300.00', determinado: haceMeses(64), pasos: [barrer(), prescribir], etapa: 'prescrito' },
  { origen: 'liquidacion', descripcion: nomina, importe: '11900.00', determinado: haceMeses(66), pasos: [...notificarYVencer(), prescribir], etapa: 'prescrito' },
];
