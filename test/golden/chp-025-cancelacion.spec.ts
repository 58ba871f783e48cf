import { pruebaDeCancelacion, type EntradaDeCancelacion } from '@tesoreria/domain';
import { runGolden } from './runner';

runGolden<EntradaDeCancelacion>('chp-025-cancelacion.yaml', (e) => pruebaDeCancelacion(e));
