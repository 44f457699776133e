import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { COOLDOWN_SECONDS } from '../constructs/scaleway/autoscaling';
import { SCALE_IN_CPU_PERCENT, SCALE_OUT_CPU_PERCENT } from '../lib/autoscaled-workers';
import { synthesizeModules } from '../lib/module-synth';
import { POOL_LABEL } from '../lib/node-reaper';
import { SSH_PUBLIC_KEY, resourceNamed, tempDir } from './helpers';
import { StandIn, evaluateInModule } from './module-eval';

// The large size of modules/scaleway, computed by Terraform (terraform console) with stand-ins:
// per pool an instance template, an instance group in Gitpod's autoscaled backends and two CPU
// policies; the instances' cloud-config; and what the other sizes keep.
const scaleway = synthesizeModules(['scaleway'])[0].json;
const PROJECT_ID = '11111111-2222-3333-4444-555555555555';
const keyFile = path.join(tempDir('scw-large-'), 'id.pub');
fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

const LARGE_DATA = '{ pools = ['
  + '{ name = "workspaces", machine_type = "PRO2-M", min = 1, max = 10, labels = { "gitpod.io/workload_workspace_regular" = "true", "gitpod.io/workload_workspace_headless" = "true" } }, '
  + '{ name = "services", machine_type = "PRO2-S", min = 2, max = 4, labels = { "gitpod.io/workload_meta" = "true", "gitpod.io/workload_ide" = "true", "gitpod.io/workload_services" = "true" } }] }';

function vars(size: string, extra: Record<string, string> = {}): Record<string, string> {
  return { domain_name: '"gitpod.example.com"', size: JSON.stringify(size), ssh_public_key_path: JSON.stringify(keyFile), project_id: JSON.stringify(PROJECT_ID), ...extra };
}

const STAND_INS: StandIn[] = [
  [/scaleway_lb_backend\.gitpod_lb-autoscaled-backend-(\d+)_[0-9A-F]+\[\*\]\.id/g, '["backend-$1"]'],
  [/scaleway_lb_backend\.gitpod_lb-backend-(\d+)_[0-9A-F]+\.id/g, '"static-$1"'],
];

function local(prefix: string): string {
  const names = Object.keys(scaleway.locals).filter((n) => n.startsWith(prefix));
  if (names.length !== 1) throw new Error(`expected one local ${prefix}*, found ${names.join(', ')}`);
  return `\${local.${names[0]}}`;
}

const forServices = (value: unknown) => String(value).replace(/each\.key/g, '"services"').replace(/each\.value/g, `${local('gitpod_pools_by-name').slice(2, -1)}["services"]`);

