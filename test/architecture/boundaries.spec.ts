// Style practice 14: the boundaries between domain, libraries and applications are enforced by a failing test.
// The fixtures under test/architecture/fixtures break each rule on purpose, proving the rules can fail.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const raiz = path.resolve(__dirname, '../..');

interface Violacion {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

function cruzar(objetivo: string): Violacion[] {
  const salida = execFileSync(
    process.execPath,
    [path.join(raiz, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), objetivo, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { cwd: raiz, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(salida) as { summary: { violations: Violacion[] } }).summary.violations;
}

describe('Architecture boundaries', () => {
  it('the libraries break no rule: a pure domain, Nest only in apps, no library importing an app', () => {
    const violaciones = cruzar('libs').map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(violaciones).toEqual([]);
  });

  it('the worker and infra/ break no rule: nothing outside apps/api imports apps/api', () => {
    const violaciones = ['apps/worker', 'infra'].flatMap((d) => cruzar(d)).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(violaciones).toEqual([]);
  });

  it('each rule catches the fixture written to break it', () => {
    const reglas = new Set(cruzar('test/architecture/fixtures').map((v) => v.rule.name));
    expect([...reglas].sort()).toEqual(['dominio-puro', 'libs-no-importan-apps', 'nest-solo-en-apps', 'solo-la-api-importa-la-api']);
  });
});
