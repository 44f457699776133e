import * as fs from 'fs';
import * as path from 'path';
import { CliResult, FakeRule, FakeTools, KUBECONFIG, commands, decoded, expectNoSecret, fakeTerraform, mode, runCli, spawnOk, yamlDocs } from './install-helpers';

// Only the kubeconfig matters to this step; a hand-written `terraform output -json`.
const OUTPUTS = JSON.stringify({ kubeconfig: { sensitive: true, type: 'string', value: KUBECONFIG } });
const KUBECTL = 'kubectl --kubeconfig <work>/kubeconfig';
const APPLY = `${KUBECTL} apply --server-side --force-conflicts --field-manager=gitpod-self-hosted -f`;
const HOST_NETWORK = '\'--patch={"spec":{"template":{"spec":{"hostNetwork":true,"dnsPolicy":"ClusterFirstWithHostNet"}}}}\'';
const DEFAULT = 'storageclass.kubernetes.io/is-default-class';

const HCLOUD_TOKEN = `hcloudSECRET${'x7'.repeat(26)}`;
const DO_TOKEN = `dop_v1_${'ab12'.repeat(16)}`;
const SCW = { SCW_ACCESS_KEY: 'SCWABCDEFGHJKMNPQRST', SCW_SECRET_KEY: '0b3c8a1e-5f2d-4c6b-9e7a-1d2f3a4b5c6d', SCW_DEFAULT_PROJECT_ID: '11111111-2222-4333-8444-555555555555', SCW_DEFAULT_ZONE: 'nl-ams-1' };
const AZURE = {
  subscription: '3f1c2b4a-1111-4222-8333-444455556666', tenant: 'a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d', clientId: 'c1d2e3f4-0000-4111-8222-333344445555',
};

function csi(cloud: string, args: string[] = [], env: Record<string, string> = {}, tools = ['kubectl', 'helm'], rules: Record<string, FakeRule[]> = {}): { result: CliResult; fakes: FakeTools } {
  const fakes = new FakeTools(tools, rules);
  fakeTerraform(fakes, OUTPUTS);
  const result = runCli(['install', 'csi', '--cloud', cloud, '--dir', '.', '--dry-run', ...args], { fakes, env });
  return { result, fakes };
}

/** The Secret the step wrote, and the checks every cloud shares: mode 0600, kube-system, never printed. */
function writtenSecret(result: CliResult, cloud: string, values: string[]): { name: string; data: Record<string, string> } {
  spawnOk(result);
  const file = path.join(result.work, `csi-${cloud}-secret.yaml`);
  expect(mode(file)).toBe(0o600);
  const docs = yamlDocs(file);
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({ apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { namespace: 'kube-system' } });
  expectNoSecret(result, values);
  return { name: docs[0].metadata.name, data: decoded(docs[0]) };
}

