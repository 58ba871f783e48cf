// Injection tokens of the credits' application layer (plain symbols).
export const ENTORNO_DE_CREDITO = Symbol('ENTORNO_DE_CREDITO');
