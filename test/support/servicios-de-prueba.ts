// PostgreSQL and Redis for `npm test` on a machine where none runs: when DATABASE_URL / REDIS_URL are not set, the
// run starts its own (infra/scripts/start-services.sh, which installs Debian's packages when missing) on free
// loopback ports with their data under a fresh /tmp folder, and stops exactly those at the end. Everything that
// runs from that folder was started by this run, so stopping it never touches a server someone else started.
// A watchdog stops them too if Jest dies before its teardown (Ctrl-C, a crash): no server outlives its run.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../..');
const INICIAR = join(REPO, 'infra/scripts/start-services.sh');
const DETENER = join(REPO, 'infra/scripts/stop-services.sh');

export interface ServiciosIniciados {
  readonly servicios: string;
  readonly carpeta: string;
  readonly vigilante?: number;
  readonly milisegundos: number;
}

async function puertoLibre(): Promise<number> {
  return new Promise((ok, mal) => {
    const s = createServer();
    s.once('error', mal);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** What stop-services.sh needs to stop the servers whose data lives in `carpeta`. */
const entornoDeParada = ({ servicios, carpeta }: Pick<ServiciosIniciados, 'servicios' | 'carpeta'>) => ({
  ...process.env,
  TESORERIA_SERVICIOS_INICIADOS: servicios,
  PGDATA: join(carpeta, 'pg'),
  REDIS_PIDFILE: join(carpeta, 'redis.pid'),
});

/** Starts what the environment lacks and exports its URLs into process.env (Jest's workers inherit it). */
export async function iniciarServiciosFaltantes(): Promise<ServiciosIniciados | null> {
  const faltan = [process.env.DATABASE_URL ? '' : 'pg', process.env.REDIS_URL ? '' : 'redis'].filter(Boolean);
  if (faltan.length === 0) return null;
  const inicio = Date.now();
  const carpeta = mkdtempSync('/tmp/tesoreria-pruebas-');
  chmodSync(carpeta, 0o755); // the postgres user (when run as root) must reach its data folder inside
  const servicios = faltan.join(' ');
  const parada = entornoDeParada({ servicios, carpeta });
  const vigilante = spawn('bash', ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; bash ${DETENER}; rm -rf ${carpeta}`], {
    env: parada,
    detached: true,
    stdio: 'ignore',
  });
  vigilante.unref();
  const iniciados: ServiciosIniciados = { servicios, carpeta, vigilante: vigilante.pid, milisegundos: 0 };
  const variables = [...(faltan.includes('pg') ? ['DATABASE_URL', 'PGBIN', 'PGDATA'] : []), ...(faltan.includes('redis') ? ['REDIS_URL'] : [])];
  let salida: string;
  try {
    salida = execFileSync('bash', ['-c', `set -e; eval "$(bash ${INICIAR})"; for v in ${variables.join(' ')}; do printf '%s=%s\\n' "$v" "\${!v}"; done`], {
      env: {
        ...parada,
        SERVICIOS: servicios,
        PGPORT: String(await puertoLibre()),
        // Test data only: durability is not what these servers are for.
        PG_EXTRA_OPTS: '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
        REDIS_PORT: String(await puertoLibre()),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
  } catch (error) {
    detenerServicios(iniciados);
    throw error;
  }
  for (const linea of salida.trim().split('\n')) process.env[linea.slice(0, linea.indexOf('='))] = linea.slice(linea.indexOf('=') + 1);
  return { ...iniciados, milisegundos: Date.now() - inicio };
}

/** Stops what iniciarServiciosFaltantes started (and only that), removes its data folder, then its watchdog. */
export function detenerServicios(iniciados: ServiciosIniciados): void {
  execFileSync('bash', [DETENER], { env: entornoDeParada(iniciados), stdio: 'inherit' });
  rmSync(iniciados.carpeta, { recursive: true, force: true });
  if (iniciados.vigilante) {
    try {
      process.kill(iniciados.vigilante);
    } catch {
      // already gone
    }
  }
}
