import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import * as zlib from 'zlib';
import * as YAML from 'yaml';
import { AUTOSCALER_MANIFEST_PATH } from '../constructs/hetzner/autoscaler';
import { GITPOD_NODE_LABELS } from '../lib/labels';
import { MAX_POOLS, MAX_POOL_LABELS } from '../lib/worker-pools';
import { UPGRADE_CONTROLLER_WRAPPER } from '../lib/k3s/upgrade-plans';

// modules/hetzner with size large, applied and destroyed by real Terraform against the test
// harness's fake provider (test-support/terraform): the first manager's user data stays within
// Hetzner's 32 KiB with the most pools and labels the rules allow, the step before k3s turns
// the Secret's parts into a manifest, and destroy deletes the autoscaled servers (here from a
// fake Hetzner API) after the managers and before the network.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkspace, sshPublicKey, REPO } = require('../test-support/terraform/harness');

const HETZNER_USER_DATA_LIMIT = 32 * 1024;
const TOKEN = 'HcloudApplyToken0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL';
const SECRET_SCRIPT = path.join(__dirname, '..', 'templates', 'autoscaler-secret.sh');

/** The most the rules allow: five pools with ten long, distinct labels each (the Gitpod ones spread over them). */
function biggestPools(): unknown[] {
  return Array.from({ length: MAX_POOLS }, (_, i) => {
    const gitpod = GITPOD_NODE_LABELS.filter((_, j) => j % MAX_POOLS === i);
    const own = Array.from({ length: MAX_POOL_LABELS - gitpod.length }, (_, j) =>
      [`team-${i}.example.com/label-${j}-${'k'.repeat(40)}`, `${String.fromCharCode(97 + i)}${j}${'v'.repeat(58)}x`]);
    return {
      name: `pool-${i}-${'x'.repeat(13)}`, machine_type: 'cx53', min: 1, max: 100,
      labels: Object.fromEntries([...gitpod.map((l) => [l, 'true']), ...own]),
    };
  });
}

