'use strict';
// What a Python or Go program costs, measured on the runtime those users run: the bundle of
// @jsii/runtime (the version jsii-pacmak 1.140 makes the generated packages require: Python
// `jsii>=1.140.0,<2`, Go `github.com/aws/jsii-runtime-go v1.140.0`, each embedding this
// bundle), driven over its stdin/stdout JSON protocol as their clients drive it: the hello
// line, one `load` per assembly (a Python import loads the package's assembly and, first,
// every jsii dependency's), then create/sget/get/invoke, synth, exit.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { measure } = require('./process-tree');

const root = path.resolve(__dirname, '..');
const RUNTIME = path.join(root, 'node_modules', '@jsii', 'runtime', 'webpack', 'bin', 'jsii-runtime.js');
const CACHE = path.join(__dirname, '.cache');

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** This checkout's packages: the core and one per cloud. */
const OWN = require(path.join(root, 'scripts', 'packages')).packages();

/** package.json folder of an installed jsii package, or of one of this checkout's. */
function packageDir(name) {
  const own = OWN.find((p) => p.name === name);
  return own ? own.dir : path.join(root, 'node_modules', name);
}

/**
 * The tarball a Python wheel or Go module embeds for `name` (npm pack of the package; this
 * checkout's from dist/<package>/js, `npm run package`), packed once per version under bench/.cache.
 */
function tarball(name) {
  const dir = packageDir(name);
  const { version } = readJson(path.join(dir, 'package.json'));
  if (OWN.some((p) => p.name === name)) {
    const js = path.join(root, 'dist', name, 'js');
    const file = fs.existsSync(js) && fs.readdirSync(js).find((f) => f.endsWith('.tgz'));
    if (!file) throw new Error(`dist/${name}/js holds no tarball: run \`npm run package\` (npm run bench does)`);
    return { name, version, file: path.join(js, file) };
  }
  fs.mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, `${name.replace(/[@/]/g, '_')}-${version}.tgz`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`packing ${name}@${version} for the runtime scenarios\n`);
    const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', CACHE], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
    fs.renameSync(path.join(CACHE, packed), file);
  }
  return { name, version, file };
}

/**
 * Every assembly the client loads for `used` (the assemblies whose types the program names),
 * dependencies first, as a Python import of each does: from each .jsii's `dependencies`.
 */
function loadOrder(used) {
  const order = [];
  const visit = (name) => {
    if (order.includes(name)) return;
    const assembly = readJson(path.join(packageDir(name), '.jsii'));
    for (const dep of Object.keys(assembly.dependencies || {}).sort()) visit(dep);
    order.push(name);
  };
  for (const name of used) visit(name);
  return order;
}

/** Size of a package's .jsii and of its tarball, in MB. */
function assemblySizes(name) {
  return {
    jsiiMb: fs.statSync(path.join(packageDir(name), '.jsii')).size / 1e6,
    tarballMb: fs.statSync(tarball(name).file).size / 1e6,
  };
}

/** A jsii client over the runtime's stdio: one request a line, one response a line. */
function client(child) {
  let buffer = '';
  const waiting = [];
  const lines = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (data) => {
    buffer += data;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      const message = JSON.parse(line);
      if (waiting.length) waiting.shift()(message); else lines.push(message);
    }
  });
  const next = () => new Promise((resolve) => (lines.length ? resolve(lines.shift()) : waiting.push(resolve)));
  const request = async (req) => {
    child.stdin.write(`${JSON.stringify(req)}\n`);
    const res = await next();
    if (res.error) throw new Error(`${req.api} ${req.fqn || req.method || req.property || req.name || ''}: ${res.error}`);
    if (res.callback) throw new Error(`${req.api}: the runtime asked for a callback, which these programs never need`);
    return res.ok;
  };
  return {
    hello: next,
    load: (t) => request({ api: 'load', name: t.name, version: t.version, tarball: t.file }),
    create: async (fqn, args = []) => request({ api: 'create', fqn, args, overrides: [], interfaces: [] }),
    sget: (fqn, property) => request({ api: 'sget', fqn, property }).then((r) => r.value),
    get: (objref, property) => request({ api: 'get', objref, property }).then((r) => r.value),
    invoke: (objref, method, args = []) => request({ api: 'invoke', objref, method, args }).then((r) => r.result),
    exit: () => child.stdin.end(`${JSON.stringify({ exit: 0 })}\n`),
  };
}

