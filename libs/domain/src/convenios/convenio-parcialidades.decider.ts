// CHP arts. 41-42: the ConvenioParcialidades aggregate as a decider. Authorised with its schedule; each payment
// is applied in the order of art. 42 V; three instalments missed in time or amount, or the last one, revoke it
// (art. 42 IV c), as do the causes of art. 42 IV a-b. On revocation the unpaid balance becomes exigible again.
import Decimal from 'decimal.js';
import { Dec, aTexto, suma } from '../comun/importe';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { esFechaValida, type Fecha } from '../comun/fecha';
import type { Decider } from '../comun/decider';
import type { Calendario } from '../calendario/calendario';
import { aplicarPago } from '../pagos/aplicacion-de-pagos';
import { REGLA_ART_42_V } from '../pagos/regla-de-aplicacion';
import { FilaDeParcialidad, SolicitudDeParcialidades, calcularParcialidades, leerImporteEnCentavos, pagoInicialRequerido } from './calendario-de-parcialidades';
import { ContribucionSolicitada, contribucionesAdmitenPagoAPlazos } from './reglas';

export const INCUMPLIMIENTOS_PARA_REVOCAR = 3;

export type CausaDeRevocacion =
  | 'garantia-no-otorgada-o-insuficiente' // 42 IV a
  | 'concurso-mercantil-o-quiebra' // 42 IV b
  | 'tres-parcialidades-incumplidas' // 42 IV c
  | 'ultima-parcialidad-incumplida'; // 42 IV c

const FUNDAMENTO_REVOCACION: Record<CausaDeRevocacion, string> = {
  'garantia-no-otorgada-o-insuficiente': 'CHP art. 42 IV a',
  'concurso-mercantil-o-quiebra': 'CHP art. 42 IV b',
  'tres-parcialidades-incumplidas': 'CHP art. 42 IV c',
  'ultima-parcialidad-incumplida': 'CHP art. 42 IV c',
};

// ---- Commands ----
export type ComandoDeConvenio =
  | {
      type: 'AutorizarConvenio';
      data: {
        convenioId: string;
        creditoId: string;
        fechaDeAutorizacion: Fecha;
        solicitud: SolicitudDeParcialidades;
        contribuciones: readonly ContribucionSolicitada[];
        /** What the taxpayer paid at request (CHP art. 41 II: at least 20 % of the updated total). */
        pagoInicialRecibido: string;
      };
    }
  | { type: 'RegistrarPagoDeParcialidad'; data: { convenioId: string; numero: number; importe: string; fechaDePago: Fecha; referencia: string } }
  /** Run by the daily job with the business date: marks instalments whose due date passed unpaid. */
  | { type: 'DeclararParcialidadesVencidas'; data: { convenioId: string; fechaDeCorte: Fecha } }
  | { type: 'RevocarConvenio'; data: { convenioId: string; causa: 'garantia-no-otorgada-o-insuficiente' | 'concurso-mercantil-o-quiebra'; fecha: Fecha } };

// ---- Events ----
export type EventoDeConvenio =
  | {
      type: 'ConvenioAutorizado';
      data: {
        convenioId: string;
        creditoId: string;
        fechaDeSolicitud: Fecha;
        fechaDeAutorizacion: Fecha;
        montoTotalActualizado: string;
        pagoInicial: string;
        saldo: string;
        tasaMensualDeProrroga: string;
        parcialidades: FilaDeParcialidad[];
        garantia: string;
      };
    }
  | {
      type: 'ParcialidadPagada';
      data: {
        convenioId: string;
        numero: number;
        importe: string;
        fechaDePago: Fecha;
        referencia: string;
        aplicadoARecargosPorProrroga: string;
        aplicadoACapital: string;
        remanente: string;
        enTiempoYMonto: boolean;
      };
    }
  | { type: 'ParcialidadVencida'; data: { convenioId: string; numero: number; vencimiento: Fecha; incumplimientos: number } }
  | { type: 'ConvenioRevocado'; data: { convenioId: string; causa: CausaDeRevocacion; fecha: Fecha; saldoNoCubierto: string; fechaDelUltimoPago: Fecha; fundamento: string } }
  | { type: 'ConvenioLiquidado'; data: { convenioId: string; fecha: Fecha } };

