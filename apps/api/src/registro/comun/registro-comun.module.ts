// What the registry's HTTP modules share: users and sessions with the guard (apps/api/src/registro/auth, until
// it moves to libs/acceso). The catalog, the clock, the queries and the use cases come from libs/registro.
import { Module } from '@nestjs/common';
import { ALTA_DE_USUARIOS } from '@tesoreria/plataforma/nest/tokens';
import { SesionGuard } from '../auth/sesion.guard';
import { ContrasenasService } from '../auth/contrasenas';
import { IntentosFallidos } from '../auth/intentos-fallidos';
import { SesionesService } from '../auth/sesiones.service';
import { UsuariosService } from '../auth/usuarios.service';

@Module({
  providers: [
    ContrasenasService,
    IntentosFallidos,
    UsuariosService,
    SesionesService,
    SesionGuard,
    { provide: ALTA_DE_USUARIOS, useExisting: UsuariosService },
  ],
  exports: [ContrasenasService, UsuariosService, SesionesService, SesionGuard, ALTA_DE_USUARIOS],
})
export class RegistroComunModule {}
