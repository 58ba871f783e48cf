import { Module } from '@nestjs/common';
import { OrdenesDePagoController } from './ordenes-de-pago.controller';

@Module({ controllers: [OrdenesDePagoController] })
export class OrdenesDePagoModule {}
