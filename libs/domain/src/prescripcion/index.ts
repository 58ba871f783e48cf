export * from './reloj-de-prescripcion';
