// CHP arts. 50-51 (and 42 V under a convenio): one function applies a payment to the buckets of a debt
// (concepto × periodo) in the order the rule gives as data; the remainder is the saldo a favor.
import Decimal from 'decimal.js';
import { CERO, Dec, aTexto, esImporteValido, suma } from '../comun/importe';
import { valorInvalido } from '../comun/errores';
import type { PartidaDeDesglose, ResultadoExplicado } from '../comun/explicacion';
import { CONCEPTOS_DE_ADEUDO, ConceptoDeAdeudo, ReglaDeAplicacion } from './regla-de-aplicacion';

export interface Adeudo {
  readonly concepto: ConceptoDeAdeudo;
  /** Period the part belongs to, sortable as text ('2023', '2023-04', '2023-B2'); oldest sorts first. */
  readonly periodo: string;
  /** What is still owed of this part, in pesos with at most two decimals. */
  readonly saldo: string;
  /** Optional: which contribution or credit it belongs to (art. 51 orders within one contribution). */
  readonly contribucion?: string;
}

export interface ParteAplicada {
  readonly concepto: ConceptoDeAdeudo;
  readonly periodo: string;
  readonly contribucion?: string;
  readonly adeudado: string;
  readonly aplicado: string;
  readonly pendiente: string;
  readonly fundamento: string;
}

export interface ResultadoDeAplicacion extends ResultadoExplicado {
  readonly pago: string;
  /** Every bucket, in the order the rule visits them, with what it received and what remains. */
  readonly partes: readonly ParteAplicada[];
  readonly totalAplicado: string;
  readonly totalPendiente: string;
  /** What the payment exceeds the debt by: a saldo a favor of the payer (CHP art. 53 governs its refund). */
  readonly remanente: string;
}

const CENTAVOS = /^\d{1,15}(\.\d{1,2})?$/;

function leerImporte(texto: string, campo: string): Decimal {
  if (!esImporteValido(texto) || !CENTAVOS.test(texto)) {
    throw valorInvalido('importe-invalido', `El campo ${campo} debe ser un importe no negativo en pesos con a lo más dos decimales.`, campo);
  }
  return new Dec(texto);
}

function validarRegla(regla: ReglaDeAplicacion): Map<ConceptoDeAdeudo, number> {
  const rango = new Map<ConceptoDeAdeudo, number>();
  regla.rangos.forEach((r, i) => {
    for (const c of r.conceptos) {
      if (!(CONCEPTOS_DE_ADEUDO as readonly string[]).includes(c) || rango.has(c)) {
        throw valorInvalido('regla-de-aplicacion-invalida', `La regla de aplicación repite o desconoce el concepto "${c}".`, 'regla');
      }
      rango.set(c, i);
    }
  });
  return rango;
}

/** Orders the buckets as the rule says; ties keep the order in which the debts were given (stable sort). */
export function ordenarAdeudos<T extends Adeudo>(adeudos: readonly T[], regla: ReglaDeAplicacion): T[] {
  const rango = validarRegla(regla);
  const claves = adeudos.map((a, i) => {
    const r = rango.get(a.concepto);
    if (r === undefined) {
      throw valorInvalido('concepto-sin-orden', `La regla "${regla.nombre}" no ordena el concepto "${a.concepto}" de adeudos[${i}].`, `adeudos[${i}].concepto`);
    }
    return { a, i, r };
  });
  claves.sort((x, y) => {
    const porPeriodo = x.a.periodo < y.a.periodo ? -1 : x.a.periodo > y.a.periodo ? 1 : 0;
    const porRango = x.r - y.r;
    const primero = regla.prioridad === 'periodo' ? porPeriodo || porRango : porRango || porPeriodo;
    return primero || x.i - y.i;
  });
  return claves.map((k) => k.a);
}

export function aplicarPago(pago: string, adeudos: readonly Adeudo[], regla: ReglaDeAplicacion): ResultadoDeAplicacion {
  const montoPago = leerImporte(pago, 'pago');
  adeudos.forEach((a, i) => leerImporte(a.saldo, `adeudos[${i}].saldo`));
  const rango = validarRegla(regla);

  let disponible = montoPago;
  const partes: ParteAplicada[] = [];
  const desglose: PartidaDeDesglose[] = [{ concepto: 'Pago recibido', articulo: regla.fundamento, detalle: regla.nombre, importe: aTexto(montoPago) }];

  for (const a of ordenarAdeudos(adeudos, regla)) {
    const adeudado = new Dec(a.saldo);
    const aplicado = Decimal.min(adeudado, disponible);
    disponible = disponible.minus(aplicado);
    const fundamento = regla.rangos[rango.get(a.concepto)!].fundamento;
    partes.push({
      concepto: a.concepto,
      periodo: a.periodo,
      ...(a.contribucion !== undefined ? { contribucion: a.contribucion } : {}),
      adeudado: aTexto(adeudado),
      aplicado: aTexto(aplicado),
      pendiente: aTexto(adeudado.minus(aplicado)),
      fundamento,
    });
    if (aplicado.gt(0)) {
      const resta = adeudado.minus(aplicado);
      desglose.push({
        concepto: `Aplicado a ${a.concepto}, periodo ${a.periodo}`,
        articulo: fundamento,
        detalle: resta.isZero() ? `cubre el adeudo de $${aTexto(adeudado)}` : `cubre $${aTexto(aplicado)} de $${aTexto(adeudado)}; quedan $${aTexto(resta)}`,
        importe: aTexto(aplicado),
      });
    }
  }

  const totalAplicado = suma(partes.map((p) => new Dec(p.aplicado)));
  const totalPendiente = suma(partes.map((p) => new Dec(p.pendiente)));
  if (disponible.gt(CERO)) {
    desglose.push({ concepto: 'Remanente a favor del contribuyente', articulo: 'CHP art. 53', detalle: 'el pago excede el adeudo; el excedente se devuelve o compensa', importe: aTexto(disponible) });
  }
  if (totalPendiente.gt(CERO)) {
    desglose.push({ concepto: 'Adeudo que queda pendiente', articulo: regla.fundamento, detalle: 'el pago no cubre la totalidad del adeudo', importe: aTexto(totalPendiente) });
  }
  return {
    pago: aTexto(montoPago),
    partes,
    totalAplicado: aTexto(totalAplicado),
    totalPendiente: aTexto(totalPendiente),
    remanente: aTexto(disponible),
    advertencias: [],
    desglose,
  };
}
