import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../registro/comun/registro-comun.module';
import { AccesoInterno, SoloEstadoParaAnonimos } from './acceso-interno';
import { SaludController } from './salud.controller';

@Module({
  imports: [RegistroComunModule],
  controllers: [SaludController],
  providers: [AccesoInterno, SoloEstadoParaAnonimos],
  exports: [AccesoInterno],
})
export class SaludModule {}
