#!/usr/bin/env node
// npm run test:examples (part of npm test): every cdktf app under examples/ used as its
// README says, outside the checkout. For each folder with a package.json, the README's
// "copy" block (the shell block with `cp -r examples/<name>`) runs as written, with bash,
// from a clean view of the checkout (the folder without anything an install in place left
// in it), with two placeholders filled in: ~/my-gitpod becomes a temp folder and
// /path/to/cdktf-gitpod-self-hosted this checkout. The block must end with
// `npx cdktf synth`; the stack it writes must hold resources of the providers the app
// configures. The starter's stack is then applied by the offline Terraform harness
// (scenario starter/small). Needs the npm registry (the apps install cdktf-cli and the
// providers; npm's cache makes later runs quicker) and a built checkout (`npm ci` builds it).
//
//   node scripts/check-examples.js [name ...] [--keep]
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const examplesDir = path.join(root, 'examples');
/** Generous bounds for one app: a first install downloads cdktf-cli and the providers. */
const INSTALL_TIMEOUT_MS = 15 * 60 * 1000;
/** What an install or a synth in place leaves in an example folder; a copy starts without it. */
const LEFT_BY_USE = new Set(['node_modules', 'cdktf.out', 'package-lock.json']);

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.filter((a) => !a.startsWith('--'));
const apps = fs.readdirSync(examplesDir)
  .filter((name) => fs.existsSync(path.join(examplesDir, name, 'package.json')))
  .filter((name) => !only.length || only.includes(name));
if (only.some((name) => !apps.includes(name))) {
  console.error(`check-examples: no app named ${only.filter((n) => !apps.includes(n)).join(', ')}; the apps are folders of examples/ with a package.json`);
  process.exit(2);
}

/** The README's shell block that copies the app, as a list of lines. */
function copyBlock(name) {
  const readme = path.join(examplesDir, name, 'README.md');
  if (!fs.existsSync(readme)) throw new Error(`examples/${name} has no README.md: write one that says how to copy and synthesize it`);
  const blocks = [...fs.readFileSync(readme, 'utf8').matchAll(/```shell\n([\s\S]*?)```/g)].map((m) => m[1]);
  const block = blocks.find((b) => b.includes(`cp -r examples/${name} `));
  if (!block) throw new Error(`examples/${name}/README.md has no shell block with "cp -r examples/${name} ~/my-gitpod": the copy must be documented`);
  const commands = block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l && !l.startsWith('#'));
  if (commands[commands.length - 1] !== 'npx cdktf synth') {
    throw new Error(`examples/${name}/README.md: the copy block ends with "${commands[commands.length - 1]}", not "npx cdktf synth"`);
  }
  return block;
}

/** An ed25519 public key for `synth` (the apps read GITPOD_SSH_PUBLIC_KEY, their README says). */
function publicKeyFile(dir) {
  const { generateSshHostKey } = require(path.join(root, 'lib', 'install', 'ssh-key'));
  const file = path.join(dir, 'id_ed25519.pub');
  fs.writeFileSync(file, `${generateSshHostKey('check-examples').publicKey}\n`);
  return file;
}

/** Problems of a synthesized stack: it parses, and has resources of the providers it configures. */
function stackProblems(file) {
  if (!fs.existsSync(file)) return [`${file} was not written`];
  const stack = JSON.parse(fs.readFileSync(file, 'utf8'));
  const types = Object.keys(stack.resource || {});
  const problems = [];
  if (!types.length) problems.push('the stack has no resources');
  for (const provider of Object.keys(stack.provider || {})) {
    if (!types.some((t) => t.startsWith(`${provider}_`))) problems.push(`provider ${provider} is configured but none of its resources is in the stack`);
  }
  return problems;
}

function checkApp(name) {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `check-example-${name}-`));
  if (!path.relative(root, work).startsWith('..')) throw new Error(`the temp folder ${work} is inside the checkout: set TMPDIR elsewhere`);
  const results = [];
  const add = (title, problems) => results.push({ name: `examples/${name}: ${title}`, ok: !problems.length, detail: problems.join('\n') });
  try {
    const block = copyBlock(name);
    const view = path.join(work, 'checkout');
    fs.cpSync(path.join(examplesDir, name), path.join(view, 'examples', name), { recursive: true, filter: (src) => !LEFT_BY_USE.has(path.basename(src)) });
    const target = path.join(work, 'my-gitpod');
    const script = block.replace(/~\/my-gitpod/g, JSON.stringify(target)).replace(/\/path\/to\/cdktf-gitpod-self-hosted/g, root);
    const env = {
      ...process.env,
      GITPOD_SSH_PUBLIC_KEY: publicKeyFile(work),
      CHECKPOINT_DISABLE: '1',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: view, env, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, maxBuffer: 64 << 20 });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const output = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !/^!!/.test(l) && l.trim()).slice(-30).join('\n');
    add(`the README's copy block runs (${seconds} s)`, run.status === 0 ? [] : [`exit ${run.status}${run.error ? ` (${run.error.message})` : ''}`, output]);
    if (run.status !== 0) return results;
    const stackDir = path.join(target, 'cdktf.out', 'stacks', 'gitpod');
    add('the synthesized stack cdktf.out/stacks/gitpod/cdk.tf.json holds the cluster', stackProblems(path.join(stackDir, 'cdk.tf.json')));
    if (name === 'starter') {
      // the harness prints one line per check; its exit code says whether all passed
      const harness = spawnSync(process.execPath, [path.join(root, 'test-support', 'terraform', 'run.js'), 'starter/small', '--module', `starter=${stackDir}`], { cwd: root, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
      const failed = harness.stdout.split('\n').filter((l) => l.startsWith('FAIL') || l.startsWith('     |'));
      add(`the Terraform harness applies the stack (${harness.stdout.trim().split('\n').pop()})`, harness.status === 0 ? [] : [`exit ${harness.status}`, ...failed, harness.stderr.trim()]);
    }
    return results;
  } catch (err) {
    add('prepared', [err.message]);
    return results;
  } finally {
    if (keep) console.error(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

// The apps install a packed copy of this checkout: it must be built (npm ci's prepare does it).
execFileSync(process.execPath, [path.join(__dirname, 'prepare.js')], { cwd: root, stdio: 'inherit' });
const started = Date.now();
let passed = 0;
let failed = 0;
for (const name of apps) {
  for (const r of checkApp(name)) {
    if (r.ok) passed++; else failed++;
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
    if (!r.ok && r.detail) console.log(r.detail.split('\n').map((l) => `     | ${l}`).join('\n'));
  }
}
console.log(`check-examples: ${apps.length} apps in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
