import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ID_RULE, ZONE_IN_LOCATION_RULE, ZONE_RULE, scalewayInputs } from '../constructs/scaleway/rules';
import { ClusterSize } from '../lib';
import { InputRule, ruleHolds } from '../lib/validation';
import { SSH_PUBLIC_KEY, literalVerdict, tempDir, terraform } from './helpers';
import { PROJECT_ID, synthScaleway } from './scaleway-helpers';

const rules = { location: scalewayInputs().location, size: scalewayInputs().size, zone: ZONE_RULE, projectId: PROJECT_ID_RULE };

/** Sample values per Scaleway rule: the ones a user gets right and the ones they get wrong. */
const SAMPLES: Array<{ rule: InputRule; good: unknown[]; bad: unknown[] }> = [
  { rule: rules.location, good: ['fr-par', 'nl-ams', 'pl-waw'], bad: ['nl-ams-1', 'ams', 'NL-AMS', 'nbg1', ''] },
  { rule: rules.size, good: ['small', 'medium', 'large'], bad: ['huge', 'Medium', ''] },
  { rule: rules.zone, good: ['nl-ams-1', 'nl-ams-3', 'fr-par-2', 'pl-waw-1'], bad: ['nl-ams', 'nl-ams-4', 'ams1', ''] },
  { rule: rules.projectId, good: [PROJECT_ID, '00000000-0000-0000-0000-000000000000'], bad: ['', 'my-project', '6A1D3C0E-4B7F-4E2A-9C1D-0F5E8B2A7C31', `${PROJECT_ID}x`, PROJECT_ID.replace(/-/g, '')] },
];


describe('Scaleway input rules', () => {
  it.each(SAMPLES.map((s) => [s.rule.variable, s] as const))('%s: synth-time check accepts good values and rejects bad ones', (_name, sample) => {
    for (const value of sample.good) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, true]);
    for (const value of sample.bad) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, false]);
  });

  it('every zone of the zone rule belongs to a location of the catalog, and the other way round', () => {
    const zones = (rules.zone.schema as any).enum as string[];
    const locations = (rules.location.schema as any).enum as string[];
    expect([...new Set(zones.map((z) => z.replace(/-[0-9]$/, '')))].sort()).toEqual([...locations].sort());
    for (const location of locations) expect(ruleHolds(ZONE_IN_LOCATION_RULE, `${location}-1`, { location })).toBe(true);
    expect(ruleHolds(ZONE_IN_LOCATION_RULE, 'nl-ams-1', { location: 'fr-par' })).toBe(false);
  });

  it('Terraform evaluates each condition as the synth-time check does', () => {
    const dir = tempDir('tf-console-scw-');
    const checks: Array<{ rule: InputRule; value: unknown; expected: boolean }> = [];
    for (const sample of SAMPLES) {
      for (const value of sample.good) checks.push({ rule: sample.rule, value, expected: true });
      for (const value of sample.bad) checks.push({ rule: sample.rule, value, expected: false });
    }
    const { status, output } = terraform(['console'], dir, `jsonencode([${checks.map((c) => c.rule.condition(JSON.stringify(c.value))).join(', ')}])\n`);
    expect(status).toBe(0);
    const results = (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
    expect(checks.map((c, i) => [c.rule.variable, c.value, results[i]])).toEqual(checks.map((c) => [c.rule.variable, c.value, String(c.expected)]));
  });
});

