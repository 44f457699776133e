import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { FsShiftMethod, GitpodInstallation } from '../lib';
import { AzureGitpodCluster } from '../constructs/azure';
import { DigitalOceanGitpodCluster } from '../constructs/digitalocean';
import { HetznerGitpodCluster } from '../constructs/hetzner';
import { ScalewayGitpodCluster } from '../constructs/scaleway';
import { cloudCatalog } from '../lib/catalog';
import { CLOUDS } from '../lib/clouds';
import { PINS, KubernetesWindow, pinsOutside } from '../lib/install/versions';
import { DEFAULT_K3S_VERSION, DEFAULT_UBUNTU_RELEASE, KUBERNETES_MINOR, UBUNTU_RELEASES, kubernetesMinorOf } from '../lib/platform';
import { shipped } from '../lib/templates';
import { COMMON_RULES, ruleHolds } from '../lib/validation';
import { resourcesOf, SSH_PUBLIC_KEY, synthHetzner, tempDir, terraform, thrown } from './helpers';
import { Dns01Solver } from '../lib/gitpod/cert-manager';

const ROOT = path.join(__dirname, '..');

describe('the pins follow the Kubernetes minor of the k3s pin', () => {
  it('the minor is the k3s pin\'s, a release upstream still supports (1.35 or later)', () => {
    expect(KUBERNETES_MINOR).toBe(kubernetesMinorOf(DEFAULT_K3S_VERSION));
    expect(ruleHolds(COMMON_RULES.k3sVersion, DEFAULT_K3S_VERSION)).toBe(true);
    expect(Number(KUBERNETES_MINOR.split('.')[1])).toBeGreaterThanOrEqual(35);
  });

  it('every version-bound pin supports it', () => {
    expect(pinsOutside(KUBERNETES_MINOR)).toEqual([]);
  });

  it('the check bites: a minor outside a window names the pin and its window', () => {
    expect(pinsOutside('1.30').map((p) => p.name)).toEqual(expect.arrayContaining(['cert-manager chart', 'Hetzner Cloud CSI driver', 'cluster-autoscaler (Hetzner large)']));
    expect(pinsOutside('1.37').map((p) => p.name)).toEqual(expect.arrayContaining(['cert-manager chart', 'DigitalOcean CSI driver']));
    // 1.9 is before 1.33, not after it: minors compare as numbers.
    expect(pinsOutside('1.9').length).toBeGreaterThan(0);
  });

  it('each CSI driver, cert-manager and the autoscaler carry their window and its source', () => {
    const bound = PINS.filter((p) => /CSI|cert-manager|autoscaler/.test(p.name));
    expect(bound.length).toBe(6);
    for (const pin of bound) expect([pin.name, (pin.kubernetes as KubernetesWindow | undefined)?.source]).toEqual([pin.name, expect.any(String)]);
  });
});

