#!/usr/bin/env node
// npm run bench: what synthesis costs, measured two ways, each in fresh processes:
//   node     each module as `npm run synth` makes it, next to the floor (cdktf and an empty
//            stack) and a naive baseline (the same providers loaded through their index)
//   runtime  Python and Go programs on @jsii/runtime's own bundle (bench/jsii-runtime.js):
//            the floor and each cloud's medium program, first run (fresh package cache and
//            TMPDIR) and warm, with the assemblies each one loads
// Prints the tables and the budgets, writes bench/results.json, exits 1 when a budget fails.
//   BENCH_ONLY=node,runtime   the sections to run (default all)
//   BENCH_RUNS (5) node runs, BENCH_RUNTIME_RUNS (3) warm runtime runs, BENCH_COLD_RUNS (2)
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const runtime = require('./jsii-runtime');

const root = path.resolve(__dirname, '..');
const env = (name, dflt) => Number(process.env[name] ?? dflt);
const RUNS = env('BENCH_RUNS', 5);
const RUNTIME_RUNS = env('BENCH_RUNTIME_RUNS', 3);
const COLD_RUNS = env('BENCH_COLD_RUNS', 2);
const SECTIONS = (process.env.BENCH_ONLY || 'node,runtime').split(',');
const { MODULE_STACKS } = require(path.join(root, 'lib', 'module-synth'));

/** Python and Go: a single-cloud program, warm, against the floor's warm figures. */
const RUNTIME_FACTOR = 2.5;

/** The providers each cloud's module uses, by package index: the naive way to load them. */
const SHARED = ['@cdktf/provider-tls', '@cdktf/provider-random'];
const NAIVE_PROVIDERS = {
  hetzner: [...SHARED, './lib/gen/hcloud'],
  digitalocean: [...SHARED, '@cdktf/provider-digitalocean'],
  azure: [...SHARED, '@cdktf/provider-azurerm'],
  scaleway: [...SHARED, './lib/gen/scaleway'],
};

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (label, runs) => ({
  label,
  runs: runs.length,
  medianMs: median(runs.map((r) => r.wallMs)),
  maxMs: Math.max(...runs.map((r) => r.wallMs)),
  peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
});
const rows = [];
const checks = [];
const budget = (text, pass) => checks.push({ budget: text, pass });

// --- node: the modules in Node, as cdktf users and `npm run synth` run them -------------

function nodeOnce(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [path.join(__dirname, 'child.js'), ...args], { cwd: root, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`bench ${args.join(' ')} failed:\n${child.stderr}`);
  const { maxRssKb } = JSON.parse(child.stdout.trim().split('\n').pop());
  return { wallMs, peakRssMb: maxRssKb / 1024 };
}

function nodeRow(label, args) {
  nodeOnce(args); // warm-up: file-system caches, not the measured process
  const row = summary(label, Array.from({ length: RUNS }, () => nodeOnce(args)));
  process.stderr.write(`measured ${label}\n`);
  rows.push({ section: 'node', ...row });
  return row;
}

function nodeSection() {
  const floor = nodeRow('floor: cdktf + empty stack', ['floor']);
  for (const { cloud } of MODULE_STACKS) {
    const module = nodeRow(`module ${cloud}`, ['module', cloud]);
    if (NAIVE_PROVIDERS[cloud]) nodeRow(`naive ${cloud}: providers by index, empty stack`, ['naive', NAIVE_PROVIDERS[cloud].join(',')]);
    budget(`module ${cloud} median <= 2x floor (${(2 * floor.medianMs).toFixed(0)} ms)`, module.medianMs <= 2 * floor.medianMs);
    budget(`module ${cloud} peak RSS < 200 MB`, module.peakRssMb < 200);
  }
  // DigitalOcean and Azure bring big prebuilt providers: they must stay near the Hetzner module.
  const hetzner = rows.find((r) => r.label === 'module hetzner');
  for (const cloud of ['digitalocean', 'azure']) {
    const module = rows.find((r) => r.label === `module ${cloud}`);
    if (!hetzner || !module) continue;
    budget(`module ${cloud} median <= 1.5x module hetzner (${(1.5 * hetzner.medianMs).toFixed(0)} ms)`, module.medianMs <= 1.5 * hetzner.medianMs);
    budget(`module ${cloud} peak RSS <= 1.5x module hetzner (${(1.5 * hetzner.peakRssMb).toFixed(0)} MB)`, module.peakRssMb <= 1.5 * hetzner.peakRssMb);
  }
  const synth = nodeRow('all modules (npm run synth after the build)', ['synth']);
  budget(`whole synth median <= 3x floor (${(3 * floor.medianMs).toFixed(0)} ms)`, synth.medianMs <= 3 * floor.medianMs);
}

