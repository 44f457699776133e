import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { POOL_SCALING_DEFAULTS, POOL_SCALING_NAMES_RULE, POOL_SCALING_RANGES_RULE } from '../constructs/digitalocean/rules';
import { ClusterSize } from '../lib';
import { GITPOD_NODE_LABELS } from '../lib/labels';
import { synthesizeModules } from '../lib/module-synth';
import { POOL_LABEL } from '../lib/node-reaper';
import { ruleHolds } from '../lib/validation';
import { SSH_PUBLIC_KEY, resourceNamed, tempDir, terraform } from './helpers';
import { synthDigitalOcean } from './digitalocean-helpers';
import { StandIn, evaluateInModule } from './module-eval';

// The large size of modules/digitalocean, computed by Terraform (terraform console) with
// stand-ins: a Droplet Autoscale Pool per pool, its droplets' cloud-config, the first manager's
// node reaper; and what the other sizes keep.
const digitalocean = synthesizeModules(['digitalocean'])[0].json;
const JOIN_SECRET = 'JoinSecret0123456789';
const AGENT_SECRET = 'AgentSecret0123456789';
const PRIMARY_IP = '10.2.0.7';
const keyFile = path.join(tempDir('do-large-'), 'id.pub');
fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

const LARGE_DATA = '{ manager_type = "s-4vcpu-8gb", pools = ['
  + '{ name = "workspaces", machine_type = "s-8vcpu-16gb", min = 1, max = 10, labels = { "gitpod.io/workload_workspace_regular" = "true", "gitpod.io/workload_workspace_headless" = "true" } }, '
  + '{ name = "services", machine_type = "s-4vcpu-8gb", min = 2, max = 4 }] }';

function vars(size: string, extra: Record<string, string> = {}): Record<string, string> {
  return { domain_name: '"gitpod.example.com"', size: JSON.stringify(size), ssh_public_key_path: JSON.stringify(keyFile), ...extra };
}

const STAND_INS: StandIn[] = [
  [/random_password\.gitpod_k3s_token_[0-9A-F]+\.result/g, JSON.stringify(JOIN_SECRET)],
  [/random_password\.gitpod_k3s_agent-token_[0-9A-F]+\.result/g, JSON.stringify(AGENT_SECRET)],
  [/digitalocean_droplet\.gitpod_manager_[0-9A-F]+\.ipv4_address_private/g, JSON.stringify(PRIMARY_IP)],
];

function local(prefix: string): string {
  const names = Object.keys(digitalocean.locals).filter((n) => n.startsWith(prefix));
  if (names.length !== 1) throw new Error(`expected one local ${prefix}*, found ${names.join(', ')}`);
  return `\${local.${names[0]}}`;
}

/** An attribute of the for_each resource, for one pool. */
const forPool = (pool: string, value: string) =>
  value.replace(/each\.key/g, JSON.stringify(pool)).replace(/each\.value/g, `${local('gitpod_pools_by-name').slice(2, -1)}[${JSON.stringify(pool)}]`);

