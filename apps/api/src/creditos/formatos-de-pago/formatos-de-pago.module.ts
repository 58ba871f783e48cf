import { Module } from '@nestjs/common';
import { FormatosDePagoController } from './formatos-de-pago.controller';

@Module({ controllers: [FormatosDePagoController] })
export class FormatosDePagoModule {}
