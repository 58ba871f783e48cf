import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { ConsultaController } from './consulta.controller';
import { LimiteDeConsultasGuard, limitadorDeConsultasProvider } from './limite-de-consultas';

@Module({ imports: [RegistroComunModule], controllers: [ConsultaController], providers: [limitadorDeConsultasProvider, LimiteDeConsultasGuard] })
export class ConsultaModule {}
