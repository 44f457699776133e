import * as fs from 'fs';
import * as path from 'path';
import { AUTOSCALER_TOKEN_RULE } from '../constructs/hetzner/rules';
import { ClusterSize, WorkerPool } from '../lib';
import { InputRule, ruleHolds } from '../lib/validation';
import { LARGE_SIZE_RULES, MAX_POOLS, POOL_RULES, TerraformPool, terraformPools } from '../lib/worker-pools';
import { SSH_PUBLIC_KEY, synthHetzner, tempDir, terraform } from './helpers';

const pool = (over: Partial<TerraformPool> = {}): TerraformPool => ({ name: 'workers', machine_type: 'cx43', min: 1, max: 10, labels: {}, ...over });
const WORKSPACES = { 'gitpod.io/workload_workspace_regular': 'true', 'gitpod.io/workload_workspace_headless': 'true' };
const SERVICES = { 'gitpod.io/workload_meta': 'true', 'gitpod.io/workload_ide': 'true', 'gitpod.io/workload_services': 'true' };

/** Samples per pool rule, in Terraform's shape: what users get right and what they get wrong. */
const SAMPLES: Array<{ name: string; rule: InputRule; good: unknown[]; bad: unknown[] }> = [
  {
    name: 'count', rule: POOL_RULES.count,
    good: [[], [pool()], Array.from({ length: MAX_POOLS }, (_, i) => pool({ name: `p${i}` }))],
    bad: [Array.from({ length: MAX_POOLS + 1 }, (_, i) => pool({ name: `p${i}` }))],
  },
  {
    name: 'names', rule: POOL_RULES.names,
    good: [[pool()], [pool({ name: 'a' }), pool({ name: 'b-2' })], [pool({ name: 'x'.repeat(20) })]],
    bad: [[pool({ name: 'Workers' })], [pool({ name: '2fast' })], [pool({ name: 'ends-' })], [pool({ name: '' })], [pool({ name: 'x'.repeat(21) })],
      [pool({ name: 'has_underscore' })], [pool(), pool()]],
  },
  {
    name: 'machine types', rule: POOL_RULES.machineTypes,
    good: [[pool({ machine_type: 'cx43' })], [pool({ machine_type: 'Standard_D4s_v3' })], [pool({ machine_type: 'PRO2-S' })]],
    bad: [[pool({ machine_type: '' })], [pool({ machine_type: 'cx 43' })], [pool({ machine_type: 'cx43:fsn1' })]],
  },
  {
    name: 'sizes', rule: POOL_RULES.sizes,
    good: [[pool({ min: 0, max: 1 })], [pool({ min: 3, max: 3 })], [pool({ min: 0, max: 100 })]],
    bad: [[pool({ min: 5, max: 4 })], [pool({ min: -1, max: 3 })], [pool({ min: 0, max: 0 })], [pool({ min: 1, max: 101 })], [pool({ min: 1.5, max: 3 })]],
  },
  {
    name: 'labels', rule: POOL_RULES.labels,
    good: [[pool({ labels: WORKSPACES })], [pool({ labels: { team: 'a', 'example.com/tier': '' } })],
      [pool({ labels: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`l${i}`, 'v'])) })]],
    bad: [[pool({ labels: { 'node-role.kubernetes.io/worker': 'true' } })], [pool({ labels: { 'k8s.io/x': 'y' } })],
      [pool({ labels: { 'has space': 'x' } })], [pool({ labels: { team: 'no spaces' } })], [pool({ labels: { team: 'v'.repeat(64) } })],
      [pool({ labels: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`l${i}`, 'v'])) })]],
  },
];

const LARGE_SAMPLES: Array<{ name: string; rule: InputRule; good: Array<[string, TerraformPool[]]>; bad: Array<[string, TerraformPool[]]> }> = [
  {
    name: 'pools required', rule: LARGE_SIZE_RULES.poolsRequired,
    good: [['large', [pool()]], ['medium', []], ['small', []]],
    bad: [['large', []]],
  },
  {
    name: 'Gitpod workloads', rule: LARGE_SIZE_RULES.gitpodWorkloads,
    good: [['large', [pool()]], ['large', [pool({ name: 'ws', labels: WORKSPACES }), pool({ name: 'svc', labels: SERVICES })]], ['medium', [pool({ labels: WORKSPACES })]]],
    bad: [['large', [pool({ labels: WORKSPACES })]], ['large', [pool({ labels: { team: 'a' } })]], ['large', []]],
  },
];

