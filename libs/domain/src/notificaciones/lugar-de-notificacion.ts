// CHP art. 109: where a notification may validly be made, and who may receive it for a company in liquidation.
import { reglaIncumplida, valorInvalido } from '../comun/errores';

/** ¶1: the places the article names; `otro` is any other place. */
export type LugarDeNotificacion =
  | { readonly tipo: 'oficinas-de-la-autoridad' }
  /** The domicile given to the Registro Estatal de Contribuyentes; only the last one given counts. */
  | { readonly tipo: 'domicilio-registro-estatal'; readonly esElUltimoSenalado: boolean }
  /** The fiscal domicile that corresponds under CHP art. 19. */
  | { readonly tipo: 'domicilio-fiscal' }
  /** Designated on starting an instancia or during a procedure: valid only for the acts of that procedure. */
  | { readonly tipo: 'domicilio-designado'; readonly procedimiento: string }
  | { readonly tipo: 'otro' };

/** Who received it: the addressee, their legal representative, a liquidador, or anyone else (a third party, a neighbour). */
export type CalidadDeQuienRecibe = 'interesado' | 'representante-legal' | 'liquidador' | 'tercero';

export interface NotificacionEnUnLugar {
  readonly lugar: LugarDeNotificacion;
  readonly medio: 'personal' | 'correo-certificado' | 'correo-ordinario' | 'telegrama';
  /** Procedure the notified act belongs to (for a `domicilio-designado`). */
  readonly procedimientoDelActo?: string;
  readonly seEntendioCon?: { readonly calidad: CalidadDeQuienRecibe; readonly nombre?: string };
  /** ¶3: the liquidadores appointed when the addressee is a company in liquidation. */
  readonly liquidadores?: readonly string[];
}

export interface LugarValidado {
  readonly valido: boolean;
  readonly fundamento: string;
  readonly motivo: string;
}

const TIPOS = ['oficinas-de-la-autoridad', 'domicilio-registro-estatal', 'domicilio-fiscal', 'domicilio-designado', 'otro'] as const;
const CALIDADES: readonly CalidadDeQuienRecibe[] = ['interesado', 'representante-legal', 'liquidador', 'tercero'];
const MEDIOS = ['personal', 'correo-certificado', 'correo-ordinario', 'telegrama'] as const;

/** ¶2 and ¶3: the person with whom the diligencia must be held; in liquidation, any appointed liquidador. */
function esQuienDebeEntenderse(n: NotificacionEnUnLugar): boolean {
  const quien = n.seEntendioCon;
  if (quien === undefined) return false;
  if (quien.calidad === 'interesado' || quien.calidad === 'representante-legal') return true;
  return quien.calidad === 'liquidador' && quien.nombre !== undefined && (n.liquidadores ?? []).includes(quien.nombre);
}

/** CHP art. 109: whether the place of a notification is valid, with the paragraph that decides it and why. */
export function lugarDeNotificacionValido(n: NotificacionEnUnLugar): LugarValidado {
  if (!n || !n.lugar || !(TIPOS as readonly string[]).includes(n.lugar.tipo)) {
    throw valorInvalido('lugar-desconocido', `El campo lugar.tipo debe ser uno de: ${TIPOS.join(', ')}.`, 'lugar.tipo');
  }
  if (!(MEDIOS as readonly string[]).includes(n.medio)) throw valorInvalido('medio-desconocido', `El campo medio debe ser uno de: ${MEDIOS.join(', ')}.`, 'medio');
  if (n.seEntendioCon !== undefined && !CALIDADES.includes(n.seEntendioCon.calidad)) {
    throw valorInvalido('calidad-desconocida', `El campo seEntendioCon.calidad debe ser uno de: ${CALIDADES.join(', ')}.`, 'seEntendioCon.calidad');
  }
  if (n.seEntendioCon?.calidad === 'liquidador' && (n.liquidadores === undefined || n.liquidadores.length === 0)) {
    throw valorInvalido('sin-liquidadores', 'El campo liquidadores debe listar los liquidadores nombrados cuando la diligencia se entiende con un liquidador.', 'liquidadores');
  }

  const conQuienDebe = esQuienDebeEntenderse(n);
  const liquidador = n.seEntendioCon?.calidad === 'liquidador';
  if (n.medio === 'personal' && conQuienDebe) {
    if (n.lugar.tipo === 'oficinas-de-la-autoridad') {
      return { valido: true, fundamento: 'CHP art. 109 ¶1', motivo: 'La persona a quien debía notificarse se presentó en las oficinas de la autoridad.' };
    }
    return liquidador
      ? { valido: true, fundamento: 'CHP art. 109 ¶2 y ¶3', motivo: `Notificación personal a una sociedad en liquidación entendida con uno de sus liquidadores (${n.seEntendioCon?.nombre}): válida con cualquiera de ellos y en cualquier lugar.` }
      : { valido: true, fundamento: 'CHP art. 109 ¶2', motivo: 'Notificación personal realizada con quien debía entenderse: válida aun fuera del domicilio y de las oficinas de la autoridad.' };
  }
  if (liquidador && !conQuienDebe) {
    return { valido: false, fundamento: 'CHP art. 109 ¶3', motivo: `El campo seEntendioCon.nombre (${n.seEntendioCon?.nombre ?? 'sin nombre'}) no es uno de los liquidadores nombrados.` };
  }

  const lugar = n.lugar;
  switch (lugar.tipo) {
    case 'oficinas-de-la-autoridad':
      // Only when the person to be notified appears there; the offices are not a place to leave it with others.
      return { valido: false, fundamento: 'CHP art. 109 ¶1', motivo: 'En las oficinas de la autoridad sólo se notifica a la persona que se presenta en ellas (el interesado o su representante legal, personalmente).' };
    case 'domicilio-registro-estatal':
      return lugar.esElUltimoSenalado
        ? { valido: true, fundamento: 'CHP art. 109 ¶1', motivo: 'Último domicilio señalado para efectos del Registro Estatal de Contribuyentes.' }
        : { valido: false, fundamento: 'CHP art. 109 ¶1', motivo: 'El campo lugar.esElUltimoSenalado es falso: sólo vale el último domicilio señalado al Registro Estatal de Contribuyentes.' };
    case 'domicilio-fiscal':
      return { valido: true, fundamento: 'CHP art. 109 ¶1', motivo: 'Domicilio fiscal que corresponde conforme al CHP art. 19.' };
    case 'domicilio-designado':
      return n.procedimientoDelActo !== undefined && n.procedimientoDelActo === lugar.procedimiento
        ? { valido: true, fundamento: 'CHP art. 109 ¶1', motivo: `Domicilio designado en ${lugar.procedimiento}, para una actuación de su trámite o resolución.` }
        : { valido: false, fundamento: 'CHP art. 109 ¶1', motivo: `El campo procedimientoDelActo (${n.procedimientoDelActo ?? 'sin procedimiento'}) no es ${lugar.procedimiento}: el domicilio designado en una instancia o procedimiento sólo vale para sus propias actuaciones.` };
    case 'otro':
      return { valido: false, fundamento: 'CHP art. 109 ¶2', motivo: 'Fuera de los domicilios y las oficinas del art. 109 sólo vale la notificación personal realizada con quien debía entenderse.' };
  }
}

/** CHP art. 109: refuses (422) a notification made in a place the article does not allow. */
export function exigirLugarDeNotificacionValido(n: NotificacionEnUnLugar): LugarValidado {
  const r = lugarDeNotificacionValido(n);
  if (!r.valido) throw reglaIncumplida('lugar-de-notificacion-invalido', r.motivo, 'lugar', r.fundamento);
  return r;
}
