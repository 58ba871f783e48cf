import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { ServiciosController } from './servicios.controller';

@Module({ imports: [RegistroComunModule], controllers: [ServiciosController] })
export class ServiciosModule {}
