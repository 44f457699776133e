#!/usr/bin/env node
// Builds every jsii package (the core and one per cloud) for every jsii target into
// dist/<package>/: the npm tarball (js) and the Python and Go sources. PyPI and the Go
// module proxy are out of reach offline, so Python and Go are generated as code
// (--code-only); __tests__/jsii-packages.test.ts checks them.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ROOT, packages } = require('./packages');

const dist = path.join(ROOT, 'dist');
const list = packages();
/** Where jsii-pacmak writes a package: its package.json's jsii.outdir. */
const outdirOf = (p) => path.join(p.dir, p.pkg.jsii.outdir);
for (const p of list) fs.rmSync(outdirOf(p), { recursive: true, force: true });
fs.rmSync(dist, { recursive: true, force: true });

// One run for all packages: jsii-pacmak orders them by their dependencies. Each package is
// written to its own outdir (the core's is dist/ itself), then moved to dist/<package>/.
// The package directories go first: --targets takes every word that follows it.
const pacmak = require.resolve('jsii-pacmak/bin/jsii-pacmak');
execFileSync(process.execPath, [pacmak, ...list.map((p) => p.dir), '--code-only', '--targets', 'js', 'python', 'go'], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const staged = list.map((p) => {
  const stage = fs.mkdtempSync(path.join(ROOT, '.package-'));
  fs.renameSync(outdirOf(p), path.join(stage, 'out'));
  return { p, stage };
});
for (const { p, stage } of staged) {
  fs.mkdirSync(dist, { recursive: true });
  fs.renameSync(path.join(stage, 'out'), path.join(dist, p.name));
  fs.rmSync(stage, { recursive: true, force: true });
}

function size(dir) {
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? size(full) : fs.statSync(full).size;
  }
  return bytes;
}
for (const p of list) {
  for (const target of fs.readdirSync(path.join(dist, p.name))) {
    console.log(`dist/${p.name}/${target}: ${(size(path.join(dist, p.name, target)) / 1024).toFixed(0)} KiB`);
  }
}
