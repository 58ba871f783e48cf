export * from './gastos-de-ejecucion';