describe('ubuntuRelease / ubuntu_release', () => {
  const good = ['24.04', '22.04', '20.04'];
  const bad = ['18.04', '24.10', 'noble', '24.04 ', '', 'latest'];

  it('the default is an LTS in standard support, and 20.04 is still there', () => {
    expect(DEFAULT_UBUNTU_RELEASE).toBe('24.04');
    expect(UBUNTU_RELEASES.map((u) => u.release)).toEqual(good);
    const today = '2026-12';
    const supported = UBUNTU_RELEASES.filter((u) => u.standardSupportUntil > today).map((u) => u.release);
    expect(supported).toEqual(['24.04', '22.04']);
  });

  it('at synth time', () => {
    for (const value of good) expect([value, ruleHolds(COMMON_RULES.ubuntuRelease, value)]).toEqual([value, true]);
    for (const value of [...bad, 24.04, null, undefined, NaN]) expect([value, ruleHolds(COMMON_RULES.ubuntuRelease, value)]).toEqual([value, false]);
  });

  it('agrees with its Terraform condition (terraform console)', () => {
    const values = [...good, ...bad];
    const expressions = values.map((v) => COMMON_RULES.ubuntuRelease.condition(JSON.stringify(v)));
    const { status, output } = terraform(['console'], tempDir('tf-console-ubuntu-'), `jsonencode([${expressions.join(', ')}])\n`);
    expect(status).toBe(0);
    const results = (JSON.parse(JSON.parse(output.trim())) as boolean[]);
    expect(values.map((v, i) => [v, results[i]])).toEqual(values.map((v) => [v, good.includes(v)]));
  });

  it('a cluster refuses another release, naming the prop, the variable, the value and the choices; untyped callers alike', () => {
    expect(thrown(() => synthHetzner({ ubuntuRelease: '18.04' }))).toMatch(
      /^HetznerGitpodCluster at test\/gitpod: invalid ubuntuRelease \(module variable ubuntu_release\): got "18\.04"\. Expected one of 24\.04, 22\.04, 20\.04/);
    expect(thrown(() => synthHetzner({ ubuntuRelease: NaN as unknown as string }))).toMatch(/invalid ubuntuRelease \(module variable ubuntu_release\): got NaN\./);
    // A Go nil or a JavaScript undefined is "not given": the default.
    expect(() => synthHetzner({ ubuntuRelease: undefined })).not.toThrow();
  });

  it('every module declares the variable with its rule, and the k3s_version variable beside it', () => {
    for (const cloud of CLOUDS) {
      const module = JSON.parse(fs.readFileSync(path.join(ROOT, 'modules', cloud.name, 'main.tf.json'), 'utf8'));
      expect([cloud.name, module.variable.ubuntu_release.default, module.variable.ubuntu_release.validation.length]).toEqual([cloud.name, '24.04', 1]);
      expect([cloud.name, module.variable.k3s_version.default]).toEqual([cloud.name, DEFAULT_K3S_VERSION]);
      expect(module.output.fs_shift_method.value).toContain('var.ubuntu_release');
    }
  });

  it('every cloud has an image of every release', () => {
    for (const cloud of CLOUDS) expect([cloud.name, Object.keys(cloudCatalog(cloud.name).images)]).toEqual([cloud.name, good]);
  });
});

/** The machines of a cluster synthesized with a release, and the lifecycle that keeps them. */
function machines(make: (stack: TerraformStack) => unknown, type: string): any[] {
  const stack = new TerraformStack(Testing.app(), 'test');
  make(stack);
  return Object.values(resourcesOf(JSON.parse(Testing.synth(stack)), type));
}

describe('each cloud boots the release\'s image, and a new release replaces no running node', () => {
  const base = { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, ubuntuRelease: '22.04' };
  const azure = {
    resourceGroupName: 'gitpod',
    userAssignedIdentityId: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/gitpod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/gitpod',
  };
  const cases: Array<[string, string, (s: TerraformStack) => unknown, (r: any) => unknown, string]> = [
    ['hetzner', 'hcloud_server', (s) => new HetznerGitpodCluster(s, 'gitpod', base), (r) => r.image, 'image'],
    ['digitalocean', 'digitalocean_droplet', (s) => new DigitalOceanGitpodCluster(s, 'gitpod', base), (r) => r.image, 'image'],
    ['scaleway', 'scaleway_instance_server', (s) => new ScalewayGitpodCluster(s, 'gitpod', { ...base, projectId: '11111111-2222-3333-4444-555555555555' }), (r) => r.image, 'image'],
    ['azure', 'azurerm_linux_virtual_machine', (s) => new AzureGitpodCluster(s, 'gitpod', { ...base, ...azure }),
      (r) => ['publisher', 'offer', 'sku', 'version'].map((k) => r.source_image_reference[k]).join(':'), 'source_image_reference'],
  ];

  it.each(cases)('%s', (cloud, type, make, image, attribute) => {
    const made = machines(make, type);
    expect(made.length).toBeGreaterThan(0);
    for (const machine of made) {
      expect(image(machine)).toBe(cloudCatalog(cloud).images['22.04']);
      expect(machine.lifecycle.ignore_changes).toContain(attribute);
    }
  });
});

describe('the companion sets the nodes\' fsShiftMethod', () => {
  const solvers = [Dns01Solver.cloudflare({ apiToken: 'token' })];
  const companion = (release: string | undefined, config?: object) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const cluster = new HetznerGitpodCluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, ubuntuRelease: release });
    return new GitpodInstallation(stack, 'install', { cluster, solvers, config });
  };

  it('fuse on 24.04 and 22.04, shiftfs on 20.04', () => {
    expect(companion(undefined).gitpodConfig.workspace.runtime.fsShiftMethod).toBe('fuse');
    expect(companion('22.04').gitpodConfig.workspace.runtime.fsShiftMethod).toBe('fuse');
    expect(companion('20.04').gitpodConfig.workspace.runtime.fsShiftMethod).toBe('shiftfs');
    expect(companion('20.04').mergedGitpodConfig.workspace.runtime.fsShiftMethod).toBe('shiftfs');
  });

  it('the user\'s own choice wins', () => {
    const own = companion('20.04', { workspace: { runtime: { fsShiftMethod: FsShiftMethod.FUSE } } });
    expect(own.gitpodConfig.workspace.runtime.fsShiftMethod).toBe('fuse');
  });
});

