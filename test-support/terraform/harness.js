'use strict';
// Runs the real Terraform CLI offline against a child module, with every provider
// served by the fake provider plugin in ./provider (see provider/plugin.js).
//
//   const { createWorkspace } = require('./harness');
//   const ws = createWorkspace({ moduleDir, inputs, name: 'hetzner-small' });
//   await ws.get(); await ws.validate(); await ws.plan(); const plan = await ws.showPlan();
//   await ws.apply(); const outputs = await ws.output(); const again = await ws.planAgain();
//   ws.cleanup();
//
// The workspace is a temp dir holding a CLI config (dev_overrides for every provider
// the module needs, pointing at ./provider) and a root module main.tf.json that calls
// the module with the given inputs and re-exports all of its outputs.
// `terraform init` cannot be used: it asks the registry even for overridden providers;
// `terraform get` installs the child module, which is all the other commands need.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { cachedSchema } = require('./derive-schemas');

const COMMAND_TIMEOUT_MS = 5 * 60 * 1000;
const REPO = path.resolve(__dirname, '../..');

/**
 * The dev_overrides directory: a link to the fake provider's entry point for every provider
 * of the modules (lib/module-synth.js, which the registry of clouds feeds) and the few the
 * harness's own fixtures use, made once per run; createWorkspace adds the others a
 * configuration needs (e.g. the starter's cloudflare).
 */
const { MODULE_PROVIDERS } = require(path.join(REPO, 'lib', 'module-synth'));
/** The providers the harness's own fixtures use beside the modules'. */
const FIXTURE_PROVIDERS = ['http', 'null', 'time'];
const PLUGIN_DIR = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-fake-providers-'));
  for (const name of [...Object.keys(MODULE_PROVIDERS), ...FIXTURE_PROVIDERS]) {
    fs.symlinkSync(path.join(__dirname, 'provider', 'terraform-provider.sh'), path.join(dir, `terraform-provider-${name}`));
  }
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
})();

/** Links the fake provider as terraform-provider-<name> in PLUGIN_DIR, unless it is there. */
function linkPlugin(name) {
  const link = path.join(PLUGIN_DIR, `terraform-provider-${name}`);
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(__dirname, 'provider', 'terraform-provider.sh'), link);
}

/** Provider sources the harness overrides even when a module does not name them. */
const KNOWN_SOURCES = [
  ...Object.values(MODULE_PROVIDERS).map((p) => p.source),
  ...FIXTURE_PROVIDERS.map((name) => `hashicorp/${name}`),
];

const asList = (x) => (Array.isArray(x) ? x : x ? [x] : []);

/**
 * The JSON configuration of a folder: main.tf.json (a module of modules/, a fixture) or
 * cdk.tf.json (a stack as `cdktf synth` writes it, which Terraform reads as a module too).
 */
function moduleFile(moduleDir) {
  const names = ['main.tf.json', 'cdk.tf.json'];
  const found = names.map((n) => path.join(moduleDir, n)).find((f) => fs.existsSync(f));
  return found || path.join(moduleDir, names[0]);
}

/**
 * What a JSON module (and the local modules it calls) needs: provider local name ->
 * source, resource and data source types, outputs with their sensitivity.
 */
function inspectModule(moduleDir, seen = new Set()) {
  const info = { providers: {}, types: new Set(), outputs: {}, variables: {} };
  const file = moduleFile(moduleDir);
  if (seen.has(file)) return info;
  seen.add(file);
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const tf of asList(doc.terraform)) {
    for (const rp of asList(tf.required_providers)) {
      for (const [local, spec] of Object.entries(rp)) {
        info.providers[local] = typeof spec === 'string' ? `hashicorp/${local}` : spec.source || `hashicorp/${local}`;
      }
    }
  }
  for (const block of asList(doc.resource)) for (const type of Object.keys(block)) info.types.add(type);
  for (const block of asList(doc.data)) for (const type of Object.keys(block)) info.types.add(`data.${type}`);
  for (const block of asList(doc.output)) {
    for (const [name, o] of Object.entries(block)) info.outputs[name] = { sensitive: !!asList(o)[0].sensitive };
  }
  for (const block of asList(doc.variable)) for (const [name, v] of Object.entries(block)) info.variables[name] = asList(v)[0];
  for (const block of asList(doc.module)) {
    for (const call of Object.values(block)) {
      const src = asList(call)[0].source;
      if (typeof src === 'string' && /^\.\.?\//.test(src)) {
        const child = inspectModule(path.resolve(moduleDir, src), seen);
        Object.assign(info.providers, child.providers);
        child.types.forEach((t) => info.types.add(t));
      }
    }
  }
  return info;
}