describe('modules/digitalocean, size large, evaluated by Terraform', () => {
  const autoscale = resourceNamed(digitalocean, 'digitalocean_droplet_autoscale', 'worker-pools');
  const wait = resourceNamed(digitalocean, 'terraform_data', 'ready').provisioner[0]['local-exec'].environment;
  const primary = resourceNamed(digitalocean, 'digitalocean_droplet', 'manager_');
  const scaling = '{ workspaces = { cpu_target = 0.6, cooldown_minutes = 15 } }';
  const config = (pool: string) => Object.values<string>(autoscale.config).map((v) => forPool(pool, String(v)));
  const [pools, userData, reaper, servicesConfig, workspacesConfig, size, managerSize, expected] = evaluateInModule(digitalocean, [
    autoscale.for_each, local('gitpod_droplet-pools_worker-user-data'), local('gitpod_reaper-files'),
    `\${[${config('services').map((v) => v.slice(2, -1)).join(', ')}]}`,
    `\${[${config('workspaces').map((v) => v.slice(2, -1)).join(', ')}]}`,
    forPool('workspaces', autoscale.droplet_template.size), primary.size, wait.EXPECTED_NODES,
  ], vars('large', { size_data: LARGE_DATA, pool_scaling: scaling }), STAND_INS) as any[];
  const keys = Object.keys(autoscale.config);

  it('makes a Droplet Autoscale Pool per pool, between its min and max, the size of its machine type', () => {
    expect(Object.keys(pools).sort()).toEqual(['services', 'workspaces']);
    expect([size, managerSize, expected]).toEqual(['s-8vcpu-16gb', 's-4vcpu-8gb', 6]);
    const byKey = (values: unknown[]) => Object.fromEntries(keys.map((k, i) => [k, values[i]]));
    expect(byKey(servicesConfig)).toEqual({
      min_instances: 2, max_instances: 4, target_cpu_utilization: POOL_SCALING_DEFAULTS.cpu_target,
      target_memory_utilization: POOL_SCALING_DEFAULTS.memory_target, cooldown_minutes: POOL_SCALING_DEFAULTS.cooldown_minutes,
    });
    // The pool named in pool_scaling takes its values; what it leaves out keeps the default.
    expect(byKey(workspacesConfig)).toMatchObject({ min_instances: 1, max_instances: 10, target_cpu_utilization: 0.6, target_memory_utilization: 0.8, cooldown_minutes: 15 });
  });

  it('gives the droplets the workers\' tags (the firewall and Gitpod\'s load balancer take them in), the VPC, the key and the agent', () => {
    const template = autoscale.droplet_template;
    const tag = (name: string) => expect.stringMatching(new RegExp(`^\\$\\{digitalocean_tag\\.gitpod_${name}_[0-9A-F]+\\.name\\}$`));
    expect(template.tags).toEqual([tag('node-tag'), tag('gitpod-lb-tag')]);
    const lb = resourceNamed(digitalocean, 'digitalocean_loadbalancer', 'gitpod_load-balancer_');
    const firewall = resourceNamed(digitalocean, 'digitalocean_firewall', 'firewall');
    expect(lb.droplet_tag).toBe(template.tags[1]);
    expect(firewall.tags).toEqual([template.tags[0]]);
    expect(template).toMatchObject({ with_droplet_agent: true, ipv6: false, image: '${{"24.04" = "ubuntu-24-04-x64", "22.04" = "ubuntu-22-04-x64", "20.04" = "ubuntu-20-04-x64"}[var.ubuntu_release]}', region: '${var.location}' });
    expect(template.vpc_uuid).toMatch(/^\$\{digitalocean_vpc\.gitpod_vpc_[0-9A-F]+\.id\}$/);
    expect(template.ssh_keys).toEqual([expect.stringMatching(/^\$\{digitalocean_ssh_key\.gitpod_ssh-key_[0-9A-F]+\.fingerprint\}$/)]);
    expect(autoscale.depends_on).toEqual([expect.stringMatching(/^digitalocean_firewall\.gitpod_firewall_/)]);
  });

  it.each(['services', 'workspaces'])('%s: the droplets\' cloud-config passes cloud-init schema, finds its VPC address and joins the first manager with the pool\'s labels', (name) => {
    const text = userData[name] as string;
    expect(Buffer.byteLength(text)).toBeLessThan(64 * 1024);
    const file = path.join(tempDir('do-ci-'), 'user-data');
    fs.writeFileSync(file, text);
    expect(execFileSync('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8' })).toMatch(/Valid cloud-config/);
    const doc = YAML.parse(text);
    const k3s = YAML.parse(doc.write_files.find((f: any) => f.path === '/etc/rancher/k3s/config.yaml').content);
    expect(k3s.server).toBe(`https://${PRIMARY_IP}:6443`);
    // Workers join with the agent token: the server secret is not in their cloud-config at all.
    expect(k3s.token).toMatch(new RegExp(`::node:${AGENT_SECRET}$`));
    expect(text).not.toContain(JOIN_SECRET);
    expect(k3s['node-label']).toContain(`${POOL_LABEL}=${name}`);
    expect(k3s['node-ip']).toBeUndefined();
    if (name === 'services') expect(k3s['node-label']).toEqual(expect.arrayContaining(GITPOD_NODE_LABELS.map((l) => `${l}=true`)));
    expect(doc.runcmd[doc.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-node-ip', '10.2.0.0/16', '/usr/local/sbin/gitpod-install-k3s', 'agent', 'v1.36.3+k3s1']);
  });

  it('the first manager gets the node reaper, enabled before k3s starts', () => {
    expect((reaper as any[]).map((f) => f.path)).toEqual(['/usr/local/sbin/gitpod-node-reaper', '/etc/systemd/system/gitpod-node-reaper.service', '/etc/systemd/system/gitpod-node-reaper.timer']);
    expect(primary.user_data).toContain('gitpod-enable-node-reaper');
  });
});

describe('modules/digitalocean, the other sizes keep no pools', () => {
  it.each(['small', 'medium'])('%s', (size) => {
    const autoscale = resourceNamed(digitalocean, 'digitalocean_droplet_autoscale', 'worker-pools');
    const [pools, reaper] = evaluateInModule(digitalocean, [autoscale.for_each, local('gitpod_reaper-files')],
      vars(size, { size_data: '{ pools = [{ name = "p", machine_type = "s-4vcpu-8gb", min = 1, max = 2 }] }' }), STAND_INS);
    expect([pools, reaper]).toEqual([{}, []]);
  });
});

describe('pool_scaling (poolScaling): DigitalOcean\'s ranges, checked at synth time and by Terraform alike', () => {
  const entry = (s: object) => ({ p: { ...POOL_SCALING_DEFAULTS, ...s } });
  const good = [{}, entry({}), entry({ cpu_target: 0.05, memory_target: 1, cooldown_minutes: 5 }), entry({ cooldown_minutes: 20 })];
  const bad = [entry({ cpu_target: 0.04 }), entry({ memory_target: 1.5 }), entry({ cooldown_minutes: 4 }), entry({ cooldown_minutes: 21 }), entry({ cooldown_minutes: 7.5 })];

  it('at synth time', () => {
    for (const value of good) expect([value, ruleHolds(POOL_SCALING_RANGES_RULE, value)]).toEqual([value, true]);
    for (const value of bad) expect([value, ruleHolds(POOL_SCALING_RANGES_RULE, value)]).toEqual([value, false]);
  });

  it('under terraform console', () => {
    const values = [...good, ...bad];
    // An empty map literal has no element type in Terraform: give it the variable's.
    const hclValue = (v: object) => (Object.keys(v).length ? JSON.stringify(v) : 'tomap({})');
    const { status, output } = terraform(['console'], tempDir('do-scaling-'), `jsonencode([${values.map((v) => POOL_SCALING_RANGES_RULE.condition(hclValue(v))).join(', ')}])\n`);
    expect(status).toBe(0);
    expect((JSON.parse(JSON.parse(output.trim())) as boolean[]).map(String)).toEqual(values.map((v) => String(good.includes(v))));
  });

  it('every entry names a pool, at synth time and in the module', () => {
    const pools = [{ name: 'p', machine_type: 's', min: 1, max: 2, labels: {} }];
    expect(POOL_SCALING_NAMES_RULE.check!(entry({}), { workerPools: pools })).toBe(true);
    expect(POOL_SCALING_NAMES_RULE.check!({ typo: POOL_SCALING_DEFAULTS }, { workerPools: pools })).toBe(false);
    const dir = tempDir('do-scaling-vars-');
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: { pool_scaling: digitalocean.variable.pool_scaling, size_data: digitalocean.variable.size_data, size: digitalocean.variable.size } }));
    const plan = (scaling: string) => terraform(['plan', '-input=false', '-no-color', '-var', 'size_data={ pools = [{ name = "p", machine_type = "s", min = 1, max = 2 }] }', '-var', `pool_scaling=${scaling}`], dir);
    expect(plan('{ p = { cpu_target = 0.5 } }').status).toBe(0);
    const typo = plan('{ q = {} }');
    expect(typo.status).not.toBe(0);
    expect(typo.output.replace(/\s*│\s*/g, ' ').replace(/\s+/g, ' ')).toContain('Invalid pool_scaling: got {"q":{"cooldown_minutes":10,"cpu_target":0.7,"memory_target":0.8}}. Expected every pool_scaling entry (poolScaling) to be named after a pool of size_data.pools');
    const range = plan('{ p = { cooldown_minutes = 30 } }');
    expect(range.output.replace(/\s*│\s*/g, ' ').replace(/\s+/g, ' ')).toContain('Expected every pool_scaling entry (poolScaling) to have cpu_target and memory_target from 0.05 to 1');
  });

  it('a cluster names the bad prop and the fix', () => {
    const pools = [{ name: 'workers', machineType: 's-8vcpu-16gb', minNodes: 1, maxNodes: 3 }];
    expect(() => synthDigitalOcean({ size: ClusterSize.LARGE, workerPools: pools, poolScaling: { workers: { cooldownMinutes: 30 } } })).toThrow(
      /^DigitalOceanGitpodCluster at test\/gitpod: invalid poolScaling \(module variable pool_scaling\): got \{"workers":\{"cpu_target":0\.7,"memory_target":0\.8,"cooldown_minutes":30\}\}\. Expected every pool_scaling entry/);
    expect(() => synthDigitalOcean({ size: ClusterSize.LARGE, workerPools: pools, poolScaling: { workres: {} } })).toThrow(/invalid poolScaling .*Expected every pool_scaling entry \(poolScaling\) to be named after a pool/);
    expect(() => synthDigitalOcean({ size: ClusterSize.LARGE, workerPools: pools, poolScaling: { workers: { cpuTarget: 0.5 } } })).not.toThrow();
  });
});
