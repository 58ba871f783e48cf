// Loads the dated, sourced parameter tables the law points to but does not contain (INPC for CHP art. 43,
// recargos rate for art. 44, prórroga rates for art. 42, suspended days for art. 21, fixed amounts of arts.
// 25, 48, 110 and 113). The only I/O of the calculators: everything else receives these objects.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  crearCalendario, crearTablaFechada, desdePartes, diasDelMes, esFechaValida, esImporteValido,
  type Calendario, type ClaseDeDiaInhabil, type DiaInhabil, type FilaFechada, type MontosDeGastosDeEjecucion,
  type TablaFechada, type TablaInpc, type TablaTasaRecargos, type TablasDeAdeudo, type TasaLeyDeIngresos, type ValorInpc,
} from '@tesoreria/domain';
import { leerCsv, type FilaCsv } from './csv';

/** libs/parametros/data, found both from the sources (tests) and from the compiled dist/ tree. */
export const DIRECTORIO_DE_PARAMETROS = [join(__dirname, '..', 'data'), join(__dirname, '..', '..', '..', '..', 'libs', 'parametros', 'data')]
  .find((d) => existsSync(join(d, 'inpc.csv'))) ?? join(__dirname, '..', 'data');

export interface TasasDeProrroga {
  /** CHP art. 42 I: instalments up to 12 months, percent per month. */
  readonly parcialidadesHasta12Meses: string;
  /** CHP art. 42 I: instalments of more than 12 and up to 24 months. */
  readonly parcialidadesDe12A24Meses: string;
  /** CHP art. 42 II: deferred payment. */
  readonly pagoDiferido: string;
}

export interface TasasFederales {
  readonly tasaBaseMensual: string;
  readonly tasaMoraMensual: string;
  readonly tasasParcialidades: string;
}

export interface ValorUma {
  readonly diaria: string;
  readonly mensual: string;
  readonly anual: string;
}

export interface DiaInhabilRegistrado extends DiaInhabil {
  readonly verificada: boolean;
  readonly nota: string;
}

export const CLAVES_DE_MONTOS = [
  'gastos-de-ejecucion-porcentaje', 'gastos-de-ejecucion-minimo', 'gastos-de-ejecucion-maximo', 'honorarios-de-notificacion',
  'cancelacion-importe-incosteable', 'cancelacion-importe-con-costo', 'cancelacion-porcentaje-de-costo',
  'indemnizacion-por-cheque-porcentaje', 'multa-al-notificador',
] as const;
export type ClaveDeMonto = (typeof CLAVES_DE_MONTOS)[number];

export interface Parametros {
  /** sha256 of the data files, so a computed figure can record which table version it used. */
  readonly version: string;
  readonly inpc: TablaInpc;
  readonly tasaRecargosChiapas: TablaTasaRecargos;
  readonly tasaProrrogaChiapas: TablaFechada<TasasDeProrroga>;
  readonly tasasFederales: TablaFechada<TasasFederales>;
  readonly uma: TablaFechada<ValorUma>;
  readonly diasInhabiles: readonly DiaInhabilRegistrado[];
  readonly montosDeLey: Readonly<Record<ClaveDeMonto, TablaFechada<string>>>;
  /** CHP art. 21: every closed day counts against terms in days. */
  readonly calendario: Calendario;
  /** CHP art. 21 ¶3: for filing and paying, general vacations are business days. */
  readonly calendarioDePagos: Calendario;
  readonly tablasDeAdeudo: TablasDeAdeudo;
  readonly montosDeGastosDeEjecucion: MontosDeGastosDeEjecucion;
}

const ARCHIVOS = ['inpc.csv', 'tasa-recargos-chiapas.csv', 'tasa-prorroga-chiapas.csv', 'tasas-federales.csv', 'uma.csv', 'dias-inhabiles.csv', 'montos-de-ley.csv'] as const;
const TASA = /^\d{1,2}(\.\d{1,6})?$/;
const INDICE = /^\d{1,4}\.\d{1,6}$/;
const MES = /^(\d{4})-(0[1-9]|1[0-2])$/;
const CLASES: readonly ClaseDeDiaInhabil[] = ['semana-santa', 'transmision-de-poderes', 'vacaciones-generales', 'otro'];

