// Resolves the @tesoreria/* aliases of tsconfig.json inside the compiled dist/ tree, so `node dist/...` runs
// without a bundler. Imported first by every entry point.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { register } from 'tsconfig-paths';

const dist = path.resolve(__dirname, '../..');
const repo = path.resolve(dist, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(repo, 'tsconfig.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const paths = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, targets]) => [
    alias,
    targets.map((t) => t.replace(/^\.\//, '').replace(/(\/index)?\.ts$/, '')),
  ]),
);
register({ baseUrl: dist, paths, addMatchAll: false });
