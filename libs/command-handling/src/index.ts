export * from './contexto-de-comando';
export * from './consecutivos';
export * from './ejecutor-de-comandos';
