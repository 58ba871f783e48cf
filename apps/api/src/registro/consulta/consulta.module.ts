import { Module } from '@nestjs/common';
import { ConsultaController } from './consulta.controller';
import { LimitadorDeConsultas, LimiteDeConsultasGuard } from './limite-de-consultas';

@Module({ controllers: [ConsultaController], providers: [LimitadorDeConsultas, LimiteDeConsultasGuard], exports: [LimitadorDeConsultas] })
export class ConsultaModule {}
