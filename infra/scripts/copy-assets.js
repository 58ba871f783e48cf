// Copies the data files the libraries read at run time (catalog, parameter tables, SQL) and the pages of apps/web
// (HTML, CSS, script modules: served as they are) next to the compiled code in dist/, keeping the same relative layout.
const fs = require('node:fs');
const path = require('node:path');
const repo = path.resolve(__dirname, '../..');
const dirs = [];
for (const top of ['libs', 'apps', 'infra']) {
  const base = path.join(repo, top);
  if (!fs.existsSync(base)) continue;
  for (const name of fs.readdirSync(base)) {
    for (const sub of ['data', 'sql', 'public', 'views']) {
      const d = path.join(base, name, sub);
      if (fs.existsSync(d)) dirs.push(path.relative(repo, d));
    }
    const srcViews = path.join(base, name, 'src');
    if (fs.existsSync(srcViews)) {
      for (const f of walk(srcViews)) if (/\.(sql|html|css|json|csv|yaml)$/.test(f)) dirs.push(path.relative(repo, f));
    }
  }
}
if (fs.existsSync(path.join(repo, 'apps/web'))) dirs.push('apps/web');
function walk(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
}
for (const rel of dirs) fs.cpSync(path.join(repo, rel), path.join(repo, 'dist', rel), { recursive: true });
