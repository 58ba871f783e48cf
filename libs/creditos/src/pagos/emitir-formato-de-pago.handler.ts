// A formato de pago for some of one taxpayer's credits (issue 11, item 2; decision 0208): each credit's amount owed
// on the validity date, explained as the estado de cuenta explains it (CHP arts. 43-45, 113), summed under one
// línea de captura. A credit that is not the taxpayer's answers as an unknown one, so ids cannot be probed.
import {
  exigirVigencia, flujoDeFormatoDePago, formatoDePagoDecider, noEncontrado, normalizarContribuyente, unirAdvertencias, valorInvalido, vigenciaMaxima, type ComandoFormatoDePago, type ContribuyenteNormalizado, type EmitirFormatoDePago, type EntornoDeCredito, type Fecha, type FormatoDePagoEmitido,
} from '@tesoreria/domain';
import type { ContextoDeComando, EjecutorDeComandos } from '@tesoreria/command-handling';
import { adeudoExplicado } from '../proyecciones/estado-de-cuenta/explicacion-del-adeudo';
import { admitePago, estadoDelCredito } from './creditos-del-flujo';

export interface SolicitudDeFormato {
  readonly rfc?: string;
  readonly curp?: string;
  readonly creditos: readonly string[];
  /** Defaults to the last day of the month of issue, its bound (decision 0208). */
  readonly fechaVigencia?: Fecha;
}

export type FormatoDePago = FormatoDePagoEmitido['data'];

export class EmitirFormatoDePagoHandler {
  constructor(private readonly d: { readonly ejecutor: EjecutorDeComandos; readonly entorno: EntornoDeCredito }) {}

  /** `contexto.fechaEfecto` is the date of issue. */
  async ejecutar(s: SolicitudDeFormato, contexto: ContextoDeComando): Promise<FormatoDePago> {
    if (!s.rfc && !s.curp) throw valorInvalido('contribuyente-sin-identificacion', 'Indique el RFC o la CURP del contribuyente (rfc).', 'rfc');
    const quien = normalizarContribuyente({ ...(s.rfc ? { rfc: s.rfc } : {}), ...(s.curp ? { curp: s.curp } : {}), nombre: 'contribuyente' });
    const fechaVigencia = s.fechaVigencia ?? vigenciaMaxima(contexto.fechaEfecto);
    exigirVigencia(contexto.fechaEfecto, fechaVigencia);
    const store = this.d.ejecutor.store;
    let contribuyente: ContribuyenteNormalizado | null = null;
    const creditos: EmitirFormatoDePago['data']['creditos'][number][] = [];
    const advertencias: string[][] = [];
    for (const creditoId of s.creditos) {
      const estado = await estadoDelCredito(store, creditoId);
      const c = estado.credito;
      const suyo = c !== null && ((quien.rfc !== null && c.contribuyente.rfc === quien.rfc) || (quien.curp !== null && c.contribuyente.curp === quien.curp));
      if (!suyo) throw noEncontrado('credito-no-encontrado', `No existe el crédito ${creditoId} del contribuyente (creditos).`, 'creditos');
      contribuyente ??= c.contribuyente;
      const a = adeudoExplicado(estado, fechaVigencia, this.d.entorno.tablasDeAdeudo);
      advertencias.push(a.advertencias);
      creditos.push({
        creditoId, periodo: c.periodo, fechaDeterminacion: c.fechaDeterminacion, historicoPendiente: a.historicoPendiente, actualizacion: a.actualizacion,
        recargos: a.recargos, gastosDeEjecucion: a.gastosDeEjecucion, multas: a.multas, indemnizacionCheque: a.indemnizacionCheque, total: a.total,
        vivo: admitePago(estado), rfc: c.contribuyente.rfc, curp: c.contribuyente.curp,
      });
    }
    const r = await this.d.ejecutor.ejecutar({
      consecutivo: 'numero_formato_de_pago',
      flujo: flujoDeFormatoDePago,
      decider: formatoDePagoDecider,
      comando: (numero: number): ComandoFormatoDePago => ({
        type: 'EmitirFormatoDePago',
        data: { numero, contribuyente: contribuyente ?? { ...quien, nombre: '' }, creditos, fechaEmision: contexto.fechaEfecto, fechaVigencia, advertencias: unirAdvertencias(...advertencias) },
      }),
      contexto,
    });
    if (r.estado.estado === 'sin-emitir') throw new Error('El formato de pago no quedó emitido');
    return r.estado.formato;
  }
}
