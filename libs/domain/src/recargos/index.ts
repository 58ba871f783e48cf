export * from './meses-de-mora';
export * from './recargos';
