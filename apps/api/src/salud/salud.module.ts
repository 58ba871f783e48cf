import { Module } from '@nestjs/common';
import { AccesoInterno, SoloEstadoParaAnonimos } from './acceso-interno';
import { SaludController } from './salud.controller';

@Module({
  controllers: [SaludController],
  providers: [AccesoInterno, SoloEstadoParaAnonimos],
  exports: [AccesoInterno],
})
export class SaludModule {}
