import { Module } from '@nestjs/common';
import { PaginasController } from './paginas.controller';

@Module({ controllers: [PaginasController] })
export class PaginasModule {}
