#!/usr/bin/env node
// npm run docgen: API.md from the TSDoc of the built assembly (`node scripts/docgen.js -o <file>`
// writes it elsewhere). jsii-docgen reads every .jsii below the folder it runs in and takes
// the newest version of each: in the checkout that would include what an `npm install` in
// an example folder leaves (a newer constructs, a packed copy of this library). It runs in
// a folder that holds only the package's own: package.json, .jsii and node_modules.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const o = args.indexOf('-o');
const out = path.resolve(o >= 0 ? args[o + 1] : path.join(root, 'API.md'));
const view = fs.mkdtempSync(path.join(os.tmpdir(), 'docgen-'));
try {
  for (const entry of ['package.json', '.jsii', 'node_modules']) fs.symlinkSync(path.join(root, entry), path.join(view, entry));
  execFileSync(process.execPath, [require.resolve('jsii-docgen/bin/jsii-docgen'), '--submodule', 'root', '-o', out], { cwd: view, stdio: 'inherit' });
} finally {
  fs.rmSync(view, { recursive: true, force: true });
}
