// After the last suite (whether it passed or not): stops the servers globalSetup started, and only those.
import { detenerServicios, type ServiciosIniciados } from './servicios-de-prueba';

export default async function globalTeardown(): Promise<void> {
  const iniciados = (globalThis as { serviciosDePrueba?: ServiciosIniciados | null }).serviciosDePrueba;
  if (!iniciados) return;
  detenerServicios(iniciados);
  process.stdout.write(`[tesoreria] Servicios de prueba detenidos (${iniciados.servicios}); ${iniciados.carpeta} borrada\n`);
}
