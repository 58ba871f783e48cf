// Injection tokens of the registry's application layer (plain symbols).
export const CATALOGO = Symbol('CATALOGO');
export const RELOJ = Symbol('RELOJ');
/** Business days a bank has to post a payment it received (decision 0207). */
export const PLAZO_DE_REGISTRO_DE_PAGOS = Symbol('PLAZO_DE_REGISTRO_DE_PAGOS');
/** Optional: the use case that takes a credit's formato de pago posted through POST /api/pagos (libs/creditos). */
export const RECEPTOR_DE_PAGOS_DE_FORMATO = Symbol('RECEPTOR_DE_PAGOS_DE_FORMATO');
