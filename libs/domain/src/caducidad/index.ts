export * from './reloj-de-caducidad';
