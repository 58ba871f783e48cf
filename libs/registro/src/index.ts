// The application layer of the Registro de Otorgamiento de Servicios (ROS; LD arts. 5-6): use cases as plain
// handlers (domain command + command context -> the one command cycle), and the registry's read models.
export * from './comun/catalogo';
export * from './comun/reloj';
export * from './ordenes-de-pago/vigencia';
export * from './ordenes-de-pago/emitir-orden-de-pago.handler';
export * from './pagos/plazo-de-registro';
export * from './pagos/recibir-pago.handler';
export * from './servicios/acto-sobre-recibo';
export * from './servicios/registrar-servicio.handler';
export * from './servicios/emitir-constancia.handler';
export * from './servicios/solicitar-devolucion.handler';
export * from './servicios/emitir-orden-de-cobro.handler';
export * from './servicios/registrar-pago-de-diferencia.handler';
export * from './proyecciones';
export * from './eventos/tipos-de-eventos';