/** A fake of the Hetzner Cloud API's server list and delete, with the given servers. */
function fakeHetznerApi(servers: Array<{ id: number; labels: Record<string, string> }>) {
  const deleted: number[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reply = (code: number, body: unknown) => { res.writeHead(code, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return reply(401, { error: { code: 'unauthorized' } });
    if (req.method === 'GET' && url.pathname === '/v1/servers') {
      const [key, value] = (url.searchParams.get('label_selector') ?? '').split('=');
      return reply(200, { servers: servers.filter((s) => s.labels[key] === value), meta: {} });
    }
    const match = /^\/v1\/servers\/(\d+)$/.exec(url.pathname);
    if (req.method === 'DELETE' && match) {
      const index = servers.findIndex((s) => s.id === Number(match[1]));
      if (index < 0) return reply(404, { error: { code: 'not_found' } });
      deleted.push(servers[index].id);
      servers.splice(index, 1);
      return reply(201, { action: { id: 1, status: 'running' } });
    }
    return reply(404, { error: { code: 'not_found' } });
  });
  return { server, deleted, servers };
}

describe('modules/hetzner, size large, applied and destroyed by Terraform (offline harness)', () => {
  const api = fakeHetznerApi([]);
  let ws: any;
  let state: any;
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'large-key-'));

  beforeAll(async () => {
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', () => resolve()));
    const port = (api.server.address() as { port: number }).port;
    // The destroy step reads the API address from the environment Terraform gives it.
    process.env.HCLOUD_ENDPOINT = `http://127.0.0.1:${port}/v1`;
    fs.writeFileSync(path.join(keyDir, 'id.pub'), sshPublicKey());
    ws = createWorkspace({
      moduleDir: path.join(REPO, 'modules', 'hetzner'),
      name: 'hetzner-large-jest',
      inputs: {
        domain_name: 'gitpod.example.com', ssh_public_key_path: path.join(keyDir, 'id.pub'), size: 'large',
        size_data: { manager_type: 'cx43', pools: biggestPools() }, hcloud_token: TOKEN, ready_timeout_minutes: 0,
      },
    });
    for (const step of [ws.get, ws.plan, ws.apply]) {
      const r = await step();
      if (r.code !== 0) throw new Error(`${r.command}: ${r.stdout}\n${r.stderr}`);
    }
    state = JSON.parse(fs.readFileSync(path.join(ws.dir, 'terraform.tfstate'), 'utf8'));
  }, 300000);

  afterAll(() => {
    delete process.env.HCLOUD_ENDPOINT;
    api.server.close();
    ws?.cleanup();
  });

  const instances = (type: string, part: string) => state.resources
    .filter((r: any) => r.type === type && r.name.includes(part)).flatMap((r: any) => r.instances.map((i: any) => i.attributes));

  it('keeps the first manager\'s user data within Hetzner\'s 32 KiB with the most pools and labels allowed', () => {
    const [primary] = instances('hcloud_server', 'gitpod_manager_');
    const size = Buffer.byteLength(primary.user_data);
    expect(size).toBeLessThanOrEqual(HETZNER_USER_DATA_LIMIT);
    // The margin, reported for the record when the templates grow.
    expect(HETZNER_USER_DATA_LIMIT - size).toBeGreaterThan(0);
  });

  it('the step before k3s turns the Secret\'s parts into a manifest the autoscaler can read', () => {
    const [primary] = instances('hcloud_server', 'gitpod_manager_');
    const doc = YAML.parse(primary.user_data);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'large-secret-'));
    const source = path.join(dir, 'etc');
    fs.mkdirSync(source);
    for (const f of doc.write_files.filter((x: any) => x.path.startsWith('/etc/gitpod/autoscaler/'))) {
      fs.writeFileSync(path.join(source, path.basename(f.path)), f.encoding === 'gz+b64' ? zlib.gunzipSync(Buffer.from(f.content, 'base64')) : f.content);
    }
    // k3s stopped after the install (as on cgroup v1): the manifest stays for k3s to apply when it starts.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'systemctl'), '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    expect(doc.write_files.map((f: any) => f.path)).toContain(AUTOSCALER_MANIFEST_PATH);
    expect(doc.runcmd[doc.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', UPGRADE_CONTROLLER_WRAPPER.path, ...UPGRADE_CONTROLLER_WRAPPER.args, '/usr/local/sbin/gitpod-autoscaler-secret', '/usr/local/sbin/gitpod-install-k3s', 'server', 'v1.36.3+k3s1']);
    const run = spawnSync('bash', [SECRET_SCRIPT, 'echo', 'installing k3s'], {
      encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITPOD_AUTOSCALER_DIR: source, GITPOD_K3S_MANIFESTS: path.join(dir, 'manifests') },
    });
    expect([run.status, run.stdout]).toEqual([0, expect.stringMatching(/installing k3s/)]);
    const secret = YAML.parse(fs.readFileSync(path.join(dir, 'manifests', 'gitpod-cluster-autoscaler-secret.yaml'), 'utf8'));
    expect(secret.metadata).toMatchObject({ name: 'gitpod-cluster-autoscaler', namespace: 'kube-system' });
    expect(Buffer.from(secret.data.HCLOUD_TOKEN, 'base64').toString()).toBe(TOKEN);
    // The environment value is base64 of the JSON, as the autoscaler's Hetzner provider decodes it.
    const config = JSON.parse(Buffer.from(Buffer.from(secret.data.HCLOUD_CLUSTER_CONFIG, 'base64').toString(), 'base64').toString());
    expect(Object.keys(config.nodeConfigs)).toHaveLength(MAX_POOLS);
    expect(fs.readdirSync(source)).toEqual([]);
  });

  it('gives no output the token', async () => {
    const out = await ws.output();
    expect(out.code).toBe(0);
    expect(out.stdout).not.toContain(TOKEN);
  });

  it('a second plan is empty', async () => {
    expect((await ws.planAgain()).code).toBe(0);
  });

  it('destroy deletes the cluster\'s autoscaled servers after the managers and before the network, and no one else\'s', async () => {
    const [cleanup] = instances('terraform_data', 'cleanup');
    const groups = (cleanup.input.value.node_groups as string).split(' ');
    expect(groups).toHaveLength(MAX_POOLS);
    api.servers.push(
      { id: 11, labels: { 'hcloud/node-group': groups[0] } },
      { id: 12, labels: { 'hcloud/node-group': groups[0] } },
      { id: 13, labels: { 'hcloud/node-group': groups[4] } },
      { id: 99, labels: { 'hcloud/node-group': 'gitpod-other-pool' } },
    );
    const r = await ws.run('destroy', '-auto-approve', '-input=false', '-no-color');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(api.deleted.sort()).toEqual([11, 12, 13]);
    expect(api.servers.map((s) => s.id)).toEqual([99]);
    const order = (pattern: RegExp) => r.stdout.split('\n').findIndex((line: string) => pattern.test(line));
    const managerGone = order(/hcloud_server\.gitpod_manager_[0-9A-F]+: Destruction complete/);
    const cleanupStarts = order(/terraform_data\.gitpod_autoscaler_cleanup_[0-9A-F]+\[0\]: Destroying/);
    const networkGoes = order(/hcloud_network\.gitpod_network_[0-9A-F]+: Destroying/);
    expect(managerGone).toBeGreaterThanOrEqual(0);
    expect(cleanupStarts).toBeGreaterThan(managerGone);
    expect(networkGoes).toBeGreaterThan(cleanupStarts);
  });
});
