export * from './configuracion';
export * from './logs/opciones-de-log';
export * from './logs/datos-personales';
