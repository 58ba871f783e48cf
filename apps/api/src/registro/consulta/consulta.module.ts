import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { ConsultaController } from './consulta.controller';
import { LimitadorDeConsultas, LimiteDeConsultasGuard } from './limite-de-consultas';

@Module({ imports: [RegistroComunModule], controllers: [ConsultaController], providers: [LimitadorDeConsultas, LimiteDeConsultasGuard], exports: [LimitadorDeConsultas] })
export class ConsultaModule {}
