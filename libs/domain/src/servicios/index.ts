export * from './servicio.flujo';
export * from './fecha-del-acto.policy';
export * from './servicio-registrado.commands';
export * from './servicio-registrado.events';
export * from './servicio-registrado.state';
export * from './servicio-registrado.decider';
export * from './accesorios-de-la-diferencia';
export { reciboPagado } from './reglas';
