// The real process as a newcomer starts it. Issue 8 item 6: `npm start` on an installed clone answers its first
// page in under 10 s (SWC build, no type-check at start). Issue 9 item 14: it listens on loopback unless HOST is
// set, and seeds the demo users (published password) only for the embedded store on a loopback host.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, networkInterfaces } from 'node:os';
import { holgura } from '../support/holgura';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { leerConfiguracion } from '../../apps/api/src/configuracion';

const REPO = resolve(__dirname, '../..');
const CONTRASENA_DEMO = 'Chiapas2026';


/** An address of this machine that is not loopback, to call the server as the network would. */
const IP_DE_RED = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

async function puertoLibre(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

interface Servidor {
  readonly puerto: number;
  readonly milisegundosHastaPrimeraPagina: number;
  salida(): string;
  detener(): Promise<void>;
}

async function arrancar(comando: string, args: string[], entorno: Record<string, string>): Promise<Servidor> {
  const puerto = await puertoLibre();
  const datos = mkdtempSync('/tmp/tesoreria-arranque-');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(puerto), PGLITE_DIR: datos, LOG_LEVEL: 'warn', ...entorno };
  for (const v of ['DATABASE_URL', 'REDIS_URL', 'EVENTSTORE_URL', 'HOST', 'SEMBRAR_DEMO', 'REGISTRO_ADMIN_CONTRASENA']) if (!(v in entorno)) delete env[v];
  const inicio = Date.now();
  const proceso: ChildProcess = spawn(comando, args, { cwd: REPO, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let salida = '';
  proceso.stdout!.on('data', (d: Buffer) => (salida += d.toString()));
  proceso.stderr!.on('data', (d: Buffer) => (salida += d.toString()));
  const terminado = new Promise<void>((ok) => proceso.once('exit', () => ok()));
  const detener = async () => {
    try {
      process.kill(-proceso.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([terminado, new Promise((ok) => setTimeout(ok, 10_000))]);
    rmSync(datos, { recursive: true, force: true });
  };
  for (;;) {
    if (proceso.exitCode !== null) {
      await detener();
      throw new Error(`El servidor terminó antes de responder:\n${salida}`);
    }
    const r = await fetch(`http://127.0.0.1:${puerto}/`).catch(() => null);
    if (r?.status === 200) break;
    if (Date.now() - inicio > 45_000) {
      await detener();
      throw new Error(`Sin respuesta en 45 s:\n${salida}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return { puerto, milisegundosHastaPrimeraPagina: Date.now() - inicio, salida: () => salida, detener };
}

const entrar = (base: string, usuario: string, contrasena: string) =>
  fetch(`${base}/api/sesiones`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ usuario, contrasena }) });

describe('npm start en una máquina', () => {
  jest.setTimeout(120_000);

  it('builds without type-checking (SWC): the build npm start runs takes under 3 s', () => {
    const inicio = Date.now();
    execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
    const ms = Date.now() - inicio;
    process.stdout.write(`[arranque] npm run build: ${ms} ms (carga ${loadavg()[0].toFixed(1)} en ${cpus().length} núcleos)\n`);
    expect(ms).toBeLessThan(3_000 * holgura());
  });

  it('answers its first page in under 10 s, listens on loopback only and seeds the demo users', async () => {
    const servidor = await arrancar('npm', ['start'], {});
    try {
      const ms = servidor.milisegundosHastaPrimeraPagina;
      process.stdout.write(`[arranque] npm start → primera página en ${ms} ms (carga ${loadavg()[0].toFixed(1)} en ${cpus().length} núcleos)\n`);
      expect(ms).toBeLessThan(10_000 * holgura());
      expect(servidor.salida()).toContain(`Tesorería Chiapas en http://127.0.0.1:${servidor.puerto}`);
      expect(IP_DE_RED).toBeDefined();
      await expect(fetch(`http://${IP_DE_RED}:${servidor.puerto}/`)).rejects.toThrow();
      expect((await entrar(`http://127.0.0.1:${servidor.puerto}`, 'admin', CONTRASENA_DEMO)).status).toBe(201);
    } finally {
      await servidor.detener();
    }
  });

  it('with HOST=0.0.0.0 answers the network without demo users, /salud details or /api/docs', async () => {
    const servidor = await arrancar('node', ['dist/apps/api/src/main.js'], { HOST: '0.0.0.0' });
    try {
      const red = `http://${IP_DE_RED}:${servidor.puerto}`;
      expect((await fetch(`${red}/`)).status).toBe(200);
      expect(servidor.salida()).not.toContain('Datos de demostración');
      expect(servidor.salida()).toContain('REGISTRO_ADMIN_CONTRASENA');
      expect((await entrar(red, 'admin', CONTRASENA_DEMO)).status).toBe(401);
      expect(await (await fetch(`${red}/salud`)).json()).toEqual({ estado: 'ok' });
      expect((await fetch(`${red}/api/docs/openapi.json`)).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${servidor.puerto}/salud`).then((r) => r.json() as Promise<{ almacen?: unknown }>)).almacen).toBeDefined();
    } finally {
      await servidor.detener();
    }
  });
});

describe('cuándo se siembran los usuarios de demostración y dónde se escucha', () => {
  it('listens on loopback unless HOST is set', () => {
    expect(leerConfiguracion({}).host).toBe('127.0.0.1');
    expect(leerConfiguracion({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('seeds by default only with the embedded store on a loopback host; SEMBRAR_DEMO decides explicitly', () => {
    expect(leerConfiguracion({}).sembrarDemo).toBe(true);
    expect(leerConfiguracion({ HOST: '::1' }).sembrarDemo).toBe(true);
    expect(leerConfiguracion({ HOST: '0.0.0.0' }).sembrarDemo).toBe(false);
    expect(leerConfiguracion({ HOST: '192.0.2.10' }).sembrarDemo).toBe(false);
    expect(leerConfiguracion({ DATABASE_URL: 'postgres://x@127.0.0.1/db' }).sembrarDemo).toBe(false);
    expect(leerConfiguracion({ EVENTSTORE_URL: 'esdb://127.0.0.1:2113' }).sembrarDemo).toBe(false);
    expect(leerConfiguracion({ HOST: '0.0.0.0', SEMBRAR_DEMO: 'si' }).sembrarDemo).toBe(true);
    expect(leerConfiguracion({ SEMBRAR_DEMO: 'no' }).sembrarDemo).toBe(false);
    expect(() => leerConfiguracion({ SEMBRAR_DEMO: 'quizas' })).toThrow(/SEMBRAR_DEMO/);
  });

  it('the compose stack listens on its container for the network, without demo users unless asked', () => {
    const compose = parse(readFileSync(resolve(REPO, 'docker-compose.yml'), 'utf8')) as { services: Record<string, { environment: Record<string, string> }> };
    // docker compose resolves ${VAR:-default} from the caller's shell: here, a shell that sets nothing.
    const entorno = Object.fromEntries(
      Object.entries(compose.services.api.environment).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-([^}]*)\}/g, '$1')]),
    );
    const config = leerConfiguracion(entorno);
    expect(config.host).toBe('0.0.0.0');
    expect(config.sembrarDemo).toBe(false);
  });
});
