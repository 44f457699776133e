import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as YAML from 'yaml';
import { AUTOSCALER_MANIFEST_PATH } from '../constructs/hetzner/autoscaler';
import { CLUSTER_AUTOSCALER_IMAGE, KUBERNETES_MINOR } from '../lib/platform';
import { Token } from 'cdktf';
import { ClusterSize } from '../lib';
import { GITPOD_NODE_LABELS } from '../lib/labels';
import { synthesizeModules } from '../lib/module-synth';
import { SSH_PUBLIC_KEY, resourceNamed, resourcesOf, synthHetzner, tempDir } from './helpers';
import { StandIn, evaluateInModule } from './module-eval';

// The large size of modules/hetzner, computed by Terraform (terraform console) with stand-ins
// for apply-time values: the autoscaler's node groups, manifest, Secret parts and the
// autoscaled workers' cloud-config; and what the other sizes keep.
const hetzner = synthesizeModules(['hetzner'])[0].json;
const TOKEN = 'HcloudTokenForTests0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH';
const JOIN_SECRET = 'JoinSecret0123456789';
const AGENT_SECRET = 'AgentSecret0123456789';
const CLUSTER_ID = 'c0ffee';

const keyFile = path.join(tempDir('hz-large-'), 'id.pub');
fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

const LARGE_DATA = '{ manager_type = "cx43", pools = ['
  + '{ name = "workspaces", machine_type = "cx53", min = 1, max = 10, labels = { "gitpod.io/workload_workspace_regular" = "true", "gitpod.io/workload_workspace_headless" = "true", team = "a" } }, '
  + '{ name = "services", machine_type = "cpx41", min = 2, max = 4 }] }';

function vars(size: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    domain_name: '"gitpod.example.com"', size: JSON.stringify(size), ssh_public_key_path: JSON.stringify(keyFile),
    hcloud_token: JSON.stringify(TOKEN), ...extra,
  };
}

const STAND_INS: StandIn[] = [
  [/random_id\.gitpod_cluster-id_[0-9A-F]+\.hex/g, JSON.stringify(CLUSTER_ID)],
  [/random_password\.gitpod_k3s_token_[0-9A-F]+\.result/g, JSON.stringify(JOIN_SECRET)],
  [/random_password\.gitpod_k3s_agent-token_[0-9A-F]+\.result/g, JSON.stringify(AGENT_SECRET)],
  [/hcloud_network\.gitpod_network_[0-9A-F]+\.id/g, '"1001"'],
  [/hcloud_firewall\.gitpod_firewall_[0-9A-F]+\.id/g, '"1002"'],
  [/hcloud_ssh_key\.gitpod_ssh-key_[0-9A-F]+\.id/g, '"1003"'],
];

/** A local of the module by the start of its name. */
function local(prefix: string): string {
  const names = Object.keys(hetzner.locals).filter((n) => n.startsWith(prefix));
  if (names.length !== 1) throw new Error(`expected one local ${prefix}*, found ${names.join(', ')}`);
  return `\${local.${names[0]}}`;
}

const gunzip = (b64: string) => zlib.gunzipSync(Buffer.from(b64, 'base64')).toString('utf8');

