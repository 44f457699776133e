import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { HOST_SSH_PORT } from '../lib/firewall';
import { GITPOD_NODE_LABELS, MANAGER_TAINT } from '../lib/labels';
import { POD_CIDR, cloudConfigText, nodeCloudConfig } from '../lib/k3s/cloud-init';
import { shipped } from '../lib/templates';
import { ClusterFacts, agentK3sConfig, joiningServerK3sConfig, primaryServerK3sConfig } from '../lib/k3s/node-config';
import { tempDir } from './helpers';

const encode = (value: unknown) => YAML.stringify(value);
const SMALL: ClusterFacts = {
  apiAddress: '203.0.113.10',
  primaryPrivateIp: '10.2.0.10',
  snapshots: { schedule: '0 */12 * * *', retention: 5, s3: false },
  managersRunWorkloads: true,
  secret: 'Secret0123456789',
  token: 'K10abcdef::server:Secret0123456789',
  agentSecret: 'Agent0123456789', agentToken: 'K10abcdef::node:Agent0123456789',
};
const MEDIUM: ClusterFacts = { ...SMALL, apiAddress: '203.0.113.20', managersRunWorkloads: false };
const CA_FILE = { path: '/var/lib/rancher/k3s/server/tls/server-ca.key', content: '-----BEGIN EC PRIVATE KEY-----\nMHc=\n-----END EC PRIVATE KEY-----\n', permissions: '0600' };

function render(role: 'server' | 'agent', k3sConfig: Record<string, unknown>, extraFiles = [] as typeof CA_FILE[], ubuntuRelease = '24.04'): string {
  return cloudConfigText(nodeCloudConfig({ role, k3sVersion: 'v1.36.3+k3s1', ubuntuRelease, osUpdates: true, k3sConfig, metadataAddress: '169.254.169.254', extraFiles, findCluster: { mode: role === 'server' && extraFiles.length > 0 ? 'first' as const : 'join' as const, caHash: 'abc', addresses: '10.2.0.10' } }, encode), encode);
}

