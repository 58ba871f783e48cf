import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { EmitirOrdenDePagoHandler } from './emitir-orden-de-pago.handler';
import { OrdenesDePagoController } from './ordenes-de-pago.controller';

@Module({ imports: [RegistroComunModule], controllers: [OrdenesDePagoController], providers: [EmitirOrdenDePagoHandler] })
export class OrdenesDePagoModule {}
