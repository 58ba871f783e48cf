import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { OrdenesDePagoController } from './ordenes-de-pago.controller';

@Module({ imports: [RegistroComunModule], controllers: [OrdenesDePagoController] })
export class OrdenesDePagoModule {}
