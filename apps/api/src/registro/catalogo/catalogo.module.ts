import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { DerechosController } from './derechos.controller';

@Module({ imports: [RegistroComunModule], controllers: [DerechosController] })
export class CatalogoModule {}
