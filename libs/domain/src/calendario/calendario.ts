// CHP art. 21: which days count in terms fixed in days. Weekends, the fixed holidays of the article and the
// days the authority suspends (Holy Week, transfer of the Executive, general vacations) are not business days.
import { diaDeLaSemana, desdePartes, esFechaValida, partes, type Fecha } from '../comun/fecha';
import { valorInvalido } from '../comun/errores';

/** Why a suspended day is closed; general vacations stay open for filing and paying (CHP art. 21, third paragraph). */
export type ClaseDeDiaInhabil = 'semana-santa' | 'transmision-de-poderes' | 'vacaciones-generales' | 'otro';

/** A day the authority suspends, read from the dated table `dias-inhabiles.csv`. */
export interface DiaInhabil {
  fecha: Fecha;
  motivo: string;
  fundamento: string;
  /** Defaults to 'otro' (closed for every term). */
  clase?: ClaseDeDiaInhabil;
}

export interface Calendario {
  esHabil(f: Fecha): boolean;
  /** Spanish reason the day does not count, with its article; null on a business day. */
  motivoInhabil(f: Fecha): string | null;
}

export interface OpcionesDeCalendario {
  /**
   * CHP art. 21, third paragraph: general vacations ARE business days for terms to file returns and pay
   * contributions, and only for those.
   */
  paraDeclaracionesYPagos?: boolean;
}

const ART_21 = 'CHP art. 21';

/** n-th Monday (1-based) of a month: CHP art. 21 moves three holidays to Mondays. */
export function enesimoLunes(anio: number, mes: number, n: number): Fecha {
  const primero = desdePartes(anio, mes, 1);
  const desplazamiento = (8 - diaDeLaSemana(primero)) % 7;
  return desdePartes(anio, mes, 1 + desplazamiento + 7 * (n - 1));
}

/** The fixed holidays CHP art. 21 lists, for one year, with the Spanish reason. */
export function diasFestivosDelAnio(anio: number): ReadonlyMap<Fecha, string> {
  return new Map<Fecha, string>([
    [desdePartes(anio, 1, 1), '1o. de enero'],
    [enesimoLunes(anio, 2, 1), 'primer lunes de febrero, en conmemoración del 5 de febrero'],
    [enesimoLunes(anio, 3, 3), 'tercer lunes de marzo, en conmemoración del 21 de marzo'],
    [desdePartes(anio, 5, 1), '1o. de mayo'],
    [desdePartes(anio, 5, 5), '5 de mayo'],
    [desdePartes(anio, 9, 14), '14 de septiembre'],
    [desdePartes(anio, 9, 16), '16 de septiembre'],
    [enesimoLunes(anio, 11, 3), 'tercer lunes de noviembre, en conmemoración del 20 de noviembre'],
    [desdePartes(anio, 12, 25), '25 de diciembre'],
  ]);
}

export function crearCalendario(diasSuspendidos: readonly DiaInhabil[], opciones: OpcionesDeCalendario = {}): Calendario {
  const suspendidos = new Map<Fecha, DiaInhabil>();
  for (const d of diasSuspendidos) {
    if (!esFechaValida(d.fecha)) {
      throw valorInvalido('dia-inhabil-invalido', `La fecha del día inhábil no es válida: ${JSON.stringify(d.fecha)}.`, 'fecha');
    }
    if (d.clase === 'vacaciones-generales' && opciones.paraDeclaracionesYPagos) continue;
    if (!suspendidos.has(d.fecha)) suspendidos.set(d.fecha, d);
  }
  const festivosPorAnio = new Map<number, ReadonlyMap<Fecha, string>>();
  const festivos = (anio: number) => {
    let m = festivosPorAnio.get(anio);
    if (!m) festivosPorAnio.set(anio, (m = diasFestivosDelAnio(anio)));
    return m;
  };

  const motivoInhabil = (f: Fecha): string | null => {
    if (!esFechaValida(f)) throw valorInvalido('fecha-invalida', `La fecha no es válida: ${JSON.stringify(f)}.`, 'fecha');
    const dow = diaDeLaSemana(f);
    if (dow === 6) return `sábado (${ART_21})`;
    if (dow === 0) return `domingo (${ART_21})`;
    const festivo = festivos(partes(f).anio).get(f);
    if (festivo) return `${festivo} (${ART_21})`;
    const s = suspendidos.get(f);
    if (s) return `${s.motivo} (${s.fundamento})`;
    return null;
  };

  return { motivoInhabil, esHabil: (f) => motivoInhabil(f) === null };
}
