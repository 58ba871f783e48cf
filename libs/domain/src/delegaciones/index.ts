export * from './delegaciones';
