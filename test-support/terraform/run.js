#!/usr/bin/env node
'use strict';
// Offline Terraform tests of the synthesized modules (npm run test:terraform).
//
//   node test-support/terraform/run.js [filter ...] [--jobs N] [--keep] [--verbose]
//
// filter: "hetzner", "hetzner/small", "negative", "schemas", "unit" (default: all).
// For each scenario of scenarios.js whose module exists: terraform get, validate,
// plan (planned resource counts), apply, output (contract checks), and a second plan
// that must show no changes. Then the negative checks (negative.js), the schema
// self checks (derive-schemas.js) and the fake provider's unit checks (unit.js). Prints one line per check and closes with
// "N passed, M failed"; exits non-zero on any failure.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createWorkspace, sshPublicKey, REPO } = require('./harness');
const checks = require('./checks');
const scenarios = require('./scenarios');
const { NEGATIVES, runNegative } = require('./negative');
const { selfCheck } = require('./derive-schemas');
const unit = require('./unit');

function parseArgs(argv) {
  const opts = { filters: [], jobs: Math.max(1, Math.min(os.cpus().length, 4)), keep: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--jobs') opts.jobs = Number(argv[++i]);
    else if (argv[i] === '--keep') opts.keep = true;
    else if (argv[i] === '--verbose') opts.verbose = true;
    else opts.filters.push(argv[i]);
  }
  return opts;
}

const selected = (opts, label) => !opts.filters.length || opts.filters.some((f) => label === f || label.startsWith(`${f}/`));

/** Last lines of a failed command, for the report. */
const tail = (r) => `${r.command} exited ${r.code} after ${r.ms} ms\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-25).join('\n')}`;

/** Runs one scenario; resolves its list of check results (stops at the first failing step). */
async function runScenario(sc, opts) {
  const label = `${sc.cloud}/${sc.name}`;
  const results = [];
  const add = (list) => results.push(...list.map((r) => ({ ...r, name: `${label}: ${r.name}` })));
  const moduleDir = path.join(REPO, sc.moduleDir || path.join('modules', sc.cloud));
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-key-'));
  const sshPublicKeyPath = path.join(keyDir, 'id_ed25519.pub');
  fs.writeFileSync(sshPublicKeyPath, sshPublicKey());
  const inputs = sc.inputs({ sshPublicKeyPath });
  const moduleName = 'under_test';
  let ws;
  try {
    ws = createWorkspace({ moduleDir, inputs, name: `${sc.cloud}-${sc.name}`, moduleName, providerConfig: sc.providerConfig || {} });
  } catch (err) {
    // e.g. a provider without a schema snapshot or installed cdktf bindings
    fs.rmSync(keyDir, { recursive: true, force: true });
    add([checks.check('prepare workspace', false, err.message)]);
    return results;
  }
  const started = Date.now();
  const step = async (title, fn, ok = (r) => r.code === 0) => {
    const r = await fn();
    const passed = ok(r);
    add([checks.check(`${title} (${(r.ms / 1000).toFixed(1)} s)`, passed, tail(r))]);
    return passed ? r : null;
  };
  try {
    if (!await step('terraform get', ws.get)) return results;
    if (!await step('terraform validate', ws.validate, (r) => r.code === 0 && r.json && r.json.valid)) return results;
    if (!await step('terraform plan', ws.plan)) return results;
    const shown = await step('terraform show -json (plan)', ws.showPlan, (r) => r.code === 0 && r.json);
    if (!shown) return results;
    add(checks.resourceCounts(shown.json, sc.expect.resources, moduleName));
    if (!await step('terraform apply', ws.apply)) return results;
    const out = await step('terraform output -json', ws.output, (r) => r.code === 0 && r.json);
    if (!out) return results;
    const outputs = out.json;
    add(checks.outputChecks(outputs, sc.expect));
    if (sc.expect.kubeconfig) {
      const kc = outputs[sc.expect.kubeconfig];
      const context = inputs.kubecontext || scenarios.DEFAULT_KUBECONTEXT;
      add(kc ? checks.kubeconfigChecks(kc.value, context) : [checks.check('kubeconfig output', false, 'missing')]);
    }
    if (sc.expect.dnsRecords) {
      const recs = outputs[sc.expect.dnsRecords];
      add(checks.dnsRecordChecks(recs && recs.value, inputs.domain_name));
    }
    await step('second plan shows no changes', ws.planAgain, (r) => r.code === 0);
    return results;
  } finally {
    if (opts.verbose) console.error(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s in ${ws.dir}`);
    if (!opts.keep) ws.cleanup();
    fs.rmSync(keyDir, { recursive: true, force: true });
  }
}

/** Runs async tasks with at most `jobs` at once, printing each task's lines when it ends. */
async function pool(tasks, jobs, report) {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      report(await task());
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  const print = (results) => {
    for (const r of results) {
      if (r.ok) passed++; else failed++;
      console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
      if (!r.ok && r.detail) console.log(r.detail.split('\n').map((l) => `     | ${l}`).join('\n'));
    }
  };

  const tasks = [];
  for (const sc of scenarios) {
    const label = `${sc.cloud}/${sc.name}`;
    if (!selected(opts, label)) continue;
    const moduleFile = path.join(REPO, sc.moduleDir || path.join('modules', sc.cloud), 'main.tf.json');
    if (!fs.existsSync(moduleFile)) {
      console.log(`skip ${label}: ${path.relative(REPO, moduleFile)} does not exist`);
      continue;
    }
    tasks.push(() => runScenario(sc, opts));
  }
  if (selected(opts, 'negative')) {
    for (const neg of NEGATIVES) {
      tasks.push(async () => {
        const r = await runNegative(neg, { keep: opts.keep });
        return [{ ...r, name: `negative: ${r.name} (${(r.ms / 1000).toFixed(1)} s)` }];
      });
    }
  }
  if (selected(opts, 'schemas')) {
    print(selfCheck().map((r) => ({ ...r, name: `schemas: ${r.name}` })));
  }
  if (selected(opts, 'unit')) {
    print(unit.CHECKS.map((r) => ({ ...r, name: `unit: ${r.name}` })));
  }
  await pool(tasks, opts.jobs, print);
  console.log(`terraform harness: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err.stack || err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
