// CHP arts. 44-45: recargos = updated amount × the sum of the monthly rates of each month (or fraction) of
// delay, each at the Ley de Ingresos rate of its year increased by 50 %, for five years at most.
import Decimal from 'decimal.js';
import { Dec, aTexto, CERO } from '../comun/importe';
import { compararFechas, sumarDias, type Fecha, type Mes } from '../comun/fecha';
import { reglaIncumplida } from '../comun/errores';
import { redondearACentavos } from '../comun/redondeo';
import { advertenciaDeParametroNoVerificado, type PartidaDeDesglose } from '../comun/explicacion';
import type { TablaFechada } from '../comun/tabla-fechada';
import { contarMesesDeMora, mesesDeMora, mesDeCalendario, type MesDeMora } from './meses-de-mora';

/** A row of `tasa-recargos-chiapas.csv`: the monthly rate exactly as the Ley de Ingresos publishes it, in percent. */
export interface TasaLeyDeIngresos {
  readonly tasaMensual: string;
}
export type TablaTasaRecargos = TablaFechada<TasaLeyDeIngresos>;

/** What is owed; only contributions and aprovechamientos bear recargos (decision 0006). */
export type TipoDeAdeudo = 'contribucion' | 'aprovechamiento' | 'multa';
export const TIPOS_DE_ADEUDO: readonly TipoDeAdeudo[] = ['contribucion', 'aprovechamiento', 'multa'];

/** CHP art. 45: recargos accrue for five years at most. */
export const MESES_MAXIMOS_DE_RECARGOS = 60;

/** CHP art. 44: "la que resulte de incrementar en 50% a la que se fije en la Ley de Ingresos"; not rounded (decision 0003). */
export function tasaMensualDeMora(tasaLeyDeIngresos: Decimal): Decimal {
  return tasaLeyDeIngresos.times(new Dec('1.5'));
}

export interface TasaMensualAplicada {
  readonly numero: number;
  /** Calendar month in which this month of delay starts (its rate is the one of that year). */
  readonly mes: Mes;
  readonly desde: Fecha;
  readonly hasta: Fecha;
  readonly fraccion: boolean;
  readonly anio: number;
  /** Monthly late-payment rate in percent (Ley de Ingresos rate × 1.5). */
  readonly tasa: string;
  readonly tasaLeyDeIngresos: string;
  readonly fuente: string;
  readonly verificada: boolean;
}

export interface ResultadoDeRecargos {
  readonly base: string;
  readonly recargos: string;
  /** Sum of the monthly rates applied, in percent. */
  readonly tasaAcumulada: string;
  readonly mesesTranscurridos: number;
  readonly mesesConRecargos: number;
  readonly tasasMensuales: TasaMensualAplicada[];
  readonly advertencias: string[];
  readonly desglose: PartidaDeDesglose[];
}

function sinRecargos(base: Decimal, detalle: string, articulo: string, meses = 0): ResultadoDeRecargos {
  return {
    base: aTexto(base), recargos: '0.00', tasaAcumulada: '0', mesesTranscurridos: meses, mesesConRecargos: 0, tasasMensuales: [], advertencias: [],
    desglose: [{ concepto: 'Recargos', articulo, detalle, importe: '0.00' }],
  };
}

/**
 * CHP art. 44: each month of delay takes the Ley de Ingresos rate of its year; a month the table does not cover is
 * refused (422), naming the date of the request that reaches outside it: the deadline when the delay starts before
 * the first rate, the payment date when it runs past the last one.
 */
function exigirTasaVigente(tasas: TablaTasaRecargos, fecha: Fecha, campo: 'fechaLimitePago' | 'fechaPago') {
  const fila = tasas.buscarFilaEn(fecha);
  if (fila) return fila;
  const primera = tasas.filas[0], ultima = tasas.filas[tasas.filas.length - 1];
  const cobertura = `del ${primera.desde} al ${ultima.hasta ?? 'presente'}`;
  throw reglaIncumplida(
    'parametro-no-vigente',
    `El campo ${campo} lleva la mora al ${fecha}, fuera de las tasas de recargos registradas en la tabla ${tasas.nombre} (${cobertura}); no hay tasa de la Ley de Ingresos para ese mes.`,
    campo,
    'CHP art. 44',
    { tabla: tasas.nombre, fecha },
  );
}

