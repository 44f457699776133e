import type { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import type { CloudInputs } from './inputs';

/** The clouds this library builds on. @internal */
export type CloudName = 'hetzner' | 'digitalocean' | 'azure' | 'scaleway';

/** What the installation command needs to know of a cloud. @internal */
export interface CloudInstallFacts {
  /** The tools the csi step runs. */
  readonly csiTools: string[];
  /** How the csi step takes the cloud's credentials, for `--help` (one line each). */
  readonly csiHelp: string[];
}

/**
 * One row of the registry: everything that is decided per cloud outside its own folder.
 * Its folder (constructs/<name>/) holds the cluster, its input rules and its module; the size catalog
 * (lib/data/size-catalog.json) holds its entry under the same name.
 * @internal
 */
export interface CloudEntry {
  readonly name: CloudName;
  /** The cloud's Terraform provider: its local name, and the source and versions its modules require (the bindings' versions up to the next major). */
  readonly provider: { readonly name: string; readonly source: string; readonly version: string };
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
  /** The cloud's module (its cluster, variables and outputs as a plain Terraform module). */
  readonly moduleStack: () => new (scope: Construct, id: string) => TerraformStack;
  /** The cloud's managed services as a module (`modules/<name>/services`), where it has them. */
  readonly servicesModuleStack?: () => new (scope: Construct, id: string) => TerraformStack;
  readonly install: CloudInstallFacts;
}

/** This package's own name: the cloud packages are named after it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CORE_PACKAGE: string = require('../package.json').name;

/** The npm package that holds a cloud's constructs (and, for Python and Go, its own jsii package). @internal */
export function cloudPackage(name: CloudName): string {
  return `${CORE_PACKAGE}-${name}`;
}

/**
 * One file of a cloud's package, required only when it is needed, so that a program that
 * builds one cloud loads no other cloud's provider and needs no other cloud's package.
 * @internal
 */
export function cloudModule(name: CloudName, file: string): any {
  const id = `${cloudPackage(name)}/${file}`;
  try {
    return require(id);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'MODULE_NOT_FOUND' && err.message.includes(`'${id}'`)) {
      throw new Error(`${name}: the package ${cloudPackage(name)} is not installed; it holds the ${name} constructs. Install it beside ${CORE_PACKAGE} (npm install ${cloudPackage(name)}).`);
    }
    throw e;
  }
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
    provider: { name: 'hcloud', source: 'hetznercloud/hcloud', version: '~> 1.68' },
    construct: 'HetznerGitpodCluster',
    inputs: () => cloudModule('hetzner', 'rules').hetznerInputs(),
    cluster: () => cloudModule('hetzner', 'cluster').HetznerGitpodCluster,
    moduleStack: () => cloudModule('hetzner', 'cluster').HetznerModuleStack,
    servicesModuleStack: () => cloudModule('hetzner', 'services-module').HetznerServicesModuleStack,
    install: { csiTools: ['kubectl'], csiHelp: ['HCLOUD_TOKEN, or --hcloud-token-file FILE'] },
  },
  {
    name: 'digitalocean',
    title: 'DigitalOcean',
    provider: { name: 'digitalocean', source: 'digitalocean/digitalocean', version: '~> 2.71' },
    construct: 'DigitalOceanGitpodCluster',
    inputs: () => cloudModule('digitalocean', 'rules').digitalOceanInputs(),
    cluster: () => cloudModule('digitalocean', 'cluster').DigitalOceanGitpodCluster,
    moduleStack: () => cloudModule('digitalocean', 'cluster').DigitalOceanModuleStack,
    servicesModuleStack: () => cloudModule('digitalocean', 'services-module').DigitalOceanServicesModuleStack,
    install: { csiTools: ['kubectl'], csiHelp: ['DIGITALOCEAN_TOKEN (or DIGITALOCEAN_ACCESS_TOKEN), or --digitalocean-token-file FILE'] },
  },
  {
    name: 'azure',
    title: 'Microsoft Azure',
    provider: { name: 'azurerm', source: 'hashicorp/azurerm', version: '~> 4.55' },
    construct: 'AzureGitpodCluster',
    inputs: () => cloudModule('azure', 'rules').azureInputs(),
    cluster: () => cloudModule('azure', 'cluster').AzureGitpodCluster,
    moduleStack: () => cloudModule('azure', 'cluster').AzureModuleStack,
    servicesModuleStack: () => cloudModule('azure', 'services-module').AzureServicesModuleStack,
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
    provider: { name: 'scaleway', source: 'scaleway/scaleway', version: '~> 2.81' },
    construct: 'ScalewayGitpodCluster',
    inputs: () => cloudModule('scaleway', 'rules').scalewayInputs(),
    cluster: () => cloudModule('scaleway', 'cluster').ScalewayGitpodCluster,
    moduleStack: () => cloudModule('scaleway', 'cluster').ScalewayModuleStack,
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
