import { exigirLugarDeNotificacionValido, lugarDeNotificacionValido, type NotificacionEnUnLugar } from '@tesoreria/domain';
import { runGolden } from './runner';

runGolden('chp-109-lugar-de-notificacion.yaml', ({ exigir, ...n }: NotificacionEnUnLugar & { exigir?: boolean }) =>
  (exigir ? exigirLugarDeNotificacionValido(n) : lugarDeNotificacionValido(n)));