// --- runtime: Python and Go programs on @jsii/runtime ------------------------------------

const assemblies = {};

async function runtimeSection() {
  const fresh = (prefix) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const results = {};
  for (const program of runtime.PROGRAMS) {
    const order = runtime.loadOrder(program.uses);
    for (const name of order) assemblies[name] = assemblies[name] || runtime.assemblySizes(name);
    const cold = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const cacheDir = fresh('bench-jsii-cache-');
      const tmpDir = fresh('bench-jsii-tmp-');
      try { cold.push(await runtime.runProgram(program, { cacheDir, tmpDir })); } finally {
        for (const d of [cacheDir, tmpDir]) fs.rmSync(d, { recursive: true, force: true });
      }
    }
    const cacheDir = fresh('bench-jsii-cache-');
    const tmpDir = fresh('bench-jsii-tmp-');
    const warm = [];
    try {
      await runtime.runProgram(program, { cacheDir, tmpDir }); // fills the package cache
      for (let i = 0; i < RUNTIME_RUNS; i++) warm.push(await runtime.runProgram(program, { cacheDir, tmpDir }));
    } finally {
      for (const d of [cacheDir, tmpDir]) fs.rmSync(d, { recursive: true, force: true });
    }
    const loads = order.map((name) => ({
      name,
      used: program.uses.includes(name),
      warmLoadMs: median(warm.map((r) => r.loads.find((l) => l.name === name).ms)),
      ...assemblies[name],
    }));
    results[program.key] = { cold: summary(`${program.label}, first run`, cold), warm: summary(`${program.label}, warm`, warm), loads, hello: warm[0].hello };
    rows.push({ section: 'runtime', ...results[program.key].cold }, { section: 'runtime', ...results[program.key].warm });
    process.stderr.write(`measured ${program.label} on ${warm[0].hello}\n`);
  }
  const floor = results.floor.warm;
  for (const program of runtime.PROGRAMS.filter((p) => p.key !== 'floor')) {
    const { warm, loads } = results[program.key];
    const unused = loads.filter((l) => !l.used);
    const why = unused.length ? `; loads ${unused.map((l) => `${l.name} (${l.jsiiMb.toFixed(1)} MB .jsii, ${l.warmLoadMs} ms)`).join(', ')} it never uses` : '';
    budget(`runtime ${program.key} warm median ${warm.medianMs.toFixed(0)} ms <= ${RUNTIME_FACTOR}x floor (${(RUNTIME_FACTOR * floor.medianMs).toFixed(0)} ms)${why}`,
      warm.medianMs <= RUNTIME_FACTOR * floor.medianMs);
    budget(`runtime ${program.key} warm peak ${warm.peakRssMb.toFixed(0)} MB <= ${RUNTIME_FACTOR}x floor (${(RUNTIME_FACTOR * floor.peakRssMb).toFixed(0)} MB)`,
      warm.peakRssMb <= RUNTIME_FACTOR * floor.peakRssMb);
  }
  return results;
}

// --- report ------------------------------------------------------------------------------

async function main() {
  let runtimeResults;
  if (SECTIONS.includes('node')) nodeSection();
  if (SECTIONS.includes('runtime')) runtimeResults = await runtimeSection();

  const pad = (s, n) => `${String(s).padEnd(n - 1)} `;
  console.log(`\n${pad('scenario', 58)}${pad('runs', 6)}${pad('median ms', 11)}${pad('max ms', 9)}peak RSS MB`);
  for (const r of rows) console.log(`${pad(r.label, 58)}${pad(r.runs, 6)}${pad(r.medianMs.toFixed(0), 11)}${pad(r.maxMs.toFixed(0), 9)}${r.peakRssMb.toFixed(0)}`);
  if (runtimeResults) {
    console.log('\nassemblies each runtime program loads (* = it uses a type of it):');
    for (const p of runtime.PROGRAMS) {
      const list = runtimeResults[p.key].loads.map((l) => `${l.used ? '*' : ''}${l.name} ${l.jsiiMb.toFixed(1)} MB`).join(', ');
      console.log(`  ${p.key}: ${list}`);
    }
  }
  console.log('');
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}`);

  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} x ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    jsiiRuntime: runtime.runtimeVersion(),
    rows, checks, assemblies, runtime: runtimeResults,
  };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const failed = checks.filter((c) => !c.pass).length;
  console.log(`\nwrote bench/results.json; bench: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err.stack || err);
  process.exit(2);
});