/** Escapes strings so that Terraform's JSON syntax does not read them as templates. */
function literal(value) {
  if (typeof value === 'string') return value.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  if (Array.isArray(value)) return value.map(literal);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literal(v)]));
  return value;
}

function cliConfig(sources) {
  const lines = sources.map((s) => `    "${s}" = "${PLUGIN_DIR}"`);
  return `provider_installation {\n  dev_overrides {\n${lines.join('\n')}\n  }\n  direct {}\n}\n`;
}

/** The provider type name of a source address ("hetznercloud/hcloud" -> "hcloud"). */
const typeOfSource = (source) => source.split('/').pop();

/**
 * Writes schemas for providers without a real snapshot in provider-schemas/,
 * derived from their cdktf bindings and restricted to the types the module uses
 * (cached in schemas/ across runs: a big prebuilt provider such as digitalocean is slow to read).
 */
function prepareSchemas(dir, info) {
  const schemaDir = path.join(dir, 'schemas');
  fs.mkdirSync(schemaDir, { recursive: true });
  for (const source of new Set(Object.values(info.providers))) {
    const name = typeOfSource(source);
    if (fs.existsSync(path.join(REPO, 'provider-schemas', `${name}.json`))) continue;
    const types = [...info.types].filter((t) => t.replace(/^data\./, '').startsWith(`${name}_`));
    fs.writeFileSync(path.join(schemaDir, `${name}.json`), JSON.stringify(cachedSchema(name, types)));
  }
  return schemaDir;
}

/**
 * Runs terraform; resolves { code, stdout, stderr, ms, command } (never rejects on
 * exit codes). Problems the fake provider logged meanwhile are appended to stderr.
 */
function terraform(dir, env, args) {
  const started = Date.now();
  const logFile = env.TF_FAKE_PROVIDER_LOG;
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  return new Promise((resolve) => {
    // a hung provider plugin must not hang the run: no command here needs 5 minutes
    execFile('terraform', [...args], { cwd: dir, env, maxBuffer: 256 << 20, timeout: COMMAND_TIMEOUT_MS }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      if (err && err.killed) stderr += `\n[harness] killed after ${COMMAND_TIMEOUT_MS / 1000} s`;
      const pluginLog = fs.existsSync(logFile) ? fs.readFileSync(logFile).subarray(logStart).toString('utf8') : '';
      if (pluginLog) stderr += `\n[fake provider log]\n${pluginLog}`;
      resolve({ code, stdout, stderr, ms: Date.now() - started, command: `terraform ${args.join(' ')}` });
    });
  });
}

function parseJson(text) {
  try { return JSON.parse(text); } catch { return null; }
}

/**
 * Creates a workspace for one module run.
 *   moduleDir  folder with the module's main.tf.json
 *   inputs     module arguments (plain JSON values; strings are taken literally)
 *   name       a label for the temp dir
 *   moduleName name of the module call in the root module (default "under_test")
 *   providerConfig  optional { <local name>: { ...provider block } } for providers
 *              that need configuration (e.g. azurerm's features {})
 *   rootExtra  optional object merged into the root main.tf.json (extra resources)
 *   env        optional environment variables for every terraform run (and so for the
 *              local-exec provisioners it starts); PATH here replaces the inherited one
 */
