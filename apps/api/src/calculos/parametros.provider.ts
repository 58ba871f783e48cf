// The parameter tables are provided by libs/parametros/src/nest/parametros.module.ts.
export { PARAMETROS } from '@tesoreria/parametros/nest/parametros.module';
