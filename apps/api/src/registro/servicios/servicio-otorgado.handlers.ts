// ROS and LD arts. 5-6: what an agency does with a recibo oficial, one stream per receipt
// (`servicio-otorgado-{folio}`): register the service it granted (one receipt, one service), state that it did
// not provide it (constancia de no prestación, for the refund of LD art. 6 I), or authorise collecting a tariff
// difference with its accessories (LD art. 6 II). The receipt comes from the read model, the tariff line from
// the catalog in force on the date of the act; the decider judges.
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  accesoriosDeLaDiferencia,
  reciboPagado,
  reglaIncumplida,
  servicioOtorgadoDecider,
  type EstadoServicioOtorgado,
  type Fecha,
  type ReciboParaServicio,
} from '@tesoreria/domain';
import { derechoPorClave, type CatalogoDeDerechos } from '@tesoreria/catalogo';
import type { Parametros } from '@tesoreria/parametros';
import { PARAMETROS } from '../../calculos/parametros.provider';
import { EjecutorDeComandos, type ResultadoDeComando } from '../../plataforma/ejecutor-de-comandos';
import { aLineaDeTarifa, lineaVigente } from '../comun/catalogo';
import { contextoDe, type SesionActiva } from '../comun/contexto';
import { LectorDeRegistro, reciboParaServicio, type FilaRecibo } from '../comun/lector-de-registro.service';
import type { Reloj } from '../comun/reloj';
import { CATALOGO, RELOJ } from '../comun/tokens';
import type {
  EmitirConstanciaDto,
  EmitirOrdenDeCobroDto,
  RegistrarPagoDeDiferenciaDto,
  RegistrarServicioDto,
  SolicitarDevolucionDto,
} from './dto/servicios.dto';

export class RegistrarServicioCommand {
  constructor(readonly dto: RegistrarServicioDto, readonly sesion: SesionActiva) {}
}
export class EmitirConstanciaCommand {
  constructor(readonly dto: EmitirConstanciaDto, readonly sesion: SesionActiva) {}
}
export class SolicitarDevolucionCommand {
  constructor(readonly dto: SolicitarDevolucionDto, readonly sesion: SesionActiva) {}
}
export class EmitirOrdenDeCobroCommand {
  constructor(readonly dto: EmitirOrdenDeCobroDto, readonly sesion: SesionActiva) {}
}
export class RegistrarPagoDeDiferenciaCommand {
  constructor(readonly dto: RegistrarPagoDeDiferenciaDto, readonly sesion: SesionActiva) {}
}

export interface ResultadoDeActo {
  readonly estado: EstadoServicioOtorgado;
  /** True when the same act had been recorded before: nothing new was written. */
  readonly duplicado: boolean;
  readonly advertencias: readonly string[];
}

const flujo = (folio: string) => `servicio-otorgado-${folio}`;

/** The receipt and clock every act needs. */
abstract class ActoSobreRecibo {
  constructor(
    protected readonly ejecutor: EjecutorDeComandos,
    protected readonly lector: LectorDeRegistro,
    protected readonly catalogo: CatalogoDeDerechos,
    protected readonly reloj: Reloj,
  ) {}

  /**
   * The receipt an agency acts on. A receipt of another agency's derecho is refused exactly as an unknown folio,
   * and both before the decider looks at anything else: otherwise the answer (already used, with whom; another
   * derecho; a malformed field of the request) would tell which folios exist and who was served (issue 9, item 11).
   */
  protected async recibo(folio: string, sesion: SesionActiva): Promise<ReciboParaServicio | null> {
    const propio = (f: FilaRecibo) => sesion.rol !== 'dependencia' || derechoPorClave(this.catalogo, f.clave_derecho)?.dependencia === sesion.dependencia;
    const f = await this.lector.reciboVisible(folio, propio);
    // The decider's own refusal of a missing receipt, before any other check could answer differently.
    if (!f) reciboPagado(null, folio);
    return reciboParaServicio(f);
  }