/**
 * Runs one program in a fresh runtime process. cacheDir: JSII_RUNTIME_PACKAGE_CACHE_ROOT
 * (a fresh one: a first run; a used one: warm); tmpDir: TMPDIR of the runtime (it unpacks
 * every tarball there when the cache misses). Resolves { wallMs, peakRssMb, loads }.
 */
async function runProgram(program, { cacheDir, tmpDir }) {
  const order = loadOrder(program.uses);
  const packs = order.map(tarball);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-runtime-out-'));
  const env = { ...process.env, JSII_RUNTIME_PACKAGE_CACHE_ROOT: cacheDir, TMPDIR: tmpDir };
  delete env.JSII_RUNTIME_PACKAGE_CACHE;
  try {
    const run = await measure(process.execPath, [RUNTIME], {
      cwd: outdir,
      env,
      talk: async (child) => {
        const k = client(child);
        const hello = await k.hello();
        if (!hello.hello) throw new Error(`the runtime said ${JSON.stringify(hello)} before hello`);
        const loads = [];
        for (const t of packs) {
          const started = Date.now();
          const res = await k.load(t);
          loads.push({ name: t.name, ms: Date.now() - started, types: res.types });
        }
        await program.run(k, { outdir, sshPublicKey: SSH_PUBLIC_KEY });
        k.exit();
        return { hello: hello.hello, loads };
      },
    });
    if (run.code !== 0) throw new Error(`${program.label}: the runtime exited ${run.code}\n${run.stderr.slice(-2000)}`);
    const stack = path.join(outdir, 'stacks', program.stack, 'cdk.tf.json');
    if (!fs.existsSync(stack)) throw new Error(`${program.label}: synth wrote no ${path.relative(outdir, stack)}`);
    return { wallMs: run.wallMs, peakRssMb: run.peakRssMb, ...run.result };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** An ed25519 OpenSSH public key line, as a program reads it from ~/.ssh. */
const SSH_PUBLIC_KEY = `${require(path.join(root, 'lib', 'install', 'ssh-key')).generateSshHostKey('bench').publicKey}\n`;
const LIB = 'cdktf-gitpod-self-hosted';
/** A cloud's package, whose types a program on that cloud names. */
const cloudLib = (cloud) => `${LIB}-${cloud}`;

/** The app and stack every program starts with; synth at the end. */
async function inStack(k, { outdir }, id, body) {
  const app = await k.create('cdktf.App', [{ outdir }]);
  const stack = await k.create('cdktf.TerraformStack', [app, id]);
  await body(stack);
  await k.invoke(app, 'synth');
}

/** The medium cluster of a cloud, as the README's programs build it, with its kubeconfig output. */
async function mediumCluster(k, ctx, stack, cloud, construct, props) {
  const size = await k.sget(`${LIB}.ClusterSize`, 'MEDIUM');
  const cluster = await k.create(`${cloudLib(cloud)}.${construct}`, [stack, 'gitpod', {
    domainName: 'gitpod.example.com', size, sshPublicKey: ctx.sshPublicKey, ...props,
  }]);
  const kubeconfig = await k.get(cluster, 'kubeconfig');
  await k.create('cdktf.TerraformOutput', [stack, 'kubeconfig', { value: kubeconfig, sensitive: true }]);
}

const SHARED = ['@cdktf/provider-tls', '@cdktf/provider-random'];
async function sharedProviders(k, stack) {
  await k.create('@cdktf/provider-tls.provider.TlsProvider', [stack, 'tls']);
  await k.create('@cdktf/provider-random.provider.RandomProvider', [stack, 'random']);
}

/**
 * The programs: the floor (constructs and cdktf, an empty stack), then each cloud's medium
 * cluster (README, "From Python or Go", and examples/<cloud>/main.ts). `uses` names the
 * assemblies whose types the program itself names, as its imports would.
 */
const PROGRAMS = [
  {
    label: 'floor: constructs + cdktf, empty stack',
    key: 'floor',
    uses: ['constructs', 'cdktf'],
    stack: 'empty',
    run: (k, ctx) => inStack(k, ctx, 'empty', async () => undefined),
  },
  {
    label: 'Hetzner medium',
    key: 'hetzner',
    uses: ['constructs', 'cdktf', ...SHARED, LIB, cloudLib('hetzner')],
    stack: 'gitpod',
    run: (k, ctx) => inStack(k, ctx, 'gitpod', async (stack) => {
      await k.create(`${cloudLib('hetzner')}.hcloud.provider.HcloudProvider`, [stack, 'hcloud']);
      await sharedProviders(k, stack);
      await mediumCluster(k, ctx, stack, 'hetzner', 'HetznerGitpodCluster', { location: 'nbg1', workerCount: 3 });
    }),
  },
  {
    label: 'DigitalOcean medium',
    key: 'digitalocean',
    uses: ['constructs', 'cdktf', '@cdktf/provider-digitalocean', ...SHARED, LIB, cloudLib('digitalocean')],
    stack: 'gitpod',
    run: (k, ctx) => inStack(k, ctx, 'gitpod', async (stack) => {
      await k.create('@cdktf/provider-digitalocean.provider.DigitaloceanProvider', [stack, 'digitalocean']);
      await sharedProviders(k, stack);
      await mediumCluster(k, ctx, stack, 'digitalocean', 'DigitalOceanGitpodCluster', { location: 'fra1', workerCount: 3 });
    }),
  },
  {
    label: 'Azure medium',
    key: 'azure',
    uses: ['constructs', 'cdktf', ...SHARED, LIB, cloudLib('azure')],
    stack: 'gitpod',
    run: (k, ctx) => inStack(k, ctx, 'gitpod', async (stack) => {
      await k.create(`${cloudLib('azure')}.azurerm.provider.AzurermProvider`, [stack, 'azurerm', {
        // an empty struct goes by its type, as the Python client sends every struct
        features: [{ '$jsii.struct': { fqn: `${cloudLib('azure')}.azurerm.provider.AzurermProviderFeatures`, data: {} } }],
      }]);
      await sharedProviders(k, stack);
      const location = 'uksouth';
      const group = await k.create(`${cloudLib('azure')}.azurerm.resourceGroup.ResourceGroup`, [stack, 'resource-group', { name: 'gitpod', location }]);
      const groupName = await k.get(group, 'name');
      const identity = await k.create(`${cloudLib('azure')}.azurerm.userAssignedIdentity.UserAssignedIdentity`, [stack, 'identity', { name: 'gitpod', resourceGroupName: groupName, location }]);
      await mediumCluster(k, ctx, stack, 'azure', 'AzureGitpodCluster', {
        location, workerCount: 3, resourceGroupName: groupName, userAssignedIdentityId: await k.get(identity, 'id'),
      });
    }),
  },
  {
    label: 'Scaleway medium',
    key: 'scaleway',
    uses: ['constructs', 'cdktf', ...SHARED, LIB, cloudLib('scaleway')],
    stack: 'gitpod',
    run: (k, ctx) => inStack(k, ctx, 'gitpod', async (stack) => {
      const projectId = '11111111-2222-3333-4444-555555555555';
      await k.create(`${cloudLib('scaleway')}.scaleway.provider.ScalewayProvider`, [stack, 'scaleway', { projectId, region: 'nl-ams', zone: 'nl-ams-1' }]);
      await sharedProviders(k, stack);
      await mediumCluster(k, ctx, stack, 'scaleway', 'ScalewayGitpodCluster', { projectId, location: 'nl-ams', zone: 'nl-ams-1', workerCount: 3 });
    }),
  },
];

/** The runtime's version, as its package says (the hello line says it too). */
const runtimeVersion = () => readJson(path.join(root, 'node_modules', '@jsii', 'runtime', 'package.json')).version;

module.exports = { PROGRAMS, runProgram, loadOrder, assemblySizes, runtimeVersion };
