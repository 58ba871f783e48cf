export * from './requisitos-del-acto';
export * from './lugar-de-notificacion';
export * from './multa-al-notificador';
