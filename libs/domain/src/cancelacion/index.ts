export * from './cancelacion';
