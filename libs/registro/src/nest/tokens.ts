// Injection tokens of the registry's application layer (plain symbols).
export const CATALOGO = Symbol('CATALOGO');
export const RELOJ = Symbol('RELOJ');
/** Business days a bank has to post a payment it received (decision 0207). */
export const PLAZO_DE_REGISTRO_DE_PAGOS = Symbol('PLAZO_DE_REGISTRO_DE_PAGOS');
