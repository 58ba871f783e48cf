import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../../registro/comun/registro-comun.module';
import { FormatosDePagoController } from './formatos-de-pago.controller';

@Module({ imports: [RegistroComunModule], controllers: [FormatosDePagoController] })
export class FormatosDePagoModule {}
