import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { PagosController } from './pagos.controller';
import { RecibirPagoHandler } from './recibir-pago.handler';

@Module({ imports: [RegistroComunModule], controllers: [PagosController], providers: [RecibirPagoHandler] })
export class PagosModule {}
