import { multaAlNotificador } from '@tesoreria/domain';
import { cargarParametros } from '@tesoreria/parametros';
import { runGolden } from './runner';

const { montosDeLey } = cargarParametros();
runGolden('chp-110-multa-al-notificador.yaml', (entrada) => multaAlNotificador(entrada, montosDeLey['multa-al-notificador']));
