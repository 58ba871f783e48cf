// The business clock lives in libs/registro; this path stays for the modules that still import it (auth).
export * from '@tesoreria/registro/comun/reloj';
