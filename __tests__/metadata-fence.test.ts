import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { synthAzure } from './azure-helpers';
import { shipped } from '../lib/templates';
import { synthHetzner, tempDir } from './helpers';

// The fence's scripts run against stand-in systemctl and iptables: what they decide, and the
// iptables calls they make.
// The scripts as the nodes get them (comments left out), from a folder of their own.
const TEMPLATES = tempDir('fence-scripts-');
for (const name of ['metadata-fence.sh', 'require-fence.sh']) fs.writeFileSync(path.join(TEMPLATES, name), shipped(name));

function standIns(options: { fenceActive: boolean; rulePresent: boolean }): { dir: string; env: NodeJS.ProcessEnv; log: string } {
  const dir = tempDir('fence-');
  const log = path.join(dir, 'calls');
  fs.writeFileSync(path.join(dir, 'systemctl'), `#!/bin/sh\necho "systemctl $*" >> "${log}"\nexit ${options.fenceActive ? 0 : 3}\n`, { mode: 0o755 });
  // -C answers whether the rule is there; -I adds it.
  fs.writeFileSync(path.join(dir, 'iptables'), `#!/bin/sh\necho "iptables $*" >> "${log}"\ncase "$*" in *" -C "*) exit ${options.rulePresent ? 0 : 1} ;; esac\nexit 0\n`, { mode: 0o755 });
  const defaults = path.join(dir, 'gitpod-metadata-fence');
  fs.writeFileSync(defaults, 'METADATA_ADDRESS=169.254.169.254\nPOD_CIDR=10.42.0.0/16\n');
  return { dir, log, env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, GITPOD_FENCE_DEFAULTS: defaults, METADATA_ADDRESS: '169.254.169.254', POD_CIDR: '10.42.0.0/16' } };
}

function calls(log: string): string[] {
  return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
}

describe('gitpod-require-fence: the k3s install runs only where the fence is up', () => {
  function gate(options: { fenceActive: boolean; rulePresent: boolean }) {
    const s = standIns(options);
    const marker = path.join(s.dir, 'installed');
    const result = spawnSync('sh', [path.join(TEMPLATES, 'require-fence.sh'), 'touch', marker], { encoding: 'utf8', env: s.env });
    return { status: result.status, stderr: result.stderr, installed: fs.existsSync(marker), calls: calls(s.log) };
  }

  it('runs the install when the fence unit is active and its rule is in place', () => {
    const r = gate({ fenceActive: true, rulePresent: true });
    expect([r.status, r.installed]).toEqual([0, true]);
    expect(r.calls).toEqual(['systemctl is-active --quiet gitpod-metadata-fence.service', 'iptables -w -t raw -C PREROUTING -s 10.42.0.0/16 -d 169.254.169.254/32 -j DROP']);
  });

  it('refuses when the fence unit failed', () => {
    const r = gate({ fenceActive: false, rulePresent: true });
    expect([r.status, r.installed]).toEqual([1, false]);
    expect(r.stderr).toMatch(/gitpod-metadata-fence\.service is not active; not running touch/);
  });

  it('refuses when the rule is missing (flushed, or never added)', () => {
    const r = gate({ fenceActive: true, rulePresent: false });
    expect([r.status, r.installed]).toEqual([1, false]);
    expect(r.stderr).toMatch(/the rule that drops pod traffic to 169\.254\.169\.254 is missing; not running touch/);
  });

  it('needs a command', () => {
    const result = spawnSync('sh', [path.join(TEMPLATES, 'require-fence.sh')], { encoding: 'utf8' });
    expect([result.status, result.stderr.trim()]).toEqual([2, 'usage: gitpod-require-fence COMMAND [ARG...]']);
  });
});

describe('gitpod-metadata-fence', () => {
  it('adds the rule once, waiting for the xtables lock', () => {
    const missing = standIns({ fenceActive: true, rulePresent: false });
    expect(spawnSync('sh', [path.join(TEMPLATES, 'metadata-fence.sh')], { env: missing.env }).status).toBe(0);
    expect(calls(missing.log)).toEqual([
      'iptables -w -t raw -C PREROUTING -s 10.42.0.0/16 -d 169.254.169.254/32 -j DROP',
      'iptables -w -t raw -I PREROUTING -s 10.42.0.0/16 -d 169.254.169.254/32 -j DROP',
    ]);
    const present = standIns({ fenceActive: true, rulePresent: true });
    expect(spawnSync('sh', [path.join(TEMPLATES, 'metadata-fence.sh')], { env: present.env }).status).toBe(0);
    expect(calls(present.log)).toEqual(['iptables -w -t raw -C PREROUTING -s 10.42.0.0/16 -d 169.254.169.254/32 -j DROP']);
  });
});

describe('Azure: pods reach the wire server for DNS only', () => {
  const WIRE = '168.63.129.16';
  const host = `-s 10.42.0.0/16 -d ${WIRE}/32`;

  it('the fence drops the rest, with the DNS exceptions above the DROP', () => {
    const s = standIns({ fenceActive: true, rulePresent: false });
    expect(spawnSync('sh', [path.join(TEMPLATES, 'metadata-fence.sh')], { env: { ...s.env, HOST_SERVICE_ADDRESS: WIRE } }).status).toBe(0);
    const inserted = calls(s.log).filter((c) => c.includes(' -I ')).map((c) => c.replace('iptables -w -t raw -I PREROUTING ', ''));
    // Each -I goes first in the chain: the last inserted is evaluated first.
    expect(inserted).toEqual([
      '-s 10.42.0.0/16 -d 169.254.169.254/32 -j DROP',
      `${host} -j DROP`,
      `${host} -p udp --dport 53 -j ACCEPT`,
      `${host} -p tcp --dport 53 -j ACCEPT`,
    ]);
    // A DROP added anew first takes away old exceptions, so that none is left below it.
    expect(calls(s.log)).toEqual(expect.arrayContaining([`iptables -w -t raw -D PREROUTING ${host} -p udp --dport 53 -j ACCEPT`]));
  });

  it('the gate refuses a node whose wire server rule is missing', () => {
    const s = standIns({ fenceActive: true, rulePresent: false });
    const defaults = s.env.GITPOD_FENCE_DEFAULTS as string;
    fs.writeFileSync(defaults, `METADATA_ADDRESS=169.254.169.254\nPOD_CIDR=10.42.0.0/16\nHOST_SERVICE_ADDRESS=${WIRE}\n`);
    // The metadata rule is there, the wire server's is not.
    fs.writeFileSync(path.join(s.dir, 'iptables'), `#!/bin/sh\necho "iptables $*" >> "${s.log}"\ncase "$*" in *"${WIRE}"*) exit 1 ;; esac\nexit 0\n`, { mode: 0o755 });
    const marker = path.join(s.dir, 'installed');
    const result = spawnSync('sh', [path.join(TEMPLATES, 'require-fence.sh'), 'touch', marker], { encoding: 'utf8', env: s.env });
    expect([result.status, fs.existsSync(marker)]).toEqual([1, false]);
    expect(result.stderr).toMatch(/the rule that drops pod traffic to 168\.63\.129\.16 is missing/);
  });

  it('Azure nodes carry the address in the fence defaults; the other clouds do not', () => {
    const { json } = synthAzure({});
    const vms = Object.values<any>(json.resource.azurerm_linux_virtual_machine);
    expect(vms.length).toBeGreaterThan(0);
    const hetzner = synthHetzner({}).text;
    expect(hetzner).not.toContain('HOST_SERVICE_ADDRESS');
    expect(JSON.stringify(json)).toContain(`HOST_SERVICE_ADDRESS=${WIRE}`);
  });
});
