// The dated parameter tables, loaded once when the module starts (a malformed row stops the start-up).
import { Global, Module } from '@nestjs/common';
import { cargarParametros } from '../cargar-parametros';

export const PARAMETROS = Symbol('PARAMETROS');

@Global()
@Module({
  providers: [{ provide: PARAMETROS, useFactory: () => cargarParametros(process.env.PARAMETROS_DIR || undefined) }],
  exports: [PARAMETROS],
})
export class ParametrosModule {}
