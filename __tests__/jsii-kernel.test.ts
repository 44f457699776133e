// Drives the library through @jsii/kernel, the kernel the Python and Go runtimes use: load
// the npm tarballs of the library and its jsii dependencies, create an App, a stack, the
// providers and a cluster by their jsii names, synthesize, and read the result.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { cloudPackage } from '../lib/clouds';
import { SSH_PUBLIC_KEY, tempDir } from './helpers';
import { CLOUD_PACKAGES, CORE, distTarball } from './packages';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Kernel } = require('@jsii/kernel');

const ROOT = path.join(__dirname, '..');

function rank(name: string): number {
  return ['constructs', 'cdktf'].includes(name) ? ['constructs', 'cdktf'].indexOf(name) : 2;
}

/** The packages these tests load: the core, and the clouds they build on. */
const LOADED = [CORE, ...CLOUD_PACKAGES.filter((p) => [cloudPackage('hetzner'), cloudPackage('digitalocean')].includes(p.name))];

/** Each package's tarball from dist/<package>/js, after each jsii dependency packed from node_modules. */
function tarballs(): Array<{ name: string; version: string; tarball: string }> {
  const packDir = tempDir('kernel-packs-');
  const own = LOADED.map((p) => p.name);
  // Every jsii library the packages peer on, the framework first: what a Python or Go user's runtime loads.
  const peers = [...new Set(LOADED.flatMap((p) => Object.keys(p.pkg.peerDependencies)))].filter((name) => !own.includes(name))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const deps = peers.map((name) => {
    const dir = path.join(ROOT, 'node_modules', name);
    const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
    return { name, version, tarball: path.join(packDir, file) };
  });
  return [...deps, ...LOADED.map((p) => ({ name: p.name, version: p.pkg.version, tarball: distTarball(p) }))];
}

describe('the public API through the jsii kernel (what Python and Go call)', () => {
  let kernel: any;
  beforeAll(() => {
    kernel = new Kernel(() => { throw new Error('no callbacks expected'); });
    for (const t of tarballs()) expect(kernel.load(t).assembly).toBe(t.name);
  });

  it('creates a medium Hetzner cluster with its providers and synthesizes it', () => {
    const outdir = tempDir('kernel-synth-');
    const app = kernel.create({ fqn: 'cdktf.App', args: [{ outdir }] });
    const stack = kernel.create({ fqn: 'cdktf.TerraformStack', args: [app, 'python'] });
    kernel.create({ fqn: 'cdktf-gitpod-self-hosted-hetzner.hcloud.provider.HcloudProvider', args: [stack, 'hcloud', {}] });
    kernel.create({ fqn: '@cdktf/provider-tls.provider.TlsProvider', args: [stack, 'tls', {}] });
    kernel.create({ fqn: '@cdktf/provider-random.provider.RandomProvider', args: [stack, 'random', {}] });
    const medium = kernel.sget({ fqn: 'cdktf-gitpod-self-hosted.ClusterSize', property: 'MEDIUM' }).value;
    const cluster = kernel.create({
      fqn: 'cdktf-gitpod-self-hosted-hetzner.HetznerGitpodCluster',
      args: [stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, size: medium, workerCount: 4 }],
    });
    expect(kernel.get({ objref: cluster, property: 'kubecontext' }).value).toBe('gitpod-self-hosted');
    expect(kernel.get({ objref: cluster, property: 'size' }).value).toBe('medium');
    kernel.invoke({ objref: app, method: 'synth', args: [] });

    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'python', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(json.provider).sort()).toEqual(['hcloud', 'random', 'tls']);
    expect(Object.keys(json.resource.hcloud_server)).toHaveLength(3);
    expect(JSON.stringify(json.resource.hcloud_server)).toContain('workerCountFromSizeData ? 4 :');
  });

  it('a DigitalOcean cluster with its managed services and the companion over both, as a Python app writes it', () => {
    const outdir = tempDir('kernel-services-');
    const app = kernel.create({ fqn: 'cdktf.App', args: [{ outdir }] });
    const stack = kernel.create({ fqn: 'cdktf.TerraformStack', args: [app, 'python'] });
    kernel.create({ fqn: '@cdktf/provider-digitalocean.provider.DigitaloceanProvider', args: [stack, 'digitalocean', {}] });
    kernel.create({ fqn: '@cdktf/provider-tls.provider.TlsProvider', args: [stack, 'tls', {}] });
    kernel.create({ fqn: '@cdktf/provider-random.provider.RandomProvider', args: [stack, 'random', {}] });
    const cluster = kernel.create({
      fqn: 'cdktf-gitpod-self-hosted-digitalocean.DigitalOceanGitpodCluster', args: [stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY }],
    });
    // The struct comes back by reference, as Python's runtime gets it, and goes back in as it came.
    const attachment = kernel.get({ objref: cluster, property: 'serviceAttachment' }).value;
    expect(['location', 'size'].map((property) => kernel.get({ objref: attachment, property }).value)).toEqual(['fra1', 'small']);
    const services = kernel.create({ fqn: 'cdktf-gitpod-self-hosted-digitalocean.DigitalOceanGitpodServices', args: [stack, 'services', { attachment, registryTier: 'basic' }] });
    const solver = kernel.sinvoke({ fqn: 'cdktf-gitpod-self-hosted.Dns01Solver', method: 'cloudflare', args: [{ apiToken: 'token-value' }] }).result;
    const installation = kernel.create({ fqn: 'cdktf-gitpod-self-hosted.GitpodInstallation', args: [stack, 'installation', { cluster, services, solvers: [solver] }] });
    kernel.create({ fqn: 'cdktf-gitpod-self-hosted.GitpodInstallationOutputs', args: [stack, 'outputs', { installation }] });
    kernel.invoke({ objref: app, method: 'synth', args: [] });

    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'python', 'cdk.tf.json'), 'utf8'));
    expect(Object.values<any>(json.resource.digitalocean_container_registry)[0].subscription_tier_slug).toBe('basic');
    expect(Object.keys(json.output.gitpod_secrets.value).sort()).toEqual(['container-registry', 'database', 'database-cacert', 'object-storage']);
    expect(json.output.gitpod_config.value.database.inCluster).toBe(false);
  });

  it('bad input reaches the caller as an error with the message', () => {
    const stack = kernel.create({ fqn: 'cdktf.TerraformStack', args: [kernel.create({ fqn: 'cdktf.App', args: [{ outdir: tempDir('kernel-bad-') }] }), 's'] });
    expect(() => kernel.create({
      fqn: 'cdktf-gitpod-self-hosted-hetzner.HetznerGitpodCluster',
      args: [stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, location: 'fra1' }],
    })).toThrow(/invalid location \(module variable location\): got "fra1"/);
  });
});
