// The dated parameter tables, loaded once when the module starts (a malformed row stops the start-up).
import type { Provider } from '@nestjs/common';
import { cargarParametros, type Parametros } from '@tesoreria/parametros';

export const PARAMETROS = Symbol('PARAMETROS');

export const parametrosProvider: Provider<Parametros> = {
  provide: PARAMETROS,
  useFactory: () => cargarParametros(process.env.PARAMETROS_DIR || undefined),
};
