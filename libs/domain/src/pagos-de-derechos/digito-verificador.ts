// Check characters for the references the Treasury issues (decisions 0202 and 0203). Pure integer arithmetic on
// digit strings; these are identifiers, never money.

/** ISO 7064 MOD 97-10 (the IBAN scheme): two check digits; detects every single-digit error and adjacent swap. */
export function digitosMod97(digitos: string): string {
  const resto = restoMod97(digitos + '00');
  return String(98 - resto).padStart(2, '0');
}

/** True when the whole string, check digits included, satisfies MOD 97-10 (remainder 1). */
export function cumpleMod97(digitosConVerificador: string): boolean {
  return /^\d+$/.test(digitosConVerificador) && restoMod97(digitosConVerificador) === 1;
}

function restoMod97(digitos: string): number {
  let resto = 0;
  for (const c of digitos) resto = (resto * 10 + (c.charCodeAt(0) - 48)) % 97;
  return resto;
}

/** ISO 7064 MOD 11-2 (as in ISO 27729 / ORCID): one check character, 0-9 or X. */
export function caracterMod11(digitos: string): string {
  let total = 0;
  for (const c of digitos) total = ((total + (c.charCodeAt(0) - 48)) * 2) % 11;
  const valor = (12 - (total % 11)) % 11;
  return valor === 10 ? 'X' : String(valor);
}
