import { crearCalendario, relojDeCaducidad, type EntradaDeCaducidad } from '@tesoreria/domain';
import { runGolden } from './runner';

const cal = crearCalendario([]);
runGolden<EntradaDeCaducidad>('chp-067-caducidad.yaml', (e) => relojDeCaducidad(cal, e));
