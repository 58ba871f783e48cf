// Folio of a recibo oficial (CHP art. 38: receipts are controlled exclusively by the Secretaría): `RO-AAAA-NNNNNNNN-C`,
// year of payment, an 8-digit serial from a sequence the handler passes in, and an ISO 7064 MOD 11-2 check
// character over year and serial (decision 0203).
import { valorInvalido } from '../comun/errores';
import { caracterMod11 } from './digito-verificador';

const FOLIO = /^RO-(\d{4})-(\d{8})-([\dX])$/;
const SECUENCIA_MAX = 99_999_999;

export function generarFolioRecibo(anio: number, secuencia: number): string {
  if (!Number.isInteger(secuencia) || secuencia < 1 || secuencia > SECUENCIA_MAX) {
    throw valorInvalido('secuencia-de-folio-invalida', 'La secuencia del folio debe ser un entero entre 1 y 99,999,999.', 'secuenciaFolio');
  }
  if (!Number.isInteger(anio) || anio < 2000 || anio > 9999) throw valorInvalido('anio-invalido', 'El año del folio no es válido.', 'fechaPago');
  const cuerpo = `${anio}${String(secuencia).padStart(8, '0')}`;
  return `RO-${anio}-${String(secuencia).padStart(8, '0')}-${caracterMod11(cuerpo)}`;
}

export function esFolioReciboValido(folio: unknown): folio is string {
  if (typeof folio !== 'string') return false;
  const m = FOLIO.exec(folio);
  return m !== null && caracterMod11(m[1] + m[2]) === m[3];
}

export function leerFolioRecibo(folio: string): { anio: number; secuencia: number } {
  const m = FOLIO.exec(folio);
  if (!m || caracterMod11(m[1] + m[2]) !== m[3]) {
    throw valorInvalido('folio-invalido', 'El folio del recibo no tiene el formato RO-AAAA-NNNNNNNN-C o su carácter verificador no corresponde (folioRecibo).', 'folioRecibo');
  }
  return { anio: Number(m[1]), secuencia: Number(m[2]) };
}