describe('ScalewayGitpodCluster rejects bad props with a message that names the input, shows the value and says how to fix it', () => {
  const cases: Array<[string, object, RegExp]> = [
    ['location', { location: 'nbg1' }, /^ScalewayGitpodCluster at [^:]+: invalid location \(module variable location\): got "nbg1"\. Expected one of fr-par, nl-ams, pl-waw \(a Scaleway region\)\.$/],
    ['size large without pools', { size: ClusterSize.LARGE }, /invalid workerPools \(module variable size_data\): got \[\] for size "large"\. Expected size large to have at least one pool/],
    ['size unknown', { size: ClusterSize.of('huge') }, /invalid size \(module variable size\): got "huge"\. Expected one of small, medium, large \(large also needs size_data\.pools\)\./],
    ['projectId', { projectId: 'my-project' }, /^ScalewayGitpodCluster at [^:]+: invalid projectId \(module variable project_id\): got "my-project"\. Expected the ID of a Scaleway Project, a lowercase UUID/],
    ['zone unknown', { zone: 'nl-ams-9' }, /^ScalewayGitpodCluster at [^:]+: invalid zone \(module variable zone\): got "nl-ams-9" for location "nl-ams"\. Expected one of fr-par-1, .*pl-waw-3 \(a Scaleway Availability Zone\), or unset for the location's first zone\.$/],
    ['zone of another location', { location: 'fr-par', zone: 'nl-ams-1' }, /^ScalewayGitpodCluster at [^:]+: invalid zone \(module variable zone\): got "nl-ams-1" for location "fr-par"\. Expected a zone of the location, named after it: <location>-1, -2 or -3/],
    ['workerCount', { size: ClusterSize.MEDIUM, workerCount: 101 }, /invalid workerCount \(module variable size_data\): got 101\./],
    ['apiAllowedCidrs', { apiAllowedCidrs: [] }, /invalid apiAllowedCidrs \(module variable api_allowed_cidrs\): got \[\]\./],
  ];
  it.each(cases)('%s', (_name, props, message) => {
    expect(() => synthScaleway(props)).toThrow(message);
  });

  it('does not blame the zone for a bad location when the zone was not given', () => {
    expect(() => synthScaleway({ location: 'nbg1' })).toThrow(/location/);
    expect(() => synthScaleway({ location: 'nbg1' })).not.toThrow(/zone/);
  });

  it('lists every broken input at once, Scaleway ones included', () => {
    let message = '';
    try {
      synthScaleway({ domainName: 'x', projectId: 'p', location: 'fr-par', zone: 'pl-waw-2' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n').map((line) => line.replace(/^ScalewayGitpodCluster at [^:]+: invalid (\w+) .*$/, '$1'))).toEqual(['domainName', 'projectId', 'zone']);
  });
});

describe('modules/scaleway variables, evaluated by Terraform (plan of the variable blocks alone)', () => {
  const dir = tempDir('tf-vars-scw-');
  const moduleJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'modules', 'scaleway', 'main.tf.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: moduleJson.variable }));
  const keyFile = path.join(dir, 'id.pub');
  fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

  function plan(vars: Record<string, string>): { status: number; output: string } {
    const all = { domain_name: 'gitpod.example.com', project_id: PROJECT_ID, ssh_public_key_path: keyFile, ...vars };
    const args = Object.entries(all).flatMap(([k, v]) => ['-var', `${k}=${v}`]);
    const result = terraform(['plan', '-input=false', '-no-color', ...args], dir);
    return { status: result.status, output: result.output.replace(/\s+/g, ' ') };
  }

  it('accepts the defaults (nl-ams, nl-ams-1, small) and a consistent choice', () => {
    expect(plan({})).toMatchObject({ status: 0 });
    expect(plan({ location: 'pl-waw', zone: 'pl-waw-2', size: 'medium', size_data: '{ node_count = 5 }' })).toMatchObject({ status: 0 });
  });

  it('takes large with pools, and refuses it without, saying why', () => {
    expect(plan({ size: 'large', size_data: '{ pools = [{ name = "workers", machine_type = "PRO2-S", min = 1, max = 5 }] }' })).toMatchObject({ status: 0 });
    const { status, output } = plan({ size: 'large' });
    expect(status).not.toBe(0);
    expect(output).toContain('for size "large". Expected size large to have at least one pool in size_data.pools');
  });

  it('takes an unset zone as the location\'s first, as the construct does, and refuses a zone outside the location', () => {
    expect(plan({ location: 'fr-par' })).toMatchObject({ status: 0 });
    const { status, output } = plan({ location: 'fr-par', zone: 'nl-ams-1' });
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid zone: got "nl-ams-1" for location "fr-par". Expected a zone of the location, named after it');
    expect(plan({ location: 'fr-par', zone: 'fr-par-3' })).toMatchObject({ status: 0 });
  });

  it('refuses a bad Project ID, an unknown zone and an unknown location', () => {
    expect(plan({ project_id: 'default' }).output).toContain('Invalid project_id: got "default". Expected the ID of a Scaleway Project');
    expect(plan({ zone: 'nl-ams-7' }).output).toContain('Invalid zone: got "nl-ams-7" for location "nl-ams". Expected one of fr-par-1');
    expect(plan({ location: 'ams', zone: 'nl-ams-1' }).output).toContain('Invalid location: got "ams". Expected one of fr-par, nl-ams, pl-waw (a Scaleway region).');
  });

  it('requires project_id, as the original module did', () => {
    const result = terraform(['plan', '-input=false', '-no-color', '-var', 'domain_name=gitpod.example.com', '-var', `ssh_public_key_path=${keyFile}`], dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/No value for required variable[\s\S]*project_id/);
  });
});
