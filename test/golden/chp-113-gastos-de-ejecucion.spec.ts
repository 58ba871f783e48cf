import { calcularGastosDeEjecucion, honorariosDeNotificacion } from '@tesoreria/domain';
import { cargarParametros } from '@tesoreria/parametros';
import { runGolden } from './runner';

const { montosDeGastosDeEjecucion } = cargarParametros();
runGolden('chp-113-gastos-de-ejecucion.yaml', (entrada) => calcularGastosDeEjecucion(entrada, montosDeGastosDeEjecucion));
runGolden('chp-113-honorarios-de-notificacion.yaml', (e: { fechaNotificacion: string }) => honorariosDeNotificacion(e.fechaNotificacion, montosDeGastosDeEjecucion));