/**
 * `base` is the updated amount still unpaid (the difference when a payment fell short, CHP art. 45 ¶3);
 * `fechaLimite` is the last day to pay on time, already moved to a business day (CHP art. 21).
 */
export function calcularRecargos(base: Decimal, fechaLimite: Fecha, fechaPago: Fecha, tipo: TipoDeAdeudo, tasas: TablaTasaRecargos): ResultadoDeRecargos {
  if (tipo === 'multa') {
    return sinRecargos(base, 'Las multas no causan recargos: las no fiscales por el CHP art. 44 y las fiscales porque el art. 45 las excluye de la base (decisión 0006). Se actualizan conforme al CHP art. 184.', 'CHP arts. 44 y 45');
  }
  if (compararFechas(fechaPago, fechaLimite) <= 0) return sinRecargos(base, `Pagado a más tardar el ${fechaLimite}: no hay mora.`, 'CHP art. 45');
  const transcurridos = contarMesesDeMora(fechaLimite, fechaPago);
  exigirTasaVigente(tasas, sumarDias(fechaLimite, 1), 'fechaLimitePago');
  const contados: MesDeMora[] = mesesDeMora(fechaLimite, fechaPago, MESES_MAXIMOS_DE_RECARGOS);
  const advertencias: string[] = [];
  const provisionalesVistas = new Set<string>();
  const tasasMensuales = contados.map((m): TasaMensualAplicada => {
    const fila = exigirTasaVigente(tasas, m.desde, m.numero === 1 ? 'fechaLimitePago' : 'fechaPago');
    const tasaLey = new Dec(fila.valor.tasaMensual);
    const anio = Number(m.desde.slice(0, 4));
    if (!fila.verificada && !provisionalesVistas.has(fila.desde)) {
      provisionalesVistas.add(fila.desde);
      advertencias.push(advertenciaDeParametroNoVerificado('la tasa mensual de recargos de la Ley de Ingresos del Estado', `${anio} (${fila.valor.tasaMensual} % mensual, ${tasaMensualDeMora(tasaLey).toString()} % con el incremento del 50 % del CHP art. 44)`, fila.fuente));
    }
    return {
      numero: m.numero, mes: mesDeCalendario(m.desde), desde: m.desde, hasta: m.hasta, fraccion: m.fraccion, anio,
      tasa: tasaMensualDeMora(tasaLey).toString(), tasaLeyDeIngresos: tasaLey.toString(), fuente: fila.fuente, verificada: fila.verificada,
    };
  });
  const tasaAcumulada = tasasMensuales.reduce<Decimal>((a, t) => a.plus(t.tasa), CERO);
  const recargos = redondearACentavos(base.times(tasaAcumulada).dividedBy(100));
  const desglose: PartidaDeDesglose[] = [];
  const tope = transcurridos > MESES_MAXIMOS_DE_RECARGOS
    ? ` Transcurrieron ${transcurridos} meses o fracción; solo cuentan los primeros ${MESES_MAXIMOS_DE_RECARGOS} (cinco años, CHP art. 45).`
    : '';
  const fraccion = contados.some((m) => m.fraccion) ? ' La fracción de mes final cuenta como mes completo (CHP art. 45).' : '';
  desglose.push({
    concepto: 'Recargos',
    articulo: 'CHP arts. 44 y 45',
    detalle: `${contados.length} meses o fracción de mora del ${contados[0].desde} al ${fechaPago}; suma de tasas mensuales ${tasaAcumulada.toString()} %. ${aTexto(base)} × ${tasaAcumulada.toString()} % = ${aTexto(recargos)}, redondeado a centavos.${fraccion}${tope}`,
    importe: aTexto(recargos),
  });
  return {
    base: aTexto(base), recargos: aTexto(recargos), tasaAcumulada: tasaAcumulada.toString(), mesesTranscurridos: transcurridos,
    mesesConRecargos: contados.length, tasasMensuales, advertencias, desglose,
  };
}
