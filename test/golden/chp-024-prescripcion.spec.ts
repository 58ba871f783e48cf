import { crearCalendario, relojDePrescripcion, type EntradaDePrescripcion } from '@tesoreria/domain';
import { runGolden } from './runner';

const cal = crearCalendario([]);
runGolden<EntradaDePrescripcion>('chp-024-prescripcion.yaml', (e) => relojDePrescripcion(cal, e));
