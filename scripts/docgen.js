#!/usr/bin/env node
// npm run docgen: each package's API.md (the core's and every cloud's) from the TSDoc of
// its built assembly. `node scripts/docgen.js <package> -o <file>` writes one package's
// elsewhere. jsii-docgen reads every .jsii below the folder it runs in and takes the newest
// version of each: in the checkout that would include what an `npm install` in an example
// folder leaves (a newer constructs, a packed copy of this library). So it runs in a folder
// that holds only the package's package.json and .jsii, and those of the jsii packages it
// depends on.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, packages } = require('./packages');

const args = process.argv.slice(2);
const o = args.indexOf('-o');
const out = o >= 0 ? path.resolve(args[o + 1]) : undefined;
const wanted = args.filter((_, i) => o < 0 || (i !== o && i !== o + 1));
const list = packages();
const chosen = wanted.length ? wanted.map((name) => list.find((p) => p.name === name) || fail(name)) : list;
if (out && chosen.length !== 1) fail('-o needs exactly one package');

function fail(what) {
  console.error(`docgen: ${what}: expected one of ${list.map((p) => p.name).join(', ')}`);
  process.exit(2);
}

/** The folder a jsii dependency is installed in: one of this checkout's packages, or node_modules. */
function installed(name) {
  const own = list.find((p) => p.name === name);
  return own ? own.dir : path.dirname(require.resolve(`${name}/package.json`, { paths: [ROOT] }));
}

/** A folder with the package's package.json and .jsii, its jsii dependencies' in node_modules. */
function view(p) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docgen-'));
  const assembly = JSON.parse(fs.readFileSync(path.join(p.dir, '.jsii'), 'utf8'));
  const place = (from, to) => {
    fs.mkdirSync(to, { recursive: true });
    for (const file of ['package.json', '.jsii']) fs.symlinkSync(path.join(from, file), path.join(to, file));
  };
  place(p.dir, dir);
  for (const dep of Object.keys(assembly.dependencyClosure || {})) place(installed(dep), path.join(dir, 'node_modules', dep));
  return dir;
}

for (const p of chosen) {
  const dir = view(p);
  try {
    const target = out || path.join(p.dir, 'API.md');
    execFileSync(process.execPath, [require.resolve('jsii-docgen/bin/jsii-docgen'), '--submodule', 'root', '-o', target], { cwd: dir, stdio: 'inherit' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
