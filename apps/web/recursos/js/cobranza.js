// What the cobranza pages share: who may read them (the roles of apps/api/src/creditos/comun.ts), the names of the
// stages, and the links between the list, the credit and the taxpayer. The server decides every act: these
// names only label what the API answers.
import { $, sesionOAcceso } from './comun.js';

const LEEN = ['cobranza', 'auditor', 'direccion'];

export const ETAPAS = {
  determinado: 'Determinado', notificado: 'Notificado', exigible: 'Exigible', 'en-convenio': 'En convenio de pago en parcialidades',
  requerido: 'Requerido de pago', embargado: 'Embargado', valuado: 'Bienes valuados', 'convocado-a-remate': 'Convocado a remate',
  rematado: 'Rematado', adjudicado: 'Adjudicado al fisco', suspendido: 'PAE suspendido', pagado: 'Pagado', prescrito: 'Prescrito',
  cancelado: 'Cancelado', anulado: 'Anulado',
};

export const etapa = (clave) => ETAPAS[clave] || clave || '';

/** The session if its role reads credits; otherwise says so in #sesion and answers null (no API call is made). */
export async function sesionDeCobranza() {
  const sesion = await sesionOAcceso();
  if (!sesion) return null;
  if (!LEEN.includes(sesion.rol)) {
    $('sesion').textContent = `Su usuario (${sesion.usuario}, rol ${sesion.rol}) no consulta créditos fiscales: esta sección es de cobranza, auditoría y dirección.`;
    return null;
  }
  $('sesion').textContent = `Sesión de ${sesion.nombre} (${sesion.usuario}), rol ${sesion.rol}.`;
  return sesion;
}

/** A link to a page of the area with one query parameter. */
export function enlace(ruta, parametro, valor, texto) {
  const a = document.createElement('a');
  a.href = `${ruta}?${parametro}=${encodeURIComponent(valor)}`;
  a.textContent = texto || valor;
  return a;
}

export const aCredito = (id, texto) => enlace('/cobranza/credito', 'id', id, texto);
export const aContribuyente = (rfc, texto) => enlace('/cobranza/contribuyente', 'rfc', rfc, texto);

/** A parameter of the page's own address, or ''. */
export const parametro = (nombre) => new URLSearchParams(location.search).get(nombre) || '';
