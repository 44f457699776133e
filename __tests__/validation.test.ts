import * as fs from 'fs';
import * as path from 'path';
import { hetznerInputs } from '../constructs/hetzner/rules';
import { ClusterSize } from '../lib';
import { COMMON_RULES, InputRule, terraformValidation } from '../lib/validation';
import { SSH_PUBLIC_KEY, literalVerdict, synthHetzner, tempDir, terraform } from './helpers';

/** Sample values per rule: the ones a user gets right and the ones they get wrong. */
const SAMPLES: Array<{ rule: InputRule; good: unknown[]; bad: unknown[] }> = [
  { rule: COMMON_RULES.domainName, good: ['gitpod.example.com', 'a.b', 'x-1.example.co.uk'], bad: ['Gitpod.Example.com', 'localhost', 'gitpod_example.com', '-a.example.com', 'gitpod.example.com.', `${'a'.repeat(250)}.com`, ''] },
  { rule: COMMON_RULES.kubecontext, good: ['gitpod-self-hosted', 'prod@eu', 'a'], bad: ['', '-x', 'has space', 'x-'] },
  { rule: COMMON_RULES.sshPublicKey, good: [SSH_PUBLIC_KEY, 'ssh-rsa AAAAB3NzaC1yc2E=', 'ecdsa-sha2-nistp256 AAAAE2VjZHNh me'], bad: ['', 'AAAAC3Nz', '-----BEGIN OPENSSH PRIVATE KEY-----', 'ssh-ed25519'] },
  { rule: COMMON_RULES.apiAllowedCidrs, good: [['0.0.0.0/0', '::/0'], ['203.0.113.0/24'], ['2001:db8::/32']], bad: [[], ['203.0.113.0'], ['300.1.1.1/8'], ['0.0.0.0/33']] },
  { rule: COMMON_RULES.sshAllowedCidrs, good: [['0.0.0.0/0', '::/0'], ['198.51.100.7/32'], ['2001:db8::/32']], bad: [[], ['198.51.100.7'], ['10.0.0.0/40'], ['office']] },
  { rule: COMMON_RULES.readyTimeoutMinutes, good: [0, 1, 20, 120], bad: [-1, 121, 2.5] },
  { rule: hetznerInputs().location, good: ['nbg1', 'fsn1', 'hel1', 'ash', 'hil', 'sin'], bad: ['NBG1', 'eu-central', 'fra1', ''] },
  { rule: hetznerInputs().size, good: ['small', 'medium', 'large'], bad: ['Small', 'xl', ''] },
];


describe('input rules at synth time', () => {
  it.each(SAMPLES.map((s) => [s.rule.prop, s] as const))('%s accepts good values and rejects bad ones', (_prop, sample) => {
    for (const value of sample.good) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, true]);
    for (const value of sample.bad) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, false]);
  });

  it('workerCount must be a whole number from 1 to 100', () => {
    for (const good of [1, 3, 100]) expect(literalVerdict(COMMON_RULES.workerCount, good)).toBe(true);
    for (const bad of [0, 101, 2.5, -3]) expect(literalVerdict(COMMON_RULES.workerCount, bad)).toBe(false);
  });
});

