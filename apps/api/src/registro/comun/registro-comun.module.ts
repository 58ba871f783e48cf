// What every area of the registry shares: the catalog, the business clock, gap-free consecutive numbers, users and sessions
// (with the guard), the read models, and the dated parameters (calendar, INPC, rates) of CalculosModule.
import { Module } from '@nestjs/common';
import { cargarCatalogo } from '@tesoreria/catalogo';
import { CalculosModule } from '../../calculos/calculos.module';
import { SesionGuard } from '../auth/sesion.guard';
import { ContrasenasService } from '../auth/contrasenas';
import { IntentosFallidos } from '../auth/intentos-fallidos';
import { SesionesService } from '../auth/sesiones.service';
import { UsuariosService } from '../auth/usuarios.service';
import { LectorDeRegistro } from './lector-de-registro.service';
import { relojDelSistema } from './reloj';
import { ConsecutivosService } from './consecutivos.service';
import { CATALOGO, PLAZO_DE_REGISTRO_DE_PAGOS, RELOJ } from './tokens';
import { diasHabilesParaRegistrarPagos } from './plazo-de-registro';

@Module({
  imports: [CalculosModule],
  providers: [
    { provide: CATALOGO, useFactory: () => cargarCatalogo() },
    { provide: RELOJ, useValue: relojDelSistema },
    { provide: PLAZO_DE_REGISTRO_DE_PAGOS, useFactory: () => diasHabilesParaRegistrarPagos(process.env) },
    ConsecutivosService,
    ContrasenasService,
    IntentosFallidos,
    UsuariosService,
    SesionesService,
    SesionGuard,
    LectorDeRegistro,
  ],
  exports: [CATALOGO, RELOJ, PLAZO_DE_REGISTRO_DE_PAGOS, ConsecutivosService, ContrasenasService, UsuariosService, SesionesService, SesionGuard, LectorDeRegistro, CalculosModule],
})
export class RegistroComunModule {}