class LectorDeFila {
  constructor(private readonly archivo: string, private readonly fila: FilaCsv) {}
  private error(columna: string, que: string): Error {
    return new Error(`${this.archivo}, línea ${this.fila.numero}: la columna ${columna} ${que} (${JSON.stringify(this.fila.campos[columna])}).`);
  }
  texto(columna: string): string {
    const v = this.fila.campos[columna];
    if (!v) throw this.error(columna, 'está vacía');
    return v;
  }
  fecha(columna: string): string {
    const v = this.texto(columna);
    if (!esFechaValida(v)) throw this.error(columna, 'no es una fecha AAAA-MM-DD válida');
    return v;
  }
  fechaOpcional(columna: string): string | undefined {
    return this.fila.campos[columna] ? this.fecha(columna) : undefined;
  }
  patron(columna: string, re: RegExp, que: string): string {
    const v = this.texto(columna);
    if (!re.test(v)) throw this.error(columna, que);
    return v;
  }
  siNo(columna: string): boolean {
    const v = this.texto(columna);
    if (v !== 'si' && v !== 'no') throw this.error(columna, 'debe ser si o no');
    return v === 'si';
  }
}

function leer(dir: string, archivo: string, columnas: readonly string[]): { lector: LectorDeFila; fila: FilaCsv }[] {
  const texto = readFileSync(join(dir, archivo), 'utf8');
  return leerCsv(texto, archivo, columnas).map((fila) => ({ fila, lector: new LectorDeFila(archivo, fila) }));
}

function tabla<V>(archivo: string, filas: FilaFechada<V>[]): TablaFechada<V> {
  try {
    return crearTablaFechada(archivo, filas);
  } catch (e) {
    throw new Error(`${archivo}: ${(e as Error).message}`);
  }
}

