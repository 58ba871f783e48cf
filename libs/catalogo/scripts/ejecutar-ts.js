// Runs a TypeScript file of this lib with Node 20 by compiling each .ts module with @swc/core on require
// (the repo has no ts-node). Usage: node libs/catalogo/scripts/ejecutar-ts.js <file.ts>
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

const entrada = process.argv[2];
if (!entrada) {
  process.stderr.write('uso: node libs/catalogo/scripts/ejecutar-ts.js <archivo.ts>\n');
  process.exit(2);
}
process.argv.splice(1, 1);
require.main = undefined;
const modulo = path.resolve(entrada);
// Mark the entry as main so `require.main === module` holds inside it.
const Module = require('node:module');
const m = new Module(modulo, null);
m.filename = modulo;
m.paths = Module._nodeModulePaths(path.dirname(modulo));
process.mainModule = m;
require.main = m;
Module._cache[modulo] = m;
m.load(modulo);
