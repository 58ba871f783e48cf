// The credits' HTTP: the controllers over the credits' application layer (libs/creditos), with the registry's
// sessions and guard and the citizen consultation's per-address limit.
import { Module } from '@nestjs/common';
import { CreditosModule } from '@tesoreria/creditos/nest/creditos.module';
import { RegistroComunModule } from '../registro/comun/registro-comun.module';
import { ConsultaModule } from '../registro/consulta/consulta.module';
import { BarridoController } from './barrido.controller';
import { ContribuyentesController } from './contribuyentes.controller';
import { CreditosController } from './creditos.controller';
import { PaeController } from './pae.controller';

@Module({
  imports: [CreditosModule, RegistroComunModule, ConsultaModule],
  controllers: [CreditosController, PaeController, ContribuyentesController, BarridoController],
})
export class CreditosHttpModule {}
