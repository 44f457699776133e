import type { Construct } from 'constructs';
import type { CloudInputs } from './inputs';

/** The clouds this library builds on. @internal */
export type CloudName = 'hetzner' | 'digitalocean' | 'azure' | 'scaleway';

/** A module output that one cloud adds to the common ones: a cluster attribute. @internal */
export interface CloudOutput {
  readonly name: string;
  readonly description: string;
  /** The cluster attribute it shows. */
  readonly attribute: string;
}

/** What the installation command needs to know of a cloud. @internal */
export interface CloudInstallFacts {
  /** The tools the csi step runs. */
  readonly csiTools: string[];
  /** How the csi step takes the cloud's credentials, for `--help` (one line each). */
  readonly csiHelp: string[];
}

/**
 * One row of the registry: everything that is decided per cloud outside its own folder.
 * Its folder (constructs/<name>/) holds the cluster and its input rules; the size catalog
 * (lib/data/size-catalog.json) holds its entry under the same name.
 * @internal
 */
export interface CloudEntry {
  readonly name: CloudName;
  /** The cloud's name in prose. */
  readonly title: string;
  /** The cluster construct's class name, which error messages name. */
  readonly construct: string;
  /** The cloud's rules on the common inputs and its own inputs. */
  readonly inputs: () => CloudInputs;
  /**
   * The cluster construct. Required only when it is made, so that synthesizing one cloud does
   * not load the other clouds' providers.
   */
  readonly cluster: () => new (scope: Construct, id: string, props: any) => Construct;
  /** Module outputs beyond the common ones. */
  readonly outputs: CloudOutput[];
  readonly install: CloudInstallFacts;
}

/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The registry of clouds: the module synthesis, the install command, the tests and the
 * Terraform harness read the list from here. Adding a cloud adds a row.
 * @internal
 */
export const CLOUDS: readonly CloudEntry[] = [
  {
    name: 'hetzner',
    title: 'Hetzner Cloud',
    construct: 'HetznerGitpodCluster',
    inputs: () => require('../constructs/hetzner/rules').hetznerInputs(),
    cluster: () => require('../constructs/hetzner/cluster').HetznerGitpodCluster,
    outputs: [],
    install: { csiTools: ['kubectl'], csiHelp: ['HCLOUD_TOKEN, or --hcloud-token-file FILE'] },
  },
  {
    name: 'digitalocean',
    title: 'DigitalOcean',
    construct: 'DigitalOceanGitpodCluster',
    inputs: () => require('../constructs/digitalocean/rules').digitalOceanInputs(),
    cluster: () => require('../constructs/digitalocean/cluster').DigitalOceanGitpodCluster,
    outputs: [],
    install: { csiTools: ['kubectl'], csiHelp: ['DIGITALOCEAN_TOKEN (or DIGITALOCEAN_ACCESS_TOKEN), or --digitalocean-token-file FILE'] },
  },
  {
    name: 'azure',
    title: 'Microsoft Azure',
    construct: 'AzureGitpodCluster',
    inputs: () => require('../constructs/azure/rules').azureInputs(),
    cluster: () => require('../constructs/azure/cluster').AzureGitpodCluster,
    outputs: [{ name: 'network_security_group_id', description: 'The ID of the network security group on every node', attribute: 'networkSecurityGroupId' }],
    install: {
      csiTools: ['kubectl', 'helm'],
      csiHelp: [
        '--azure-subscription-id (ARM_SUBSCRIPTION_ID), --azure-tenant-id (ARM_TENANT_ID),',
        '--azure-resource-group, --azure-location, --azure-identity-client-id',
      ],
    },
  },
  {
    name: 'scaleway',
    title: 'Scaleway',
    construct: 'ScalewayGitpodCluster',
    inputs: () => require('../constructs/scaleway/rules').scalewayInputs(),
    cluster: () => require('../constructs/scaleway/cluster').ScalewayGitpodCluster,
    outputs: [],
    install: {
      csiTools: ['kubectl', 'helm'],
      csiHelp: [
        'SCW_ACCESS_KEY and SCW_SECRET_KEY (or --scaleway-access-key-file,',
        '--scaleway-secret-key-file), --scaleway-project-id (SCW_DEFAULT_PROJECT_ID),',
        '--scaleway-zone (SCW_DEFAULT_ZONE)',
      ],
    },
  },
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** The names of the clouds, in registry order. @internal */
export const CLOUD_NAMES: readonly CloudName[] = CLOUDS.map((c) => c.name);

/** A cloud's row. @internal */
export function cloudEntry(name: string): CloudEntry {
  const entry = CLOUDS.find((c) => c.name === name);
  if (!entry) throw new Error(`unknown cloud "${name}": expected one of ${CLOUD_NAMES.join(', ')}`);
  return entry;
}