describe('the pool rules at synth time', () => {
  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s: accepts good pools and rejects bad ones', (_name, sample) => {
    for (const value of sample.good) expect([value, ruleHolds(sample.rule, value)]).toEqual([value, true]);
    for (const value of sample.bad) expect([value, ruleHolds(sample.rule, value)]).toEqual([value, false]);
  });

  it.each(LARGE_SAMPLES.map((s) => [s.name, s] as const))('%s (size-dependent)', (_name, sample) => {
    for (const [size, value] of sample.good) expect([size, value, sample.rule.check!(value, { size })]).toEqual([size, value, true]);
    for (const [size, value] of sample.bad) expect([size, value, sample.rule.check!(value, { size })]).toEqual([size, value, false]);
  });

  it('the manager type: a machine type name, or unset', () => {
    for (const good of ['cx33', 'Standard_D2s_v3']) expect(ruleHolds(POOL_RULES.managerType, good)).toBe(true);
    for (const bad of ['', 'cx 33', 'a:b']) expect(ruleHolds(POOL_RULES.managerType, bad)).toBe(false);
  });

  it('converts construct pools to Terraform\'s shape, labels defaulted', () => {
    const pools: WorkerPool[] = [{ name: 'a', machineType: 'cx43', minNodes: 1, maxNodes: 3 }];
    expect(terraformPools(pools)).toEqual([{ name: 'a', machine_type: 'cx43', min: 1, max: 3, labels: {} }]);
    expect(terraformPools(undefined)).toEqual([]);
  });
});

