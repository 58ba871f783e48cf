import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { PaginasController } from './paginas.controller';

@Module({ imports: [RegistroComunModule], controllers: [PaginasController] })
export class PaginasModule {}
