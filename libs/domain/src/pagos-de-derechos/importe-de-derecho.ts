// LD arts. 2 V and 11: a derecho is paid at the official unit tariff times the quantity of the service; the
// adicional of CHP art. 265 (and, on the refrendo, the salvamentos contribution of CHP art. 261 D) rides on the same payment. The tariff line comes in as an argument (no lookups).
import { Dec, aTexto, importe } from '../comun/importe';
import { redondearACentavos } from '../comun/redondeo';
import { reglaIncumplida, valorInvalido } from '../comun/errores';
import { calcularAdicional } from '../adicional/adicional';
import { calcularSalvamentos } from '../adicional/salvamentos';

/** The minimal part of a catalog line the domain needs (libs/catalogo owns the full record). */
export interface LineaDeTarifa {
  /** e.g. `LD-21Bis-II-a`. */
  readonly clave: string;
  /** Unit tariff in pesos as a decimal string; null for derogated or formula items with no peso amount. */
  readonly tarifa: string | null;
  /** Id of the agency that provides the service (its Capítulo/Sección in the LD). */
  readonly dependencia: string;
}

export interface ImporteDeDerecho {
  readonly claveDerecho: string;
  readonly cantidad: number;
  readonly tarifa: string;
  readonly importeDerecho: string;
  readonly adicional: string;
  /** CHP art. 261 D: only on the refrendo lines of LD art. 25 IV; '0.00' otherwise. */
  readonly salvamentos: string;
  /** importeDerecho + adicional + salvamentos. */
  readonly total: string;
  readonly exentoDeAdicional: boolean;
  readonly fundamentoAdicional: string;
  readonly desglose: readonly string[];
}

export function validarCantidad(cantidad: unknown): asserts cantidad is number {
  if (typeof cantidad !== 'number' || !Number.isInteger(cantidad) || cantidad < 1 || cantidad > 1_000_000) {
    throw valorInvalido('cantidad-invalida', 'La cantidad debe ser un número entero entre 1 y 1,000,000.', 'cantidad');
  }
}

/** LD art. 11 and CHP art. 265: derecho = tarifa × cantidad; adicional on that whole amount. */
export function calcularImporteDeDerecho(linea: LineaDeTarifa, cantidad: number): ImporteDeDerecho {
  validarCantidad(cantidad);
  if (linea.tarifa === null) {
    throw reglaIncumplida(
      'derecho-sin-tarifa',
      `El derecho ${linea.clave} no tiene una tarifa en pesos vigente; no se puede emitir la orden de pago (claveDerecho).`,
      'claveDerecho',
      'LD art. 11',
    );
  }
  const tarifa = importe(linea.tarifa);
  const importeDerecho = redondearACentavos(tarifa.times(new Dec(cantidad)));
  const adicional = calcularAdicional(aTexto(importeDerecho), { claveDerecho: linea.clave });
  const salvamentos = calcularSalvamentos(aTexto(importeDerecho), linea.clave);
  const total = importe(adicional.total).plus(importe(salvamentos));
  const lineasSalvamentos = salvamentos === '0.00' ? [] : [`Contribución para salvamentos: $${aTexto(importeDerecho)} × 6 % = $${salvamentos} (CHP art. 261 D)`];
  return {
    claveDerecho: linea.clave,
    cantidad,
    tarifa: aTexto(redondearACentavos(tarifa)),
    importeDerecho: aTexto(importeDerecho),
    adicional: adicional.adicional,
    salvamentos,
    total: aTexto(total),
    exentoDeAdicional: adicional.exento,
    fundamentoAdicional: adicional.fundamento,
    desglose: [
      `Derecho ${linea.clave}: $${aTexto(redondearACentavos(tarifa))} × ${cantidad} = $${aTexto(importeDerecho)} (LD art. 11)`,
      ...adicional.desglose.slice(1, -1),
      ...lineasSalvamentos,
      `Total a pagar: $${aTexto(total)}`,
    ],
  };
}
