// Access wired to Nest: each service of crearAcceso as a provider (one password-check queue for the process), the
// tables prepared at start, the initial admin from the environment, and the demo seed's ALTA_DE_USUARIOS port.
// Global, so every HTTP module's guard reaches the sessions. The catalog and the clock are the registry's.
import { Global, Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import type { SqlDatabase } from '@tesoreria/event-store';
import { SQL_DATABASE } from '@tesoreria/event-store/nest/tokens';
import { ALTA_DE_USUARIOS } from '@tesoreria/plataforma/nest/tokens';
import { CATALOGO, RELOJ } from '@tesoreria/registro/nest/tokens';
import { crearAcceso, type Acceso } from '../acceso';
import { CambioDeContrasena } from '../contrasenas/cambio-de-contrasena';
import { ContrasenasService } from '../contrasenas/contrasenas';
import { prepararTablasDeAcceso } from '../esquema';
import { IntentosFallidos } from '../intentos/intentos-fallidos';
import { SesionesService } from '../sesiones/sesiones.service';
import { crearAdminInicial } from '../usuarios/admin-inicial';
import { BitacoraDeUsuarios } from '../usuarios/bitacora-de-usuarios';
import { UsuariosService } from '../usuarios/usuarios.service';

const ACCESO = Symbol('ACCESO');
const servicio = <K extends keyof Acceso>(provide: abstract new (...args: never[]) => Acceso[K], clave: K) => ({
  provide,
  useFactory: (acceso: Acceso) => acceso[clave],
  inject: [ACCESO],
});

@Global()
@Module({
  providers: [
    { provide: ACCESO, useFactory: crearAcceso, inject: [SQL_DATABASE, CATALOGO, RELOJ] },
    servicio(ContrasenasService, 'contrasenas'),
    servicio(IntentosFallidos, 'intentos'),
    servicio(UsuariosService, 'usuarios'),
    servicio(SesionesService, 'sesiones'),
    servicio(CambioDeContrasena, 'cambioDeContrasena'),
    servicio(BitacoraDeUsuarios, 'bitacora'),
    { provide: ALTA_DE_USUARIOS, useExisting: UsuariosService },
  ],
  exports: [ContrasenasService, UsuariosService, SesionesService, CambioDeContrasena, BitacoraDeUsuarios, ALTA_DE_USUARIOS],
})
export class AccesoModule implements OnModuleInit {
  private readonly logger = new Logger('Usuarios');

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly usuarios: UsuariosService,
  ) {}

  async onModuleInit(): Promise<void> {
    await prepararTablasDeAcceso(this.db);
    if (await crearAdminInicial(this.usuarios, process.env.REGISTRO_ADMIN_CONTRASENA)) {
      this.logger.log('Usuario admin creado desde REGISTRO_ADMIN_CONTRASENA');
    }
  }
}