export function cargarParametros(dir: string = DIRECTORIO_DE_PARAMETROS): Parametros {
  const hash = createHash('sha256');
  for (const a of ARCHIVOS) hash.update(a).update(readFileSync(join(dir, a)));

  const inpc = tabla<ValorInpc>('inpc.csv', leer(dir, 'inpc.csv', ['mes', 'inpc', 'fecha_publicacion', 'publicacion_estimada', 'verificada', 'fuente']).map(({ lector: l }) => {
    const mes = l.patron('mes', MES, 'no es un mes AAAA-MM');
    const [anio, m] = mes.split('-').map(Number);
    const fechaPublicacion = l.fecha('fecha_publicacion');
    if (fechaPublicacion <= desdePartes(anio, m, diasDelMes(anio, m))) throw new Error(`inpc.csv: el INPC de ${mes} no puede publicarse antes de que termine el mes (${fechaPublicacion}).`);
    return {
      desde: `${mes}-01`, hasta: desdePartes(anio, m, diasDelMes(anio, m)), fuente: l.texto('fuente'), verificada: l.siNo('verificada'),
      valor: { mes, indice: l.patron('inpc', INDICE, 'no es un índice con decimales'), fechaPublicacion, publicacionEstimada: l.siNo('publicacion_estimada') },
    };
  }));
  for (let i = 1; i < inpc.filas.length; i++) {
    const esperado = desdePartes(Number(inpc.filas[i - 1].valor.mes.slice(0, 4)), Number(inpc.filas[i - 1].valor.mes.slice(5)) + 1, 1);
    if (inpc.filas[i].desde !== esperado) throw new Error(`inpc.csv: falta el índice del mes que empieza el ${esperado}.`);
  }

  const tasaRecargosChiapas = tabla<TasaLeyDeIngresos>('tasa-recargos-chiapas.csv', leer(dir, 'tasa-recargos-chiapas.csv', ['desde', 'hasta', 'tasa_mensual_ley_de_ingresos', 'verificada', 'fuente']).map(({ lector: l }) => ({
    desde: l.fecha('desde'), hasta: l.fechaOpcional('hasta'), fuente: l.texto('fuente'), verificada: l.siNo('verificada'),
    valor: { tasaMensual: l.patron('tasa_mensual_ley_de_ingresos', TASA, 'no es una tasa mensual en por ciento') },
  })));

  const tasaProrrogaChiapas = tabla<TasasDeProrroga>('tasa-prorroga-chiapas.csv', leer(dir, 'tasa-prorroga-chiapas.csv', ['desde', 'hasta', 'tasa_parcialidades_hasta_12_meses', 'tasa_parcialidades_de_12_a_24_meses', 'tasa_pago_diferido', 'verificada', 'fuente']).map(({ lector: l }) => ({
    desde: l.fecha('desde'), hasta: l.fechaOpcional('hasta'), fuente: l.texto('fuente'), verificada: l.siNo('verificada'),
    valor: {
      parcialidadesHasta12Meses: l.patron('tasa_parcialidades_hasta_12_meses', TASA, 'no es una tasa en por ciento'),
      parcialidadesDe12A24Meses: l.patron('tasa_parcialidades_de_12_a_24_meses', TASA, 'no es una tasa en por ciento'),
      pagoDiferido: l.patron('tasa_pago_diferido', TASA, 'no es una tasa en por ciento'),
    },
  })));

  const tasasFederales = tabla<TasasFederales>('tasas-federales.csv', leer(dir, 'tasas-federales.csv', ['desde', 'hasta', 'tasa_base_mensual', 'tasa_mora_mensual', 'tasas_parcialidades', 'verificada', 'fuente']).map(({ lector: l, fila }) => ({
    desde: l.fecha('desde'), hasta: l.fechaOpcional('hasta'), fuente: l.texto('fuente'), verificada: l.siNo('verificada'),
    valor: { tasaBaseMensual: l.patron('tasa_base_mensual', TASA, 'no es una tasa'), tasaMoraMensual: l.patron('tasa_mora_mensual', TASA, 'no es una tasa'), tasasParcialidades: fila.campos.tasas_parcialidades ?? '' },
  })));

  const uma = tabla<ValorUma>('uma.csv', leer(dir, 'uma.csv', ['desde', 'diaria', 'mensual', 'anual', 'verificada', 'fuente']).map(({ lector: l }) => {
    const monto = (c: string) => { const v = l.texto(c); if (!esImporteValido(v)) throw new Error(`uma.csv: la columna ${c} no es un importe (${v}).`); return v; };
    return { desde: l.fecha('desde'), fuente: l.texto('fuente'), verificada: l.siNo('verificada'), valor: { diaria: monto('diaria'), mensual: monto('mensual'), anual: monto('anual') } };
  }));

  const vistos = new Set<string>();
  const diasInhabiles = leer(dir, 'dias-inhabiles.csv', ['fecha', 'clase', 'motivo', 'fundamento', 'verificada', 'nota']).map(({ lector: l, fila }): DiaInhabilRegistrado => {
    const fecha = l.fecha('fecha');
    if (vistos.has(fecha)) throw new Error(`dias-inhabiles.csv, línea ${fila.numero}: la fecha ${fecha} está repetida.`);
    vistos.add(fecha);
    const clase = l.texto('clase') as ClaseDeDiaInhabil;
    if (!CLASES.includes(clase)) throw new Error(`dias-inhabiles.csv, línea ${fila.numero}: la clase debe ser una de ${CLASES.join(', ')}.`);
    return { fecha, clase, motivo: l.texto('motivo'), fundamento: l.texto('fundamento'), verificada: l.siNo('verificada'), nota: fila.campos.nota ?? '' };
  });

  const porClave = new Map<ClaveDeMonto, FilaFechada<string>[]>();
  for (const { lector: l, fila } of leer(dir, 'montos-de-ley.csv', ['clave', 'desde', 'hasta', 'valor', 'unidad', 'articulo', 'verificada', 'fuente'])) {
    const clave = l.texto('clave') as ClaveDeMonto;
    if (!CLAVES_DE_MONTOS.includes(clave)) throw new Error(`montos-de-ley.csv, línea ${fila.numero}: clave desconocida ${clave}.`);
    const valor = l.texto('valor');
    if (!esImporteValido(valor) || valor.startsWith('-')) throw new Error(`montos-de-ley.csv, línea ${fila.numero}: el valor no es un importe o porcentaje positivo (${valor}).`);
    const unidad = l.texto('unidad');
    if (unidad !== 'pesos' && unidad !== 'porcentaje') throw new Error(`montos-de-ley.csv, línea ${fila.numero}: la unidad debe ser pesos o porcentaje.`);
    const filas = porClave.get(clave) ?? [];
    filas.push({ desde: l.fecha('desde'), hasta: l.fechaOpcional('hasta'), valor, fuente: `${l.texto('articulo')}: ${l.texto('fuente')}`, verificada: l.siNo('verificada') });
    porClave.set(clave, filas);
  }
  const montosDeLey = Object.fromEntries(CLAVES_DE_MONTOS.map((c) => {
    const filas = porClave.get(c);
    if (!filas) throw new Error(`montos-de-ley.csv: falta la clave ${c}.`);
    return [c, tabla(`montos-de-ley.csv (${c})`, filas)];
  })) as Record<ClaveDeMonto, TablaFechada<string>>;

  const calendario = crearCalendario(diasInhabiles);
  const calendarioDePagos = crearCalendario(diasInhabiles, { paraDeclaracionesYPagos: true });
  return {
    version: hash.digest('hex'),
    inpc, tasaRecargosChiapas, tasaProrrogaChiapas, tasasFederales, uma, diasInhabiles, montosDeLey, calendario, calendarioDePagos,
    tablasDeAdeudo: { inpc, tasaRecargos: tasaRecargosChiapas, calendario: calendarioDePagos },
    montosDeGastosDeEjecucion: {
      porcentaje: montosDeLey['gastos-de-ejecucion-porcentaje'], minimo: montosDeLey['gastos-de-ejecucion-minimo'],
      maximo: montosDeLey['gastos-de-ejecucion-maximo'], honorariosDeNotificacion: montosDeLey['honorarios-de-notificacion'],
    },
  };
}
