#!/usr/bin/env node
// npm run bench: synthesis time and memory of every module, next to the floor (cdktf and
// an empty stack) and a naive baseline (the same providers loaded through their index),
// each in a fresh Node process, after a warm-up. Checks the budgets, prints a table and
// writes bench/results.json.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const { MODULE_STACKS } = require(path.join(root, 'lib', 'module-synth'));

/** The providers each cloud's module uses, by package index: the naive way to load them. */
const SHARED = ['@cdktf/provider-tls', '@cdktf/provider-random'];
const NAIVE_PROVIDERS = {
  hetzner: [...SHARED, './lib/gen/hcloud'],
  digitalocean: [...SHARED, '@cdktf/provider-digitalocean'],
  azure: [...SHARED, '@cdktf/provider-azurerm'],
  scaleway: [...SHARED, './lib/gen/scaleway'],
};
const KERNEL_RUNS = Number(process.env.BENCH_KERNEL_RUNS ?? 2);

/**
 * Packs the library (dist/js, from `npm run package`) and every jsii library it peers on,
 * once per version, for the kernel scenarios; returns the package names in load order.
 */
function packForKernel() {
  const cache = path.join(__dirname, '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const own = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const first = ['constructs', 'cdktf'];
  const rank = (name) => (first.includes(name) ? first.indexOf(name) : first.length);
  const peers = Object.keys(own.peerDependencies).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const packs = {};
  for (const name of peers) {
    const dir = path.join(root, 'node_modules', name);
    const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = path.join(cache, `${name.replace(/[@/]/g, '_')}-${version}.tgz`);
    if (!fs.existsSync(file)) {
      process.stderr.write(`packing ${name}@${version} for the kernel scenarios\n`);
      const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', cache], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
      fs.renameSync(path.join(cache, packed), file);
    }
    packs[name] = { name, version, tarball: file };
  }
  const jsDir = path.join(root, 'dist', 'js');
  const tarball = fs.readdirSync(jsDir).find((f) => f.endsWith('.tgz'));
  packs[own.name] = { name: own.name, version: own.version, tarball: path.join(jsDir, tarball) };
  fs.writeFileSync(path.join(cache, 'tarballs.json'), JSON.stringify(packs, null, 2));
  return { peers, own: own.name };
}

function measureOnce(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [path.join(__dirname, 'child.js'), ...args], { cwd: root, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`bench ${args.join(' ')} failed:\n${child.stderr}`);
  const { maxRssKb } = JSON.parse(child.stdout.trim().split('\n').pop());
  return { wallMs, rssMb: maxRssKb / 1024 };
}

function measure(label, args, runCount = RUNS) {
  measureOnce(args); // warm-up: file-system caches, not the measured process
  const runs = Array.from({ length: runCount }, () => measureOnce(args));
  const walls = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  const result = {
    label,
    medianMs: walls[Math.floor(walls.length / 2)],
    maxMs: walls[walls.length - 1],
    peakRssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
  process.stderr.write(`measured ${label}\n`);
  return result;
}

const floor = measure('floor: cdktf + empty stack', ['floor']);
const rows = [floor];
const checks = [];
for (const { cloud } of MODULE_STACKS) {
  const module = measure(`module ${cloud}`, ['module', cloud]);
  rows.push(module);
  if (NAIVE_PROVIDERS[cloud]) rows.push(measure(`naive ${cloud}: providers by index, empty stack`, ['naive', NAIVE_PROVIDERS[cloud].join(',')]));
  checks.push({ budget: `module ${cloud} median <= 2x floor (${(2 * floor.medianMs).toFixed(0)} ms)`, pass: module.medianMs <= 2 * floor.medianMs });
  checks.push({ budget: `module ${cloud} peak RSS < 200 MB`, pass: module.peakRssMb < 200 });
}
// DigitalOcean and Azure bring big prebuilt providers: they must stay near the Hetzner module.
const hetzner = rows.find((r) => r.label === 'module hetzner');
for (const cloud of ['digitalocean', 'azure']) {
  const module = rows.find((r) => r.label === `module ${cloud}`);
  if (!hetzner || !module) continue;
  checks.push({ budget: `module ${cloud} median <= 1.5x module hetzner (${(1.5 * hetzner.medianMs).toFixed(0)} ms)`, pass: module.medianMs <= 1.5 * hetzner.medianMs });
  checks.push({ budget: `module ${cloud} peak RSS <= 1.5x module hetzner (${(1.5 * hetzner.peakRssMb).toFixed(0)} MB)`, pass: module.peakRssMb <= 1.5 * hetzner.peakRssMb });
}
const synth = measure('npm run synth (all modules, after the build)', ['synth']);
rows.push(synth);
checks.push({ budget: `whole synth median <= 3x floor (${(3 * floor.medianMs).toFixed(0)} ms)`, pass: synth.medianMs <= 3 * floor.medianMs });

// What Python and Go users pay before their first line runs: the kernel loads every assembly.
const { peers, own } = packForKernel();
const kernelFloor = ['constructs', 'cdktf'];
rows.push(measure('kernel: constructs + cdktf', ['kernel', kernelFloor.join(',')], KERNEL_RUNS));
rows.push(measure('kernel: + every peer except azurerm', ['kernel', peers.filter((p) => p !== '@cdktf/provider-azurerm').join(',')], KERNEL_RUNS));
rows.push(measure('kernel: the library and all its peers', ['kernel', [...peers, own].join(',')], KERNEL_RUNS));

const pad = (s, n) => `${String(s).padEnd(n - 1)} `;
console.log(`\n${pad('scenario', 56)}${pad('median ms', 11)}${pad('max ms', 9)}peak RSS MB`);
for (const r of rows) console.log(`${pad(r.label, 56)}${pad(r.medianMs.toFixed(0), 11)}${pad(r.maxMs.toFixed(0), 9)}${r.peakRssMb.toFixed(0)}`);
console.log('');
for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}`);

const results = { date: new Date().toISOString(), node: process.version, runs: RUNS, rows, checks };
fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json (${RUNS} runs each after a warm-up)`);
const failed = checks.filter((c) => !c.pass).length;
console.log(`bench: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