describe('gitpod-prepare-node on a node (a sandbox root, fake modprobe and update-grub)', () => {
  // The script as the nodes get it (comments left out).
  const script = path.join(tempDir('prepare-node-'), 'gitpod-prepare-node');
  fs.writeFileSync(script, shipped('prepare-node.sh'));

  function node(options: { cgroupV2: boolean; fuse: boolean; modprobeFails?: boolean; shiftfsFails?: boolean }) {
    const root = tempDir('node-root-');
    const bin = path.join(root, 'fake-bin');
    fs.mkdirSync(bin, { recursive: true });
    const log = path.join(root, 'calls.log');
    const fake = (name: string, code: number) => fs.writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> ${log}\nexit ${code}\n`, { mode: 0o755 });
    fake('modprobe', options.modprobeFails ? 1 : 0);
    fake('update-grub', 0);
    for (const dir of ['sys/fs/cgroup', 'run', 'dev', 'usr/local/sbin']) fs.mkdirSync(path.join(root, dir), { recursive: true });
    if (options.cgroupV2) fs.writeFileSync(path.join(root, 'sys/fs/cgroup/cgroup.controllers'), 'cpu memory\n');
    // A character device cannot be made without privileges: the sandbox's /dev/fuse is the host's /dev/null.
    if (options.fuse) fs.symlinkSync('/dev/null', path.join(root, 'dev/fuse'));
    fs.writeFileSync(path.join(root, 'usr/local/sbin/gitpod-install-shiftfs'), `#!/bin/sh\necho "install-shiftfs" >> ${log}\nexit ${options.shiftfsFails ? 1 : 0}\n`, { mode: 0o755 });
    const run = (method: string) => {
      const result = spawnSync('bash', [script, method, 'sh', '-c', `echo joined >> ${log}`], {
        encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, GITPOD_NODE_ROOT: root },
      });
      const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
      return { status: result.status, stderr: result.stderr, calls };
    };
    return { root, run };
  }

  it('cgroup v2 and fuse: nothing to change, and the k3s install runs', () => {
    const n = node({ cgroupV2: true, fuse: true });
    expect(n.run('fuse')).toEqual({ status: 0, stderr: '', calls: ['modprobe fuse', 'joined'] });
    expect(fs.existsSync(path.join(n.root, 'etc/default/grub.d'))).toBe(false);
    expect(fs.existsSync(path.join(n.root, 'run/gitpod-reboot-for-cgroup-v2'))).toBe(false);
  });

  it('booted cgroup v1: the unified hierarchy goes on the kernel command line, the reboot is marked, and the install runs', () => {
    const n = node({ cgroupV2: false, fuse: true });
    expect(n.run('shiftfs')).toEqual({ status: 0, stderr: '', calls: ['update-grub ', 'install-shiftfs', 'joined'] });
    expect(fs.readFileSync(path.join(n.root, 'etc/default/grub.d/99-gitpod-cgroup-v2.cfg'), 'utf8'))
      .toBe('GRUB_CMDLINE_LINUX="${GRUB_CMDLINE_LINUX} systemd.unified_cgroup_hierarchy=1"\n');
    expect(fs.existsSync(path.join(n.root, 'run/gitpod-reboot-for-cgroup-v2'))).toBe(true);
  });

  it.each([
    ['no /dev/fuse', { cgroupV2: true, fuse: false }, 'fuse'],
    ['modprobe fails', { cgroupV2: true, fuse: true, modprobeFails: true }, 'fuse'],
    ['the shiftfs module cannot be had', { cgroupV2: true, fuse: true, shiftfsFails: true }, 'shiftfs'],
    ['an unknown method', { cgroupV2: true, fuse: true }, 'overlay'],
  ] as const)('a failed prerequisite (%s) stops it before the k3s install: the node never joins', (_name, options, method) => {
    const result = node(options).run(method);
    expect(result.status).not.toBe(0);
    expect(result.calls).not.toContain('joined');
  });
});
