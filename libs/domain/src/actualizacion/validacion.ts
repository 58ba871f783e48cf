// Input checks shared by the calculators of CHP arts. 43-45 and 113 (not exported from the domain surface).
import Decimal from 'decimal.js';
import { importe as aImporte, esImporteValido } from '../comun/importe';
import { esFechaValida, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';

export function validarImporte(valor: unknown, campo: string): Decimal {
  if (!esImporteValido(valor)) throw valorInvalido('importe-invalido', `El campo ${campo} debe ser un importe en texto con hasta dos decimales, por ejemplo "1000.00".`, campo);
  const d = aImporte(valor);
  if (d.decimalPlaces() > 2) throw valorInvalido('importe-invalido', `El campo ${campo} no puede tener fracciones de centavo.`, campo);
  if (d.isNegative()) throw valorInvalido('importe-negativo', `El campo ${campo} no puede ser negativo.`, campo);
  return d;
}

export function validarFecha(valor: unknown, campo: string): Fecha {
  if (!esFechaValida(valor)) throw valorInvalido('fecha-invalida', `El campo ${campo} debe ser una fecha válida con la forma AAAA-MM-DD.`, campo);
  return valor;
}

