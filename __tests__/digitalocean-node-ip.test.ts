import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { cloudConfigText, nodeCloudConfig } from '../lib/k3s/cloud-init';
import { shipped } from '../lib/templates';
import { tempDir } from './helpers';

const SCRIPT = path.join(__dirname, '..', 'templates', 'node-ip.sh');
// What `ip -4 -o addr show` lists on a DigitalOcean droplet: the public address and its
// reserved-IP anchor on eth0, the VPC address on eth1.
const DROPLET_ADDRESSES = [
  '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
  '2: eth0    inet 203.0.113.50/20 brd 203.0.127.255 scope global eth0\\       valid_lft forever preferred_lft forever',
  '2: eth0    inet 10.19.0.5/16 brd 10.19.255.255 scope global eth0\\       valid_lft forever preferred_lft forever',
  '3: eth1    inet 10.2.0.3/16 brd 10.2.255.255 scope global eth1\\       valid_lft forever preferred_lft forever',
];

/** Runs the script with a stand-in `ip` that filters the droplet's addresses by the `to` prefix, as iproute2 does. */
function run(cidr: string, addresses: string[]): { status: number; stdout: string; stderr: string; config: string } {
  const dir = tempDir('node-ip-');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(dir, 'addresses'), `${addresses.join('\n')}\n`);
  // Only the VPC range of the tests is known to the stand-in: it prints the lines inside 10.2.0.0/16.
  fs.writeFileSync(path.join(bin, 'ip'), `#!/bin/bash\n[ "$*" = "-4 -o addr show to 10.2.0.0/16" ] || exit 0\ngrep -E 'inet 10[.]2[.]' "${dir}/addresses" || true\n`, { mode: 0o755 });
  const result = spawnSync('bash', [SCRIPT, cidr, 'echo', 'installing k3s'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITPOD_K3S_CONFIG_DIR: path.join(dir, 'k3s'), GITPOD_NODE_IP_ATTEMPTS: '1' },
  });
  const file = path.join(dir, 'k3s', 'config.yaml.d', '10-node-ip.yaml');
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, config: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '' };
}

describe('gitpod-node-ip (DigitalOcean assigns private addresses at boot)', () => {
  it('gives k3s the address inside the VPC range, then runs the install', () => {
    const result = run('10.2.0.0/16', DROPLET_ADDRESSES);
    expect(result.status).toBe(0);
    expect(YAML.parse(result.config)).toEqual({ 'node-ip': '10.2.0.3' });
    expect(result.stdout).toMatch(/installing k3s/);
  });

  it('without an address in the range, fails and does not install k3s (it would take the public address)', () => {
    const result = run('10.2.0.0/16', DROPLET_ADDRESSES.slice(0, 3));
    expect(result.status).toBe(1);
    expect(result.config).toBe('');
    expect(result.stdout).not.toMatch(/installing k3s/);
    expect(result.stderr).toMatch(/no address in 10\.2\.0\.0\/16/);
  });

  it('with the real iproute2, `ip addr show to` selects by containment', () => {
    // This machine's loopback is inside 127.0.0.0/8 and outside 10.2.0.0/16.
    expect(execFileSync('ip', ['-4', '-o', 'addr', 'show', 'to', '127.0.0.0/8'], { encoding: 'utf8' })).toMatch(/inet 127\.0\.0\.1\//);
    expect(execFileSync('ip', ['-4', '-o', 'addr', 'show', 'to', '10.2.0.0/16'], { encoding: 'utf8' })).not.toMatch(/inet 127\./);
  });

  it('runs in cloud-init only where the cloud assigns addresses, wrapping the k3s install', () => {
    const encode = (v: unknown) => YAML.stringify(v);
    const base = { role: 'agent' as const, k3sVersion: 'v1.36.3+k3s1', ubuntuRelease: '24.04', osUpdates: true, k3sConfig: {}, metadataAddress: '169.254.169.254', findCluster: { mode: 'join' as const, caHash: 'abc', addresses: '10.2.0.10' } };
    const withCidr = YAML.parse(cloudConfigText(nodeCloudConfig({ ...base, nodeIpCidr: '10.2.0.0/16' }, encode), encode));
    const without = YAML.parse(cloudConfigText(nodeCloudConfig(base, encode), encode));
    expect(withCidr.runcmd[withCidr.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-node-ip', '10.2.0.0/16', '/usr/local/sbin/gitpod-install-k3s', 'agent', 'v1.36.3+k3s1']);
    const script = withCidr.write_files.find((f: any) => f.path === '/usr/local/sbin/gitpod-node-ip');
    expect(Buffer.from(script.content, 'base64').toString('utf8')).toBe(shipped('node-ip.sh'));
    expect(script.permissions).toBe('0755');
    expect(without.runcmd[without.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-install-k3s', 'agent', 'v1.36.3+k3s1']);
    expect(without.write_files.map((f: any) => f.path)).not.toContain('/usr/local/sbin/gitpod-node-ip');
  });
});
