// A child process for the folder-lock tests: opens the embedded event store (createEventStore, as `npm start` and
// the worker do) on the PGlite folder given as argv[2], says "abierto <pid>" and keeps it open until SIGTERM.
// The TypeScript sources are compiled on the fly with the repository's swc settings.
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '../../.swcrc'), 'utf8'));
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcrc, swcrc: false, sourceMaps: false, filename });
  module._compile(code, filename);
};
const { createEventStore } = require('../../libs/event-store/src/create-event-store.ts');

createEventStore({ pgliteDataDir: process.argv[2] }).then(
  (abierto) => {
    // The handler first: a SIGTERM arriving before it would kill the process with the default action.
    process.on('SIGTERM', () => abierto.close().then(() => process.exit(0)));
    process.stdout.write(`abierto ${process.pid}\n`);
  },
  (error) => {
    process.stderr.write(`No se pudo iniciar: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
