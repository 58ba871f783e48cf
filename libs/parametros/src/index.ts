// Dated parameter tables as data, and their loader (depends on libs/domain, never the reverse).
export * from './cargar-parametros';
export { leerCsv } from './csv';
