// The npm registry this project installs from serves only the Linux builds of platform-specific optional
// packages (@swc/core-darwin-*, @unrs/resolver-binding-win32-*, ...). `npm install` then leaves them out of
// package-lock.json and `npm ci` refuses the lock as out of sync. This adds, for each optional dependency
// missing from the lock, an entry that names its os/cpu, so npm ci skips it on this platform without fetching.
// Run after any `npm install` that changes the lock: node infra/scripts/completar-lockfile.js
const fs = require('node:fs');
const path = require('node:path');

const file = path.resolve(__dirname, '../../package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pkgs = lock.packages;
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'wasm32', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32', 'universal'];

function plataforma(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p)) ?? (name.includes('win32') ? 'win32' : null);
  let cpu = parts.find((p) => CPU.includes(p)) ?? null;
  if (!cpu && parts.includes('arm')) cpu = 'arm';
  if (!cpu && /armv7|gnueabihf|eabi/.test(name)) cpu = 'arm';
  if (cpu === 'universal') cpu = null;
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') && os === 'linux' ? 'glibc' : null;
  return { os, cpu, libc };
}

let added = 0;
for (const [where, entry] of Object.entries(pkgs)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = where ? `${where}/node_modules/${dep}` : `node_modules/${dep}`;
    if (pkgs[base] || pkgs[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = plataforma(dep);
    if (!os || os === 'linux' && cpu === 'x64' && libc !== 'musl') {
      console.warn(`Sin plataforma deducible o nativa para ${dep}: revise a mano`);
      continue;
    }
    const version = String(range).replace(/^[\^~=]/, '');
    pkgs[`node_modules/${dep}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} entradas de plataforma añadidas`);
