// The HTTP side of access: log-in and log-out, a user's own password, the users' administration, and the per-IP
// throttling and admission of log-ins. The services are libs/acceso's (AccesoModule, global).
import { Module } from '@nestjs/common';
import { AdmisionDeSesiones } from './admision-de-sesiones';
import { LimitadorDeIntentos } from './limite-de-intentos';
import { SesionesController } from './sesiones.controller';
import { UsuariosController } from './usuarios.controller';

@Module({
  controllers: [SesionesController, UsuariosController],
  providers: [LimitadorDeIntentos, AdmisionDeSesiones],
})
export class AccesoHttpModule {}
