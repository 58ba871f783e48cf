export * from './linea-de-formato';
export * from './formato-de-pago.flujo';
export * from './formato-de-pago.events';
export * from './formato-de-pago.commands';
export * from './formato-de-pago.decider';
export * from './reparto-del-pago';