// ---- State ----
interface ParcialidadEnCurso {
  readonly fila: FilaDeParcialidad;
  readonly recargosPagados: string;
  readonly capitalPagado: string;
  readonly cubierta: boolean;
  readonly incumplida: boolean;
}

export type EstadoDeConvenio =
  | { readonly estado: 'sin-convenio' }
  | {
      readonly estado: 'vigente' | 'revocado' | 'liquidado';
      readonly convenioId: string;
      readonly saldo: string;
      readonly fechaDeAutorizacion: Fecha;
      readonly parcialidades: readonly ParcialidadEnCurso[];
      readonly referencias: readonly string[];
      readonly incumplimientos: number;
      readonly fechaDelUltimoPago: Fecha;
    };

type Vigente = Extract<EstadoDeConvenio, { estado: 'vigente' | 'revocado' | 'liquidado' }>;

function exigirFecha(f: Fecha, campo: string): void {
  if (!esFechaValida(f)) throw valorInvalido('fecha-invalida', `El campo ${campo} no es una fecha válida (AAAA-MM-DD).`, campo);
}

function exigirVigente(estado: EstadoDeConvenio, convenioId: string): Vigente {
  if (estado.estado === 'sin-convenio') throw conflicto('convenio-inexistente', `No existe el convenio ${convenioId}.`, 'convenioId');
  if (estado.estado === 'revocado') throw conflicto('convenio-revocado', `El convenio ${convenioId} fue revocado: el saldo se cobra mediante el procedimiento administrativo de ejecución (CHP art. 42 IV).`, 'convenioId');
  if (estado.estado === 'liquidado') throw conflicto('convenio-liquidado', `El convenio ${convenioId} ya está liquidado.`, 'convenioId');
  return estado;
}

/** CHP art. 42 IV, last ¶: the unpaid balance is the capital not yet covered by the instalments paid. */
export function saldoNoCubierto(estado: Vigente): Decimal {
  return new Dec(estado.saldo).minus(suma(estado.parcialidades.map((p) => new Dec(p.capitalPagado))));
}

function revocacionPorIncumplimiento(estado: Vigente, nuevas: readonly number[], fecha: Fecha): EventoDeConvenio[] {
  const ultima = estado.parcialidades.length;
  const incumplimientos = estado.incumplimientos + nuevas.length;
  let causa: CausaDeRevocacion | null = null;
  if (incumplimientos >= INCUMPLIMIENTOS_PARA_REVOCAR) causa = 'tres-parcialidades-incumplidas';
  else if (nuevas.includes(ultima)) causa = 'ultima-parcialidad-incumplida';
  if (causa === null) return [];
  return [revocado(estado, causa, fecha)];
}

function revocado(estado: Vigente, causa: CausaDeRevocacion, fecha: Fecha): EventoDeConvenio {
  return {
    type: 'ConvenioRevocado',
    data: {
      convenioId: estado.convenioId,
      causa,
      fecha,
      saldoNoCubierto: aTexto(saldoNoCubierto(estado)),
      fechaDelUltimoPago: estado.fechaDelUltimoPago,
      fundamento: FUNDAMENTO_REVOCACION[causa],
    },
  };
}

