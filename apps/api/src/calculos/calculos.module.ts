import { Module } from '@nestjs/common';
import { ParametrosModule } from '@tesoreria/parametros/nest/parametros.module';
import { CalculosController } from './calculos.controller';

@Module({
  imports: [ParametrosModule],
  controllers: [CalculosController],
})
export class CalculosModule {}
