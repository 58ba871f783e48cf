import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { AuditoriaController } from './auditoria.controller';

@Module({ imports: [RegistroComunModule], controllers: [AuditoriaController] })
export class AuditoriaModule {}
