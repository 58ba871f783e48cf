// Before any suite runs: starts the PostgreSQL and Redis the environment does not name (see servicios-de-prueba.ts),
// then reports which external stores this run covers. EventStoreDB runs only when EVENTSTORE_URL is given.
import { iniciarServiciosFaltantes } from './servicios-de-prueba';

export default async function globalSetup(): Promise<void> {
  const iniciados = await iniciarServiciosFaltantes();
  (globalThis as { serviciosDePrueba?: unknown }).serviciosDePrueba = iniciados;
  const propio = (servicio: string) => (iniciados?.servicios.split(' ').includes(servicio) ? ' (iniciado para estas pruebas; se detiene al final)' : '');
  const lines = [
    `PostgreSQL: ${process.env.DATABASE_URL!.replace(/\/\/[^@]*@/, '//***@')}${propio('pg')}`,
    `Redis: ${process.env.REDIS_URL}${propio('redis')}`,
    ...(iniciados ? [`Servicios iniciados en ${(iniciados.milisegundos / 1000).toFixed(1)} s, datos en ${iniciados.carpeta}`] : []),
    `EventStoreDB: ${process.env.EVENTSTORE_URL ? process.env.EVENTSTORE_URL : 'EVENTSTORE_URL no definida: la suite de contrato de EventStoreDB NO se ejecutó'}`,
  ];
  process.stdout.write(`\n[tesoreria] ${lines.join('\n[tesoreria] ')}\n`);
}
