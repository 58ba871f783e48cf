import { calcularAdeudo } from '@tesoreria/domain';
import { cargarParametros } from '@tesoreria/parametros';
import { runGolden } from './runner';

const { tablasDeAdeudo } = cargarParametros();
runGolden('chp-044-adeudo.yaml', (entrada) => calcularAdeudo(entrada, tablasDeAdeudo));
