export * from './adicional';
export * from './salvamentos';