export function crearDeciderDeConvenio(cal: Calendario): Decider<ComandoDeConvenio, EstadoDeConvenio, EventoDeConvenio> {
  const decide = (comando: ComandoDeConvenio, estado: EstadoDeConvenio): EventoDeConvenio[] => {
    switch (comando.type) {
      case 'AutorizarConvenio': {
        const c = comando.data;
        if (estado.estado !== 'sin-convenio') {
          if (estado.convenioId === c.convenioId) return [];
          throw conflicto('convenio-existente', `Ya existe el convenio ${estado.convenioId} en este flujo.`, 'convenioId');
        }
        exigirFecha(c.fechaDeAutorizacion, 'fechaDeAutorizacion');
        contribucionesAdmitenPagoAPlazos(c.contribuciones, c.solicitud.fechaDeSolicitud);
        const requerido = pagoInicialRequerido(c.solicitud.montoTotalActualizado);
        if (leerImporteEnCentavos(c.pagoInicialRecibido, 'pagoInicialRecibido').lt(requerido)) {
          throw reglaIncumplida('pago-inicial-insuficiente', `El campo pagoInicialRecibido debe cubrir al menos el 20 % del monto total actualizado: $${aTexto(requerido)}.`, 'pagoInicialRecibido', 'CHP art. 41 II');
        }
        const calculo = calcularParcialidades(cal, c.solicitud);
        return [{
          type: 'ConvenioAutorizado',
          data: {
            convenioId: c.convenioId,
            creditoId: c.creditoId,
            fechaDeSolicitud: c.solicitud.fechaDeSolicitud,
            fechaDeAutorizacion: c.fechaDeAutorizacion,
            montoTotalActualizado: aTexto(leerImporteEnCentavos(c.solicitud.montoTotalActualizado, 'montoTotalActualizado')),
            pagoInicial: calculo.pagoInicial,
            saldo: calculo.saldo,
            tasaMensualDeProrroga: c.solicitud.tasaMensualDeProrroga,
            parcialidades: [...calculo.tabla],
            garantia: calculo.garantia,
          },
        }];
      }
      case 'RegistrarPagoDeParcialidad': {
        const c = comando.data;
        if (estado.estado !== 'sin-convenio' && estado.referencias.includes(c.referencia)) return [];
        const vigente = exigirVigente(estado, c.convenioId);
        exigirFecha(c.fechaDePago, 'fechaDePago');
        const p = vigente.parcialidades.find((x) => x.fila.numero === c.numero);
        if (!p) throw reglaIncumplida('parcialidad-inexistente', `El campo numero (${c.numero}) no corresponde a una parcialidad del convenio.`, 'numero', 'CHP art. 42 I');
        if (p.cubierta) throw conflicto('parcialidad-cubierta', `La parcialidad ${c.numero} ya está cubierta.`, 'numero');
        const pendienteRecargos = new Dec(p.fila.recargosPorProrroga).minus(p.recargosPagados);
        const pendienteCapital = new Dec(p.fila.capital).minus(p.capitalPagado);
        const aplicacion = aplicarPago(c.importe, [
          { concepto: 'recargos-por-prorroga', periodo: String(c.numero).padStart(2, '0'), saldo: aTexto(pendienteRecargos) },
          { concepto: 'contribucion', periodo: String(c.numero).padStart(2, '0'), saldo: aTexto(pendienteCapital) },
        ], REGLA_ART_42_V);
        const aRecargos = new Dec(aplicacion.partes[0].aplicado);
        const aCapital = new Dec(aplicacion.partes[1].aplicado);
        const cubre = new Dec(aplicacion.totalPendiente).isZero();
        const enTiempoYMonto = cubre && !p.incumplida && c.fechaDePago <= p.fila.vencimiento;
        const eventos: EventoDeConvenio[] = [{
          type: 'ParcialidadPagada',
          data: {
            convenioId: vigente.convenioId, numero: c.numero, importe: aplicacion.pago, fechaDePago: c.fechaDePago, referencia: c.referencia,
            aplicadoARecargosPorProrroga: aTexto(aRecargos), aplicadoACapital: aTexto(aCapital), remanente: aplicacion.remanente, enTiempoYMonto,
          },
        }];
        // Paid after its due date and not yet counted: it is one instalment not met "en tiempo" (42 IV c).
        if (!p.incumplida && c.fechaDePago > p.fila.vencimiento) {
          eventos.push({ type: 'ParcialidadVencida', data: { convenioId: vigente.convenioId, numero: c.numero, vencimiento: p.fila.vencimiento, incumplimientos: vigente.incumplimientos + 1 } });
          const revoca = revocacionPorIncumplimiento(vigente, [c.numero], c.fechaDePago);
          if (revoca.length > 0) {
            const r = revoca[0] as Extract<EventoDeConvenio, { type: 'ConvenioRevocado' }>;
            return [...eventos, { ...r, data: { ...r.data, saldoNoCubierto: aTexto(saldoNoCubierto(vigente).minus(aCapital)), fechaDelUltimoPago: c.fechaDePago } }];
          }
        }
        const todasCubiertas = vigente.parcialidades.every((x) => x.cubierta || (x.fila.numero === c.numero && cubre));
        if (todasCubiertas) eventos.push({ type: 'ConvenioLiquidado', data: { convenioId: vigente.convenioId, fecha: c.fechaDePago } });
        return eventos;
      }
      case 'DeclararParcialidadesVencidas': {
        const c = comando.data;
        exigirFecha(c.fechaDeCorte, 'fechaDeCorte');
        if (estado.estado !== 'vigente') return [];
        const nuevas = estado.parcialidades.filter((p) => !p.cubierta && !p.incumplida && p.fila.vencimiento < c.fechaDeCorte);
        const eventos: EventoDeConvenio[] = nuevas.map((p, k) => ({
          type: 'ParcialidadVencida',
          data: { convenioId: estado.convenioId, numero: p.fila.numero, vencimiento: p.fila.vencimiento, incumplimientos: estado.incumplimientos + k + 1 },
        }));
        return [...eventos, ...revocacionPorIncumplimiento(estado, nuevas.map((p) => p.fila.numero), c.fechaDeCorte)];
      }
      case 'RevocarConvenio': {
        const c = comando.data;
        exigirFecha(c.fecha, 'fecha');
        if (estado.estado === 'revocado') return [];
        const vigente = exigirVigente(estado, c.convenioId);
        return [revocado(vigente, c.causa, c.fecha)];
      }
    }
  };

  return { decide, evolve: evolucionarConvenio, estadoInicial: () => ({ estado: 'sin-convenio' }) };
}

