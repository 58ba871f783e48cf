// Public surface of the domain: pure TypeScript, importing only decimal.js and itself.
export * from './comun/importe';
export * from './comun/redondeo';
export * from './comun/errores';
export * from './comun/decider';
export * from './comun/fecha';
export * from './calendario';
export * from './comun/tabla-fechada';
export * from './comun/explicacion';
export * from './actualizacion';
export * from './recargos';
export * from './gastos-de-ejecucion';
export * from './adeudo';
export * from './adicional';
export * from './delegaciones';
export * from './pagos-de-derechos';
export * from './servicios';
export * from './acceso';
