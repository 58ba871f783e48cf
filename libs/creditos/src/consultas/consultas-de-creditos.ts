// What the api, the pages and the jobs read about credits, each read first waiting for the request's own write
// (AlcanceDeLectura of libs/registro: read-your-writes). The credit as of a date gathers its account (bases and
// payments), its PAE stage and next legal deadline, its clocks and what it owes explained.
import { relojesDelCredito, type EntornoDeCredito, type Fecha } from '@tesoreria/domain';
import type { SqlDatabase } from '@tesoreria/event-store';
import type { AlcanceDeLectura } from '@tesoreria/registro';
import { cuentaDelCredito, historialDelCredito, listarCreditos, type FiltrosDeCreditos, type Pagina } from '../proyecciones/cuenta-del-credito/cuenta-del-credito.queries';
import { adeudoDelCredito, estadoDeCuenta } from '../proyecciones/estado-de-cuenta/estado-de-cuenta.queries';
import { etapaDelPae } from '../proyecciones/etapa-del-pae/etapa-del-pae.queries';
import { estadoDelPago } from '../proyecciones/estado-de-pagos/estado-de-pagos.queries';
import { proximoVencimiento } from '../proyecciones/vencimientos/vencimientos.queries';

export class ConsultasDeCreditos {
  private readonly parametros: { entorno: EntornoDeCredito; version: string };

  constructor(
    private readonly db: SqlDatabase,
    entorno: EntornoDeCredito,
    version: string,
    private readonly alcance: Pick<AlcanceDeLectura, 'alcanzar'>,
  ) {
    this.parametros = { entorno, version };
  }

  get entorno(): EntornoDeCredito {
    return this.parametros.entorno;
  }

  /** Waits until the read models show what this request wrote. */
  alcanzar(): Promise<void> {
    return this.alcance.alcanzar();
  }

  /** A payment's status: every credit it reached, what it covered by concept, and what was left (arts. 50-53, 166). */
  async pago(pagoId: string) {
    await this.alcance.alcanzar();
    return estadoDelPago(this.db, pagoId);
  }

  /** The credit as of `fecha`: stage, deadlines, clocks, balance by concept; null when it does not exist. */
  async credito(creditoId: string, fecha: Fecha) {
    await this.alcance.alcanzar();
    const cuenta = await cuentaDelCredito(this.db, creditoId);
    if (!cuenta) return null;
    const { estado, ...resto } = cuenta;
    const etapa = await etapaDelPae(this.db, creditoId, fecha, this.entorno);
    const relojes = relojesDelCredito(estado, this.entorno.calendario, fecha);
    const adeudo = await adeudoDelCredito(this.db, creditoId, fecha, this.parametros);
    return {
      ...resto,
      fecha,
      etapa: etapa?.etapa ?? resto.etapa,
      etapaDesde: etapa?.desde ?? resto.etapaDesde,
      plazos: etapa?.plazos ?? [],
      proximoPlazo: etapa?.proximoPlazo ?? null,
      proximoVencimientoDelBarrido: await proximoVencimiento(this.db, creditoId, this.entorno),
      relojes,
      adeudo,
    };
  }

  async listar(filtros: FiltrosDeCreditos, pagina: Pagina) {
    await this.alcance.alcanzar();
    return listarCreditos(this.db, filtros, pagina);
  }

  async eventos(creditoId: string) {
    await this.alcance.alcanzar();
    return (await cuentaDelCredito(this.db, creditoId)) ? historialDelCredito(this.db, creditoId) : null;
  }

  async adeudo(creditoId: string, fecha: Fecha) {
    await this.alcance.alcanzar();
    return adeudoDelCredito(this.db, creditoId, fecha, this.parametros);
  }

  async estadoDeCuenta(contribuyente: { rfc?: string; curp?: string }, fecha: Fecha) {
    await this.alcance.alcanzar();
    return estadoDeCuenta(this.db, contribuyente, fecha, this.parametros);
  }

  /** Whether the credit is the taxpayer's (by RFC or CURP): the citizen's second identifier. */
  async esDelContribuyente(creditoId: string, identificador: string): Promise<boolean> {
    await this.alcance.alcanzar();
    const c = await cuentaDelCredito(this.db, creditoId);
    return c !== null && (c.contribuyente.rfc === identificador || c.contribuyente.curp === identificador);
  }
}
