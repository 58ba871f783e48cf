import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { SesionesController } from './sesiones.controller';
import { UsuariosController } from './usuarios.controller';

@Module({
  imports: [RegistroComunModule],
  controllers: [SesionesController, UsuariosController],
})
export class AuthModule {}
