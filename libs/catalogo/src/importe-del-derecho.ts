// LD art. 2 V ("Tarifa: Precio unitario") and art. 11: the amount of one service from its catalog line.
// Decisions (libs/catalogo/README.md): fixed lines take cantidad "1"; per-unit lines multiply; a bracket
// needs the base that selects it; a percentage needs the amount it applies to. Rounding to centavos is done
// once, by redondearACentavos (decision 0001).
import { Dec, aTexto, esImporteValido, redondearACentavos, reglaIncumplida, valorInvalido } from '@tesoreria/domain';
import type Decimal from 'decimal.js';
import type { LineaDeDerecho } from './tipos';

export interface OpcionesDeImporte {
  /**
   * `rango`: the measure that selects the bracket (property value in pesos, hectares, m², vehicles...;
   * for LD 21 Ter III a, the credit divided by the value of a vivienda de interés social).
   * `porcentaje`: the amount in pesos the percentage applies to (e.g. the tariff of the registral service
   * for the 50 % exprés surcharge of LD 21 Quáter XIV).
   */
  readonly base?: string;
}

function decimalPositivo(texto: string, campo: string): Decimal {
  if (!esImporteValido(texto) || new Dec(texto).lte(0)) {
    throw valorInvalido(`${campo}-invalida`, `El campo ${campo} debe ser un número decimal positivo escrito como texto, p. ej. "1" o "2.5".`, campo);
  }
  return new Dec(texto);
}

function exigirUno(linea: LineaDeDerecho, cantidad: Decimal): void {
  if (!cantidad.eq(1)) {
    throw reglaIncumplida(
      'cantidad-no-aplica',
      `El derecho ${linea.clave} se paga por servicio (tarifa ${linea.tipoTarifa}); el campo cantidad debe ser "1": registre un servicio por cada uno.`,
      'cantidad',
      `LD art. ${linea.articulo}`,
    );
  }
}

/** Amount in pesos, as a two-decimal string, of `cantidad` services of `linea`. */
export function importeDelDerecho(linea: LineaDeDerecho, cantidad: string, opciones: OpcionesDeImporte = {}): string {
  const fundamento = `LD art. ${[linea.articulo, linea.fraccion, linea.inciso, linea.numeral].filter(Boolean).join(' ')}`;
  if (linea.derogado || linea.tipoTarifa === null) {
    throw reglaIncumplida('derecho-derogado', `El derecho ${linea.clave} está derogado: no tiene tarifa.`, 'clave', fundamento);
  }
  const n = decimalPositivo(cantidad, 'cantidad');
  switch (linea.tipoTarifa) {
    case 'fija':
      exigirUno(linea, n);
      return aTexto(new Dec(linea.tarifa!));
    case 'por-unidad': {
      // "por hectárea o fracción": a fraction counts as a whole unit, so the caller states whole units.
      if (/o fracci[oó]n/i.test(`${linea.unidadDeCobro} ${linea.descripcion}`) && !n.isInteger()) {
        throw reglaIncumplida(
          'cantidad-no-entera',
          `El derecho ${linea.clave} se cobra por ${linea.unidadDeCobro}: la fracción cuenta como unidad completa, el campo cantidad debe ser entero.`,
          'cantidad',
          fundamento,
        );
      }
      return aTexto(redondearACentavos(new Dec(linea.tarifa!).times(n)));
    }
    case 'rango': {
      exigirUno(linea, n);
      if (opciones.base === undefined) {
        throw valorInvalido('base-requerida', `El derecho ${linea.clave} depende de ${linea.rango!.variable}: falta el campo base.`, 'base');
      }
      const base = new Dec(decimalPositivo(opciones.base, 'base'));
      const { mayorQue, hasta } = linea.rango!;
      if ((mayorQue !== null && base.lte(mayorQue)) || (hasta !== null && base.gt(hasta))) {
        throw reglaIncumplida(
          'base-fuera-de-rango',
          `El campo base (${opciones.base}) no cae en el rango de ${linea.clave}: mayor que ${mayorQue ?? '0'} y hasta ${hasta ?? 'en adelante'} (${linea.rango!.variable}).`,
          'base',
          fundamento,
        );
      }
      return aTexto(new Dec(linea.tarifa!));
    }
    case 'porcentaje': {
      exigirUno(linea, n);
      if (opciones.base === undefined) {
        throw valorInvalido('base-requerida', `El derecho ${linea.clave} es el ${linea.porcentaje}% de ${linea.basePorcentaje}: falta el campo base.`, 'base');
      }
      const base = decimalPositivo(opciones.base, 'base');
      return aTexto(redondearACentavos(base.times(linea.porcentaje!).div(100)));
    }
  }
}
