// CHP art. 110: the fine on the notifier when an illegally made notification is set aside (decision 0009).
import { Dec, aTexto } from '../comun/importe';
import { compararFechas } from '../comun/fecha';
import { reglaIncumplida, valorInvalido } from '../comun/errores';
import { advertenciaDeParametroNoVerificado, type PartidaDeDesglose } from '../comun/explicacion';
import type { TablaFechada } from '../comun/tabla-fechada';
import { validarFecha } from '../actualizacion/validacion';

export interface NotificacionDejadaSinEfecto {
  /** When the notifier made the notification: the amount in force that day applies (decision 0009). */
  readonly fechaNotificacion: string;
  /** When the authority or court set it aside. */
  readonly fechaEnQueSeDejoSinEfecto: string;
  /** Set aside because it was made illegally (not, e.g., because the party acknowledged the act, CHP art. 108 ¶2). */
  readonly practicadaIlegalmente: boolean;
}

export interface MultaAlNotificador {
  readonly importe: string;
  readonly advertencias: string[];
  readonly desglose: PartidaDeDesglose[];
}

/** CHP art. 110: the fixed fine, read from the dated `multa-al-notificador` row passed in. */
export function multaAlNotificador(n: NotificacionDejadaSinEfecto, multa: TablaFechada<string>): MultaAlNotificador {
  const hecha = validarFecha(n.fechaNotificacion, 'fechaNotificacion');
  const anulada = validarFecha(n.fechaEnQueSeDejoSinEfecto, 'fechaEnQueSeDejoSinEfecto');
  if (typeof n.practicadaIlegalmente !== 'boolean') throw valorInvalido('valor-invalido', 'El campo practicadaIlegalmente debe ser verdadero o falso.', 'practicadaIlegalmente');
  if (compararFechas(anulada, hecha) < 0) {
    throw valorInvalido('anulacion-antes-de-la-notificacion', 'El campo fechaEnQueSeDejoSinEfecto no puede ser anterior a fechaNotificacion.', 'fechaEnQueSeDejoSinEfecto');
  }
  if (!n.practicadaIlegalmente) {
    throw reglaIncumplida('notificacion-no-ilegal', 'El campo practicadaIlegalmente es falso: la multa al notificador sólo procede cuando la notificación se deja sin efecto por haberse practicado ilegalmente.', 'practicadaIlegalmente', 'CHP art. 110');
  }
  const fila = multa.filaEn(hecha);
  const importe = aTexto(new Dec(fila.valor));
  return {
    importe,
    advertencias: fila.verificada ? [] : [advertenciaDeParametroNoVerificado('la multa al notificador', `desde ${fila.desde}`, fila.fuente)],
    desglose: [{
      concepto: 'Multa al notificador', articulo: 'CHP art. 110',
      detalle: `Notificación practicada ilegalmente el ${hecha} y dejada sin efecto el ${anulada}; monto vigente desde ${fila.desde} (${fila.fuente}).`,
      importe,
    }],
  };
}
