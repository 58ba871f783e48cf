// Injection tokens of the Registro de Otorgamiento de Servicios.
export const CATALOGO = Symbol('CATALOGO');
export const RELOJ = Symbol('RELOJ');