describe('HetznerGitpodCluster rejects bad props with a message that names the input, shows the value and says how to fix it', () => {
  const cases: Array<[string, object, RegExp]> = [
    ['domainName', { domainName: 'Not A Domain' }, /invalid domainName \(module variable domain_name\): got "Not A Domain"\. Expected a lowercase fully-qualified domain name/],
    ['location', { location: 'fra1' }, /invalid location \(module variable location\): got "fra1"\. Expected one of nbg1, fsn1, hel1, ash, hil, sin/],
    ['size (unknown)', { size: ClusterSize.of('huge') }, /invalid size .*got "huge"/],
    ['workerCount', { size: ClusterSize.MEDIUM, workerCount: 0 }, /invalid workerCount \(module variable size_data\): got 0\. Expected size_data\.node_count \(workerCount\) to be a whole number from 1 to 100/],
    ['kubecontext', { kubecontext: 'has space' }, /invalid kubecontext \(module variable kubecontext\): got "has space"/],
    ['sshPublicKey', { sshPublicKey: 'not a key' }, /invalid sshPublicKey \(module variable ssh_public_key_path\): got "not a key"\. Expected one OpenSSH public key line/],
    ['apiAllowedCidrs', { apiAllowedCidrs: ['10.0.0.1'] }, /invalid apiAllowedCidrs \(module variable api_allowed_cidrs\): got \["10\.0\.0\.1"\]\. Expected a non-empty list of CIDR blocks/],
    ['readyTimeoutMinutes', { readyTimeoutMinutes: 500 }, /invalid readyTimeoutMinutes \(module variable ready_timeout_minutes\): got 500\. Expected a whole number of minutes from 0 to 120/],
  ];
  it.each(cases)('%s', (_name, props, message) => {
    expect(() => synthHetzner(props)).toThrow(message);
  });

  it('never echoes a private key pasted by mistake', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
    expect(() => synthHetzner({ sshPublicKey: key })).toThrow(/got "<a private key, not shown>"/);
    expect(() => synthHetzner({ sshPublicKey: key })).not.toThrow(/b3BlbnNzaC1rZXktdjEAAAAA/);
  });

  it('lists every broken input at once', () => {
    expect(() => synthHetzner({ domainName: 'x', location: 'y' })).toThrow(/domainName[\s\S]*\n.*location/);
  });
});

describe('the same rules as Terraform validation blocks', () => {
  const dir = tempDir('tf-console-');

  /** Evaluates Terraform expressions offline with `terraform console`, one result per expression. */
  function evaluate(expressions: string[]): string[] {
    // The console prints only its last input's value: ask for one JSON list of them all.
    const { status, output } = terraform(['console'], dir, `jsonencode([${expressions.join(', ')}])\n`);
    if (status !== 0) throw new Error(output);
    return (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
  }

  it('agree with the synth-time check on every sample', () => {
    const checks: Array<{ rule: InputRule; value: unknown; expected: boolean }> = [];
    for (const sample of SAMPLES) {
      for (const value of sample.good) checks.push({ rule: sample.rule, value, expected: true });
      for (const value of sample.bad) checks.push({ rule: sample.rule, value, expected: false });
    }
    for (const value of [1, 3, 100]) checks.push({ rule: COMMON_RULES.workerCount, value: { node_count: value }, expected: true });
    for (const value of [0, 101, 2.5]) checks.push({ rule: COMMON_RULES.workerCount, value: { node_count: value }, expected: false });
    const results = evaluate(checks.map((c) => c.rule.condition(JSON.stringify(c.value))));
    const verdicts = checks.map((c, i) => [c.rule.variable, c.value, results[i]]);
    expect(verdicts).toEqual(checks.map((c) => [c.rule.variable, c.value, String(c.expected)]));
  });

  it('check the public key file behind ssh_public_key_path', () => {
    const good = path.join(dir, 'id.pub');
    const bad = path.join(dir, 'id');
    fs.writeFileSync(good, `${SSH_PUBLIC_KEY}\n`);
    fs.writeFileSync(bad, '-----BEGIN OPENSSH PRIVATE KEY-----\n');
    const condition = COMMON_RULES.sshPublicKey.variableRule!.condition;
    expect(evaluate([good, bad, path.join(dir, 'missing.pub')].map((p) => condition(JSON.stringify(p))))).toEqual(['true', 'false', 'false']);
  });

  it('show the bad value in the error message', () => {
    const validation = terraformValidation(COMMON_RULES.domainName);
    expect(validation.errorMessage).toBe('Invalid domain_name: got ${jsonencode(var.domain_name)}. Expected a lowercase fully-qualified domain name of at most 253 characters, such as gitpod.example.com.');
    expect(validation.condition).toMatch(/^\$\{length\(var\.domain_name\) <= 253 && can\(regex\(/);
  });
});