describe('install csi --dry-run, per cloud', () => {
  it('hetzner: Secret hcloud {token}, the pinned driver manifest, its node plugin on the host network, hcloud-volumes the default', () => {
    const { result, fakes } = csi('hetzner', [], { HCLOUD_TOKEN });
    expect(writtenSecret(result, 'hetzner', [HCLOUD_TOKEN])).toEqual({ name: 'hcloud', data: { token: HCLOUD_TOKEN } });
    expect(commands(result).slice(1)).toEqual([
      `${APPLY} <work>/csi-hetzner-secret.yaml`,
      `${KUBECTL} apply -f https://raw.githubusercontent.com/hetznercloud/csi-driver/3186e78786031b759e875315a64eb79869f277e4/deploy/kubernetes/hcloud-csi.yml`,
      `${KUBECTL} patch daemonset hcloud-csi-node --namespace kube-system --type=merge ${HOST_NETWORK}`,
      `${KUBECTL} rollout status deployment/hcloud-csi-controller --namespace kube-system --timeout=5m`,
      `${KUBECTL} rollout status daemonset/hcloud-csi-node --namespace kube-system --timeout=5m`,
      `${KUBECTL} annotate storageclass hcloud-volumes ${DEFAULT}=true --overwrite`,
      `${KUBECTL} annotate storageclass local-path ${DEFAULT}=false --overwrite`,
    ]);
    expect(fakes.calls().map((c) => c.tool)).toEqual(['terraform']);
  });

  it('hetzner: the token may come from a file instead (--hcloud-token-file), trailing newline dropped', () => {
    const file = path.join(fs.mkdtempSync(path.join(require('os').tmpdir(), 'token-')), 'token');
    fs.writeFileSync(file, `${HCLOUD_TOKEN}\n`);
    const { result } = csi('hetzner', ['--hcloud-token-file', file]);
    expect(writtenSecret(result, 'hetzner', [HCLOUD_TOKEN]).data).toEqual({ token: HCLOUD_TOKEN });
  });

  it('digitalocean: Secret digitalocean {access-token}, the pinned release manifests (CRDs first), its controller on the host network, do-block-storage the default', () => {
    const { result } = csi('digitalocean', [], { DIGITALOCEAN_TOKEN: DO_TOKEN });
    expect(writtenSecret(result, 'digitalocean', [DO_TOKEN])).toEqual({ name: 'digitalocean', data: { 'access-token': DO_TOKEN } });
    const base = 'https://raw.githubusercontent.com/digitalocean/csi-digitalocean/v4.17.0/deploy/kubernetes/releases/csi-digitalocean-v4.17.0';
    expect(commands(result).slice(1)).toEqual([
      `${APPLY} <work>/csi-digitalocean-secret.yaml`,
      `${KUBECTL} apply -f ${base}/crds.yaml`,
      `${KUBECTL} wait --for=condition=Established --timeout=60s crd/volumesnapshotclasses.snapshot.storage.k8s.io crd/volumesnapshotcontents.snapshot.storage.k8s.io crd/volumesnapshots.snapshot.storage.k8s.io`,
      `${KUBECTL} apply -f ${base}/driver.yaml`,
      `${KUBECTL} apply -f ${base}/snapshot-controller.yaml`,
      `${KUBECTL} patch statefulset csi-do-controller --namespace kube-system --type=merge ${HOST_NETWORK}`,
      `${KUBECTL} rollout status statefulset/csi-do-controller --namespace kube-system --timeout=5m`,
      `${KUBECTL} rollout status daemonset/csi-do-node --namespace kube-system --timeout=5m`,
      `${KUBECTL} annotate storageclass do-block-storage ${DEFAULT}=true --overwrite`,
      `${KUBECTL} annotate storageclass local-path ${DEFAULT}=false --overwrite`,
    ]);
    // DIGITALOCEAN_ACCESS_TOKEN works too.
    expect(writtenSecret(csi('digitalocean', [], { DIGITALOCEAN_ACCESS_TOKEN: DO_TOKEN }).result, 'digitalocean', [DO_TOKEN]).data['access-token']).toBe(DO_TOKEN);
  });

  it('scaleway: Secret scaleway-secret with the four SCW_ keys, the pinned chart reading it, its node plugin on the host network, scw-bssd the default', () => {
    const { result } = csi('scaleway', [], SCW);
    expect(writtenSecret(result, 'scaleway', [SCW.SCW_ACCESS_KEY, SCW.SCW_SECRET_KEY])).toEqual({ name: 'scaleway-secret', data: SCW });
    expect(commands(result).slice(1)).toEqual([
      `${APPLY} <work>/csi-scaleway-secret.yaml`,
      'helm --kubeconfig <work>/kubeconfig upgrade --install --namespace kube-system --repo https://helm.scw.cloud/ --version 0.2.1 --reset-values '
        + '--set controller.scaleway.existingSecretName=scaleway-secret scaleway-csi scaleway-csi',
      `${KUBECTL} patch daemonset scaleway-csi-node --namespace kube-system --type=merge ${HOST_NETWORK}`,
      `${KUBECTL} rollout status deployment/scaleway-csi-controller --namespace kube-system --timeout=5m`,
      `${KUBECTL} rollout status daemonset/scaleway-csi-node --namespace kube-system --timeout=5m`,
      `${KUBECTL} annotate storageclass scw-bssd ${DEFAULT}=true --overwrite`,
      `${KUBECTL} annotate storageclass local-path ${DEFAULT}=false --overwrite`,
    ]);
    // Project and zone may be flags instead.
    const { SCW_DEFAULT_PROJECT_ID: _p, SCW_DEFAULT_ZONE: _z, ...keys } = SCW;
    const flags = csi('scaleway', ['--scaleway-project-id', SCW.SCW_DEFAULT_PROJECT_ID, '--scaleway-zone', 'pl-waw-2'], keys);
    expect(writtenSecret(flags.result, 'scaleway', [SCW.SCW_SECRET_KEY]).data).toEqual({ ...SCW, SCW_DEFAULT_ZONE: 'pl-waw-2' });
  });

  const AZURE_FLAGS = [
    '--azure-subscription-id', AZURE.subscription, '--azure-tenant-id', AZURE.tenant, '--azure-resource-group', 'gitpod-rg',
    '--azure-location', 'uksouth', '--azure-identity-client-id', AZURE.clientId,
  ];
  const MANAGERS = 'get nodes --selector node-role.kubernetes.io/control-plane=true --output name';
  const managers = (stdout: string, exitCode = 0): Record<string, FakeRule[]> => ({ kubectl: [{ match: `^--kubeconfig \\S+ ${MANAGERS}$`, stdout, exitCode }] });

  it('azure: Secret azure-cloud-provider {cloud-config} for the managers\' managed identity, the pinned chart, a default managed-csi class', () => {
    const { result } = csi('azure', AZURE_FLAGS, {}, ['kubectl', 'helm'], managers('node/a\nnode/b\nnode/c\n'));
    const secret = writtenSecret(result, 'azure', []);
    expect(secret.name).toBe('azure-cloud-provider');
    expect(Object.keys(secret.data)).toEqual(['cloud-config']);
    expect(JSON.parse(secret.data['cloud-config'])).toEqual({
      cloud: 'AzurePublicCloud', tenantId: AZURE.tenant, subscriptionId: AZURE.subscription, resourceGroup: 'gitpod-rg', location: 'uksouth',
      vmType: 'standard', useManagedIdentityExtension: true, userAssignedIdentityID: AZURE.clientId, useInstanceMetadata: true,
    });
    expect(commands(result).slice(1)).toEqual([
      `${APPLY} <work>/csi-azure-secret.yaml`,
      `${KUBECTL} ${MANAGERS}`,
      'helm --kubeconfig <work>/kubeconfig upgrade --install --atomic --cleanup-on-fail --namespace kube-system '
        + '--reset-values --values <work>/csi-azure-values.yaml --wait --timeout 5m azuredisk-csi-driver '
        + 'https://raw.githubusercontent.com/kubernetes-sigs/azuredisk-csi-driver/976a9f7adb0e33ae970c3c7590ca84e768abe932/charts/v1.34.5/azuredisk-csi-driver-1.34.5.tgz',
      `${APPLY} <work>/csi-azure-storage-class.yaml`,
      `${KUBECTL} annotate storageclass managed-csi ${DEFAULT}=true --overwrite`,
      `${KUBECTL} annotate storageclass local-path ${DEFAULT}=false --overwrite`,
    ]);
    expect(yamlDocs(path.join(result.work, 'csi-azure-storage-class.yaml'))).toEqual([{
      apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
      metadata: { name: 'managed-csi', annotations: { [DEFAULT]: 'true' } },
      provisioner: 'disk.csi.azure.com', parameters: { skuName: 'StandardSSD_LRS' },
      reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer', allowVolumeExpansion: true,
    }]);
    expect(result.stdout).toContain('needs Contributor on the resource group');
    // The controller, the one part that calls Azure with the identity, runs where the identity is:
    // on the managers, tolerating their taint, one per manager up to the chart's two.
    const values = path.join(result.work, 'csi-azure-values.yaml');
    expect(mode(values)).toBe(0o600);
    expect(yamlDocs(values)).toEqual([{
      controller: {
        replicas: 2,
        nodeSelector: { 'node-role.kubernetes.io/control-plane': 'true' },
        tolerations: [
          ...['node-role.kubernetes.io/master', 'node-role.kubernetes.io/controlplane', 'node-role.kubernetes.io/control-plane', 'CriticalAddonsOnly']
            .map((key) => ({ key, operator: 'Exists', effect: 'NoSchedule' })),
          { key: 'app', operator: 'Equal', value: 'gitpod-sh', effect: 'NoSchedule' },
        ],
      },
      windows: { enabled: false },
    }]);
    // Subscription and tenant from Terraform's azurerm variables.
    const env = csi('azure', ['--azure-resource-group', 'gitpod-rg', '--azure-location', 'uksouth', '--azure-identity-client-id', AZURE.clientId],
      { ARM_SUBSCRIPTION_ID: AZURE.subscription, ARM_TENANT_ID: AZURE.tenant });
    expect(JSON.parse(writtenSecret(env.result, 'azure', []).data['cloud-config']).subscriptionId).toBe(AZURE.subscription);
  });

  it('azure: one controller where there is one manager (small), and where the managers cannot be counted (said so)', () => {
    const replicas = (result: CliResult) => yamlDocs(path.join(result.work, 'csi-azure-values.yaml'))[0].controller.replicas;
    const small = csi('azure', AZURE_FLAGS, {}, ['kubectl', 'helm'], managers('node/gitpod-uks-manager-1\n')).result;
    spawnOk(small);
    expect(replicas(small)).toBe(1);
    expect(small.stdout).not.toContain('could not count the managers');
    const unreachable = csi('azure', AZURE_FLAGS, {}, ['kubectl', 'helm'], managers('', 1)).result;
    spawnOk(unreachable);
    expect(replicas(unreachable)).toBe(1);
    expect(unreachable.stdout).toContain('could not count the managers (kubectl get nodes); one Azure Disk CSI controller');
  });

  it('all --cloud runs csi first, then cert-manager and gitpod; without --cloud it skips csi and says so', () => {
    const fakes = new FakeTools(['kubectl', 'helm', 'docker']);
    const full = JSON.stringify({
      ...JSON.parse(OUTPUTS),
      cert_manager: { value: { secrets: {}, cluster_issuer: { spec: { acme: { solvers: [] } } } }, type: 'object', sensitive: true },
      domain_name: { value: 'gitpod.example.com', type: 'string', sensitive: true },
      gitpod_config: { value: { domain: 'gitpod.example.com' }, type: 'object', sensitive: true },
    });
    fakeTerraform(fakes, full);
    const withCsi = runCli(['install', 'all', '--cloud', 'hetzner', '--dry-run'], { fakes, env: { HCLOUD_TOKEN } });
    spawnOk(withCsi);
    const printed = commands(withCsi);
    expect(printed[1]).toBe(`${APPLY} <work>/csi-hetzner-secret.yaml`);
    expect(printed.findIndex((c) => c.includes('annotate storageclass local-path'))).toBeLessThan(printed.findIndex((c) => c.includes(' cert-manager cert-manager')));
    expect(printed[printed.length - 1]).toContain('upgrade --install --atomic --cleanup-on-fail --create-namespace --namespace gitpod');
    const without = runCli(['install', 'all', '--dry-run'], { fakes });
    spawnOk(without);
    expect(without.stdout).toContain('==> csi: skipped (no --cloud; the step is optional)');
    expect(commands(without).some((c) => c.includes('storageclass'))).toBe(false);
  });
});

