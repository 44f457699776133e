import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { ADDRESS_WAIT_SECONDS, cloudConfigText, nodeCloudConfig } from '../lib/k3s/cloud-init';
import { agentK3sConfig } from '../lib/k3s/node-config';
import { shipped } from '../lib/templates';
import { tempDir } from './helpers';

const encode = (value: unknown) => YAML.stringify(value);
const FACTS = {
  apiAddress: '51.15.0.10', primaryPrivateIp: '192.168.1.50', managersRunWorkloads: true,
  snapshots: { schedule: '0 */12 * * *', retention: 5, s3: false },
  secret: 'Secret0123456789', token: 'K10abcdef::server:Secret0123456789',
  agentSecret: 'Agent0123456789', agentToken: 'K10abcdef::node:Agent0123456789',
};

function render(waitForAddress?: string): string {
  return cloudConfigText(nodeCloudConfig({
    role: 'agent', k3sVersion: 'v1.36.3+k3s1', ubuntuRelease: '24.04', osUpdates: true, metadataAddress: '169.254.42.42', findCluster: { mode: 'join' as const, caHash: 'abc', addresses: '10.2.0.10' },
    k3sConfig: agentK3sConfig(FACTS, { privateIp: '192.168.1.60' }), waitForAddress,
  }, encode), encode);
}

/** Runs a bootcmd entry as cloud-init does: a list is an argv, without a shell around it. */
function runBootcmd(argv: string[]): { status: number | null; output: string } {
  const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 30000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a Scaleway node\'s cloud-config', () => {
  const userData = render('192.168.1.60');
  const doc = YAML.parse(userData);

  it('passes `cloud-init schema`', () => {
    const file = path.join(tempDir('cloud-config-scw-'), 'user-data.yaml');
    fs.writeFileSync(file, userData);
    expect(execFileSync('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toMatch(/Valid cloud-config/);
  });

  it('waits for the private address in bootcmd, which runs before packages are installed', () => {
    expect(doc.bootcmd).toHaveLength(1);
    const [shell, flag, command, name, address, timeout] = doc.bootcmd[0];
    expect([shell, flag, name, address, timeout]).toEqual(['/bin/sh', '-c', 'gitpod-wait-for-address', '192.168.1.60', String(ADDRESS_WAIT_SECONDS)]);
    // Nothing in the command that a Terraform function argument would mangle (cdktf does not escape quotes or backslashes there).
    expect(command).toMatch(/^echo [A-Za-z0-9+/=]+ \| base64 -d \| \/bin\/sh -s -- \$1 \$2$/);
    const script = Buffer.from(command.split(' ')[1], 'base64').toString('utf8');
    expect(script).toBe(shipped('wait-for-address.sh'));
    expect(doc.package_update).toBe(true);
  });

  it('the bootcmd returns at once when the address is up, and gives up after its timeout otherwise', () => {
    const argv: string[] = doc.bootcmd[0];
    const up = runBootcmd([...argv.slice(0, 4), '127.0.0.1', '10']);
    expect(up).toEqual({ status: 0, output: expect.stringContaining('127.0.0.1 is up after 0 s') });
    const missing = runBootcmd([...argv.slice(0, 4), '198.51.100.77', '2']);
    expect(missing).toEqual({ status: 1, output: expect.stringContaining('198.51.100.77 is still not configured after 2 s; going on without it') });
  });

  it('fences pods off Scaleway\'s metadata address', () => {
    const fence = doc.write_files.find((f: any) => f.path === '/etc/default/gitpod-metadata-fence');
    expect(fence.content).toMatch(/^METADATA_ADDRESS=169\.254\.42\.42$/m);
  });

  it('other clouds\' nodes have no bootcmd (their network is up at boot)', () => {
    expect(YAML.parse(render()).bootcmd).toBeUndefined();
  });
});
