import { Module } from '@nestjs/common';
import { CalculosController } from './calculos.controller';
import { parametrosProvider, PARAMETROS } from './parametros.provider';

@Module({
  controllers: [CalculosController],
  providers: [parametrosProvider],
  exports: [PARAMETROS],
})
export class CalculosModule {}
