#!/usr/bin/env node
// npm run bench: what synthesis costs, measured three ways, each in fresh processes:
//   node     each module as `npm run synth` makes it, next to the floor (cdktf and an empty
//            stack) and a naive baseline (the same providers loaded through their index);
//            the module-to-floor ratios are a trend line, not a budget (the floor has no
//            resources, so a module is always a multiple of it)
//   runtime  Python and Go programs on @jsii/runtime's own bundle (bench/jsii-runtime.js):
//            the floor and each cloud's medium program, first run (fresh package cache and
//            TMPDIR) and warm, with the assemblies each one loads
//   user     what a user waits for on this machine: `npx cdktf synth` of a copy of
//            examples/hetzner, and `npm run synth` (build and every module)
// Prints the tables and the budgets, writes bench/results.json, exits 1 when a budget fails.
//   BENCH_ONLY=node,runtime,user   the sections to run (default all)
//   BENCH_RUNS (5) node runs, BENCH_RUNTIME_RUNS (3) warm runtime runs, BENCH_COLD_RUNS (2),
//   BENCH_USER_RUNS (3) example synth runs, BENCH_SYNTH_RUNS (2) `npm run synth` runs
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measure } = require('./process-tree');
const runtime = require('./jsii-runtime');

const root = path.resolve(__dirname, '..');
const env = (name, dflt) => Number(process.env[name] ?? dflt);
const RUNS = env('BENCH_RUNS', 5);
const RUNTIME_RUNS = env('BENCH_RUNTIME_RUNS', 3);
const COLD_RUNS = env('BENCH_COLD_RUNS', 2);
const USER_RUNS = env('BENCH_USER_RUNS', 3);
const SYNTH_RUNS = env('BENCH_SYNTH_RUNS', 2);
const SECTIONS = (process.env.BENCH_ONLY || 'node,runtime,user').split(',');
const { MODULE_STACKS } = require(path.join(root, 'lib', 'module-synth'));

/**
 * Budgets a user feels, on the 2-core machine this project is built on (shared with other
 * work, so figures move by a third): measured 2026-12-02, with about 1.5x headroom.
 */
const USER_BUDGETS = {
  exampleSynth: { seconds: 20, mb: 1200 },
  npmRunSynth: { seconds: 45, mb: 1200 },
};
/** Python and Go: a single-cloud program, warm, against the floor's warm figures. */
const RUNTIME_FACTOR = 2.5;

/** The providers each cloud's module uses, by package index: the naive way to load them. */
const SHARED = ['@cdktf/provider-tls', '@cdktf/provider-random'];
const NAIVE_PROVIDERS = {
  hetzner: [...SHARED, './constructs/hetzner/gen'],
  digitalocean: [...SHARED, '@cdktf/provider-digitalocean'],
  azure: [...SHARED, './constructs/azure/gen'],
  scaleway: [...SHARED, './constructs/scaleway/gen'],
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
const trend = [];
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
    trend.push(`module ${cloud}: ${(module.medianMs / floor.medianMs).toFixed(2)}x the floor's time, ${module.peakRssMb.toFixed(0)} MB`);
  }
  const synth = nodeRow('all modules (npm run synth after the build)', ['synth']);
  trend.push(`all modules: ${(synth.medianMs / floor.medianMs).toFixed(2)}x the floor's time, ${synth.peakRssMb.toFixed(0)} MB`);
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

// --- user: what a user waits for ---------------------------------------------------------

/**
 * A copy of examples/hetzner installed as its README says (kept under bench/.cache between
 * runs; the library's packed copy is taken afresh each time, as examples/README.md says).
 */
function exampleCopy() {
  const dir = path.join(__dirname, '.cache', 'example-hetzner');
  const src = path.join(root, 'examples', 'hetzner');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['main.ts', 'cdktf.json', 'tsconfig.json', 'package.json', '.npmrc']) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  const npm = (...args) => execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  npm('pkg', 'set', `dependencies.cdktf-gitpod-self-hosted=file:${root}`, `dependencies.cdktf-gitpod-self-hosted-hetzner=file:${path.join(root, 'constructs', 'hetzner')}`);
  for (const name of ['cdktf-gitpod-self-hosted', 'cdktf-gitpod-self-hosted-hetzner']) fs.rmSync(path.join(dir, 'node_modules', name), { recursive: true, force: true });
  process.stderr.write('installing a copy of examples/hetzner (npm install)\n');
  npm('install');
  const key = path.join(dir, 'id_ed25519.pub');
  if (!fs.existsSync(key)) fs.writeFileSync(key, `${require(path.join(root, 'lib', 'install', 'ssh-key')).generateSshHostKey('bench').publicKey}\n`);
  return { dir, key };
}

async function userRow(label, command, args, opts, runs, warmUp) {
  const all = [];
  for (let i = 0; i < runs + (warmUp ? 1 : 0); i++) {
    const r = await measure(command, args, opts);
    if (r.code !== 0) throw new Error(`${label}: exit ${r.code}\n${r.stderr.slice(-2000)}`);
    all.push(r);
  }
  const row = summary(label, warmUp ? all.slice(1) : all);
  rows.push({ section: 'user', ...row });
  process.stderr.write(`measured ${label}\n`);
  return row;
}

async function userSection() {
  const { dir, key } = exampleCopy();
  const npx = await userRow('npx cdktf synth (a copy of examples/hetzner)', 'npx', ['cdktf', 'synth'],
    { cwd: dir, env: { ...process.env, GITPOD_SSH_PUBLIC_KEY: key, CHECKPOINT_DISABLE: '1' } }, USER_RUNS, true);
  const b = USER_BUDGETS.exampleSynth;
  budget(`npx cdktf synth of examples/hetzner median ${(npx.medianMs / 1000).toFixed(1)} s <= ${b.seconds} s`, npx.medianMs <= b.seconds * 1000);
  budget(`npx cdktf synth of examples/hetzner peak ${npx.peakRssMb.toFixed(0)} MB <= ${b.mb} MB`, npx.peakRssMb <= b.mb);
  const synth = await userRow('npm run synth (build + every module)', 'npm', ['run', 'synth'], { cwd: root }, SYNTH_RUNS, false);
  const s = USER_BUDGETS.npmRunSynth;
  budget(`npm run synth median ${(synth.medianMs / 1000).toFixed(1)} s <= ${s.seconds} s`, synth.medianMs <= s.seconds * 1000);
  budget(`npm run synth peak ${synth.peakRssMb.toFixed(0)} MB <= ${s.mb} MB`, synth.peakRssMb <= s.mb);
}

// --- report ------------------------------------------------------------------------------

async function main() {
  let runtimeResults;
  if (SECTIONS.includes('node')) nodeSection();
  if (SECTIONS.includes('runtime')) runtimeResults = await runtimeSection();
  if (SECTIONS.includes('user')) await userSection();

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
  if (trend.length) {
    console.log('\ntrend (reported, no budget: the floor has no resources):');
    for (const t of trend) console.log(`  ${t}`);
  }
  console.log('');
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}`);

  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} x ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    jsiiRuntime: runtime.runtimeVersion(),
    rows, trend, checks, assemblies, runtime: runtimeResults,
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
