// The registry's application layer in Nest: the catalog, the business clock, the read models' queries with the
// read-your-writes wait, the plain use-case handlers, and one @nestjs/cqrs handler per bus command delegating to
// them. The api passes how a request's written position is known and how a late read is refused; the worker and
// the seed pass nothing.
import { Logger, Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { cargarCatalogo, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import { EjecutorDeComandos, type ContextoDeComando } from '@tesoreria/command-handling';
import { delBus, type CasoDeUso } from '@tesoreria/command-handling/nest/del-bus';
import type { SqlDatabase } from '@tesoreria/event-store';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS, ParametrosModule } from '@tesoreria/parametros/nest/parametros.module';
import type { ConfiguracionDePlataforma } from '@tesoreria/plataforma';
import type { DaemonDeProyecciones } from '@tesoreria/plataforma/nest/puertos';
import { CONFIGURACION, PROJECTION_DAEMON, SQL_DATABASE } from '@tesoreria/plataforma/nest/tokens';
import { relojDelSistema, type Reloj } from '../comun/reloj';
import { EmitirOrdenDePagoHandler } from '../ordenes-de-pago/emitir-orden-de-pago.handler';
import { diasHabilesParaRegistrarPagos } from '../pagos/plazo-de-registro';
import { RecibirPagoHandler } from '../pagos/recibir-pago.handler';
import { AlcanceDeLectura, type OpcionesDeAlcance } from '../proyecciones/alcance';
import { OrdenesDePagoQueries } from '../proyecciones/ordenes-de-pago/ordenes-de-pago.queries';
import { RecaudacionPorDelegacionQueries } from '../proyecciones/recaudacion-por-delegacion/recaudacion-por-delegacion.queries';
import { RecibosQueries } from '../proyecciones/recibos/recibos.queries';
import { ServiciosQueries } from '../proyecciones/servicios/servicios.queries';
import type { DependenciasDeActos } from '../servicios/acto-sobre-recibo';
import { EmitirConstanciaHandler } from '../servicios/emitir-constancia.handler';
import { EmitirOrdenDeCobroHandler } from '../servicios/emitir-orden-de-cobro.handler';
import { RegistrarPagoDeDiferenciaHandler } from '../servicios/registrar-pago-de-diferencia.handler';
import { RegistrarServicioHandler } from '../servicios/registrar-servicio.handler';
import { SolicitarDevolucionHandler } from '../servicios/solicitar-devolucion.handler';
import * as C from './comandos';
import { CATALOGO, PLAZO_DE_REGISTRO_DE_PAGOS, RELOJ } from './tokens';

export type OpcionesDelRegistro = Pick<OpcionesDeAlcance, 'posicionEscrita' | 'rezago'>;

const ACTOS = [
  [C.RegistrarServicioCommand, RegistrarServicioHandler],
  [C.EmitirConstanciaCommand, EmitirConstanciaHandler],
  [C.SolicitarDevolucionCommand, SolicitarDevolucionHandler],
  [C.EmitirOrdenDeCobroCommand, EmitirOrdenDeCobroHandler],
  [C.RegistrarPagoDeDiferenciaCommand, RegistrarPagoDeDiferenciaHandler],
] as const;

const DEPENDENCIAS_DE_ACTOS = [EjecutorDeComandos, RecibosQueries, CATALOGO, RELOJ, PARAMETROS];
const dependenciasDeActos = (ejecutor: EjecutorDeComandos, recibos: RecibosQueries, catalogo: CatalogoDeDerechos, reloj: Reloj, parametros: Parametros): DependenciasDeActos => ({
  ejecutor,
  recibos,
  catalogo,
  reloj,
  parametros,
});

function casosDeUso(): Provider[] {
  return [
    {
      provide: EmitirOrdenDePagoHandler,
      useFactory: (ejecutor: EjecutorDeComandos, catalogo: CatalogoDeDerechos, parametros: Parametros) => new EmitirOrdenDePagoHandler({ ejecutor, catalogo, parametros }),
      inject: [EjecutorDeComandos, CATALOGO, PARAMETROS],
    },
    {
      provide: RecibirPagoHandler,
      useFactory: (ejecutor: EjecutorDeComandos, catalogo: CatalogoDeDerechos, reloj: Reloj, parametros: Parametros, diasHabilesParaRegistrar: number) =>
        new RecibirPagoHandler({ ejecutor, catalogo, reloj, parametros, diasHabilesParaRegistrar }),
      inject: [EjecutorDeComandos, CATALOGO, RELOJ, PARAMETROS, PLAZO_DE_REGISTRO_DE_PAGOS],
    },
    ...ACTOS.map(([, Caso]) => ({
      provide: Caso,
      useFactory: (...d: Parameters<typeof dependenciasDeActos>) => new Caso(dependenciasDeActos(...d)),
      inject: DEPENDENCIAS_DE_ACTOS,
    })),
  ];
}

const CONSULTAS_SIN_ESPERA = [ServiciosQueries, OrdenesDePagoQueries, RecaudacionPorDelegacionQueries];
const CONSULTAS = [RecibosQueries, ...CONSULTAS_SIN_ESPERA];

@Module({})
export class RegistroModule {
  static forRoot(opciones: OpcionesDelRegistro = {}): DynamicModule {
    const logger = new Logger('Registro');
    return {
      module: RegistroModule,
      global: true,
      imports: [CqrsModule, ParametrosModule],
      providers: [
        { provide: CATALOGO, useFactory: () => cargarCatalogo() },
        { provide: RELOJ, useValue: relojDelSistema },
        { provide: PLAZO_DE_REGISTRO_DE_PAGOS, useFactory: () => diasHabilesParaRegistrarPagos(process.env) },
        {
          provide: AlcanceDeLectura,
          useFactory: (daemon: DaemonDeProyecciones, config: ConfiguracionDePlataforma) =>
            new AlcanceDeLectura(daemon, { esperaMs: config.esperaDeLecturaMs, avisar: (m) => logger.warn(m), ...opciones }),
          inject: [PROJECTION_DAEMON, CONFIGURACION],
        },
        { provide: RecibosQueries, useFactory: (db: SqlDatabase, alcance: AlcanceDeLectura) => new RecibosQueries(db, alcance), inject: [SQL_DATABASE, AlcanceDeLectura] },
        ...CONSULTAS_SIN_ESPERA.map((Q) => ({ provide: Q, useFactory: (db: SqlDatabase) => new Q(db), inject: [SQL_DATABASE] })),
        ...casosDeUso(),
        delBus(C.EmitirOrdenDePagoCommand, EmitirOrdenDePagoHandler),
        delBus(C.RecibirPagoCommand, RecibirPagoHandler),
        ...ACTOS.map(([Mensaje, Caso]) => delBus(Mensaje as Type<{ comando: unknown; contexto: ContextoDeComando }>, Caso as Type<CasoDeUso<unknown, unknown>>)),
      ],
      exports: [CATALOGO, RELOJ, PLAZO_DE_REGISTRO_DE_PAGOS, AlcanceDeLectura, ...CONSULTAS, EmitirOrdenDePagoHandler, RecibirPagoHandler, ...ACTOS.map(([, Caso]) => Caso)],
    };
  }
}
