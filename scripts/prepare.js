#!/usr/bin/env node
// npm's `prepare`: the library's JavaScript is built, not committed, and npm runs this
// after `npm ci` in the checkout, before `npm pack`, and when an example installs the
// checkout by `file:` with install-links (npm packs the folder, so the pack must hold the
// built lib/). It builds unless the build is newer than every TypeScript source,
// package.json and README.md (jsii copies it into the assembly): five example installs and jsii-pacmak's `npm pack` then cost no rebuild,
// while an edited source always gets one.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
/** Folders whose .ts files jsii compiles (package.json's `files` ships their output). */
const SOURCES = ['lib', 'constructs'];
/** What the build writes last of all: the assembly and the entry point's JavaScript. */
const OUTPUTS = ['.jsii', path.join('lib', 'index.js')];

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function upToDate() {
  const outputs = OUTPUTS.map((f) => path.join(root, f));
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const files = ['package.json', 'README.md'].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
  const sources = Math.max(...files, ...SOURCES.map((d) => newestSource(path.join(root, d))));
  return built > sources;
}

if (upToDate()) {
  console.log('prepare: the build is newer than every source; not rebuilding');
} else {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
