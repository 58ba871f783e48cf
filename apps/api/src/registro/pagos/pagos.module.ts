import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { PagosController } from './pagos.controller';

@Module({ imports: [RegistroComunModule], controllers: [PagosController] })
export class PagosModule {}
