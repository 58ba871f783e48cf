// Moved to libs/plataforma; this path stays for the modules that still import it (salud).
export * from '@tesoreria/plataforma/nest/puertos';
