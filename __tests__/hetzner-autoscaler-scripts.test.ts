import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import * as YAML from 'yaml';
import { tempDir } from './helpers';

// The scripts the large size adds to the nodes' cloud-config, run here with stand-ins for
// what only a Hetzner server has (its metadata service).
const TEMPLATES = path.join(__dirname, '..', 'templates');

/** Runs a script without blocking the event loop (the fake metadata service answers from it). */
function run(script: string, args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [path.join(TEMPLATES, script), ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr }));
  });
}

describe('gitpod-hcloud-provider-id (autoscaled workers)', () => {
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/hetzner/v1/metadata/instance-id') res.end('4711');
      else { res.statusCode = 404; res.end(); }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hetzner/v1/metadata`;
  });
  afterAll(() => server.close());

  it('gives the kubelet the server ID as provider ID hcloud://<id> in a k3s drop-in, then runs the install', async () => {
    const dir = tempDir('provider-id-');
    const result = await run('hcloud-provider-id.sh', ['echo', 'installing k3s'], { GITPOD_K3S_CONFIG_DIR: dir, GITPOD_METADATA_URL: url });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/installing k3s/);
    expect(YAML.parse(fs.readFileSync(path.join(dir, 'config.yaml.d', '20-provider-id.yaml'), 'utf8'))).toEqual({ 'kubelet-arg': ['provider-id=hcloud://4711'] });
  });

  it('runs nothing without an ID, so that no node joins that the autoscaler cannot match to its server', async () => {
    const dir = tempDir('provider-id-none-');
    const result = await run('hcloud-provider-id.sh', ['echo', 'installing k3s'], {
      GITPOD_K3S_CONFIG_DIR: dir, GITPOD_METADATA_URL: `${url}/missing`, GITPOD_PROVIDER_ID_ATTEMPTS: '1',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/installing k3s/);
    expect(result.stderr).toMatch(/could not read this server's ID/);
    expect(fs.existsSync(path.join(dir, 'config.yaml.d'))).toBe(false);
  });
});

describe('gitpod-autoscaler-secret (first manager)', () => {
  it('only runs the install where the size has no autoscaler (no parts written)', async () => {
    const dir = tempDir('secret-none-');
    const result = await run('autoscaler-secret.sh', ['echo', 'installing k3s'], {
      GITPOD_AUTOSCALER_DIR: path.join(dir, 'missing'), GITPOD_K3S_MANIFESTS: path.join(dir, 'manifests'),
    });
    expect([result.status, result.stdout.trim()]).toEqual([0, 'installing k3s']);
    expect(fs.existsSync(path.join(dir, 'manifests'))).toBe(false);
  });

  /**
   * The step with its parts written and stand-ins for the node's systemctl (k3s running or not),
   * k3s kubectl (the Secret there from the `secretAfter`th question on; never where absent) and
   * sleep; the install records whether the manifest existed when it ran.
   */
  async function firstBoot(options: { k3sRunning: boolean; secretAfter?: number; attempts?: number }) {
    const dir = tempDir('secret-');
    const source = path.join(dir, 'src');
    const bin = path.join(dir, 'bin');
    const manifests = path.join(dir, 'm');
    const file = path.join(manifests, 'gitpod-cluster-autoscaler-secret.yaml');
    const log = path.join(dir, 'log');
    fs.mkdirSync(source);
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(source, 'token'), 'tok"en');
    fs.writeFileSync(path.join(source, 'cluster-config.json'), '{"nodeConfigs":{"a":{"cloudInit":"#cloud-config\\n"}}}');
    fs.writeFileSync(path.join(bin, 'systemctl'), `#!/bin/sh\necho "systemctl $*" >> ${log}\nexit ${options.k3sRunning ? 0 : 3}\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'sleep'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'k3s'), [
      '#!/bin/sh',
      `echo "k3s $*" >> ${log}`,
      `n=$(grep -c '^k3s ' ${log})`,
      `[ "$n" -ge ${options.secretAfter ?? 1000} ] || { echo 'Error from server (NotFound)' >&2; exit 1; }`,
      'echo "gitpod-cluster-autoscaler   Opaque   2      1s"',
      '',
    ].join('\n'), { mode: 0o755 });
    const install = `if [ -f ${file} ]; then echo "install: manifest there" >> ${log}; fi`;
    const result = await run('autoscaler-secret.sh', ['bash', '-c', install], {
      PATH: `${bin}:${process.env.PATH}`, GITPOD_AUTOSCALER_DIR: source, GITPOD_K3S_MANIFESTS: manifests,
      GITPOD_SECRET_ATTEMPTS: String(options.attempts ?? 60),
    });
    return { ...result, source, file, log: fs.readFileSync(log, 'utf8').trim().split('\n') };
  }

  it('writes the Secret readable by root only for k3s to apply at its start, and removes its parts', async () => {
    const r = await firstBoot({ k3sRunning: false });
    expect(r.status).toBe(0);
    expect(fs.statSync(r.file).mode & 0o777).toBe(0o600);
    const secret = YAML.parse(fs.readFileSync(r.file, 'utf8'));
    expect(secret.metadata).toEqual({ name: 'gitpod-cluster-autoscaler', namespace: 'kube-system' });
    expect(Buffer.from(secret.data.HCLOUD_TOKEN, 'base64').toString()).toBe('tok"en');
    const config = Buffer.from(Buffer.from(secret.data.HCLOUD_CLUSTER_CONFIG, 'base64').toString(), 'base64').toString();
    expect(JSON.parse(config).nodeConfigs.a.cloudInit).toBe('#cloud-config\n');
    expect(fs.readdirSync(r.source)).toEqual([]);
    // k3s stopped after the install (cgroup v1, before the reboot): the manifest stays for its start.
    expect(r.log).toEqual(['install: manifest there', 'systemctl is-active -q k3s']);
  });

  it('removes the manifest once k3s has made the Secret, so that a restart of k3s cannot take back a newer one', async () => {
    const r = await firstBoot({ k3sRunning: true, secretAfter: 3 });
    expect([r.status, r.stderr.match(/NotFound/g)?.length]).toEqual([0, 2]);
    expect(fs.existsSync(r.file)).toBe(false);
    expect(r.log).toEqual(['install: manifest there', 'systemctl is-active -q k3s',
      ...Array(3).fill('k3s kubectl -n kube-system get secret gitpod-cluster-autoscaler')]);
  });

  it('leaves the manifest to k3s where the Secret does not appear in time (the install itself succeeded)', async () => {
    const r = await firstBoot({ k3sRunning: true, attempts: 2 });
    expect(r.status).toBe(0);
    expect(fs.existsSync(r.file)).toBe(true);
    expect(r.log.filter((l) => l.startsWith('k3s '))).toHaveLength(2);
  });

  it('passes the install\'s failure on, and does not wait for a Secret then', async () => {
    const dir = tempDir('secret-fail-');
    const source = path.join(dir, 'src');
    fs.mkdirSync(source);
    fs.writeFileSync(path.join(source, 'token'), 'token');
    fs.writeFileSync(path.join(source, 'cluster-config.json'), '{}');
    const r = await run('autoscaler-secret.sh', ['false'], { GITPOD_AUTOSCALER_DIR: source, GITPOD_K3S_MANIFESTS: path.join(dir, 'm'), PATH: `/nonexistent:${process.env.PATH}` });
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(dir, 'm', 'gitpod-cluster-autoscaler-secret.yaml'))).toBe(true);
  });
});

