#!/usr/bin/env node
// Builds the packages for every jsii target into dist/: the npm tarball (js) and the Python
// and Go sources. PyPI and the Go module proxy are out of reach offline, so Python and Go
// are generated as code (--code-only); __tests__/jsii-packages.test.ts checks them.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
const pacmak = require.resolve('jsii-pacmak/bin/jsii-pacmak');
// The package directory goes first: --targets takes every word that follows it.
execFileSync(process.execPath, [pacmak, root, '--code-only', '--targets', 'js', 'python', 'go', '--outdir', dist], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});

function size(dir) {
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? size(full) : fs.statSync(full).size;
  }
  return bytes;
}
for (const target of fs.readdirSync(dist)) {
  console.log(`dist/${target}: ${(size(path.join(dist, target)) / 1024).toFixed(0)} KiB`);
}
