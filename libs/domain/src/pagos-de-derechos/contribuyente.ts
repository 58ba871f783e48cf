// The taxpayer named on a recibo oficial (CHP art. 38): an RFC or a CURP, checked for form, and a name.
import { valorInvalido } from '../comun/errores';

export interface Contribuyente {
  readonly rfc?: string;
  readonly curp?: string;
  readonly nombre: string;
}

/** As stored in events: both keys present, the missing one as null; upper case; trimmed name. */
export interface ContribuyenteNormalizado {
  readonly rfc: string | null;
  readonly curp: string | null;
  readonly nombre: string;
}

// RFC: 4 letters (persona física) or 3 (persona moral), date AAMMDD, homoclave of 3.
const RFC = /^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z\d]{2}[\dA])$/;
// CURP: 4 letters, date AAMMDD, sex (H, M or X), state of birth, 3 inner consonants, differentiator, check digit.
const CURP = /^[A-Z][AEIOUX][A-Z]{2}(\d{2})(\d{2})(\d{2})[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$/;
const ALFABETO_CURP = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

const fechaCorta = (aa: string, mm: string, dd: string) => {
  const mes = Number(mm), dia = Number(dd);
  // Any two-digit year exists in one of two centuries; check month and day against a leap year when AA allows it.
  const bisiesto = Number(aa) % 4 === 0;
  const dias = [31, bisiesto ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mes >= 1 && mes <= 12 && dia >= 1 && dia <= dias[mes - 1];
};

export function esRfcValido(rfc: string): boolean {
  const m = RFC.exec(rfc);
  return m !== null && fechaCorta(m[2], m[3], m[4]);
}

/** RENAPO check digit: weights 18..2 over the first 17 characters, (10 - sum mod 10) mod 10. */
export function digitoVerificadorCurp(primeros17: string): string {
  let suma = 0;
  for (let i = 0; i < 17; i++) suma += ALFABETO_CURP.indexOf(primeros17[i]) * (18 - i);
  return String((10 - (suma % 10)) % 10);
}

export function esCurpValida(curp: string): boolean {
  const m = CURP.exec(curp);
  return m !== null && fechaCorta(m[1], m[2], m[3]) && digitoVerificadorCurp(curp.slice(0, 17)) === curp[17];
}

/** Checks the form of the identification (400 on error, naming `contribuyente.rfc`, `.curp` or `.nombre`). */
export function normalizarContribuyente(c: Contribuyente | undefined): ContribuyenteNormalizado {
  if (!c || typeof c !== 'object') throw valorInvalido('contribuyente-requerido', 'Debe indicar el contribuyente (contribuyente).', 'contribuyente');
  const rfc = typeof c.rfc === 'string' && c.rfc.trim() !== '' ? c.rfc.trim().toUpperCase() : null;
  const curp = typeof c.curp === 'string' && c.curp.trim() !== '' ? c.curp.trim().toUpperCase() : null;
  const nombre = typeof c.nombre === 'string' ? c.nombre.trim().replace(/\s+/g, ' ') : '';
  if (rfc === null && curp === null) {
    throw valorInvalido('contribuyente-sin-identificacion', 'Debe indicar el RFC o la CURP del contribuyente (contribuyente.rfc).', 'contribuyente.rfc');
  }
  if (rfc !== null && !esRfcValido(rfc)) {
    throw valorInvalido('rfc-invalido', 'El RFC no tiene un formato válido: 12 o 13 caracteres, fecha AAMMDD y homoclave (contribuyente.rfc).', 'contribuyente.rfc');
  }
  if (curp !== null && !esCurpValida(curp)) {
    throw valorInvalido('curp-invalida', 'La CURP no tiene un formato válido o su dígito verificador no corresponde (contribuyente.curp).', 'contribuyente.curp');
  }
  if (nombre.length < 2 || nombre.length > 250) {
    throw valorInvalido('nombre-invalido', 'El nombre del contribuyente debe tener entre 2 y 250 caracteres (contribuyente.nombre).', 'contribuyente.nombre');
  }
  return { rfc, curp, nombre };
}