describe('install csi: missing and malformed credentials, each value kept secret', () => {
  const fails = (cloud: string, args: string[], env: Record<string, string>, message: string, secret?: string) => {
    const { result, fakes } = csi(cloud, args, env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    if (secret) expectNoSecret(result, [secret]);
    // Nothing ran or was written before the credentials were checked.
    expect(fakes.calls()).toEqual([]);
    expect(fs.existsSync(path.join(result.work, `csi-${cloud}-secret.yaml`))).toBe(false);
  };

  it('hetzner', () => {
    fails('hetzner', [], {}, 'the csi step for hetzner needs a Hetzner Cloud API token (read/write) of the cluster\'s project: set HCLOUD_TOKEN, or pass --hcloud-token-file FILE. It goes into a Secret in kube-system and is never printed.');
    fails('hetzner', [], { HCLOUD_TOKEN: 'not-a-TOKEN-value' }, 'HCLOUD_TOKEN: got a secret of 17 characters (not shown). Expected a Hetzner Cloud API token: 64 letters and digits', 'not-a-TOKEN-value');
    fails('hetzner', ['--hcloud-token-file', '/nonexistent/token'], { HCLOUD_TOKEN }, '--hcloud-token-file: cannot read /nonexistent/token (ENOENT)');
  });

  it('digitalocean', () => {
    fails('digitalocean', [], {}, 'the csi step for digitalocean needs a DigitalOcean API token with write access: set DIGITALOCEAN_TOKEN or DIGITALOCEAN_ACCESS_TOKEN, or pass --digitalocean-token-file FILE.');
    fails('digitalocean', [], { DIGITALOCEAN_TOKEN: 'two words token value here' }, 'DIGITALOCEAN_TOKEN: got a secret of 26 characters (not shown).', 'two words token value here');
  });

  it('scaleway', () => {
    fails('scaleway', [], { ...SCW, SCW_SECRET_KEY: '' }, 'the csi step for scaleway needs that API key\'s secret key: set SCW_SECRET_KEY, or pass --scaleway-secret-key-file FILE.');
    fails('scaleway', [], { ...SCW, SCW_SECRET_KEY: 'NOT-A-UUID-SECRET' }, 'SCW_SECRET_KEY: got a secret of 17 characters (not shown). Expected a Scaleway secret key (a UUID).', 'NOT-A-UUID-SECRET');
    fails('scaleway', [], { ...SCW, SCW_ACCESS_KEY: 'AKIA1234' }, 'SCW_ACCESS_KEY: got a secret of 8 characters (not shown). Expected a Scaleway access key: SCW and 17 capitals or digits.', 'AKIA1234');
    fails('scaleway', [], { ...SCW, SCW_DEFAULT_ZONE: '' }, 'the csi step for scaleway needs the cluster\'s zone (volumes are zonal): pass --scaleway-zone or set SCW_DEFAULT_ZONE');
    fails('scaleway', ['--scaleway-zone', 'paris'], SCW, '--scaleway-zone: got "paris". Expected a Scaleway zone such as fr-par-1, nl-ams-1 or pl-waw-1.');
  });

  it('azure', () => {
    fails('azure', ['--azure-tenant-id', AZURE.tenant], {}, 'the csi step for azure needs the subscription of the cluster: pass --azure-subscription-id or set ARM_SUBSCRIPTION_ID or AZURE_SUBSCRIPTION_ID');
    fails('azure', ['--azure-subscription-id', 'my-subscription'], {}, '--azure-subscription-id: got "my-subscription". Expected a subscription ID (a UUID).');
    fails('azure', ['--azure-subscription-id', AZURE.subscription, '--azure-tenant-id', AZURE.tenant, '--azure-resource-group', 'rg', '--azure-location', 'uksouth'], {},
      'the csi step for azure needs the client ID of the user-assigned identity the managers carry (azurerm_user_assigned_identity.<name>.client_id): pass --azure-identity-client-id');
  });
});