function cloudInitSchema(text: string): string {
  const file = path.join(tempDir('ci-'), 'user-data');
  fs.writeFileSync(file, text);
  try {
    return execFileSync('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err: any) {
    return `${err.stdout}${err.stderr}`;
  }
}

describe('modules/hetzner, size large, evaluated by Terraform', () => {
  const primary = resourceNamed(hetzner, 'hcloud_server', 'manager_');
  const wait = resourceNamed(hetzner, 'terraform_data', 'ready').provisioner[0]['local-exec'].environment;
  const cleanup = resourceNamed(hetzner, 'terraform_data', 'cleanup');
  const target = resourceNamed(hetzner, 'hcloud_load_balancer_target', 'autoscaled');
  const [groupIds, nodeGroupArgs, manifestFiles, clusterConfig, workerUserData, managerType, expected, cleanupCount, nodeGroups, targetSelector, joiningCount, workerCount] = evaluateInModule(hetzner, [
    local('gitpod_autoscaler_group-ids'),
    local('gitpod_autoscaler_node-group-args'),
    local('gitpod_autoscaler_manifest-files'),
    local('gitpod_autoscaler_cluster-config'),
    local('gitpod_autoscaler_worker-user-data'),
    primary.server_type,
    wait.EXPECTED_NODES,
    cleanup.count,
    cleanup.input.node_groups,
    target.label_selector.replace('each.key', '"services"'),
    resourceNamed(hetzner, 'hcloud_server', 'joining-managers').count,
    resourceNamed(hetzner, 'hcloud_server', 'workers').count,
  ], vars('large', { size_data: LARGE_DATA }), STAND_INS) as any[];

  it('names a node group per pool after the cluster, unique in the project', () => {
    expect(groupIds).toEqual({ services: `gitpod-${CLUSTER_ID}-services`, workspaces: `gitpod-${CLUSTER_ID}-workspaces` });
    expect(nodeGroups).toBe(`gitpod-${CLUSTER_ID}-services gitpod-${CLUSTER_ID}-workspaces`);
  });

  it('gives the autoscaler one --nodes=min:max:TYPE:LOCATION:NAME per pool', () => {
    expect(nodeGroupArgs).toEqual([
      `--nodes=2:4:cpx41:nbg1:gitpod-${CLUSTER_ID}-services`,
      `--nodes=1:10:cx53:nbg1:gitpod-${CLUSTER_ID}-workspaces`,
    ]);
  });

  it('builds three managers of the chosen type, no fixed workers, and waits for the managers and the pools\' minimum', () => {
    expect([managerType, joiningCount, workerCount, expected]).toEqual(['cx43', 2, 0, 6]);
  });

  it('sends Gitpod\'s load balancer to each pool by its node group label', () => {
    expect(target.for_each).toMatch(/^\$\{local\.gitpod_pools_by-name_/);
    expect(targetSelector).toBe(`hcloud/node-group=gitpod-${CLUSTER_ID}-services`);
  });

  it('keeps a destroy-time cleanup of the autoscaled servers, after the managers, before network, firewall and key', () => {
    expect(cleanupCount).toBe(1);
    expect(cleanup.provisioner[0]['local-exec']).toMatchObject({ when: 'destroy', environment: { AUTOSCALER_TOKEN: '${self.input.token}', NODE_GROUPS: '${self.input.node_groups}' } });
    expect(cleanup.input.token).toBe('${var.hcloud_token}');
    expect(cleanup.depends_on).toEqual(expect.arrayContaining([
      expect.stringMatching(/^hcloud_network\./), expect.stringMatching(/^hcloud_firewall\./), expect.stringMatching(/^hcloud_ssh_key\./),
    ]));
    expect(primary.depends_on).toContain(`terraform_data.${Object.keys(resourcesOf(hetzner, 'terraform_data')).find((n) => n.includes('cleanup'))}`);
  });

  describe('the first manager\'s k3s manifests and the Secret\'s parts', () => {
    const files = Object.fromEntries((manifestFiles as any[]).map((f) => [f.path, f]));
    const manifest = YAML.parseAllDocuments(gunzip(files[AUTOSCALER_MANIFEST_PATH].content)).map((d) => d.toJSON());

    it('are three root-only files, the manifest and the configuration compressed, the token as it is (gzip would lengthen it)', () => {
      expect(Object.keys(files).sort()).toEqual(['/etc/gitpod/autoscaler/cluster-config.json', '/etc/gitpod/autoscaler/token', AUTOSCALER_MANIFEST_PATH]);
      for (const f of Object.values<any>(files)) expect(f.permissions).toBe('0600');
      expect(Object.values<any>(files).map((f) => f.encoding)).toEqual(['gz+b64', 'gz+b64', 'text/plain']);
      expect(files['/etc/gitpod/autoscaler/token'].content).toBe(TOKEN);
      expect(JSON.parse(gunzip(files['/etc/gitpod/autoscaler/cluster-config.json'].content))).toEqual(JSON.parse(clusterConfig as string));
    });

    it('deploy the autoscaler of Kubernetes 1.30 on the managers, with the Hetzner provider and the cluster\'s network, firewall and key', () => {
      expect(manifest.map((d) => d.kind)).toEqual(['ServiceAccount', 'ClusterRole', 'Role', 'ClusterRoleBinding', 'RoleBinding', 'Deployment']);
      const pod = manifest[5].spec.template.spec;
      const container = pod.containers[0];
      expect(container.image).toBe(CLUSTER_AUTOSCALER_IMAGE);
      expect(CLUSTER_AUTOSCALER_IMAGE).toMatch(new RegExp(`:v${KUBERNETES_MINOR.replace('.', '\\.')}\\.\\d+$`));
      expect(container.command).toEqual(['./cluster-autoscaler', '--cloud-provider=hetzner', '--enforce-node-group-min-size=true',
        '--max-node-provision-time=30m', '--stderrthreshold=info', ...(nodeGroupArgs as string[])]);
      expect(Object.fromEntries(container.env.map((e: any) => [e.name, e.value ?? e.valueFrom.secretKeyRef]))).toEqual({
        HCLOUD_TOKEN: { name: 'gitpod-cluster-autoscaler', key: 'HCLOUD_TOKEN' },
        HCLOUD_CLUSTER_CONFIG: { name: 'gitpod-cluster-autoscaler', key: 'HCLOUD_CLUSTER_CONFIG' },
        HCLOUD_NETWORK: '1001', HCLOUD_FIREWALL: '1002', HCLOUD_SSH_KEY: '1003', HCLOUD_PUBLIC_IPV4: 'true', HCLOUD_PUBLIC_IPV6: 'false',
      });
      expect(pod.nodeSelector).toEqual({ 'node-role.kubernetes.io/control-plane': 'true' });
      expect(pod.tolerations).toContainEqual({ key: 'app', operator: 'Equal', value: 'gitpod-sh', effect: 'NoSchedule' });
    });

    it('never put the token in the manifest itself (only in its own root-only file)', () => {
      expect(gunzip(files[AUTOSCALER_MANIFEST_PATH].content)).not.toContain(TOKEN);
    });
  });

  describe('HCLOUD_CLUSTER_CONFIG and the autoscaled workers\' cloud-config', () => {
    const config = JSON.parse(clusterConfig as string);

    it('has the image and, per node group, its cloud-config and labels (the template node the autoscaler simulates)', () => {
      expect(config.imagesForArch).toEqual({ amd64: 'ubuntu-24.04', arm64: 'ubuntu-24.04' });
      expect(Object.keys(config.nodeConfigs).sort()).toEqual([`gitpod-${CLUSTER_ID}-services`, `gitpod-${CLUSTER_ID}-workspaces`]);
      expect(config.nodeConfigs[`gitpod-${CLUSTER_ID}-services`].labels).toEqual(Object.fromEntries(GITPOD_NODE_LABELS.map((l) => [l, 'true'])));
      expect(config.nodeConfigs[`gitpod-${CLUSTER_ID}-workspaces`].labels).toEqual({
        'gitpod.io/workload_workspace_regular': 'true', 'gitpod.io/workload_workspace_headless': 'true', 'team': 'a',
      });
      expect(config.nodeConfigs[`gitpod-${CLUSTER_ID}-services`].cloudInit).toBe((workerUserData as any).services);
    });

    it.each(['services', 'workspaces'])('%s: passes cloud-init schema and joins like every worker, over the private network, with its labels and provider ID', (name) => {
      const text = (workerUserData as any)[name] as string;
      expect(text.startsWith('#cloud-config\n')).toBe(true);
      expect(cloudInitSchema(text)).toMatch(/Valid cloud-config/);
      const doc = YAML.parse(text);
      const k3s = YAML.parse(doc.write_files.find((f: any) => f.path === '/etc/rancher/k3s/config.yaml').content);
      expect(k3s.server).toBe('https://10.2.0.10:6443');
      // Workers join with the agent token: the server secret is not in their cloud-config at all.
      expect(k3s.token).toMatch(new RegExp(`^K10[0-9a-f]{64}::node:${AGENT_SECRET}$`));
      expect(text).not.toContain(JOIN_SECRET);
      expect(k3s['node-label']).toContain(`hcloud/node-group=gitpod-${CLUSTER_ID}-${name}`);
      expect(k3s['node-ip']).toBeUndefined();
      expect(doc.runcmd[doc.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-node-ip', '10.2.0.0/16', '/usr/local/sbin/gitpod-hcloud-provider-id',
        '/usr/local/sbin/gitpod-install-k3s', 'agent', 'v1.36.3+k3s1']);
      expect(doc.write_files.map((f: any) => f.path)).toEqual(expect.arrayContaining(['/usr/local/sbin/gitpod-node-ip', '/usr/local/sbin/gitpod-hcloud-provider-id', '/usr/local/sbin/gitpod-metadata-fence']));
    });

    it('never carries the Hetzner token: not in the workers\' user data, not in the cluster config', () => {
      expect(JSON.stringify(workerUserData)).not.toContain(TOKEN);
      expect(clusterConfig).not.toContain(TOKEN);
    });
  });
});

describe('modules/hetzner, sizes without an autoscaler, evaluated by Terraform', () => {
  const cleanup = resourceNamed(hetzner, 'terraform_data', 'cleanup');
  const primary = resourceNamed(hetzner, 'hcloud_server', 'manager_');
  it.each([
    ['small', {}, 'cx43'],
    ['medium', { size_data: '{ node_count = 3, manager_type = "cx53", pools = [{ name = "p", machine_type = "cx43", min = 1, max = 2 }] }' }, 'cx33'],
  ] as Array<[string, Record<string, string>, string]>)('%s: no pools, no manifest, no cleanup, the catalog\'s manager type', (size, extra, type) => {
    const [pools, files, count, managerType] = evaluateInModule(hetzner, [
      local('gitpod_pools_by-name'), local('gitpod_autoscaler_manifest-files'), cleanup.count, primary.server_type,
    ], vars(size, { hcloud_token: '""', ...extra }), STAND_INS);
    expect([pools, files, count, managerType]).toEqual([{}, [], 0, type]);
  });
});

describe('HetznerGitpodCluster, size large (cdktf)', () => {
  const { json, cluster } = synthHetzner({
    size: ClusterSize.LARGE, autoscalerToken: TOKEN,
    workerPools: [{ name: 'workers', machineType: 'cx43', minNodes: 1, maxNodes: 5 }],
  });

  it('takes the pools as a literal local, and exposes the node groups', () => {
    const pools = Object.entries<any>(json.locals).find(([name]) => /^gitpod_pools_[0-9A-F]+$/.test(name))![1];
    expect(pools).toBe('${try(local.gitpod_size_sizes_D7FE1AF1.large.workersAutoscaled, false) ? [{"name" = "workers", "machine_type" = "cx43", "min" = 1, "max" = 5, "labels" = {}}] : []}');
    // A map token: Terraform knows the node groups once the cluster's random ID exists.
    expect(Token.isUnresolved(cluster.nodeGroups)).toBe(true);
  });

  it('keeps the token out of outputs: there are none, and the attributes are the usual ones', () => {
    expect(json.output).toBeUndefined();
    for (const value of [cluster.kubeconfig, cluster.k3sToken, cluster.apiAddress]) expect(String(value)).not.toContain(TOKEN);
  });

  it('puts the token only into the first manager\'s files, the destroy-time cleanup and the node template step', () => {
    const withToken = Object.entries<any>(json.locals).filter(([, v]) => JSON.stringify(v).includes(TOKEN)).map(([n]) => n);
    expect(withToken).toEqual([expect.stringMatching(/^gitpod_autoscaler_manifest-files_/)]);
    const resources = Object.entries<any>(json.resource).flatMap(([type, byName]) =>
      Object.entries<any>(byName).filter(([, r]) => JSON.stringify(r).includes(TOKEN)).map(([name]) => `${type}.${name}`));
    expect(resources).toEqual([expect.stringMatching(/^terraform_data\.gitpod_autoscaler_cleanup_/), expect.stringMatching(/^terraform_data\.gitpod_autoscaler_node-template_/)]);
    // There in the step's environment (the Secret it writes), never in its command.
    const step = resourceNamed(json, 'terraform_data', 'node-template').provisioner[0]['local-exec'];
    expect(step.command).not.toContain(TOKEN);
    expect(step.environment.OBJECT_BODY).toContain(TOKEN);
  });
});
