#!/usr/bin/env node
'use strict';
// Offline Terraform tests of the synthesized modules (npm run test:terraform).
//
//   node test-support/terraform/run.js [filter ...] [--jobs N] [--keep] [--verbose]
//                                      [--module <cloud>=<folder>]
//
// filter: "hetzner", "hetzner/small", "negative", "schemas", "unit" (default: all).
// --module runs a cloud's scenarios against another module folder (e.g. a patched copy).
// For each scenario of scenarios.js whose module exists: terraform get, validate,
// plan (planned resource counts), apply, output (contract checks), the cluster checks
// on the state (user data, certificates), the readiness checks with the fake curl, and
// a second plan that must show no changes. Then the negative checks (negative.js), the
// schema self checks (derive-schemas.js), the fake provider's unit checks (unit.js) and
// the checks' own (checks-unit.js). Prints one line per check and closes with
// "N passed, M failed"; exits non-zero on any failure.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createWorkspace, moduleFile, sshPublicKey, REPO } = require('./harness');
const checks = require('./checks');
const scenarios = require('./scenarios');
const { NEGATIVES, runNegative } = require('./negative');
const { selfCheck } = require('./derive-schemas');
const unit = require('./unit');
const checksUnit = require('./checks-unit');

/** Folder of the fake curl put first on the PATH of scenarios with `fakeCurl`. */
const FAKE_BIN = path.join(__dirname, 'fake-bin');

function parseArgs(argv) {
  const opts = { filters: [], jobs: Math.max(1, Math.min(os.cpus().length, 4)), keep: false, verbose: false, modules: {} };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--jobs') opts.jobs = Number(argv[++i]);
    else if (argv[i] === '--module') {
      const [cloud, dir] = String(argv[++i]).split('=');
      opts.modules[cloud] = path.resolve(dir);
    }
    else if (argv[i] === '--keep') opts.keep = true;
    else if (argv[i] === '--verbose') opts.verbose = true;
    else opts.filters.push(argv[i]);
  }
  return opts;
}

const selected = (opts, label) => !opts.filters.length || opts.filters.some((f) => label === f || label.startsWith(`${f}/`));

/** Last lines of a failed command, for the report. */
const tail = (r) => `${r.command} exited ${r.code} after ${r.ms} ms\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-25).join('\n')}`;

/**
 * One check per cloud of the registry (lib/clouds.ts) and size of its catalog entry: the
 * table has a scenario for it, so that a new cloud or size cannot go without one.
 */
function coverage() {
  const { CLOUDS } = require(path.join(REPO, 'lib', 'clouds'));
  const { supportedSizes } = require(path.join(REPO, 'lib', 'catalog'));
  return CLOUDS.flatMap(({ name }) => supportedSizes(name).map((size) => ({
    name: `coverage: ${name}/${size} has a scenario`,
    ok: scenarios.some((sc) => sc.cloud === name && sc.name === size),
  })));
}

/** The module folder of a scenario. */
const moduleDirOf = (sc, opts) => opts.modules[sc.cloud] || path.join(REPO, sc.moduleDir || path.join('modules', sc.cloud));

/** Environment of a scenario's terraform runs: the fake curl, when it declares one. */
function fakeCurlEnv(sc, curlDir) {
  if (!sc.fakeCurl) return {};
  return {
    PATH: `${FAKE_BIN}${path.delimiter}${process.env.PATH}`,
    FAKE_CURL_DIR: curlDir,
    FAKE_CURL_READY_NODES: [].concat(sc.fakeCurl.readyNodes === undefined ? 0 : sc.fakeCurl.readyNodes).join(' '),
    FAKE_CURL_READYZ: sc.fakeCurl.readyz || 'ok',
  };
}

/**
 * Runs one scenario; resolves its list of check results (stops at the first failing step).
 * hooks.prepared({ curlDir }) is called once the fake curl's folder exists.
 */
