import * as fs from 'fs';
import { show } from '../gitpod/values';
import { managerTaintToleration } from '../labels';
import { CLOUD_NAMES, CloudName, cloudEntry } from '../clouds';
import { Installation, manifestsYaml, secretObject } from './context';
import { InstallError } from './runner';
import { AZURE_DISK_CSI, DIGITALOCEAN_CSI, HCLOUD_CSI, SCALEWAY_CSI } from './versions';

const KUBE_SYSTEM = 'kube-system';
const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
/** k3s's own storage class (node-local directories). */
const LOCAL_PATH = 'local-path';

/**
 * The patch that puts a CSI pod on the node's network. Every node fences pod traffic off the
 * cloud's metadata service (the user data there holds the cluster's CA keys and join token),
 * and these drivers ask that service which server they run on. Pods on the host network are
 * not pod traffic; they are privileged, with the host's /dev, so they could read the node
 * anyway. The Azure Disk chart does this by default; DigitalOcean's node plugin too.
 */
const HOST_NETWORK_PATCH = JSON.stringify({ spec: { template: { spec: { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' } } } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A secret from a file (--*-file) or an environment variable, never from a flag's value (it
 * would be in the shell history and the process list). Its value is never shown.
 */
function secretInput(ctx: Installation, what: string, fileFlag: string, envNames: string[]): { source: string; value: string } {
  const file = ctx.options.csi[fileFlag];
  let value: string | undefined;
  let source: string;
  if (file !== undefined) {
    source = `--${fileFlag} ${file}`;
    try {
      value = fs.readFileSync(file, 'utf8').trim();
    } catch (e) {
      throw new InstallError(`--${fileFlag}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 2);
    }
  } else {
    const name = envNames.find((n) => (ctx.env[n] ?? '') !== '');
    source = name ?? envNames[0];
    value = name === undefined ? undefined : ctx.env[name]!.trim();
  }
  if (value === undefined || value === '') {
    throw new InstallError(`the csi step for ${ctx.options.cloud} needs ${what}: set ${envNames.join(' or ')}, or pass --${fileFlag} FILE. `
      + 'It goes into a Secret in kube-system and is never printed.', 2);
  }
  return { source, value };
}

/** A plain input from a flag or the environment (not a secret: it may be shown). */
function plainInput(ctx: Installation, flag: string, envNames: string[], what: string, pattern: RegExp, expected: string): string {
  const fromFlag = ctx.options.csi[flag];
  const envName = envNames.find((n) => (ctx.env[n] ?? '') !== '');
  const value = fromFlag ?? (envName === undefined ? undefined : ctx.env[envName]);
  const source = fromFlag !== undefined ? `--${flag}` : envName;
  if (value === undefined || value === '') {
    throw new InstallError(`the csi step for ${ctx.options.cloud} needs ${what}: pass --${flag}${envNames.length > 0 ? ` or set ${envNames.join(' or ')}` : ''}`, 2);
  }
  if (!pattern.test(value)) throw new InstallError(`${source}: got ${JSON.stringify(value)}. Expected ${expected}`, 2);
  return value;
}

/** Checks a secret's form without showing it. */
function checkSecret(source: string, value: string, pattern: RegExp, expected: string): void {
  if (!pattern.test(value)) throw new InstallError(`${source}: got ${show(value, true)}. Expected ${expected}`, 2);
}

async function patchHostNetwork(ctx: Installation, kind: string, name: string): Promise<void> {
  await ctx.kubectl(['patch', kind, name, '--namespace', KUBE_SYSTEM, '--type=merge', `--patch=${HOST_NETWORK_PATCH}`]);
}

async function rolloutStatus(ctx: Installation, resources: string[]): Promise<void> {
  for (const resource of resources) {
    await ctx.kubectl(['rollout', 'status', resource, '--namespace', KUBE_SYSTEM, `--timeout=${ctx.options.helmTimeout}`], { waitsFor: resource });
  }
}

/** The driver's class becomes the default, k3s's local-path no longer is. */
async function makeDefault(ctx: Installation, storageClass: string): Promise<void> {
  ctx.step(`csi: ${storageClass} becomes the default storage class, ${LOCAL_PATH} no longer is`);
  await ctx.kubectl(['annotate', 'storageclass', storageClass, `${DEFAULT_CLASS_ANNOTATION}=true`, '--overwrite']);
  await ctx.kubectl(['annotate', 'storageclass', LOCAL_PATH, `${DEFAULT_CLASS_ANNOTATION}=false`, '--overwrite']);
}

async function applySecret(ctx: Installation, cloud: string, name: string, data: Record<string, string>): Promise<void> {
  ctx.step(`csi: Secret ${name} in ${KUBE_SYSTEM} (keys ${Object.keys(data).join(', ')})`);
  await ctx.apply(ctx.write(`csi-${cloud}-secret.yaml`, manifestsYaml([secretObject(name, KUBE_SYSTEM, data)]), 'secret, mode 0600'));
}

async function hetzner(ctx: Installation): Promise<void> {
  const { source, value: token } = secretInput(ctx, 'a Hetzner Cloud API token (read/write) of the cluster\'s project', 'hcloud-token-file', ['HCLOUD_TOKEN']);
  checkSecret(source, token, /^[A-Za-z0-9]{64}$/, 'a Hetzner Cloud API token: 64 letters and digits (Console, Security, API tokens, read/write).');
  await applySecret(ctx, 'hetzner', 'hcloud', { token });
  ctx.step(`csi: Hetzner Cloud CSI driver ${HCLOUD_CSI.version} (hcloud-volumes), its node plugin on the host network`);
  for (const url of HCLOUD_CSI.urls) await ctx.kubectl(['apply', '-f', url]);
  await patchHostNetwork(ctx, 'daemonset', 'hcloud-csi-node');
  await rolloutStatus(ctx, ['deployment/hcloud-csi-controller', 'daemonset/hcloud-csi-node']);
  await makeDefault(ctx, 'hcloud-volumes');
}

async function digitalocean(ctx: Installation): Promise<void> {
  const { source, value: token } = secretInput(ctx, 'a DigitalOcean API token with write access', 'digitalocean-token-file', ['DIGITALOCEAN_TOKEN', 'DIGITALOCEAN_ACCESS_TOKEN']);
  checkSecret(source, token, /^\S{20,}$/, 'a DigitalOcean API token (API, Tokens, with write scope): one word, no spaces.');
  await applySecret(ctx, 'digitalocean', 'digitalocean', { 'access-token': token });
  const [crds, ...rest] = DIGITALOCEAN_CSI.urls;
  ctx.step(`csi: DigitalOcean CSI driver ${DIGITALOCEAN_CSI.version} (do-block-storage): snapshot CRDs first, then the driver; its controller on the host network`);
  await ctx.kubectl(['apply', '-f', crds]);
  await ctx.kubectl(['wait', '--for=condition=Established', '--timeout=60s',
    'crd/volumesnapshotclasses.snapshot.storage.k8s.io', 'crd/volumesnapshotcontents.snapshot.storage.k8s.io', 'crd/volumesnapshots.snapshot.storage.k8s.io']);
  for (const url of rest) await ctx.kubectl(['apply', '-f', url]);
  await patchHostNetwork(ctx, 'statefulset', 'csi-do-controller');
  await rolloutStatus(ctx, ['statefulset/csi-do-controller', 'daemonset/csi-do-node']);
  await makeDefault(ctx, 'do-block-storage');
}

async function scaleway(ctx: Installation): Promise<void> {
  const { source: accessSource, value: accessKey } = secretInput(ctx, 'a Scaleway API access key', 'scaleway-access-key-file', ['SCW_ACCESS_KEY']);
  checkSecret(accessSource, accessKey, /^SCW[A-Z0-9]{17}$/, 'a Scaleway access key: SCW and 17 capitals or digits.');
  const { source: secretSource, value: secretKey } = secretInput(ctx, 'that API key\'s secret key', 'scaleway-secret-key-file', ['SCW_SECRET_KEY']);
  checkSecret(secretSource, secretKey, UUID, 'a Scaleway secret key (a UUID).');
  const projectId = plainInput(ctx, 'scaleway-project-id', ['SCW_DEFAULT_PROJECT_ID'], 'the Scaleway project ID of the cluster', UUID, 'a Scaleway project ID (a UUID).');
  const zone = plainInput(ctx, 'scaleway-zone', ['SCW_DEFAULT_ZONE'], 'the cluster\'s zone (volumes are zonal)', /^[a-z]{2}-[a-z]{3}-[1-9]$/, 'a Scaleway zone such as fr-par-1, nl-ams-1 or pl-waw-1.');
  await applySecret(ctx, 'scaleway', 'scaleway-secret', { SCW_ACCESS_KEY: accessKey, SCW_SECRET_KEY: secretKey, SCW_DEFAULT_PROJECT_ID: projectId, SCW_DEFAULT_ZONE: zone });
  ctx.step(`csi: Scaleway CSI chart ${SCALEWAY_CSI.version} (scw-bssd), reading the Secret above; its node plugin on the host network`);
  // No --wait: the node plugin cannot start before the patch below.
  await ctx.helm([
    'upgrade', '--install', '--namespace', KUBE_SYSTEM, '--repo', SCALEWAY_CSI.repo, '--version', SCALEWAY_CSI.version, '--reset-values',
    '--set', 'controller.scaleway.existingSecretName=scaleway-secret', 'scaleway-csi', SCALEWAY_CSI.chart,
  ]);
  await patchHostNetwork(ctx, 'daemonset', 'scaleway-csi-node');
  await rolloutStatus(ctx, ['deployment/scaleway-csi-controller', 'daemonset/scaleway-csi-node']);
  await makeDefault(ctx, 'scw-bssd');
}

/** The storage class of Azure disks (the driver's chart brings none): Standard SSD, locally redundant. @internal */
export const AZURE_STORAGE_CLASS = 'managed-csi';

/** The label k3s gives its servers. */
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

/**
 * The tolerations of the chart's controller (its values.yaml at the pinned commit): replacing
 * the list must keep them.
 */
const AZURE_DISK_CONTROLLER_TOLERATIONS = ['node-role.kubernetes.io/master', 'node-role.kubernetes.io/controlplane', CONTROL_PLANE_LABEL, 'CriticalAddonsOnly']
  .map((key) => ({ key, operator: 'Exists', effect: 'NoSchedule' }));

/**
 * How many controllers: one per manager, at most the chart's two. They use the host network,
 * so two cannot share a node (the second of the chart's two would stay Pending on `small`).
 */
async function azureDiskControllerReplicas(ctx: Installation): Promise<number> {
  const listed = await ctx.kubectl(['get', 'nodes', '--selector', `${CONTROL_PLANE_LABEL}=true`, '--output', 'name'],
    { capture: true, readOnly: true, allowFailure: true });
  const managers = listed.code === 0 ? listed.stdout.split('\n').filter((line) => line.trim() !== '').length : 0;
  if (managers === 0) ctx.note('could not count the managers (kubectl get nodes); one Azure Disk CSI controller');
  return Math.min(Math.max(managers, 1), 2);
}

/**
 * The chart's values: the controller, the one component that calls Azure with the managed
 * identity, runs on the managers only, because only they carry the identity; it tolerates
 * their taint. The node plugin (every node) reads the instance metadata only, which needs no
 * identity.
 */
function azureDiskValues(replicas: number): Record<string, unknown> {
  return {
    controller: {
      replicas,
      nodeSelector: { [CONTROL_PLANE_LABEL]: 'true' },
      tolerations: [...AZURE_DISK_CONTROLLER_TOLERATIONS, managerTaintToleration()],
    },
    windows: { enabled: false },
  };
}

async function azure(ctx: Installation): Promise<void> {
  const subscriptionId = plainInput(ctx, 'azure-subscription-id', ['ARM_SUBSCRIPTION_ID', 'AZURE_SUBSCRIPTION_ID'], 'the subscription of the cluster', UUID, 'a subscription ID (a UUID).');
  const tenantId = plainInput(ctx, 'azure-tenant-id', ['ARM_TENANT_ID', 'AZURE_TENANT_ID'], 'the tenant (directory) of that subscription', UUID, 'a tenant ID (a UUID).');
  const resourceGroup = plainInput(ctx, 'azure-resource-group', [], 'the resource group of the cluster (its VMs; disks are created there)', /^[-\w.()]{1,90}$/, 'a resource group name.');
  const location = plainInput(ctx, 'azure-location', [], 'the cluster\'s region', /^[a-z0-9]+$/, 'an Azure region name such as uksouth or westeurope.');
  const clientId = plainInput(ctx, 'azure-identity-client-id', [], 'the client ID of the user-assigned identity the managers carry (azurerm_user_assigned_identity.<name>.client_id)', UUID, 'a client ID (a UUID).');
  const cloudConfig = {
    cloud: 'AzurePublicCloud', tenantId, subscriptionId, resourceGroup, location,
    vmType: 'standard', useManagedIdentityExtension: true, userAssignedIdentityID: clientId, useInstanceMetadata: true,
  };
  ctx.note('the managers\' identity needs Contributor on the resource group (create disks, attach them to VMs); disks attach to the VM named like the node, so keep the Terraform workspace name free of "_"');
  await applySecret(ctx, 'azure', 'azure-cloud-provider', { 'cloud-config': `${JSON.stringify(cloudConfig, null, 2)}\n` });
  const replicas = await azureDiskControllerReplicas(ctx);
  const values = ctx.write('csi-azure-values.yaml', manifestsYaml([azureDiskValues(replicas)]), 'the Azure Disk chart values');
  ctx.step(`csi: Azure Disk CSI chart ${AZURE_DISK_CSI.version} (on the host network, as the chart does by default), ${replicas} controller(s) on the managers, and the ${AZURE_STORAGE_CLASS} storage class`);
  await ctx.helm([
    'upgrade', '--install', ...ctx.atomicFlags(), '--namespace', KUBE_SYSTEM, '--reset-values',
    '--values', values, '--wait', '--timeout', ctx.options.helmTimeout, 'azuredisk-csi-driver', AZURE_DISK_CSI.url,
  ], { waitsFor: 'the Azure Disk CSI driver' });
  const storageClass = {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: AZURE_STORAGE_CLASS, annotations: { [DEFAULT_CLASS_ANNOTATION]: 'true' } },
    provisioner: 'disk.csi.azure.com',
    parameters: { skuName: 'StandardSSD_LRS' },
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer',
    allowVolumeExpansion: true,
  };
  await ctx.apply(ctx.write('csi-azure-storage-class.yaml', manifestsYaml([storageClass]), 'the Azure disk storage class'));
  await makeDefault(ctx, AZURE_STORAGE_CLASS);
}

/**
 * The cloud's CSI driver at its pinned version, its credentials in a Secret of kube-system,
 * and its storage class as the default instead of k3s's local-path.
 * @internal
 */
export async function installCsi(ctx: Installation): Promise<void> {
  const cloud = ctx.options.cloud;
  if (cloud === undefined) {
    throw new InstallError(`the csi step needs --cloud (one of ${CLOUD_NAMES.join(', ')}): the outputs do not say which cloud the cluster runs on`, 2);
  }
  ctx.runner.requireTools('the csi step', cloudEntry(cloud).install.csiTools);
  const steps: Record<CloudName, (c: Installation) => Promise<void>> = { hetzner, digitalocean, scaleway, azure };
  await steps[cloud as CloudName](ctx);
}