function cloudInitSchema(userData: string): { valid: boolean; output: string } {
  const configFile = path.join(tempDir('cloud-config-'), 'user-data.yaml');
  fs.writeFileSync(configFile, userData);
  try {
    const output = execFileSync('cloud-init', ['schema', '--config-file', configFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { valid: true, output };
  } catch (err: any) {
    return { valid: false, output: `${err.stdout}${err.stderr}` };
  }
}

function parse(userData: string): any {
  return YAML.parse(userData);
}

function file(doc: any, filePath: string): any {
  return doc.write_files.find((f: any) => f.path === filePath);
}

function fileText(doc: any, filePath: string): string {
  const f = file(doc, filePath);
  if (!f) throw new Error(`no ${filePath}`);
  return f.encoding === 'b64' ? Buffer.from(f.content, 'base64').toString('utf8') : f.content;
}

function k3sConfig(doc: any): any {
  return YAML.parse(fileText(doc, '/etc/rancher/k3s/config.yaml'));
}

const cases: Array<[string, string]> = [
  ['small first manager', render('server', primaryServerK3sConfig(SMALL, { privateIp: '10.2.0.10' }), [CA_FILE])],
  ['medium first manager', render('server', primaryServerK3sConfig(MEDIUM, { privateIp: '10.2.0.10' }), [CA_FILE])],
  ['medium joining manager', render('server', joiningServerK3sConfig(MEDIUM, { privateIp: '10.2.0.11' }))],
  ['worker', render('agent', agentK3sConfig(SMALL, { privateIp: '10.2.0.100' }))],
  ['Ubuntu 22.04 worker', render('agent', agentK3sConfig(SMALL, { privateIp: '10.2.0.100' }), [], '22.04')],
  ['Ubuntu 20.04 first manager', render('server', primaryServerK3sConfig(SMALL, { privateIp: '10.2.0.10' }), [CA_FILE], '20.04')],
  ['Ubuntu 20.04 worker', render('agent', agentK3sConfig(SMALL, { privateIp: '10.2.0.100' }), [], '20.04')],
];

describe('scripts as the nodes get them', () => {
  const TEMPLATES = path.join(__dirname, '..', 'templates');
  const scripts = fs.readdirSync(TEMPLATES).filter((n) => n.endsWith('.sh'));

  it.each(scripts)('%s: without comments and blank lines, and still a valid script for its shell', (name) => {
    const text = shipped(name);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(fs.readFileSync(path.join(TEMPLATES, name), 'utf8').split('\n')[0]);
    const shell = lines[0].includes('bash') ? 'bash' : 'sh';
    const file = path.join(tempDir('shipped-'), name);
    fs.writeFileSync(file, text);
    expect(spawnSync(shell, ['-n', file], { encoding: 'utf8' }).status).toBe(0);
    if (!text.includes('<<')) expect(lines.slice(1).filter((l) => l.trim() === '' || l.trim().startsWith('#'))).toEqual([]);
  });

  it('keeps a here-document whole', () => {
    const original = fs.readFileSync(path.join(TEMPLATES, 'autoscaler-secret.sh'), 'utf8');
    const body = /<<MANIFEST\n([\s\S]*?\nMANIFEST\n)/.exec(original)![1];
    expect(shipped('autoscaler-secret.sh')).toContain(body);
  });
});

describe('rendered cloud-config', () => {
  it.each(cases)('%s passes `cloud-init schema`', (_name, userData) => {
    expect(userData.startsWith('#cloud-config\n')).toBe(true);
    expect(cloudInitSchema(userData)).toEqual({ valid: true, output: expect.stringMatching(/Valid cloud-config/) });
  });

  it('the schema check rejects a broken cloud-config (the check bites)', () => {
    const broken = cases[3][1].replace('package_upgrade: true', 'package_upgrade: "sometimes"');
    expect(broken).not.toBe(cases[3][1]);
    expect(cloudInitSchema(broken).valid).toBe(false);
  });

  it('keeps what the original nodes needed: upgraded packages, UTC, no passwords, sshd on 2244 with keys only', () => {
    const doc = parse(cases[0][1]);
    expect([doc.package_update, doc.package_upgrade, doc.package_reboot_if_required]).toEqual([true, true, true]);
    expect(doc.timezone).toBe('UTC');
    expect(doc.ssh_pwauth).toBe(false);
    const sshd = fileText(doc, '/etc/ssh/sshd_config.d/10-gitpod.conf');
    expect(sshd).toMatch(new RegExp(`^Port ${HOST_SSH_PORT}$`, 'm'));
    expect(sshd).toMatch(/^PasswordAuthentication no$/m);
    expect(doc.runcmd).toContainEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-install-k3s', 'server', 'v1.36.3+k3s1']);
  });

  it('installs nothing k3s brings itself, nor build tools a kernel with the module does not need', () => {
    for (const [name, text] of cases) {
      // k3s runs its own containerd and runc; DKMS and headers come only where shiftfs must be built.
      expect([name, parse(text).packages]).toEqual([name, ['curl']]);
    }
    const shiftfs = fileText(parse(cases[0][1]), '/usr/local/sbin/gitpod-install-shiftfs');
    const build = shiftfs.split('\n');
    const check = build.findIndex((l) => l.startsWith('if ! modinfo shiftfs'));
    const tools = build.findIndex((l) => l.includes('apt-get') && l.includes('dkms'));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(tools).toBeGreaterThan(check);
  });

  it('fetches what it runs by immutable names: k3s\'s install script by the release tag, shiftfs-dkms by commit', () => {
    const doc = parse(cases[0][1]);
    const k3s = fileText(doc, '/usr/local/sbin/gitpod-install-k3s');
    expect(k3s).not.toMatch(/curl[^\n]*get\.k3s\.io/);
    expect(k3s).toMatch(/curl -sfL --retry 3 "https:\/\/raw\.githubusercontent\.com\/k3s-io\/k3s\/\$\{version\/\/\+\/%2B\}\/install\.sh"/);
    const shiftfs = fileText(doc, '/usr/local/sbin/gitpod-install-shiftfs');
    expect(shiftfs).not.toMatch(/--branch/);
    expect(shiftfs).toMatch(/fetch -q --depth 1 https:\/\/github\.com\/toby63\/shiftfs-dkms\.git [0-9a-f]{40}$/m);
  });

  it('the install script\'s URL holds the release with its + escaped, as a URL path needs', () => {
    const dir = tempDir('install-k3s-');
    const script = path.join(dir, 'gitpod-install-k3s');
    fs.writeFileSync(script, shipped('install-k3s.sh'));
    // A stand-in curl records the URL and fails: the script gives up after its retries.
    fs.writeFileSync(path.join(dir, 'curl'), `#!/bin/sh\necho "$@" >> ${dir}/urls\nexit 22\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'sleep'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const result = spawnSync('bash', [script, 'agent', 'v1.36.3+k3s1'], { encoding: 'utf8', env: { PATH: `${dir}:/usr/bin:/bin` } });
    expect(result.status).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'urls'), 'utf8').split('\n')[0]).toContain('https://raw.githubusercontent.com/k3s-io/k3s/v1.36.3%2Bk3s1/install.sh');
  });

  it.each([['24.04', 'fuse'], ['22.04', 'fuse'], ['20.04', 'shiftfs']])('Ubuntu %s: the node prepares %s, and k3s installs only behind it', (release, method) => {
    const doc = parse(render('agent', agentK3sConfig(SMALL, { privateIp: '10.2.0.100' }), [], release));
    const install = doc.runcmd[doc.runcmd.length - 1];
    expect(install.slice(0, 5)).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', method, '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-install-k3s']);
    expect(fileText(doc, '/usr/local/sbin/gitpod-prepare-node')).toBe(shipped('prepare-node.sh'));
  });

  it('a node that booted cgroup v1 gets the unified hierarchy, installs k3s without starting it, and reboots once at the end', () => {
    const doc = parse(cases[0][1]);
    const prepare = fileText(doc, '/usr/local/sbin/gitpod-prepare-node');
    expect(prepare).toBe(shipped('prepare-node.sh'));
    const install = fileText(doc, '/usr/local/sbin/gitpod-install-k3s');
    expect(install).toMatch(/if \[ ! -e \/sys\/fs\/cgroup\/cgroup\.controllers \]; then\n  export INSTALL_K3S_SKIP_START=true\nfi/);
    // Every release carries the same reboot, which only a marked (cgroup v1) boot takes.
    expect(doc.power_state).toEqual({ mode: 'reboot', message: expect.any(String), condition: ['test', '-e', '/run/gitpod-reboot-for-cgroup-v2'] });
  });

  it('fences pods off the metadata service before k3s starts', () => {
    const doc = parse(cases[3][1]);
    expect(fileText(doc, '/etc/default/gitpod-metadata-fence')).toBe(`METADATA_ADDRESS=169.254.169.254\nPOD_CIDR=${POD_CIDR}\n`);
    expect(fileText(doc, '/etc/systemd/system/gitpod-metadata-fence.service')).toMatch(/Before=k3s\.service k3s-agent\.service/);
    const enable = doc.runcmd.findIndex((c: string[]) => c.includes('gitpod-metadata-fence.service'));
    const install = doc.runcmd.findIndex((c: string[]) => c.includes('/usr/local/sbin/gitpod-install-k3s'));
    expect(enable).toBeGreaterThanOrEqual(0);
    expect(enable).toBeLessThan(install);
    // Waits for the xtables lock instead of failing while k3s or flannel holds it.
    expect(fileText(doc, '/usr/local/sbin/gitpod-metadata-fence')).toMatch(/iptables -w -t raw -C PREROUTING "\$@" 2>\/dev\/null \|\| iptables -w -t raw -I PREROUTING "\$@"/);
  });

  it.each(cases.map(([name, text]) => [name, text] as const))('%s fails closed: no k3s without the fence, now or after a reboot', (_name, text) => {
    const doc = parse(text);
    // The install runs only behind the gate (cloud-init goes on after a failed command).
    const install = doc.runcmd.find((c: string[]) => c.includes('/usr/local/sbin/gitpod-install-k3s'));
    expect(install[0]).toBe('/usr/local/sbin/gitpod-require-fence');
    expect(fileText(doc, '/usr/local/sbin/gitpod-require-fence')).toBe(shipped('require-fence.sh'));
    // Whichever unit k3s installs, systemd starts it only after the fence and never without it.
    for (const unit of ['k3s', 'k3s-agent']) {
      const dropIn = fileText(doc, `/etc/systemd/system/${unit}.service.d/10-gitpod-metadata-fence.conf`);
      expect(dropIn).toMatch(/^\[Unit\]$/m);
      expect(dropIn).toMatch(/^Requires=gitpod-metadata-fence\.service$/m);
      expect(dropIn).toMatch(/^After=gitpod-metadata-fence\.service$/m);
    }
  });

  it('every server takes the agents\' own token (agent-token), so that agents need not hold the server secret', () => {
    for (const [name, text] of cases) {
      const config = k3sConfig(parse(text));
      expect([name, config['agent-token']]).toEqual([name, name.includes('worker') ? undefined : SMALL.agentSecret]);
    }
  });

  it('servers encrypt Secrets in the datastore from the first boot; agents have no say in it', () => {
    for (const [name, text] of cases) {
      const config = k3sConfig(parse(text));
      expect([name, config['secrets-encryption']]).toEqual([name, name.includes('worker') ? undefined : true]);
    }
  });

  it('small: the manager runs Gitpod (all five labels, no taint) on embedded etcd, which takes snapshots', () => {
    const config = k3sConfig(parse(cases[0][1]));
    expect(config['node-label']).toEqual(GITPOD_NODE_LABELS.map((l) => `${l}=true`));
    expect(config['node-taint']).toEqual([]);
    expect(config['cluster-init']).toBe(true);
    expect(config['etcd-snapshot-schedule-cron']).toBe('0 */12 * * *');
    expect(config.token).toBe(SMALL.secret);
    expect(config['tls-san']).toEqual(['203.0.113.10']);
    expect(config.disable).toEqual(['traefik']);
    expect(config['node-ip']).toBe('10.2.0.10');
    expect(config.server).toBeUndefined();
  });

  it('medium: managers run embedded etcd, are tainted and carry no Gitpod labels', () => {
    const first = k3sConfig(parse(cases[1][1]));
    expect(first['cluster-init']).toBe(true);
    expect(first['node-taint']).toEqual([MANAGER_TAINT]);
    expect(first['node-label']).toEqual([]);
    const joining = k3sConfig(parse(cases[2][1]));
    expect(joining.server).toBe('https://10.2.0.10:6443');
    expect(joining.token).toBe(MEDIUM.token);
    expect(joining['cluster-init']).toBeUndefined();
    expect(joining['node-taint']).toEqual([MANAGER_TAINT]);
  });

  it('workers join with the agent token and carry the Gitpod labels; the server secret is nowhere in their user data', () => {
    const config = k3sConfig(parse(cases[3][1]));
    for (const [name, userData] of cases.filter(([n]) => n.includes('worker'))) {
      expect([name, userData.includes(SMALL.secret)]).toEqual([name, false]);
    }
    expect(config).toEqual({
      'server': 'https://10.2.0.10:6443',
      'token': SMALL.agentToken,
      'node-ip': '10.2.0.100',
      'node-label': GITPOD_NODE_LABELS.map((l) => `${l}=true`),
    });
  });

  it('only the first manager receives CA keys; joining managers and workers get none', () => {
    expect(cases[0][1]).toContain('PRIVATE KEY');
    for (const [name, userData] of cases.filter(([n]) => !n.includes('first manager'))) {
      expect([name, userData.includes('PRIVATE KEY')]).toEqual([name, false]);
    }
  });
});
