// CHP arts. 261-261 D: Contribución para la atención de salvamentos y servicios médicos, 6 % of the refrendo anual
// de tarjeta de circulación of LD art. 25 IV a), b) and c), numerals 1 and 2, paid together with it (art. 261 C).
import { Dec, aTexto, importe } from '../comun/importe';
import { redondearACentavos } from '../comun/redondeo';

/** CHP art. 261 D: "a la tasa del 6%". */
export const TASA_SALVAMENTOS = '0.06';

/** CHP art. 261 A: the refrendo lines that carry the contribution. */
export function causaSalvamentos(claveDerecho: string): boolean {
  return /^LD-25-IV-[abc]-[12]$/i.test(claveDerecho);
}

/** The contribution on one refrendo payment, rounded once to centavos; '0.00' for any other derecho. */
export function calcularSalvamentos(base: string, claveDerecho: string): string {
  if (!causaSalvamentos(claveDerecho)) return '0.00';
  return aTexto(redondearACentavos(importe(base).times(new Dec(TASA_SALVAMENTOS))));
}
