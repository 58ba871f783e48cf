// Issue 9, item 1: two processes on one embedded data folder issued the same folios and lost acknowledged
// payments. With real processes: the second one on a folder refuses to start (non-zero exit, Spanish message
// naming the folder and the pid that holds it); once the first is gone the folder opens again; a lock left by a
// killed process (dead pid) is taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HIJO = resolve(__dirname, '../support/almacen-en-hijo.js');

interface Hijo {
  readonly proceso: ChildProcess;
  /** Resolves with the exit code once the child ends. */
  readonly fin: Promise<number | null>;
  /** Resolves when the store is open ("abierto <pid>"), or rejects if the child ends first. */
  readonly abierto: Promise<void>;
  salida(): string;
}

function arrancar(carpeta: string): Hijo {
  const proceso = spawn(process.execPath, [HIJO, carpeta], { stdio: ['ignore', 'pipe', 'pipe'] });
  let texto = '';
  proceso.stdout!.on('data', (d: Buffer) => (texto += d.toString()));
  proceso.stderr!.on('data', (d: Buffer) => (texto += d.toString()));
  const fin = new Promise<number | null>((ok) => proceso.on('exit', (codigo) => ok(codigo)));
  const abierto = new Promise<void>((ok, mal) => {
    proceso.stdout!.on('data', () => texto.includes('abierto ') && ok());
    void fin.then((codigo) => mal(new Error(`El proceso terminó (${codigo}) antes de abrir: ${texto}`)));
  });
  abierto.catch(() => undefined);
  return { proceso, fin, abierto, salida: () => texto };
}

describe('one process per embedded data folder (issue 9, item 1)', () => {
  let raiz: string;
  const vivos: ChildProcess[] = [];

  beforeAll(() => {
    raiz = mkdtempSync(join(tmpdir(), 'auth-pglite-'));
  });

  afterAll(() => {
    for (const p of vivos) if (p.exitCode === null) p.kill('SIGKILL');
    rmSync(raiz, { recursive: true, force: true });
  });

  it('a second process on the same folder exits non-zero naming the folder and the pid holding it; after the first exits a new one starts', async () => {
    const carpeta = join(raiz, 'pglite');
    const primero = arrancar(carpeta);
    vivos.push(primero.proceso);
    await primero.abierto;

    const segundo = arrancar(carpeta);
    vivos.push(segundo.proceso);
    // Before the lock, the second process opened the folder as if it were its own.
    const resultado = await Promise.race([segundo.fin, segundo.abierto.then(() => 'abrió la carpeta')]);
    expect(resultado).toBe(1);
    expect(segundo.salida()).toContain(`La carpeta de datos ${carpeta} ya está en uso por el proceso ${primero.proceso.pid}`);

    primero.proceso.kill('SIGTERM');
    expect(await primero.fin).toBe(0);
    expect(existsSync(`${carpeta}.lock`)).toBe(false);

    const tercero = arrancar(carpeta);
    vivos.push(tercero.proceso);
    await tercero.abierto;
    expect(readFileSync(`${carpeta}.lock`, 'utf8').trim()).toBe(String(tercero.proceso.pid));
    tercero.proceso.kill('SIGTERM');
    expect(await tercero.fin).toBe(0);
  }, 60_000);

  it('a lock left by a killed process (its pid no longer alive) is taken over', async () => {
    const carpeta = join(raiz, 'huerfana');
    const muerto = arrancar(carpeta);
    vivos.push(muerto.proceso);
    await muerto.abierto;
    muerto.proceso.kill('SIGKILL');
    await muerto.fin;
    expect(readFileSync(`${carpeta}.lock`, 'utf8').trim()).toBe(String(muerto.proceso.pid));

    const siguiente = arrancar(carpeta);
    vivos.push(siguiente.proceso);
    await siguiente.abierto;
    expect(readFileSync(`${carpeta}.lock`, 'utf8').trim()).toBe(String(siguiente.proceso.pid));
    siguiente.proceso.kill('SIGTERM');
    expect(await siguiente.fin).toBe(0);
  }, 60_000);

  it('a lock file with an unreadable pid is stale too', async () => {
    const carpeta = join(raiz, 'basura');
    writeFileSync(`${carpeta}.lock`, 'no es un pid\n');
    const hijo = arrancar(carpeta);
    vivos.push(hijo.proceso);
    await hijo.abierto;
    hijo.proceso.kill('SIGTERM');
    expect(await hijo.fin).toBe(0);
  }, 60_000);
});
