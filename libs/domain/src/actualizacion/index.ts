export * from './inpc';
export * from './factor-de-actualizacion';
export * from './actualizacion';
