import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { SCALE_IN_CPU_PERCENT, SCALE_OUT_CPU_PERCENT } from '../lib/autoscaled-workers';
import { POOL_LABEL } from '../lib/node-reaper';
import { GITPOD_NODE_LABELS } from '../lib/labels';
import { synthesizeModules } from '../lib/module-synth';
import { SSH_PUBLIC_KEY, resourceNamed, tempDir } from './helpers';
import { IDENTITY_ID } from './azure-helpers';
import { StandIn, evaluateInModule } from './module-eval';

// The large size of modules/azure, computed by Terraform (terraform console) with stand-ins:
// a scale set and an autoscale setting per pool, the VMs' cloud-config, the first manager's
// node reaper; and what the other sizes keep.
const azure = synthesizeModules(['azure'])[0].json;
const JOIN_SECRET = 'JoinSecret0123456789';
const AGENT_SECRET = 'AgentSecret0123456789';
const keyFile = path.join(tempDir('az-large-'), 'id.pub');
fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

const LARGE_DATA = '{ manager_type = "Standard_D4s_v3", pools = ['
  + '{ name = "workspaces", machine_type = "Standard_D8s_v3", min = 1, max = 10, labels = { "gitpod.io/workload_workspace_regular" = "true", "gitpod.io/workload_workspace_headless" = "true" } }, '
  + '{ name = "services", machine_type = "Standard_D4s_v3", min = 0, max = 3 }] }';

function vars(size: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    domain_name: '"gitpod.example.com"', size: JSON.stringify(size), ssh_public_key_path: JSON.stringify(keyFile),
    resource_group_name: '"gitpod-rg"', azurerm_user_assigned_identity_id: JSON.stringify(IDENTITY_ID), ...extra,
  };
}

const STAND_INS: StandIn[] = [
  [/random_password\.gitpod_k3s_token_[0-9A-F]+\.result/g, JSON.stringify(JOIN_SECRET)],
  [/random_password\.gitpod_k3s_agent-token_[0-9A-F]+\.result/g, JSON.stringify(AGENT_SECRET)],
  [/azurerm_linux_virtual_machine_scale_set\.gitpod_worker-scale-sets_[0-9A-F]+\[each\.key\]\.id/g, '"/vmss/services"'],
];

function local(prefix: string): string {
  const names = Object.keys(azure.locals).filter((n) => n.startsWith(prefix));
  if (names.length !== 1) throw new Error(`expected one local ${prefix}*, found ${names.join(', ')}`);
  return `\${local.${names[0]}}`;
}

/** An attribute of a for_each resource, for the pool `services`. */
const forServices = (value: string) => value.replace(/each\.key/g, '"services"').replace(/each\.value/g, `${local('gitpod_pools_by-name').slice(2, -1)}["services"]`);

