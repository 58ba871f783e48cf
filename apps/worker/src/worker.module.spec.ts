// The worker is built from the libs only: started in a clean Node process (PGlite in memory, jobs in-process), it
// loads no file of apps/api and no HTTP framework. Jest's module registry is not Node's, so the worker runs in a
// child process whose require.cache is the proof.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const raiz = path.resolve(__dirname, '../../..');

const guion = `
const fs = require('node:fs');
const swc = require('@swc/core');
const opciones = JSON.parse(fs.readFileSync('.swcrc', 'utf8'));
require.extensions['.ts'] = (m, f) => m._compile(swc.transformSync(fs.readFileSync(f, 'utf8'), { ...opciones, swcrc: false, filename: f }).code, f);
const tsconfig = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8'));
require('tsconfig-paths').register({ baseUrl: '.', paths: tsconfig.compilerOptions.paths });
require('reflect-metadata');
(async () => {
  const { NestFactory } = require('@nestjs/core');
  const { WorkerModule } = require('./apps/worker/src/worker.module.ts');
  const { leerConfiguracionDePlataforma } = require('./libs/plataforma/src/configuracion.ts');
  const config = { ...leerConfiguracionDePlataforma({ PGLITE_DIR: 'memory', LOG_LEVEL: 'silent' }), rol: 'worker' };
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
  await app.init();
  const cargados = Object.keys(require.cache).map((f) => f.replace(process.cwd() + '/', ''));
  const { JOB_SCHEDULER } = require('./libs/plataforma/src/nest/tokens.ts');
  const programados = (await app.get(JOB_SCHEDULER).schedules()).map((s) => s.name);
  await app.close();
  process.stdout.write(JSON.stringify({ cargados, programados }));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

describe('worker', () => {
  it('starts from the libs\' nest/ modules without loading apps/api or an HTTP framework', () => {
    const salida = execFileSync(process.execPath, ['-e', guion], { cwd: raiz, encoding: 'utf8', env: { ...process.env, REDIS_URL: '', DATABASE_URL: '', EVENTSTORE_URL: '' }, timeout: 120_000 });
    const { cargados, programados } = JSON.parse(salida) as { cargados: string[]; programados: string[] };
    expect(cargados.some((f) => f.startsWith('apps/worker/src/worker.module.ts'))).toBe(true);
    expect(cargados.some((f) => f.startsWith('libs/registro/src/'))).toBe(true);
    // The credits' layer and its daily sweep of due dates (issue 11 item 3) run in the worker.
    expect(cargados).toContain('libs/creditos/src/nest/creditos.module.ts');
    expect(programados).toEqual(expect.arrayContaining(['barrido-de-vencimientos', 'verificacion-diaria-de-proyecciones']));
    expect(cargados.filter((f) => f.startsWith('apps/api/'))).toEqual([]);
    expect(cargados.filter((f) => /node_modules\/(fastify|@nestjs\/platform-fastify|@nestjs\/swagger)\//.test(f))).toEqual([]);
  });
});
