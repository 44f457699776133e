#!/usr/bin/env node
// npm's `prepare`, of the core and of every cloud's package: the JavaScript is built, not
// committed, and npm runs this after `npm ci` in the checkout, before `npm pack`, and when an
// example installs the checkout or a cloud's folder by `file:` with install-links (npm packs
// the folder, so the pack must hold the build). It builds every package unless each one's
// build is newer than every TypeScript source, package.json and README.md of all of them
// (jsii copies the README into the assembly): the example installs and jsii-pacmak's
// `npm pack`s then cost no rebuild, while an edited source always gets one.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const { ROOT: root, packages } = require('./packages');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The core's TypeScript folders; a cloud's package is a folder inside constructs/, so they hold every package's. */
const CORE_SOURCES = ['lib', 'constructs'].map((d) => path.join(root, d));

/** The newest source of any package: its TypeScript, package.json and README.md. */
function newestOf(list) {
  const inCore = (dir) => CORE_SOURCES.some((d) => dir === d || dir.startsWith(d + path.sep));
  const dirs = [...CORE_SOURCES, ...list.map((p) => p.dir).filter((dir) => dir !== root && !inCore(dir))];
  const files = list.flatMap((p) => ['package.json', 'README.md'].map((f) => fs.statSync(path.join(p.dir, f)).mtimeMs));
  return Math.max(...files, ...dirs.map(newestSource));
}

/** What the build writes last of a package: its assembly and its entry point's JavaScript. */
const outputsOf = (p) => ['.jsii', p.pkg.main].map((f) => path.join(p.dir, f));

function upToDate() {
  const list = packages();
  const outputs = list.flatMap(outputsOf);
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  return built > newestOf(list);
}

/**
 * npm runs the prepare of the root and of each workspace at once (on `npm ci`, and when an
 * example packs the core and a cloud's folder): one build at a time, and a run that waited
 * finds the build done. The lock is a folder, made atomically; one left by a killed build
 * is taken over after LOCK_STALE_MS.
 */
const LOCK = path.join(root, '.prepare.lock');
const LOCK_STALE_MS = 15 * 60 * 1000;
function withLock(fn) {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let age = 0;
      try { age = Date.now() - fs.statSync(LOCK).mtimeMs; } catch { continue; }
      if (age > LOCK_STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

withLock(() => {
  if (upToDate()) {
    console.log('prepare: the build is newer than every source; not rebuilding');
  } else {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
});
