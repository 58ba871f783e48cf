// The HTTP application: the platform (store, read models, projections, jobs), the command cycle, the registry's
// application layer (libs), and the HTTP modules of each area: health, calculations, the registry's controllers.
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { CommandHandlingModule } from '@tesoreria/command-handling/nest/command-handling.module';
import { opcionesDeLog } from '@tesoreria/plataforma';
import { PlataformaModule } from '@tesoreria/plataforma/nest/plataforma.module';
import { RegistroModule as RegistroAplicacionModule } from '@tesoreria/registro/nest/registro.module';
import { CalculosModule } from './calculos/calculos.module';
import { CreditosHttpModule } from './creditos/creditos-http.module';
import type { Configuracion } from './configuracion';
import { ContextoDeSolicitudInterceptor, ContextoDeSolicitudMiddleware, registrarEscritura } from './http/contexto-de-solicitud';
import { PROYECCIONES, TIPOS_DE_EVENTOS } from './proyecciones';
import { lecturaDeLaSolicitud } from './registro/comun/lectura';
import { RegistroModule } from './registro/registro.module';
import { SaludModule } from './salud/salud.module';

export function modulosDeRegistro(config: Configuracion): DynamicModule['imports'] {
  return [
    LoggerModule.forRoot(opcionesDeLog(config.logLevel)),
    PlataformaModule.forRoot(config, PROYECCIONES, TIPOS_DE_EVENTOS),
    CommandHandlingModule.forRoot({ alEscribir: registrarEscritura }),
    RegistroAplicacionModule.forRoot(lecturaDeLaSolicitud),
  ];
}

@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ContextoDeSolicitudMiddleware).forRoutes('*');
  }

  static register(config: Configuracion): DynamicModule {
    return {
      module: AppModule,
      imports: [...(modulosDeRegistro(config) ?? []), SaludModule, CalculosModule, RegistroModule, CreditosHttpModule],
      providers: [{ provide: APP_INTERCEPTOR, useClass: ContextoDeSolicitudInterceptor }],
    };
  }
}