/** The fold of a convenio needs no calendar: a credit's stream folds its convenio events with it. */
export function evolucionarConvenio(estado: EstadoDeConvenio, evento: EventoDeConvenio): EstadoDeConvenio {
  switch (evento.type) {
    case 'ConvenioAutorizado':
      return {
        estado: 'vigente',
        convenioId: evento.data.convenioId,
        saldo: evento.data.saldo,
        fechaDeAutorizacion: evento.data.fechaDeAutorizacion,
        parcialidades: evento.data.parcialidades.map((fila) => ({ fila, recargosPagados: '0.00', capitalPagado: '0.00', cubierta: false, incumplida: false })),
        referencias: [],
        incumplimientos: 0,
        // The initial 20 % is paid at request: the last payment until an instalment is paid.
        fechaDelUltimoPago: evento.data.fechaDeSolicitud,
      };
    case 'ParcialidadPagada': {
      if (estado.estado === 'sin-convenio') return estado;
      const d = evento.data;
      return {
        ...estado,
        referencias: [...estado.referencias, d.referencia],
        fechaDelUltimoPago: d.fechaDePago > estado.fechaDelUltimoPago ? d.fechaDePago : estado.fechaDelUltimoPago,
        parcialidades: estado.parcialidades.map((p) => {
          if (p.fila.numero !== d.numero) return p;
          const recargosPagados = new Dec(p.recargosPagados).plus(d.aplicadoARecargosPorProrroga);
          const capitalPagado = new Dec(p.capitalPagado).plus(d.aplicadoACapital);
          const cubierta = recargosPagados.plus(capitalPagado).gte(p.fila.importe);
          return { ...p, recargosPagados: aTexto(recargosPagados), capitalPagado: aTexto(capitalPagado), cubierta };
        }),
      };
    }
    case 'ParcialidadVencida':
      if (estado.estado === 'sin-convenio') return estado;
      return {
        ...estado,
        incumplimientos: evento.data.incumplimientos,
        parcialidades: estado.parcialidades.map((p) => (p.fila.numero === evento.data.numero ? { ...p, incumplida: true } : p)),
      };
    case 'ConvenioRevocado':
      return estado.estado === 'sin-convenio' ? estado : { ...estado, estado: 'revocado' };
    case 'ConvenioLiquidado':
      return estado.estado === 'sin-convenio' ? estado : { ...estado, estado: 'liquidado' };
  }
}