  /**
   * The catalog line in force on the date of the act. A date before the payment has no line when it also precedes
   * the catalog's first tariff; the line of the payment date then lets the decider give the real refusal
   * (LD art. 5, servicio-antes-del-pago) rather than an unknown derecho.
   */
  protected linea(clave: string | undefined, fecha: Fecha, recibo: ReciboParaServicio | null) {
    if (!clave) return null;
    const l = lineaVigente(this.catalogo, clave, fecha) ?? (recibo && fecha < recibo.fechaPago ? lineaVigente(this.catalogo, clave, recibo.fechaPago) : null);
    return l ? aLineaDeTarifa(l) : null;
  }

  /** An agency records what happened, not what will: a date after today is refused (naming the field). */
  protected noFutura(fecha: Fecha, campo: string): void {
    if (fecha > this.reloj.hoy()) throw reglaIncumplida('fecha-futura', `La fecha (${fecha}) es posterior a hoy (${campo}).`, campo);
  }

  protected resultado(r: ResultadoDeComando<EstadoServicioOtorgado>, advertencias: readonly string[] = []): ResultadoDeActo {
    return { estado: r.estado, duplicado: r.duplicado || r.eventos.length === 0, advertencias };
  }
}

@CommandHandler(RegistrarServicioCommand)
export class RegistrarServicioHandler extends ActoSobreRecibo implements ICommandHandler<RegistrarServicioCommand, ResultadoDeActo> {
  constructor(ejecutor: EjecutorDeComandos, lector: LectorDeRegistro, @Inject(CATALOGO) catalogo: CatalogoDeDerechos, @Inject(RELOJ) reloj: Reloj) {
    super(ejecutor, lector, catalogo, reloj);
  }

  async execute({ dto, sesion }: RegistrarServicioCommand): Promise<ResultadoDeActo> {
    this.noFutura(dto.fechaOtorgamiento, 'fechaOtorgamiento');
    const recibo = await this.recibo(dto.folioRecibo, sesion);
    const r = await this.ejecutor.ejecutar(
      flujo(dto.folioRecibo),
      servicioOtorgadoDecider,
      {
        type: 'RegistrarServicio',
        data: {
          folioRecibo: dto.folioRecibo,
          dependencia: sesion.dependencia ?? '',
          recibo,
          lineaDeTarifa: this.linea(dto.claveDerecho, dto.fechaOtorgamiento, recibo),
          claveDerecho: dto.claveDerecho,
          fechaOtorgamiento: dto.fechaOtorgamiento,
          receptor: { nombre: dto.receptor.nombre, identificacion: dto.receptor.identificacion },
        },
      },
      contextoDe(sesion, dto.fechaOtorgamiento),
    );
    return this.resultado(r);
  }
}

@CommandHandler(EmitirConstanciaCommand)
export class EmitirConstanciaHandler extends ActoSobreRecibo implements ICommandHandler<EmitirConstanciaCommand, ResultadoDeActo> {
  constructor(ejecutor: EjecutorDeComandos, lector: LectorDeRegistro, @Inject(CATALOGO) catalogo: CatalogoDeDerechos, @Inject(RELOJ) reloj: Reloj) {
    super(ejecutor, lector, catalogo, reloj);
  }

  async execute({ dto, sesion }: EmitirConstanciaCommand): Promise<ResultadoDeActo> {
    this.noFutura(dto.fechaEmision, 'fechaEmision');
    const recibo = await this.recibo(dto.folioRecibo, sesion);
    const r = await this.ejecutor.ejecutar(
      flujo(dto.folioRecibo),
      servicioOtorgadoDecider,
      {
        type: 'EmitirConstanciaDeNoPrestacion',
        data: {
          folioRecibo: dto.folioRecibo,
          dependencia: sesion.dependencia ?? '',
          recibo,
          lineaDeTarifa: this.linea(recibo?.claveDerecho, dto.fechaEmision, recibo),
          fechaEmision: dto.fechaEmision,
          motivo: dto.motivo,
        },
      },
      contextoDe(sesion, dto.fechaEmision),
    );
    return this.resultado(r);
  }
}

@CommandHandler(SolicitarDevolucionCommand)
export class SolicitarDevolucionHandler extends ActoSobreRecibo implements ICommandHandler<SolicitarDevolucionCommand, ResultadoDeActo> {
  constructor(ejecutor: EjecutorDeComandos, lector: LectorDeRegistro, @Inject(CATALOGO) catalogo: CatalogoDeDerechos, @Inject(RELOJ) reloj: Reloj) {
    super(ejecutor, lector, catalogo, reloj);
  }

