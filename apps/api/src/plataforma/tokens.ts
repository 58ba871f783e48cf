// The platform's tokens now live in libs/plataforma; this path stays for the modules that still import it.
export * from '@tesoreria/plataforma/nest/tokens';
