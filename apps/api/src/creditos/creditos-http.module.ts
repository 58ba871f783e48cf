// The credits' HTTP: the controllers over the credits' application layer (libs/creditos), with the registry's
// sessions (libs/acceso) and guard and the citizen consultation's per-address limit.
import { Module } from '@nestjs/common';
import { CreditosModule } from '@tesoreria/creditos/nest/creditos.module';
import { ConsultaModule } from '../registro/consulta/consulta.module';
import { BarridoController } from './barrido.controller';
import { ContribuyentesController } from './contribuyentes.controller';
import { CreditosController } from './creditos.controller';
import { PaeController } from './pae.controller';
import { PagosDeCreditosController } from './pagos-de-creditos.controller';

@Module({
  imports: [CreditosModule, ConsultaModule],
  controllers: [CreditosController, PaeController, ContribuyentesController, BarridoController, PagosDeCreditosController],
})
export class CreditosHttpModule {}