describe('modules/azure, size large, evaluated by Terraform', () => {
  const vmss = resourceNamed(azure, 'azurerm_linux_virtual_machine_scale_set', 'worker-scale-sets');
  const autoscale = resourceNamed(azure, 'azurerm_monitor_autoscale_setting', 'worker-autoscale-settings');
  const primary = resourceNamed(azure, 'azurerm_linux_virtual_machine', 'manager_');
  const wait = resourceNamed(azure, 'terraform_data', 'ready').provisioner[0]['local-exec'].environment;
  const capacity = autoscale.profile[0].capacity;
  const [pools, userData, reaper, sku, instances, computerPrefix, min, max, managerSize, expected] = evaluateInModule(azure, [
    vmss.for_each, local('gitpod_scale-sets_worker-user-data'), local('gitpod_scale-sets_reaper-files'),
    forServices(vmss.sku), forServices(String(vmss.instances)), forServices(vmss.computer_name_prefix),
    forServices(String(capacity.minimum)), forServices(String(capacity.maximum)), primary.size, wait.EXPECTED_NODES,
  ], vars('large', { size_data: LARGE_DATA }), STAND_INS) as any[];

  it('makes a scale set and an autoscale setting per pool, sized by the pool', () => {
    expect(Object.keys(pools).sort()).toEqual(['services', 'workspaces']);
    expect(autoscale.for_each).toBe(vmss.for_each);
    expect([sku, instances, computerPrefix, min, max]).toEqual(['Standard_D4s_v3', 0, 'gitpod-uks-services-', 0, 3]);
    expect([managerSize, expected]).toEqual(['Standard_D4s_v3', 4]);
  });

  it('puts the scale sets\' VMs into Gitpod\'s backend pool, with the security group, a public IP, no identity (workers run the workspaces), no overprovisioning', () => {
    const nic = vmss.network_interface[0];
    expect(nic.network_security_group_id).toMatch(/^\$\{azurerm_network_security_group\.gitpod_nsg_/);
    expect(nic.ip_configuration[0].load_balancer_backend_address_pool_ids).toEqual([expect.stringMatching(/^\$\{azurerm_lb_backend_address_pool\.gitpod_lb-pool_[0-9A-F]+\.id\}$/)]);
    expect(nic.ip_configuration[0].public_ip_address).toEqual([{ name: 'public' }]);
    expect(vmss).toMatchObject({ overprovision: false, upgrade_mode: 'Manual', disable_password_authentication: true, admin_username: 'gitpod', scale_in: { rule: 'NewestVM' } });
    expect(vmss.identity).toBeUndefined();
    expect(vmss.lifecycle).toEqual({ ignore_changes: ['instances', 'admin_ssh_key'] });
  });

  it('scales out on high CPU and in on low CPU, within the pool\'s bounds', () => {
    const rules = autoscale.profile[0].rule;
    expect(rules.map((r: any) => [r.metric_trigger.metric_name, r.metric_trigger.operator, r.metric_trigger.threshold, r.scale_action.direction, r.scale_action.value]))
      .toEqual([['Percentage CPU', 'GreaterThan', SCALE_OUT_CPU_PERCENT, 'Increase', 1], ['Percentage CPU', 'LessThan', SCALE_IN_CPU_PERCENT, 'Decrease', 1]]);
    expect(autoscale.target_resource_id).toMatch(/^\$\{azurerm_linux_virtual_machine_scale_set\.gitpod_worker-scale-sets_[0-9A-F]+\[each\.key\]\.id\}$/);
  });

  it.each(['services', 'workspaces'])('%s: the VMs\' cloud-config passes cloud-init schema and joins like every worker, with the pool\'s labels', (name) => {
    const text = userData[name] as string;
    const file = path.join(tempDir('az-ci-'), 'user-data');
    fs.writeFileSync(file, text);
    expect(execFileSync('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8' })).toMatch(/Valid cloud-config/);
    const doc = YAML.parse(text);
    const k3s = YAML.parse(doc.write_files.find((f: any) => f.path === '/etc/rancher/k3s/config.yaml').content);
    expect(k3s.server).toBe('https://10.2.1.10:6443');
    // Workers join with the agent token: the server secret is not in their cloud-config at all.
    expect(k3s.token).toMatch(new RegExp(`::node:${AGENT_SECRET}$`));
    expect(text).not.toContain(JOIN_SECRET);
    expect(k3s['node-label']).toContain(`${POOL_LABEL}=${name}`);
    if (name === 'services') expect(k3s['node-label']).toEqual(expect.arrayContaining(GITPOD_NODE_LABELS.map((l) => `${l}=true`)));
    expect(doc.runcmd[doc.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-node-ip', '10.2.0.0/16', '/usr/local/sbin/gitpod-install-k3s', 'agent', 'v1.36.3+k3s1']);
    expect(vmss.custom_data).toMatch(/^\$\{base64encode\(/);
  });

  it('the first manager gets the node reaper, enabled before k3s starts', () => {
    expect((reaper as any[]).map((f) => f.path)).toEqual(['/usr/local/sbin/gitpod-node-reaper', '/etc/systemd/system/gitpod-node-reaper.service', '/etc/systemd/system/gitpod-node-reaper.timer']);
  });
});

describe('modules/azure, the other sizes keep no scale sets', () => {
  it.each(['small', 'medium'])('%s', (size) => {
    const vmss = resourceNamed(azure, 'azurerm_linux_virtual_machine_scale_set', 'worker-scale-sets');
    const [pools, reaper] = evaluateInModule(azure, [vmss.for_each, local('gitpod_scale-sets_reaper-files')],
      vars(size, { size_data: '{ pools = [{ name = "p", machine_type = "Standard_D4s_v3", min = 1, max = 2 }] }' }), STAND_INS);
    expect([pools, reaper]).toEqual([{}, []]);
  });
});

describe('gitpod-node-reaper (first manager)', () => {
  const SCRIPT = path.join(__dirname, '..', 'templates', 'reap-nodes.sh');

  function run(nodes: string): { status: number; deleted: string[]; stdout: string } {
    const dir = tempDir('reaper-');
    const log = path.join(dir, 'log');
    // A stand-in k3s: `kubectl get` prints the nodes as the jsonpath would, `kubectl delete` is logged.
    fs.writeFileSync(path.join(dir, 'k3s'), `#!/bin/bash\nif [ "$2" = get ]; then\n  [ "$5" = "${POOL_LABEL}" ] || exit 3\n  printf '%b' '${nodes}'\nelse\n  echo "$@" >> "${log}"\nfi\n`, { mode: 0o755 });
    const result = spawnSync('bash', [SCRIPT], { encoding: 'utf8', env: { ...process.env, GITPOD_K3S_BIN: path.join(dir, 'k3s'), GITPOD_REAP_AFTER_SECONDS: '900' } });
    const deleted = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' ')[3]) : [];
    return { status: result.status ?? 1, deleted, stdout: result.stdout };
  }

  it('deletes the nodes of a pool that have not been Ready for 15 minutes, and only those', () => {
    const old = new Date(Date.now() - 3600 * 1000).toISOString();
    const recent = new Date(Date.now() - 60 * 1000).toISOString();
    const nodes = [`gone-1 Unknown ${old}`, `rebooting False ${recent}`, `fine True ${old}`, `gone-2 False ${old}`].join('\\n');
    const result = run(`${nodes}\\n`);
    expect(result.status).toBe(0);
    expect(result.deleted).toEqual(['gone-1', 'gone-2']);
  });

  it('does nothing without k3s (before it is installed)', () => {
    const result = spawnSync('bash', [SCRIPT], { encoding: 'utf8', env: { ...process.env, GITPOD_K3S_BIN: '/nonexistent/k3s' } });
    expect(result.status).toBe(0);
  });
});
