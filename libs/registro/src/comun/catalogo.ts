// The Ley de Derechos catalog as the registry uses it: a line found by its key in force on a date, and the part
// of it the domain needs (LineaDeTarifa). LD art. 11: only lines with a peso tariff can be ordered or paid.
import { reglaIncumplida, type Fecha, type LineaDeTarifa } from '@tesoreria/domain';
import { derechoPorClave, type CatalogoDeDerechos, type LineaDeDerecho } from '@tesoreria/catalogo';

/** Derogated and percentage lines carry no peso tariff: the domain refuses them as derecho-sin-tarifa. */
export function aLineaDeTarifa(linea: LineaDeDerecho): LineaDeTarifa {
  const conTarifa = !linea.derogado && linea.tipoTarifa !== null && linea.tipoTarifa !== 'porcentaje';
  return { clave: linea.clave, tarifa: conTarifa ? linea.tarifa : null, dependencia: linea.dependencia };
}

/** The line of `clave` in force on `fecha`, or null. */
export function lineaVigente(catalogo: CatalogoDeDerechos, clave: string, fecha: Fecha): LineaDeDerecho | null {
  return derechoPorClave(catalogo, clave, fecha) ?? null;
}

/** LD art. 2 V: a fixed tariff is one service; only per-unit lines take a quantity above one (libs/catalogo README). */
export function exigirCantidadAplicable(linea: LineaDeDerecho, cantidad: number): void {
  if (cantidad !== 1 && linea.tipoTarifa !== 'por-unidad') {
    throw reglaIncumplida(
      'cantidad-no-aplica',
      `El derecho ${linea.clave} se paga por servicio; la cantidad debe ser 1: emita una orden por cada servicio (cantidad).`,
      'cantidad',
      `LD art. ${linea.articulo}`,
    );
  }
}

/** What a page or an API client shows of a line. */
export function lineaPublica(l: LineaDeDerecho) {
  return {
    clave: l.clave,
    articulo: l.articulo,
    dependencia: l.dependencia,
    unidad: l.unidad,
    descripcion: l.descripcion,
    descripcionCompleta: l.descripcionCompleta,
    tipoTarifa: l.tipoTarifa,
    tarifa: l.tarifa,
    unidadDeCobro: l.unidadDeCobro,
    porcentaje: l.porcentaje,
    basePorcentaje: l.basePorcentaje,
    derogado: l.derogado,
    exenciones: l.exenciones,
    notas: l.notas,
    vigenteDesde: l.vigenteDesde,
    vigenteHasta: l.vigenteHasta,
  };
}