function createWorkspace({ moduleDir, inputs = {}, name = 'run', moduleName = 'under_test', providerConfig = {}, rootExtra = {}, env: extraEnv = {} }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tf-${name}-`));
  const info = inspectModule(moduleDir);
  const sources = [...new Set([...KNOWN_SOURCES, ...Object.values(info.providers)])];
  sources.forEach((s) => linkPlugin(typeOfSource(s)));
  fs.writeFileSync(path.join(dir, 'cli.tfrc'), cliConfig(sources));
  const rel = path.relative(dir, path.resolve(moduleDir));
  const root = {
    terraform: { required_providers: Object.fromEntries(Object.entries(info.providers).map(([k, s]) => [k, { source: s }])) },
    module: { [moduleName]: { source: rel.startsWith('.') ? rel : `./${rel}`, ...literal(inputs) } },
    output: Object.fromEntries(Object.entries(info.outputs).map(([out, o]) => [out, {
      value: `\${module.${moduleName}.${out}}`, sensitive: o.sensitive,
    }])),
  };
  if (Object.keys(providerConfig).length) root.provider = providerConfig;
  for (const [k, v] of Object.entries(rootExtra)) root[k] = { ...(root[k] || {}), ...v };
  if (!Object.keys(root.output).length) delete root.output;
  fs.writeFileSync(path.join(dir, 'main.tf.json'), `${JSON.stringify(root, null, 2)}\n`);
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: path.join(dir, 'cli.tfrc'),
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    TF_FAKE_PROVIDER_STATE: path.join(dir, 'fake-provider'),
    TF_FAKE_PROVIDER_LOG: path.join(dir, 'fake-provider.log'),
    TF_FAKE_SCHEMA_DIR: prepareSchemas(dir, info),
    ...extraEnv,
  };
  delete env.TF_PLUGIN_CACHE_DIR;
  delete env.TF_DATA_DIR;
  const tf = (...args) => terraform(dir, env, args);
  const log = [];
  const step = async (...args) => { const r = await tf(...args); log.push(r); return r; };

  return {
    dir,
    info,
    log,
    /** terraform get: installs the child module (what init would do, minus the registry). */
    get: () => step('get', '-no-color'),
    /** terraform validate -json: { code, json } with json.valid and json.diagnostics. */
    async validate() { const r = await step('validate', '-json', '-no-color'); return { ...r, json: parseJson(r.stdout) }; },
    /** terraform plan -out=tfplan. */
    plan: () => step('plan', '-out=tfplan', '-input=false', '-no-color'),
    /** terraform show -json tfplan, parsed. */
    async showPlan() { const r = await step('show', '-json', 'tfplan'); return { ...r, json: parseJson(r.stdout) }; },
    /** terraform apply tfplan. */
    apply: () => step('apply', '-input=false', '-no-color', 'tfplan'),
    /** terraform apply -auto-approve: plan and apply in one run, without a plan file. */
    applyNow: () => step('apply', '-auto-approve', '-input=false', '-no-color'),
    /** terraform output -json, parsed ({ name: { value, type, sensitive } }). */
    async output() { const r = await step('output', '-json', '-no-color'); return { ...r, json: parseJson(r.stdout) }; },
    /** terraform show -json (the state after apply), parsed: { values: { root_module } }. */
    async showState() { const r = await step('show', '-json', '-no-color'); return { ...r, json: parseJson(r.stdout) }; },
    /** terraform plan -detailed-exitcode: code 0 = no changes, 2 = changes, 1 = error. */
    planAgain: () => step('plan', '-detailed-exitcode', '-input=false', '-no-color'),
    /** Any other terraform command in the workspace. */
    run: (...args) => step(...args),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Counts planned resource instances by type and by address, from `show -json`. */
function plannedResources(planJson, { actions = ['create', 'update', 'delete', 'no-op', 'read'] } = {}) {
  const list = (planJson && planJson.resource_changes) || [];
  return list.filter((rc) => rc.mode === 'managed' && rc.change.actions.some((a) => actions.includes(a)))
    .map((rc) => ({ address: rc.address, type: rc.type, actions: rc.change.actions }));
}

/**
 * Managed resource instances of a state (`terraform show -json`), from every module:
 * [{ address, type, name, index, values }].
 */
function stateResources(stateJson) {
  const out = [];
  const walk = (mod) => {
    if (!mod) return;
    for (const r of mod.resources || []) if (r.mode === 'managed') out.push(r);
    for (const child of mod.child_modules || []) walk(child);
  };
  walk(stateJson && stateJson.values && stateJson.values.root_module);
  return out;
}

/** An ed25519 OpenSSH public key line, for modules that read a key file. */
function sshPublicKey() {
  const crypto = require('crypto');
  const { publicKey } = crypto.generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const str = (b) => { const len = Buffer.alloc(4); len.writeUInt32BE(b.length); return Buffer.concat([len, b]); };
  const blob = Buffer.concat([str(Buffer.from('ssh-ed25519')), str(raw)]);
  return `ssh-ed25519 ${blob.toString('base64')} terraform-harness\n`;
}

module.exports = { createWorkspace, inspectModule, moduleFile, plannedResources, stateResources, sshPublicKey, PLUGIN_DIR, REPO };
