import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { AZURE_RSA_KEY_LENGTH_RULE } from '../constructs/azure/rules';
import { catalogClouds } from '../lib/catalog';
import { CLOUDS, cloudPackage } from '../lib/clouds';
import { cloudRules } from '../lib/inputs';
import { MODULE_STACKS } from '../lib/module-synth';
import { COMMON_RULES, InputRule, ruleHolds, terraformValidation } from '../lib/validation';
import { synthAzure } from './azure-helpers';
import { SSH_PUBLIC_KEY, synthHetzner, tempDir, terraform, thrown } from './helpers';
import { allTypes } from './packages';

const ROOT = path.join(__dirname, '..');
/** The types of the core's and every cloud's assembly. */
const types = allTypes();

/** Every property of a jsii struct, its bases' included. */
function structProps(fqn: string): string[] {
  const type = types[fqn];
  return [...(type.interfaces ?? []).flatMap(structProps), ...(type.properties ?? []).map((p: { name: string }) => p.name)];
}

/** Evaluates Terraform expressions offline, one result per expression. */
function evaluate(dir: string, expressions: string[]): string[] {
  const { status, output } = terraform(['console'], dir, `jsonencode([${expressions.join(', ')}])\n`);
  if (status !== 0) throw new Error(output);
  return (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
}

describe('the registry of clouds is the one list', () => {
  const names = CLOUDS.map((c) => c.name);

  it('the size catalog, the module folders, the module synth and the install command list the same clouds', () => {
    expect(catalogClouds().sort()).toEqual([...names].sort());
    expect(fs.readdirSync(path.join(ROOT, 'modules')).sort()).toEqual([...names].sort());
    expect(MODULE_STACKS.map((m) => m.cloud)).toEqual(names);
  });

  it.each(CLOUDS.map((c) => [c.name, c] as const))('%s: its row names its construct, and the install command knows its csi step', (_name, cloud) => {
    expect(cloud.cluster().name).toBe(cloud.construct);
    expect(types[`${cloudPackage(cloud.name)}.${cloud.construct}`].base).toBe('cdktf-gitpod-self-hosted.GitpodCluster');
    expect(cloud.install.csiHelp.length).toBeGreaterThan(0);
    const help = execFileSync('node', [path.join(ROOT, 'lib', 'install', 'cli.js'), '--help'], { encoding: 'utf8' });
    expect(help).toContain(`  ${cloud.name.padEnd(27)}${cloud.install.csiHelp[0]}`);
  });
});

describe("a cloud's constructs come from its package", () => {
  it.each(CLOUDS.map((c) => [c.name, c] as const))('%s: the registry reaches its classes through the package named after the core', (name, cloud) => {
    expect(cloudPackage(cloud.name)).toBe(`cdktf-gitpod-self-hosted-${name}`);
    // The built registry, in a fresh process: what a user's program runs.
    const script = `const { cloudEntry } = require('./lib/clouds'); console.log(cloudEntry(${JSON.stringify(name)}).cluster().name);`;
    expect(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe(cloud.construct);
  });

  it('a cloud whose package is not installed is named, with the package to install', () => {
    const script = "require('./lib/clouds').cloudModule('nowhere', 'cluster')";
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('nowhere: the package cdktf-gitpod-self-hosted-nowhere is not installed; it holds the nowhere constructs. Install it beside cdktf-gitpod-self-hosted (npm install cdktf-gitpod-self-hosted-nowhere).');
  });
});

describe('every prop and every module variable has a rule', () => {
  it.each(CLOUDS.map((c) => [c.name, c] as const))('%s: each prop of the construct\'s props', (_name, cloud) => {
    const rules = cloudRules(cloud.inputs());
    const props = structProps(`${cloudPackage(cloud.name)}.${cloud.construct}Props`);
    expect(props.filter((prop) => !rules.some((r) => r.prop === prop))).toEqual([]);
  });

  it.each(MODULE_STACKS.map((m) => m.cloud))('%s: each variable of the module has a validation block', (cloud) => {
    const module = JSON.parse(fs.readFileSync(path.join(ROOT, 'modules', cloud, 'main.tf.json'), 'utf8'));
    const without = Object.entries<any>(module.variable).filter(([, v]) => !(v.validation?.length > 0)).map(([name]) => name);
    expect(without).toEqual([]);
  });
});

describe('k3sVersion: one exact k3s release', () => {
  const good = ['v1.30.14+k3s2', 'v1.36.3+k3s1', 'v1.33.0-rc1+k3s1'];
  const bad = ['latest', 'stable', '1.30', 'v1.30', 'v1.30.14', '1.30.14+k3s2', 'v1.30.14+k3s', ' v1.30.14+k3s2', ''];

  it('at synth time', () => {
    for (const value of good) expect([value, ruleHolds(COMMON_RULES.k3sVersion, value)]).toEqual([value, true]);
    for (const value of bad) expect([value, ruleHolds(COMMON_RULES.k3sVersion, value)]).toEqual([value, false]);
  });

  it('agrees with its Terraform condition', () => {
    const values = [...good, ...bad];
    const results = evaluate(tempDir('tf-console-k3s-'), values.map((v) => COMMON_RULES.k3sVersion.condition(JSON.stringify(v))));
    expect(values.map((v, i) => [v, results[i]])).toEqual(values.map((v) => [v, String(good.includes(v))]));
  });

  it('a cluster refuses a channel, naming the prop and the fix', () => {
    expect(thrown(() => synthHetzner({ k3sVersion: 'latest' }))).toMatch(
      /^HetznerGitpodCluster at test\/gitpod: invalid k3sVersion \(module variable k3s_version\): got "latest"\. Expected a k3s release such as "v1\.36\.3\+k3s1"/);
  });
});

describe('Azure: ssh-rsa keys of 2048 bits or more', () => {
  const dir = tempDir('tf-rsa-');
  const keys: Record<number, string> = {};
  for (const bits of [1024, 2048, 4096]) {
    const file = path.join(dir, `id_rsa_${bits}`);
    execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', String(bits), '-N', '', '-C', 'test', '-f', file]);
    keys[bits] = fs.readFileSync(`${file}.pub`, 'utf8').trim();
  }

  it('at synth time: a 1024-bit key is refused, 2048 and 4096 bits and Ed25519 are taken', () => {
    expect(thrown(() => synthAzure({ sshPublicKey: keys[1024] }))).toMatch(
      /invalid sshPublicKey \(module variable ssh_public_key_path\): got "ssh-rsa .*"\. Expected an ssh-rsa key of 2048 bits or more/);
    for (const key of [keys[2048], keys[4096], SSH_PUBLIC_KEY]) expect(() => synthAzure({ sshPublicKey: key })).not.toThrow();
  });

  it('Terraform judges the key files alike', () => {
    const condition = terraformValidation(AZURE_RSA_KEY_LENGTH_RULE).condition.slice(2, -1);
    const ed25519 = path.join(dir, 'id_ed25519.pub');
    fs.writeFileSync(ed25519, `${SSH_PUBLIC_KEY}\n`);
    const files = [`${path.join(dir, 'id_rsa_1024')}.pub`, `${path.join(dir, 'id_rsa_2048')}.pub`, `${path.join(dir, 'id_rsa_4096')}.pub`, ed25519];
    const results = evaluate(dir, files.map((f) => condition.replace(/var\.ssh_public_key_path/g, JSON.stringify(f))));
    expect(results).toEqual(['false', 'true', 'true', 'true']);
  });
});

describe('one value, one message: a cloud rule that narrows a common one speaks only where the common one held', () => {
  it('synth time: a broken key gets the common message only; an ECDSA key gets Azure\'s only', () => {
    const broken = thrown(() => synthAzure({ sshPublicKey: 'not a key' })).split('\n');
    expect(broken).toEqual([expect.stringMatching(/invalid sshPublicKey .*Expected one OpenSSH public key line/)]);
    const ecdsa = thrown(() => synthAzure({ sshPublicKey: 'ecdsa-sha2-nistp256 AAAAE2VjZHNh me' })).split('\n');
    expect(ecdsa).toEqual([expect.stringMatching(/invalid sshPublicKey .*Expected an ssh-rsa \(2048 bits or more\) or ssh-ed25519 public key/)]);
  });

  it('Terraform: the narrowing condition holds where the common one fails', () => {
    const azure = CLOUDS.find((c) => c.name === 'azure')!.inputs();
    const narrowing = azure.rules.filter((r) => r.narrows === COMMON_RULES.apiAllowedCidrs);
    expect(narrowing).toHaveLength(1);
    const condition = (rule: InputRule, value: unknown) => terraformValidation(rule).condition.slice(2, -1).replace(/var\.api_allowed_cidrs/g, JSON.stringify(value));
    const values = [['not-a-cidr'], ['::/0'], ['203.0.113.0/24']];
    const dir = tempDir('tf-console-narrow-');
    expect(evaluate(dir, values.map((v) => condition(COMMON_RULES.apiAllowedCidrs, v)))).toEqual(['false', 'true', 'true']);
    expect(evaluate(dir, values.map((v) => condition(narrowing[0], v)))).toEqual(['true', 'false', 'true']);
  });
});

describe('untyped callers (a Go nil, a JavaScript undefined, NaN) get the same clear errors', () => {
  it('a missing required prop is named, with what to write', () => {
    expect(thrown(() => synthHetzner({ domainName: undefined as unknown as string }))).toMatch(
      /invalid domainName \(module variable domain_name\): got undefined\. Expected a lowercase fully-qualified domain name/);
    expect(thrown(() => synthHetzner({ sshPublicKey: null as unknown as string }))).toMatch(
      /invalid sshPublicKey \(module variable ssh_public_key_path\): got null\. Expected one OpenSSH public key line/);
  });

  it('NaN and strings where numbers belong', () => {
    expect(thrown(() => synthHetzner({ readyTimeoutMinutes: NaN }))).toMatch(/invalid readyTimeoutMinutes \(module variable ready_timeout_minutes\): got NaN\. Expected a whole number of minutes/);
    expect(thrown(() => synthHetzner({ workerCount: '3' as unknown as number }))).toMatch(/invalid workerCount \(module variable size_data\): got "3"\./);
  });

  it('every problem at once, each naming the construct path', () => {
    const lines = thrown(() => synthAzure({ domainName: 'x', resourceGroupName: undefined as unknown as string, k3sVersion: '1.30' })).split('\n');
    expect(lines.map((l) => /^AzureGitpodCluster at test\/gitpod: invalid (\w+)[ :]/.exec(l)?.[1])).toEqual(['domainName', 'k3sVersion', 'resourceGroupName']);
  });
});

describe('ssh_private_key_path (unused) refuses a pasted key', () => {
  it('in Terraform', () => {
    const rule = COMMON_RULES.sshPrivateKeyPath;
    const results = evaluate(tempDir('tf-console-private-'), ['~/.ssh/id_rsa', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl'].map((v) => rule.condition(JSON.stringify(v))));
    expect(results).toEqual(['true', 'false']);
    expect(terraformValidation(rule).errorMessage).toMatch(/^Invalid ssh_private_key_path: got \$\{jsonencode\(var\.ssh_private_key_path\)\}\. Expected a path such as ~\/\.ssh\/id_rsa/);
  });
});
