// The HTTP application: platform (store, read models, projections, jobs), health, and one module per area.
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { CalculosModule } from './calculos/calculos.module';
import type { Configuracion } from './configuracion';
import { ContextoDeSolicitudInterceptor, ContextoDeSolicitudMiddleware } from './http/contexto-de-solicitud';
import { opcionesDeLog } from './logs/opciones-de-log';
import { PlataformaModule } from './plataforma/plataforma.module';
import { PROYECCIONES } from './proyecciones';
import { RegistroModule } from './registro/registro.module';
import { SaludModule } from './salud/salud.module';

export function modulosDeRegistro(config: Configuracion): DynamicModule['imports'] {
  return [
    LoggerModule.forRoot(opcionesDeLog(config.logLevel)),
    PlataformaModule.forRoot(config, PROYECCIONES),
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
      imports: [...(modulosDeRegistro(config) ?? []), SaludModule, CalculosModule, RegistroModule],
      providers: [{ provide: APP_INTERCEPTOR, useClass: ContextoDeSolicitudInterceptor }],
    };
  }
}
