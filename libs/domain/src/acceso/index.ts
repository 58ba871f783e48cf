export * from './roles';
export * from './instante';
export * from './contrasena';
export * from './bloqueo';
export * from './sesion';
