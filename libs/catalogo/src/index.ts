// Public surface of the Ley de Derechos catalog (LD arts. 21–52).
export * from './tipos';
export * from './catalogo';
export * from './importe-del-derecho';
