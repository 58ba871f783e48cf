export * from './servicio.flujo';
export * from './servicio-otorgado.commands';
export * from './servicio-otorgado.events';
export * from './servicio-otorgado.state';
export * from './servicio-otorgado.decider';
export * from './accesorios-de-la-diferencia';
export { reciboPagado } from './reglas';