describe('the same rules as Terraform conditions (terraform console agrees on every sample)', () => {
  const dir = tempDir('tf-console-pools-');
  function evaluate(expressions: string[]): string[] {
    const { status, output } = terraform(['console'], dir, `jsonencode([${expressions.join(', ')}])\n`);
    if (status !== 0) throw new Error(output);
    return (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
  }

  it('pool rules', () => {
    const checks = SAMPLES.flatMap((s) => [
      ...s.good.map((value) => ({ rule: s.rule, value, expected: true })),
      ...s.bad.map((value) => ({ rule: s.rule, value, expected: false })),
    ]);
    const results = evaluate(checks.map((c) => c.rule.condition(JSON.stringify({ pools: c.value }))));
    expect(checks.map((c, i) => [c.value, results[i]])).toEqual(checks.map((c) => [c.value, String(c.expected)]));
  });

  it('size-dependent rules', () => {
    const checks = LARGE_SAMPLES.flatMap((s) => [
      ...s.good.map(([size, value]) => ({ rule: s.rule, size, value, expected: true })),
      ...s.bad.map(([size, value]) => ({ rule: s.rule, size, value, expected: false })),
    ]);
    // An empty list literal has no element type in Terraform: give it the variable's.
    const poolsExpr = (value: TerraformPool[]) => (value.length ? JSON.stringify({ pools: value }) : '{ pools = tolist([]) }');
    const results = evaluate(checks.map((c) => c.rule.condition(poolsExpr(c.value), { size: JSON.stringify(c.size) })));
    expect(checks.map((c, i) => [c.size, c.value, results[i]])).toEqual(checks.map((c) => [c.size, c.value, String(c.expected)]));
  });

  it('the manager type and the autoscaler token', () => {
    const managerTypes: Array<[string | null, boolean]> = [[null, true], ['cx33', true], ['', false], ['a:b', false]];
    const tokens: Array<[string, string, boolean]> = [['large', 'x'.repeat(64), true], ['large', '', false], ['medium', '', true]];
    const results = evaluate([
      ...managerTypes.map(([t]) => POOL_RULES.managerType.condition(`{ manager_type = ${JSON.stringify(t)} }`)),
      ...tokens.map(([size, token]) => AUTOSCALER_TOKEN_RULE.condition(JSON.stringify(token), { size: JSON.stringify(size) })),
    ]);
    expect(results).toEqual([...managerTypes.map(([, ok]) => String(ok)), ...tokens.map(([, , ok]) => String(ok))]);
    for (const [size, token, ok] of tokens) expect(AUTOSCALER_TOKEN_RULE.check!(token, { size })).toBe(ok);
  });
});

describe('HetznerGitpodCluster rejects bad large inputs, naming the input, showing the value and saying the fix', () => {
  const large = { size: ClusterSize.LARGE, autoscalerToken: 'x'.repeat(64) };
  const good: WorkerPool = { name: 'workers', machineType: 'cx43', minNodes: 1, maxNodes: 5 };
  const message = (props: object): string => {
    try {
      synthHetzner(props);
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };

  it.each<[string, object, RegExp]>([
    ['no pools', { ...large }, /invalid workerPools \(module variable size_data\): got \[\] for size "large"\. Expected size large to have at least one pool in size_data\.pools/],
    ['bad name', { ...large, workerPools: [{ ...good, name: 'Big_Pool' }] }, /invalid workerPools \(module variable size_data\): got \[\{"name":"Big_Pool".*\. Expected every pool name to be unique/],
    ['min above max', { ...large, workerPools: [{ ...good, minNodes: 6 }] }, /Expected every pool's min \(minNodes\) and max \(maxNodes\) to be whole numbers with 0 <= min <= max/],
    ['reserved label', { ...large, workerPools: [{ ...good, labels: { 'node-role.kubernetes.io/worker': 'true', ...SERVICES, ...WORKSPACES } }] }, /not in the kubernetes\.io or k8s\.io namespaces/],
    ['Gitpod workload left out', { ...large, workerPools: [{ ...good, labels: WORKSPACES }] }, /Expected every Gitpod workload label .* on at least one pool in size large/],
    ['manager type', { ...large, workerPools: [good], managerType: 'cx 33' }, /invalid managerType \(module variable size_data\): got "cx 33"\. Expected size_data\.manager_type/],
  ])('%s', (_name, props, expected) => {
    expect(message(props)).toMatch(expected);
  });

  it('large needs the autoscaler token, and the message shows none', () => {
    expect(message({ size: ClusterSize.LARGE, workerPools: [good] })).toMatch(/invalid autoscalerToken \(module variable hcloud_token\): got none for size "large"\. Expected a Hetzner Cloud API token/);
  });

  it('ignores pools for medium but still checks them', () => {
    expect(() => synthHetzner({ size: ClusterSize.MEDIUM, workerPools: [good] })).not.toThrow();
    expect(message({ size: ClusterSize.MEDIUM, workerPools: [{ ...good, maxNodes: 0 }] })).toMatch(/invalid workerPools/);
  });

  it('lists every broken input at once', () => {
    const lines = message({ ...large, domainName: 'x', workerPools: [{ ...good, name: 'A', minNodes: 9 }] }).split('\n');
    expect(lines.map((l) => /invalid (\w+)/.exec(l)?.[1])).toEqual(['domainName', 'workerPools', 'workerPools']);
  });
});

describe('modules/hetzner: size_data, size and hcloud_token, planned by Terraform with the module\'s own variable blocks', () => {
  const dir = tempDir('tf-vars-large-');
  const moduleJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'modules', 'hetzner', 'main.tf.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: moduleJson.variable }));
  const keyFile = path.join(dir, 'id.pub');
  fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);
  const TOKEN = 'SecretToken0123456789'.repeat(3);
  const LARGE_DATA = '{ manager_type = "cx43", pools = [{ name = "workspaces", machine_type = "cx53", min = 1, max = 10, labels = { "gitpod.io/workload_workspace_regular" = "true", "gitpod.io/workload_workspace_headless" = "true" } }, { name = "services", machine_type = "cx43", min = 2, max = 4 }] }';

  function plan(vars: Record<string, string>): { status: number; output: string } {
    const all = { domain_name: 'gitpod.example.com', ssh_public_key_path: keyFile, ...vars };
    const result = terraform(['plan', '-input=false', '-no-color', ...Object.entries(all).flatMap(([k, v]) => ['-var', `${k}=${v}`])], dir);
    return { status: result.status, output: result.output.replace(/\s*│\s*/g, ' ').replace(/\s+/g, ' ') };
  }

  it('old callers\' size_data still works: {} and { node_count = 3 }', () => {
    expect(plan({ size: 'medium', size_data: '{ node_count = 3 }' })).toMatchObject({ status: 0 });
    expect(plan({ size: 'small', size_data: '{}' })).toMatchObject({ status: 0 });
  });

  it('accepts large with pools and a token', () => {
    expect(plan({ size: 'large', size_data: LARGE_DATA, hcloud_token: TOKEN })).toMatchObject({ status: 0 });
  });

  it('refuses large without pools or token, with the rule\'s message, and never shows the token', () => {
    const noPools = plan({ size: 'large', hcloud_token: TOKEN });
    expect(noPools.status).not.toBe(0);
    expect(noPools.output).toContain('Invalid size_data: got {"manager_type":null,"node_count":3,"pools":[]} for size "large". Expected size large to have at least one pool in size_data.pools');
    expect(noPools.output).not.toContain(TOKEN);
    const noToken = plan({ size: 'large', size_data: LARGE_DATA });
    expect(noToken.status).not.toBe(0);
    expect(noToken.output).toContain('Invalid hcloud_token for size "large": the value is not shown. Expected a Hetzner Cloud API token (Read & Write)');
  });

  it('refuses bad pools with each rule\'s message', () => {
    const bad = plan({
      size: 'large', hcloud_token: TOKEN,
      size_data: '{ pools = [{ name = "Bad_Name", machine_type = "cx 43", min = 5, max = 2, labels = { "node-role.kubernetes.io/worker" = "true" } }] }',
    });
    expect(bad.status).not.toBe(0);
    for (const expectation of ['Expected every pool name to be unique', 'Expected every pool\'s machine_type (machineType)', 'Expected every pool\'s min (minNodes) and max (maxNodes)',
      'Expected every pool\'s labels to be at most 10 Kubernetes labels', 'Expected every Gitpod workload label']) {
      expect(bad.output).toContain(expectation);
    }
  });
});
