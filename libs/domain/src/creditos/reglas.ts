// Guards shared by the stages of the CreditoFiscal decider. Each throws a typed refusal that names the field
// and, for a rule of the law, its article.
import Decimal from 'decimal.js';
import { Dec, esImporteValido } from '../comun/importe';
import { conflicto, reglaIncumplida, valorInvalido } from '../comun/errores';
import { esFechaValida, type Fecha } from '../comun/fecha';
import type { EstadoDeCredito } from './credito-fiscal.state';
import type { CreditoDeterminado } from './credito-fiscal.events';

export function exigirFecha(f: unknown, campo: string): Fecha {
  if (!esFechaValida(f)) throw valorInvalido('fecha-invalida', `El campo ${campo} no es una fecha válida (AAAA-MM-DD).`, campo);
  return f;
}

export function exigirImportePositivo(texto: unknown, campo: string): Decimal {
  if (!esImporteValido(texto) || !/^\d+(\.\d{1,2})?$/.test(texto) || new Dec(texto).lte(0)) {
    throw valorInvalido('importe-invalido', `El campo ${campo} debe ser un importe mayor que cero en pesos con a lo más dos decimales.`, campo);
  }
  return new Dec(texto);
}

export function exigirTexto(texto: unknown, campo: string, min = 1, max = 500): string {
  const t = typeof texto === 'string' ? texto.trim().replace(/\s+/g, ' ') : '';
  if (t.length < min || t.length > max) throw valorInvalido('texto-invalido', `El campo ${campo} debe tener de ${min} a ${max} caracteres.`, campo);
  return t;
}

/** The credit exists and is not extinguished (paid, prescribed or cancelled). */
export function exigirCreditoVivo(estado: EstadoDeCredito, creditoId: string): CreditoDeterminado['data'] {
  if (!estado.credito) throw conflicto('credito-inexistente', `No existe el crédito ${creditoId}.`, 'creditoId');
  if (estado.extincion) {
    throw conflicto('credito-extinguido', `El crédito ${creditoId} ya está ${estado.extincion.como} desde el ${estado.extincion.fecha}.`, 'creditoId');
  }
  return estado.credito;
}

export function noAnteriorA(f: Fecha, referencia: Fecha, campo: string, codigo: string, que: string, fundamento?: string): void {
  if (f < referencia) throw reglaIncumplida(codigo, `El campo ${campo} (${f}) no puede ser anterior a ${que} (${referencia}).`, campo, fundamento);
}

/**
 * CHP arts. 111, 117: the PAE enforces exigible credits only; arts. 30 and 182: not while suspended;
 * art. 37 IV: not while a convenio is in force.
 */
export function exigirPaeEnCurso(estado: EstadoDeCredito, campo: string): void {
  if (estado.convenio.estado === 'vigente') {
    throw reglaIncumplida('credito-en-convenio', 'El crédito se paga en parcialidades conforme a un convenio vigente: no procede el procedimiento administrativo de ejecución (creditoId).', 'creditoId', 'CHP arts. 37 IV y 42');
  }
  if (!estado.exigible) {
    throw reglaIncumplida('credito-no-exigible', `El crédito no es exigible: el procedimiento administrativo de ejecución sólo procede sobre créditos exigibles (${campo}).`, campo, 'CHP arts. 111 y 117');
  }
  if (estado.pae.suspension) {
    throw reglaIncumplida('pae-suspendido', `El procedimiento administrativo de ejecución está suspendido desde el ${estado.pae.suspension.fecha} (${campo}).`, campo, 'CHP arts. 30 y 182');
  }
}
