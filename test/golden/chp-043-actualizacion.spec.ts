import { actualizarDevolucion, calcularActualizacion } from '@tesoreria/domain';
import { cargarParametros } from '@tesoreria/parametros';
import { runGolden } from './runner';

const { inpc } = cargarParametros();
runGolden('chp-043-actualizacion.yaml', (entrada) => calcularActualizacion(entrada, inpc));
runGolden('chp-043-devoluciones.yaml', (entrada) => actualizarDevolucion(entrada, inpc));
