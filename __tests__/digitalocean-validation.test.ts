import { digitalOceanInputs } from '../constructs/digitalocean/rules';
import { ClusterSize } from '../lib';
import { InputRule } from '../lib/validation';
import { literalVerdict, tempDir, terraform } from './helpers';
import { synthDigitalOcean } from './digitalocean-helpers';

const SAMPLES: Array<{ rule: InputRule; good: string[]; bad: string[] }> = [
  {
    rule: digitalOceanInputs().location,
    good: ['fra1', 'ams3', 'lon1', 'nyc1', 'nyc3', 'atl1', 'tor1', 'sfo2', 'sfo3', 'sgp1', 'blr1', 'syd1'],
    bad: ['nbg1', 'FRA1', 'fra', 'eu-central', 'ams2', ''],
  },
  { rule: digitalOceanInputs().size, good: ['small', 'medium', 'large'], bad: ['Large', 'Medium', 'xl', ''] },
];


describe('DigitalOcean input rules', () => {
  it.each(SAMPLES.map((s) => [s.rule.prop, s] as const))('%s accepts good values and rejects bad ones at synth time', (_prop, sample) => {
    for (const value of sample.good) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, true]);
    for (const value of sample.bad) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, false]);
  });

  it('agree with their Terraform validation conditions on every sample (terraform console)', () => {
    const checks = SAMPLES.flatMap((s) => [
      ...s.good.map((value) => ({ rule: s.rule, value, expected: 'true' })),
      ...s.bad.map((value) => ({ rule: s.rule, value, expected: 'false' })),
    ]);
    const { status, output } = terraform(['console'], tempDir('do-rules-'), `jsonencode([${checks.map((c) => c.rule.condition(JSON.stringify(c.value))).join(', ')}])\n`);
    expect(status).toBe(0);
    const results = (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
    expect(checks.map((c, i) => [c.value, results[i]])).toEqual(checks.map((c) => [c.value, c.expected]));
  });
});

describe('DigitalOceanGitpodCluster rejects bad props with a message that names the input, shows the value and says how to fix it', () => {
  const cases: Array<[string, object, RegExp]> = [
    ['location (a Hetzner one)', { location: 'nbg1' }, /^DigitalOceanGitpodCluster at [^:]+: invalid location \(module variable location\): got "nbg1"\. Expected one of fra1, ams3, lon1, nyc1, nyc3, atl1, tor1, sfo2, sfo3, sgp1, blr1, syd1 \(a DigitalOcean region\)\.$/],
    ['size large without pools', { size: ClusterSize.LARGE },
      /^DigitalOceanGitpodCluster at [^:]+: invalid workerPools \(module variable size_data\): got \[\] for size "large"\. Expected size large to have at least one pool/],
    ['size unknown, with the hint', { size: ClusterSize.of('xl') },
      /^DigitalOceanGitpodCluster at [^:]+: invalid size \(module variable size\): got "xl"\. Expected one of small, medium, large \(large also needs size_data\.pools\)\.$/],
    ['size (unknown)', { size: ClusterSize.of('huge') }, /invalid size .*got "huge"/],
    ['domainName', { domainName: 'Not A Domain' }, /DigitalOceanGitpodCluster at [^:]+: invalid domainName \(module variable domain_name\): got "Not A Domain"/],
    ['workerCount', { size: ClusterSize.MEDIUM, workerCount: 101 }, /invalid workerCount \(module variable size_data\): got 101\./],
    ['sshPublicKey', { sshPublicKey: 'not a key' }, /invalid sshPublicKey \(module variable ssh_public_key_path\): got "not a key"/],
    ['apiAllowedCidrs', { apiAllowedCidrs: [] }, /invalid apiAllowedCidrs \(module variable api_allowed_cidrs\): got \[\]/],
    ['readyTimeoutMinutes', { readyTimeoutMinutes: -1 }, /invalid readyTimeoutMinutes \(module variable ready_timeout_minutes\): got -1/],
    ['kubecontext', { kubecontext: '-x' }, /invalid kubecontext \(module variable kubecontext\): got "-x"/],
  ];
  it.each(cases)('%s', (_name, props, message) => {
    expect(() => synthDigitalOcean(props)).toThrow(message);
  });

  it('lists every broken input at once', () => {
    expect(() => synthDigitalOcean({ location: 'nbg1', size: ClusterSize.of('xl') })).toThrow(/location[\s\S]*\n.*size/);
  });
});
