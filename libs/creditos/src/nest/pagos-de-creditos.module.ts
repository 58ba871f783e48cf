// Payments of credits in Nest (issue 11, item 2; decision 0208): the formato de pago, the receptor the registry's
// POST /api/pagos hands a formato's línea to, and the application of each payment to its credits, with the
// start-up catch-up that completes an application a crash cut short. Global, so the registry's module finds the
// receptor by its token; the api and the worker import it with one line each.
import { Inject, Logger, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { EjecutorDeComandos } from '@tesoreria/command-handling';
import type { EntornoDeCredito } from '@tesoreria/domain';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS, ParametrosModule } from '@tesoreria/parametros/nest/parametros.module';
import type { Reloj } from '@tesoreria/registro';
import { PLAZO_DE_REGISTRO_DE_PAGOS, RECEPTOR_DE_PAGOS_DE_FORMATO, RELOJ } from '@tesoreria/registro/nest/tokens';
import { AplicarPagoDeFormato } from '../pagos/aplicar-pago-de-formato';
import { EmitirFormatoDePagoHandler } from '../pagos/emitir-formato-de-pago.handler';
import { RecibirPagoDeFormatoHandler } from '../pagos/recibir-pago-de-formato.handler';

const entornoDe = (p: Parametros): EntornoDeCredito => ({ calendario: p.calendario, tablasDeAdeudo: p.tablasDeAdeudo, montosDeGastosDeEjecucion: p.montosDeGastosDeEjecucion });
const logger = new Logger('PagosDeCreditos');

class PuestaAlDia implements OnApplicationBootstrap {
  constructor(@Inject(AplicarPagoDeFormato) private readonly aplicador: AplicarPagoDeFormato) {}
  onApplicationBootstrap(): void {
    // Not awaited: the process serves while the log is read; each application is idempotent, so a request that
    // applies the same payment meanwhile only wins a retry of the cycle.
    void this.aplicador.ponerAlDia().then(
      (r) => r.aplicados > 0 && logger.warn(`Se completó la aplicación de ${r.aplicados} parte(s) de pagos de formatos interrumpidas`),
      (e: unknown) => logger.error(`No se pudo poner al día la aplicación de pagos de formatos: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
}

@Module({})
export class PagosDeCreditosModule {
  static forRoot(): DynamicModule {
    return {
      module: PagosDeCreditosModule,
      global: true,
      imports: [ParametrosModule],
      providers: [
        {
          provide: AplicarPagoDeFormato,
          useFactory: (ejecutor: EjecutorDeComandos, p: Parametros) => new AplicarPagoDeFormato({ ejecutor, entorno: entornoDe(p), avisar: (m) => logger.warn(m) }),
          inject: [EjecutorDeComandos, PARAMETROS],
        },
        {
          provide: EmitirFormatoDePagoHandler,
          useFactory: (ejecutor: EjecutorDeComandos, p: Parametros) => new EmitirFormatoDePagoHandler({ ejecutor, entorno: entornoDe(p) }),
          inject: [EjecutorDeComandos, PARAMETROS],
        },
        {
          provide: RECEPTOR_DE_PAGOS_DE_FORMATO,
          useFactory: (ejecutor: EjecutorDeComandos, p: Parametros, aplicador: AplicarPagoDeFormato, reloj: Reloj, diasHabiles: number) =>
            new RecibirPagoDeFormatoHandler({ ejecutor, entorno: entornoDe(p), aplicador, hoy: () => reloj.hoy(), plazoDeRegistro: { diasHabiles, calendarioDePagos: p.calendarioDePagos } }),
          inject: [EjecutorDeComandos, PARAMETROS, AplicarPagoDeFormato, RELOJ, PLAZO_DE_REGISTRO_DE_PAGOS],
        },
        PuestaAlDia,
      ],
      exports: [AplicarPagoDeFormato, EmitirFormatoDePagoHandler, RECEPTOR_DE_PAGOS_DE_FORMATO],
    };
  }
}
