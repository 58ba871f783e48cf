export {
  calcularParcialidades,
  pagoInicialRequerido,
  PORCENTAJE_PAGO_INICIAL,
  type SolicitudDeParcialidades,
  type FilaDeParcialidad,
  type ConvenioCalculado,
} from './calendario-de-parcialidades';
export { calcularPagoDiferido, type SolicitudDePagoDiferido, type PagoDiferidoCalculado } from './pago-diferido';
export * from './reglas';
export * from './convenio-parcialidades.decider';