  async execute({ dto, sesion }: SolicitarDevolucionCommand): Promise<ResultadoDeActo> {
    this.noFutura(dto.fechaSolicitud, 'fechaSolicitud');
    const r = await this.ejecutor.ejecutar(
      flujo(dto.folioRecibo),
      servicioOtorgadoDecider,
      { type: 'SolicitarDevolucion', data: { folioRecibo: dto.folioRecibo, fechaSolicitud: dto.fechaSolicitud } },
      contextoDe(sesion, dto.fechaSolicitud),
    );
    return this.resultado(r);
  }
}

@CommandHandler(EmitirOrdenDeCobroCommand)
export class EmitirOrdenDeCobroHandler extends ActoSobreRecibo implements ICommandHandler<EmitirOrdenDeCobroCommand, ResultadoDeActo> {
  constructor(
    ejecutor: EjecutorDeComandos,
    lector: LectorDeRegistro,
    @Inject(CATALOGO) catalogo: CatalogoDeDerechos,
    @Inject(RELOJ) reloj: Reloj,
    @Inject(PARAMETROS) private readonly parametros: Parametros,
  ) {
    super(ejecutor, lector, catalogo, reloj);
  }

  async execute({ dto, sesion }: EmitirOrdenDeCobroCommand): Promise<ResultadoDeActo> {
    this.noFutura(dto.fechaPrestacion, 'fechaPrestacion');
    const recibo = await this.recibo(dto.folioRecibo, sesion);
    const linea = this.linea(recibo?.claveDerecho, dto.fechaPrestacion, recibo);
    // LD art. 6 II, decision 0206: accessories from the payment date to the date of the service.
    const { accesorios, advertencias } = recibo
      ? accesoriosDeLaDiferencia(recibo, linea, dto.fechaPrestacion, this.parametros.tablasDeAdeudo)
      : { accesorios: { actualizacion: '0.00', recargos: '0.00' }, advertencias: [] };
    const r = await this.ejecutor.ejecutar(
      flujo(dto.folioRecibo),
      servicioOtorgadoDecider,
      {
        type: 'EmitirOrdenDeAutorizacionDeCobro',
        data: { folioRecibo: dto.folioRecibo, dependencia: sesion.dependencia ?? '', recibo, lineaDeTarifa: linea, fechaPrestacion: dto.fechaPrestacion, accesorios },
      },
      contextoDe(sesion, dto.fechaPrestacion),
    );
    return this.resultado(r, advertencias);
  }
}

@CommandHandler(RegistrarPagoDeDiferenciaCommand)
export class RegistrarPagoDeDiferenciaHandler extends ActoSobreRecibo implements ICommandHandler<RegistrarPagoDeDiferenciaCommand, ResultadoDeActo> {
  constructor(ejecutor: EjecutorDeComandos, lector: LectorDeRegistro, @Inject(CATALOGO) catalogo: CatalogoDeDerechos, @Inject(RELOJ) reloj: Reloj) {
    super(ejecutor, lector, catalogo, reloj);
  }

  async execute({ dto, sesion }: RegistrarPagoDeDiferenciaCommand): Promise<ResultadoDeActo> {
    this.noFutura(dto.fechaPago, 'fechaPago');
    const r = await this.ejecutor.ejecutar(
      flujo(dto.folioRecibo),
      servicioOtorgadoDecider,
      {
        type: 'RegistrarPagoDeDiferencia',
        data: { folioRecibo: dto.folioRecibo, folioReciboDiferencia: dto.folioReciboDiferencia, importe: dto.importe, fechaPago: dto.fechaPago },
      },
      contextoDe(sesion, dto.fechaPago),
    );
    return this.resultado(r);
  }
}

export const HANDLERS_DE_SERVICIOS = [
  RegistrarServicioHandler,
  EmitirConstanciaHandler,
  SolicitarDevolucionHandler,
  EmitirOrdenDeCobroHandler,
  RegistrarPagoDeDiferenciaHandler,
];
