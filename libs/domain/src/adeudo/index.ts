export * from './adeudo';
