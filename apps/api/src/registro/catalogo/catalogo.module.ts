import { Module } from '@nestjs/common';
import { DerechosController } from './derechos.controller';

@Module({ controllers: [DerechosController] })
export class CatalogoModule {}
