export * from './calendario';
export * from './plazos';
export * from './notificaciones';
