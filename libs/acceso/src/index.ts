// Access to the portal (decision 0205): users, passwords, sessions, lock-out and the users' bitácora, as plain
// services over SQL; Nest wiring in ./nest, HTTP in apps/api.
export * from './acceso';
export * from './contrasenas/cambio-de-contrasena';
export * from './contrasenas/contrasenas';
export * from './contrasenas/contrasenas-comunes';
export * from './contrasenas/semaforo';
export * from './errores';
export * from './esquema';
export * from './intentos/intentos-fallidos';
export * from './sesion-activa';
export * from './sesiones/sesiones.service';
export * from './usuarios/admin-inicial';
export * from './usuarios/bitacora-de-usuarios';
export * from './usuarios/usuario';
export * from './usuarios/usuarios.service';
