import { Module } from '@nestjs/common';
import { RegistroComunModule } from '../comun/registro-comun.module';
import { AdmisionDeSesiones } from './admision-de-sesiones';
import { LimitadorDeIntentos } from './limite-de-intentos';
import { SesionesController } from './sesiones.controller';
import { UsuariosController } from './usuarios.controller';

@Module({
  imports: [RegistroComunModule],
  controllers: [SesionesController, UsuariosController],
  providers: [LimitadorDeIntentos, AdmisionDeSesiones],
})
export class AuthModule {}