describe('the destroy step that deletes the autoscaled servers (machine running Terraform)', () => {
  // A stand-in Hetzner API: answers the listing for the tokens it knows, or fails it.
  let server: http.Server;
  let api = '';
  const state = { failListing: false, servers: [] as number[], deleted: [] as string[], tokens: [] as string[] };
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      state.tokens.push(String(req.headers.authorization));
      if (req.headers.authorization !== 'Bearer fresh-token') { res.statusCode = 401; res.end('{}'); return; }
      if (req.method === 'GET' && req.url!.startsWith('/v1/servers?')) {
        if (state.failListing) { res.statusCode = 503; res.end('{}'); return; }
        res.end(JSON.stringify({ servers: state.servers.map((id) => ({ id })) }));
        state.servers = [];
        return;
      }
      if (req.method === 'DELETE') { state.deleted.push(req.url!); res.end('{}'); return; }
      res.statusCode = 404; res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    api = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
  });
  afterAll(() => server.close());
  beforeEach(() => Object.assign(state, { failListing: false, servers: [], deleted: [], tokens: [] }));

  /** Runs the step with a curl that records its arguments before it runs the real one. */
  async function destroy(env: Record<string, string>) {
    const dir = tempDir('destroy-');
    const log = path.join(dir, 'curl-args');
    const realCurl = execFileSync('bash', ['-c', 'command -v curl'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(path.join(dir, 'curl'), `#!/bin/bash\necho "$*" >> "${log}"\nexec "${realCurl}" "$@"\n`, { mode: 0o755 });
    const result = await run('delete-autoscaled-servers.sh', [], {
      PATH: `${dir}:${process.env.PATH}`, HCLOUD_ENDPOINT: api, NODE_GROUPS: 'gitpod-abc-workers', TIMEOUT_SECONDS: '30', ...env,
    });
    return { ...result, curlArgs: fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '' };
  }

  it('deletes the group\'s servers with the environment\'s token, which wins over the stored one, never on a command line', async () => {
    state.servers = [41, 42];
    const r = await destroy({ HCLOUD_TOKEN: 'fresh-token', AUTOSCALER_TOKEN: 'revoked-token' });
    expect(r.status).toBe(0);
    expect(state.deleted.sort()).toEqual(['/v1/servers/41', '/v1/servers/42']);
    expect(new Set(state.tokens)).toEqual(new Set(['Bearer fresh-token']));
    expect(r.curlArgs).not.toMatch(/fresh-token|revoked-token|Authorization/);
    expect(r.curlArgs).toMatch(/-K -/);
  });

  it('fails loudly when the listing fails, instead of taking it for "nothing left"', async () => {
    state.failListing = true;
    const r = await destroy({ HCLOUD_TOKEN: 'fresh-token' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not list the autoscaled servers of node group gitpod-abc-workers/);
    expect(r.stdout).not.toMatch(/no autoscaled servers left/);
  });

  it('fails loudly with a token the API refuses', async () => {
    const r = await destroy({ AUTOSCALER_TOKEN: 'revoked-token', HCLOUD_TOKEN: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not list the autoscaled servers/);
  });
});