async function runScenario(sc, opts, hooks = {}) {
  const label = `${sc.cloud}/${sc.name}`;
  const results = [];
  const add = (list) => results.push(...list.map((r) => ({ ...r, name: `${label}: ${r.name}` })));
  const moduleDir = moduleDirOf(sc, opts);
  // key file, fake curl records and files for cloud-init: outside the workspace
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-key-'));
  const curlDir = path.join(keyDir, 'fake-curl');
  fs.mkdirSync(curlDir);
  if (hooks.prepared) hooks.prepared({ curlDir });
  const sshPublicKeyPath = path.join(keyDir, 'id_ed25519.pub');
  fs.writeFileSync(sshPublicKeyPath, sshPublicKey());
  const inputs = sc.inputs({ sshPublicKeyPath });
  const moduleName = 'under_test';
  const { expect } = sc;
  let ws;
  try {
    ws = createWorkspace({
      moduleDir, inputs, name: `${sc.cloud}-${sc.name}`, moduleName, providerConfig: sc.providerConfig || {}, env: fakeCurlEnv(sc, curlDir),
    });
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
  const combined = (r) => `${r.stdout}\n${r.stderr}`;
  try {
    if (!await step('terraform get', ws.get)) return results;
    if (expect.applyFails) {
      // A failing apply: validate, a separate plan and its JSON add nothing here, and time
      // counts. Terraform wraps diagnostics at 78 columns: match with spaces collapsed.
      await step(`terraform apply -auto-approve fails with ${expect.applyFails}`, ws.applyNow,
        (r) => r.code !== 0 && expect.applyFails.test(combined(r).replace(/\s+/g, ' ')));
      if (sc.fakeCurl) {
        const state = await step('terraform show -json (state)', ws.showState, (r) => r.code === 0 && r.json);
        add(checks.readinessChecks({ curlDir, state: state && state.json, readyzFails: sc.fakeCurl.readyz === 'fail' }));
      }
      return results;
    }
    let applied;
    if (sc.quick) {
      // a variant of a scenario that validates and plans the same module: apply at once
      applied = await step('terraform apply -auto-approve', ws.applyNow);
    } else {
      if (!await step('terraform validate', ws.validate, (r) => r.code === 0 && r.json && r.json.valid)) return results;
      if (!await step('terraform plan', ws.plan)) return results;
      const shown = await step('terraform show -json (plan)', ws.showPlan, (r) => r.code === 0 && r.json);
      if (!shown) return results;
      add(checks.resourceCounts(shown.json, expect.resources, moduleName));
      applied = await step('terraform apply', ws.apply);
    }
    if (!applied) return results;
    if (expect.readiness) {
      const ran = (what) => combined(applied).split('\n').filter((l) => new RegExp(`terraform_data\\.\\S*${what}\\S*: Provisioning with 'local-exec'`).test(l));
      add([checks.check('the readiness wait ran (local-exec of a terraform_data)', ran('ready').length === 1,
        `${ran('ready').length} local-exec provisioners of the readiness terraform_data ran`)]);
      // The upgrade step runs once after it, hands over both Plans and finds every node on the release.
      add([checks.check('the upgrade step ran after it (local-exec of a terraform_data)', ran('upgrade').length === 1,
        `${ran('upgrade').length} local-exec provisioners of the upgrade terraform_data ran`)]);
      add(checks.upgradePlanChecks({ curlDir, version: inputs.k3s_version || checks.DEFAULT_K3S_VERSION, output: combined(applied) }));
      if (expect.nodeTemplate) {
        add([checks.check('the node template step ran after it (local-exec of a terraform_data)', ran('node-template').length === 1,
          `${ran('node-template').length} local-exec provisioners of the node template terraform_data ran`)]);
      }
      if (inputs.etcd_s3) add(checks.etcdS3SecretChecks({ curlDir, inputs, output: combined(applied) }));
      if (inputs.reboot_window && inputs.os_updates !== false) add(checks.kuredChecks({ curlDir, window: inputs.reboot_window }));
      // Its progress reaches the user: Terraform suppresses a provisioner's output when
      // its environment holds a sensitive value.
      add([checks.check('the readiness wait\'s progress is shown ("the cluster is ready")',
        /gitpod-self-hosted: the cluster is ready \(\d+ nodes Ready\)/.test(combined(applied)),
        /output suppressed due to sensitive value/.test(combined(applied)) ? 'output suppressed due to a sensitive value' : 'no such line')]);
    }
    const out = await step('terraform output -json', ws.output, (r) => r.code === 0 && r.json);
    if (!out) return results;
    const outputs = out.json;
    add(checks.outputChecks(outputs, expect));
    if (expect.kubeconfig) {
      const kc = outputs[expect.kubeconfig];
      const context = inputs.kubecontext || scenarios.DEFAULT_KUBECONTEXT;
      add(kc ? checks.kubeconfigChecks(kc.value, context) : [checks.check('kubeconfig output', false, 'missing')]);
    }
    if (expect.services) add(checks.servicesChecks(outputs, expect.services));
    if (expect.dnsRecords) {
      const recs = outputs[expect.dnsRecords];
      add(checks.dnsRecordChecks(recs && recs.value, inputs.domain_name));
    }
    if (expect.cluster || expect.readiness) {
      const state = await step('terraform show -json (state)', ws.showState, (r) => r.code === 0 && r.json);
      const kubeconfig = expect.kubeconfig && outputs[expect.kubeconfig] && outputs[expect.kubeconfig].value;
      if (state && expect.cluster) {
        add(await checks.clusterChecks({
          state: state.json, outputs, moduleName, cluster: expect.cluster, os: expect.os, snapshots: expect.snapshots, osUpdates: expect.osUpdates,
          kubeconfigOutput: expect.kubeconfig, tokenOutput: expect.k3sToken, tmpDir: path.join(keyDir, 'user-data'),
        }));
      }
      if (state && expect.nodeTemplate) {
        add(checks.nodeTemplateChecks({
          curlDir, version: inputs.k3s_version || checks.DEFAULT_K3S_VERSION, pools: expect.nodeTemplate.pools, token: inputs.hcloud_token,
          state: state.json, output: combined(applied),
        }));
      }
      if (state && expect.readiness) {
        add(checks.readinessChecks({
          curlDir, kubeconfig, state: state.json, nodes: expect.readiness.nodes, readyNodes: [].concat(sc.fakeCurl.readyNodes),
        }));
      }
    }
    await step('second plan shows no changes', ws.planAgain, (r) => r.code === 0);
    if (expect.upgrade) {
      // A new k3s release: the plan replaces or deletes no server (nor an autoscaled group).
      const root = JSON.parse(fs.readFileSync(path.join(ws.dir, 'main.tf.json'), 'utf8'));
      root.module[moduleName].k3s_version = expect.upgrade.to;
      fs.writeFileSync(path.join(ws.dir, 'main.tf.json'), `${JSON.stringify(root, null, 2)}\n`);
      if (!await step(`terraform plan with k3s_version = ${expect.upgrade.to}`, () => ws.run('plan', '-out=tfupgrade', '-input=false', '-no-color'))) return results;
      const shown = await step('terraform show -json (the upgrade plan)', async () => {
        const r = await ws.run('show', '-json', 'tfupgrade');
        return { ...r, json: JSON.parse(r.stdout) };
      }, (r) => r.code === 0 && r.json);
      if (shown) add(checks.upgradeChecks(shown.json, expect.upgrade));
      root.module[moduleName].k3s_version = inputs.k3s_version;
      if (inputs.k3s_version === undefined) delete root.module[moduleName].k3s_version;
      fs.writeFileSync(path.join(ws.dir, 'main.tf.json'), `${JSON.stringify(root, null, 2)}\n`);
    }
    if (expect.replaceFirstManager) {
      // Replacing the first manager (a lost machine) touches nothing but what points at it.
      const state = await step('terraform show -json (state, for the replacement)', ws.showState, (r) => r.code === 0 && r.json);
      const first = state && checks.firstManagerAddress(state.json);
      if (!first) { add([checks.check('the state has one first manager to replace', false, 'none found')]); return results; }
      if (!await step(`terraform plan -replace=${first}`, () => ws.run('plan', '-out=tfreplace', `-replace=${first}`, '-input=false', '-no-color'))) return results;
      const shown = await step('terraform show -json (the replacement plan)', async () => {
        const r = await ws.run('show', '-json', 'tfreplace');
        return { ...r, json: JSON.parse(r.stdout) };
      }, (r) => r.code === 0 && r.json);
      if (shown) add(checks.replaceChecks(shown.json, first, expect.replaceFirstManager));
    }
    return results;
  } finally {
    if (opts.verbose) console.error(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s in ${ws.dir} (key, fake curl, user data: ${keyDir})`);
    if (!opts.keep) {
      ws.cleanup();
      fs.rmSync(keyDir, { recursive: true, force: true });
    }
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
  const waiting = [];
  const gates = [];
  for (const sc of scenarios) {
    const label = `${sc.cloud}/${sc.name}`;
    if (!selected(opts, label)) continue;
    const file = moduleFile(moduleDirOf(sc, opts));
    if (!fs.existsSync(file)) {
      console.log(`skip ${label}: ${path.relative(REPO, file)} does not exist${sc.missing ? ` (${sc.missing})` : ''}`);
      continue;
    }
    // a crash of one scenario is its failure, not the end of the run
    const run = (hooks) => runScenario(sc, opts, hooks).catch((err) => [{ name: `${label}: crashed`, ok: false, detail: err.stack || String(err) }]);
    if (sc.waits) {
      // scenarios that mostly sleep (the readiness waits) start at once, beside the pool
      let curlDir;
      let done = false;
      waiting.push(run({ prepared: (x) => { curlDir = x.curlDir; } }).then((r) => { done = true; print(r); }));
      if (sc.fakeCurl) gates.push(() => done || (curlDir && fs.existsSync(path.join(curlDir, 'calls'))));
    } else {
      tasks.push(() => run());
    }
  }
  if (selected(opts, 'negative')) {
    for (const neg of NEGATIVES) {
      tasks.push(async () => {
        const r = await runNegative(neg, { keep: opts.keep });
        return [{ ...r, name: `negative: ${r.name} (${(r.ms / 1000).toFixed(1)} s)` }];
      });
    }
  }
  if (selected(opts, 'coverage')) print(coverage());
  if (selected(opts, 'schemas')) {
    print(selfCheck().map((r) => ({ ...r, name: `schemas: ${r.name}` })));
  }
  if (selected(opts, 'unit')) {
    print(unit.CHECKS.map((r) => ({ ...r, name: `unit: ${r.name}` })));
    tasks.push(async () => (await checksUnit.run()).map((r) => ({ ...r, name: `unit: ${r.name}` })));
  }
  // Let the sleeping scenarios reach their wait (their first curl) before the others
  // compete for the CPU: their sleep then overlaps the rest of the run (at most 30 s).
  const gateEnd = Date.now() + 30 * 1000;
  while (gates.some((open) => !open()) && Date.now() < gateEnd) await new Promise((r) => setTimeout(r, 200));
  await pool(tasks, opts.jobs, print);
  await Promise.all(waiting);
  console.log(`terraform harness: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err.stack || err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