describe('modules/scaleway, size large, evaluated by Terraform', () => {
  const template = resourceNamed(scaleway, 'scaleway_autoscaling_instance_template', 'worker-templates');
  const group = resourceNamed(scaleway, 'scaleway_autoscaling_instance_group', 'worker-groups');
  const up = resourceNamed(scaleway, 'scaleway_autoscaling_instance_policy', 'worker-scale-up');
  const down = resourceNamed(scaleway, 'scaleway_autoscaling_instance_policy', 'worker-scale-down');
  const image = Object.values<any>(scaleway.data.scaleway_instance_image)[0];
  const frontend = resourceNamed(scaleway, 'scaleway_lb_frontend', 'lb-frontend-443');
  const wait = resourceNamed(scaleway, 'terraform_data', 'ready').provisioner[0]['local-exec'].environment;
  const [pools, userData, reaper, type, min, max, backends, frontendBackend, imageCount, expected] = evaluateInModule(scaleway, [
    template.for_each, local('gitpod_instance-groups_worker-user-data'), local('gitpod_instance-groups_reaper-files'),
    forServices(template.commercial_type), forServices(group.capacity[0].min_replicas), forServices(group.capacity[0].max_replicas),

    `\${[${(group.load_balancer[0].backend_ids as string[]).map((id) => id.slice(2, -1)).join(', ')}]}`, frontend.backend_id, image.count, wait.EXPECTED_NODES,
  ], vars('large', { size_data: LARGE_DATA }), STAND_INS) as any[];

  it('makes per pool a template, a group between the pool\'s min and max, and two CPU policies', () => {
    expect(Object.keys(pools).sort()).toEqual(['services', 'workspaces']);
    for (const r of [group, up, down]) expect(r.for_each).toBe(template.for_each);
    expect([type, min, max, group.capacity[0].cooldown_delay, expected]).toEqual(['PRO2-S', 2, 4, COOLDOWN_SECONDS, 6]);
    expect([up.action, up.metric[0].operator, up.metric[0].threshold, down.action, down.metric[0].operator, down.metric[0].threshold])
      .toEqual(['scale_up', 'operator_greater_than', SCALE_OUT_CPU_PERCENT, 'scale_down', 'operator_less_than', SCALE_IN_CPU_PERCENT]);
    expect(up.metric[0]).toMatchObject({ managed_metric: 'managed_metric_instance_cpu', aggregate: 'aggregate_average' });
  });

  it('puts the groups\' instances into Gitpod\'s autoscaled backends, which the frontends use, and deletes them with the group', () => {
    expect(backends).toEqual(['backend-80', 'backend-443', 'backend-22']);
    expect(frontendBackend).toBe('backend-443');
    expect(group.delete_servers_on_destroy).toBe(true);
    expect(resourceNamed(scaleway, 'scaleway_lb_backend', 'lb-autoscaled-backend-443').lifecycle).toEqual({ ignore_changes: ['server_ips'] });
  });

  it('gives the instances no public address, the private network, the nodes\' security group and the nodes\' Ubuntu on a 100 GB block volume', () => {
    expect(template).toMatchObject({ public_ips_v4_count: 0, private_network_ids: [expect.stringMatching(/scaleway_vpc_private_network\./)], security_group_id: expect.stringMatching(/scaleway_instance_security_group\./) });
    expect(template.volumes[0]).toMatchObject({ volume_type: 'sbs', boot: true, from_snapshot: { size: 100 } });
    expect(image).toMatchObject({ name: '${{"24.04" = "Ubuntu 24.04 Noble Numbat", "22.04" = "Ubuntu 22.04 Jammy Jellyfish", "20.04" = "Ubuntu 20.04 Focal Fossa"}[var.ubuntu_release]}', architecture: 'x86_64', latest: true });
    expect(imageCount).toBe(1);
  });

  it.each(['services', 'workspaces'])('%s: the instances\' cloud-config passes cloud-init schema, waits for its private address and joins with the pool\'s labels', (name) => {
    const text = userData[name] as string;
    const file = path.join(tempDir('scw-ci-'), 'user-data');
    fs.writeFileSync(file, text);
    expect(execFileSync('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8' })).toMatch(/Valid cloud-config/);
    const doc = YAML.parse(text);
    expect(doc.bootcmd[0].slice(-2)).toEqual(['192.168.1.[0-9]*', '600']);
    const k3s = YAML.parse(doc.write_files.find((f: any) => f.path === '/etc/rancher/k3s/config.yaml').content);
    expect(k3s.server).toBe('https://192.168.1.50:6443');
    expect(k3s['node-label']).toContain(`${POOL_LABEL}=${name}`);
    expect(doc.runcmd[doc.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-node-ip', '192.168.1.0/24', '/usr/local/sbin/gitpod-install-k3s', 'agent', 'v1.36.3+k3s1']);
  });

  it('the first manager gets the node reaper', () => {
    expect((reaper as any[]).map((f) => f.path)).toContain('/etc/systemd/system/gitpod-node-reaper.timer');
  });
});

describe('modules/scaleway, the other sizes keep no instance groups and read no image', () => {
  it.each(['small', 'medium'])('%s', (size) => {
    const template = resourceNamed(scaleway, 'scaleway_autoscaling_instance_template', 'worker-templates');
    const image = Object.values<any>(scaleway.data.scaleway_instance_image)[0];
    const frontend = resourceNamed(scaleway, 'scaleway_lb_frontend', 'lb-frontend-80');
    expect(evaluateInModule(scaleway, [template.for_each, image.count, frontend.backend_id], vars(size), STAND_INS)).toEqual([{}, 0, 'static-80']);
  });
});
