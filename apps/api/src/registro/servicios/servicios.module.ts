import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { HANDLERS_DE_SERVICIOS } from './servicio-otorgado.handlers';
import { ServiciosController } from './servicios.controller';

@Module({ imports: [RegistroComunModule], controllers: [ServiciosController], providers: [...HANDLERS_DE_SERVICIOS] })
export class ServiciosModule {}
