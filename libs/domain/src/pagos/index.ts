export * from './regla-de-aplicacion';
export * from './aplicacion-de-pagos';
