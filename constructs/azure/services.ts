import { ContainerRegistry } from './gen/container-registry';
import { MysqlFlexibleDatabase } from './gen/mysql-flexible-database';
import { MysqlFlexibleServer } from './gen/mysql-flexible-server';
import { MysqlFlexibleServerConfiguration } from './gen/mysql-flexible-server-configuration';
import { PrivateDnsZone } from './gen/private-dns-zone';
import { PrivateDnsZoneVirtualNetworkLink } from './gen/private-dns-zone-virtual-network-link';
import { StorageAccount } from './gen/storage-account';
import { Subnet } from './gen/subnet';
import { Bytes } from '@cdktf/provider-random/lib/bytes';
import { Id } from '@cdktf/provider-random/lib/id';
import { Password } from '@cdktf/provider-random/lib/password';
import { TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import caBundle = require('cdktf-gitpod-self-hosted/lib/data/azure-mysql-ca.json');
import { GitpodContainerRegistryProps, GitpodDatabaseProps, GitpodObjectStorageProps } from 'cdktf-gitpod-self-hosted/lib/gitpod/config-props';
import { GitpodSecret, encryptionKeysJson } from 'cdktf-gitpod-self-hosted/lib/gitpod/secret';
import { serviceCatalog } from 'cdktf-gitpod-self-hosted/lib/services/catalog';
import { chosenNumber, chosenString } from 'cdktf-gitpod-self-hosted/lib/services/choice';
import { GITPOD_MYSQL } from 'cdktf-gitpod-self-hosted/lib/services/gitpod-mysql';
import { IGitpodServices } from 'cdktf-gitpod-self-hosted/lib/services/services';
import { inputProblems } from 'cdktf-gitpod-self-hosted/lib/validation';
import { azureServiceRules } from './services-rules';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/** Azure names its MySQL 8.0 flexible server release `8.0.21` (GITPOD_MYSQL.version: 8). */
const GITPOD_MYSQL_AZURE_VERSION = '8.0.21';

/** What the services need of an Azure cluster (`AzureGitpodCluster.serviceAttachment`, module output `service_attachment`). */
export interface AzureServiceAttachment {
  /** The resource group the services are made in, the cluster's. */
  readonly resourceGroupName: string;
  /** The cluster's region. */
  readonly location: string;
  /** The cluster's virtual network: the database gets a delegated subnet in it and answers there only. */
  readonly virtualNetworkName: string;
  /** The virtual network's ID, which the database's private DNS zone is linked to. */
  readonly virtualNetworkId: string;
  /** The range in the network kept for the database's subnet. */
  readonly databaseSubnetRange: string;
  /** The cluster's size (`small`, `medium`, `large`): it chooses the services' sizes. */
  readonly size: string;
}

/** Properties of {@link AzureGitpodServices}. */
export interface AzureGitpodServicesProps {
  /** The cluster the services serve (`cluster.serviceAttachment`). */
  readonly attachment: AzureServiceAttachment;
  /**
   * The MySQL flexible server's SKU. Module variable `database_sku`.
   * @default - small B_Standard_B1ms, medium B_Standard_B2ms, large GP_Standard_D2ds_v4
   */
  readonly databaseSku?: string;
  /**
   * The server's storage in GB (Azure grows it, never shrinks it). Module variable `database_storage_gb`.
   * @default - small 20, medium 32, large 64
   */
  readonly databaseStorageGb?: number;
  /**
   * The container registry's SKU: Basic, Standard or Premium. Module variable `registry_sku`.
   * @default "Standard"
   */
  readonly registrySku?: string;
  /**
   * The storage account's replication: LRS, ZRS, GRS or GZRS. Module variable `storage_replication`.
   * @default - LRS; large ZRS
   */
  readonly storageReplication?: string;
}

/**
 * Azure's managed services for Gitpod, opt-in beside an `AzureGitpodCluster`: a MySQL flexible
 * server 8.0 with private access only (a delegated subnet of the cluster's network and a private
 * DNS zone linked to it), its databases and the server parameters Gitpod needs, TLS required and
 * verified; a storage account for Gitpod's `objectStorage.azure`; a container registry with its
 * admin credentials. Give it to `GitpodInstallation` as `services`.
 *
 * Names are scoped by a random id of the services' own (Azure wants the server, registry and
 * storage account names unique across Azure), in the cluster's resource group.
 */
export class AzureGitpodServices extends Construct implements IGitpodServices {
  /** The MySQL flexible server, as the companion's `database`. */
  public readonly database?: GitpodDatabaseProps;
  /** The storage account, as the companion's `objectStorage`. */
  public readonly objectStorage?: GitpodObjectStorageProps;
  /** The container registry, as the companion's `containerRegistry`. */
  public readonly containerRegistry?: GitpodContainerRegistryProps;
  /** The MySQL flexible server. */
  public readonly server: MysqlFlexibleServer;
  /** The storage account. */
  public readonly storageAccount: StorageAccount;
  /** The container registry. */
  public readonly registry: ContainerRegistry;

  constructor(scope: Construct, id: string, props: AzureGitpodServicesProps) {
    super(scope, id);
    const catalog = serviceCatalog().azure;
    const a = props.attachment ?? ({} as AzureServiceAttachment);
    const problems = inputProblems(`AzureGitpodServices at ${this.node.path}`, azureServiceRules(), {
      attachment: props.attachment, size: a.size, databaseSku: props.databaseSku, databaseStorageGb: props.databaseStorageGb,
      registrySku: props.registrySku, storageReplication: props.storageReplication,
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));

    const sizes = Token.isUnresolved(a.size) ? new TerraformLocal(this, 'sizes', catalog.sizes) : undefined;
    const bySize = (key: 'databaseSku' | 'databaseStorageGb' | 'registrySku' | 'storageReplication'): unknown => (sizes
      ? Fn.lookup(Fn.lookup(sizes.expression, a.size), key) : catalog.sizes[a.size][key]);
    const placed = { resourceGroupName: a.resourceGroupName, location: a.location };
    // Server, registry and storage account names are global in Azure: a random id keeps them apart.
    const suffix = new Id(this, 'id', { byteLength: 4 }).hex;

    // MySQL: private access only, in a subnet of the cluster's network delegated to it.
    const subnet = new Subnet(this, 'mysql-subnet', {
      name: `gitpod-${suffix}-mysql`, resourceGroupName: a.resourceGroupName, virtualNetworkName: a.virtualNetworkName,
      addressPrefixes: [a.databaseSubnetRange],
      delegation: [{
        name: 'mysql-flexible-server',
        serviceDelegation: { name: 'Microsoft.DBforMySQL/flexibleServers', actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'] },
      }],
    });
    // The server's name resolves to its private address only in the cluster's network.
    const zone = new PrivateDnsZone(this, 'mysql-dns', { name: `gitpod-${suffix}.private.mysql.database.azure.com`, resourceGroupName: a.resourceGroupName });
    const link = new PrivateDnsZoneVirtualNetworkLink(this, 'mysql-dns-link', {
      name: `gitpod-${suffix}-mysql`, resourceGroupName: a.resourceGroupName, privateDnsZoneName: zone.name, virtualNetworkId: a.virtualNetworkId,
    });
    const password = new Password(this, 'mysql-password', { length: 32, special: false, minUpper: 2, minLower: 2, minNumeric: 2 });
    this.server = new MysqlFlexibleServer(this, 'mysql', {
      ...placed, name: `gitpod-${suffix}-mysql`, version: GITPOD_MYSQL_AZURE_VERSION,
      skuName: chosenString(props.databaseSku, bySize('databaseSku')),
      storage: { sizeGb: chosenNumber(props.databaseStorageGb, bySize('databaseStorageGb')), autoGrowEnabled: true },
      administratorLogin: 'gitpod', administratorPassword: password.result,
      delegatedSubnetId: subnet.id, privateDnsZoneId: zone.id, backupRetentionDays: 7,
      dependsOn: [link],
      // Azure picks the zone when none is given; a later plan must not move the server.
      lifecycle: { ignoreChanges: ['zone'] },
    });
    const server = this.server;
    const setting = (cid: string, name: string, value: string) => new MysqlFlexibleServerConfiguration(this, cid, {
      resourceGroupName: a.resourceGroupName, serverName: server.name, name, value,
    });
    setting('explicit-defaults-for-timestamp', 'explicit_defaults_for_timestamp', GITPOD_MYSQL.explicitDefaultsForTimestamp ? 'ON' : 'OFF');
    setting('sql-mode', 'sql_mode', GITPOD_MYSQL.sqlMode);
    setting('require-secure-transport', 'require_secure_transport', 'ON');
    for (const [cid, name] of [['gitpod-db', GITPOD_MYSQL.database], ['sessions-db', GITPOD_MYSQL.sessionsDatabase]]) {
      new MysqlFlexibleDatabase(this, cid, {
        resourceGroupName: a.resourceGroupName, serverName: server.name, name, charset: GITPOD_MYSQL.characterSet, collation: GITPOD_MYSQL.collation,
      });
    }
    const key = new Bytes(this, 'encryption-key', { length: 32 });
    this.database = {
      external: GitpodSecret.externalDatabase({
        host: server.fqdn, port: 3306, username: server.administratorLogin, password: password.result,
        encryptionKeys: encryptionKeysJson(key.base64),
      }),
      caCertificate: GitpodSecret.databaseCaCertificate({ caCertificate: caBundle.pem }),
    };

    // Blob storage: Gitpod 2022.11 serves objectStorage.azure through a MinIO gateway, with the account key.
    this.storageAccount = new StorageAccount(this, 'storage', {
      ...placed, name: `gitpod${suffix}`, accountTier: 'Standard',
      accountReplicationType: chosenString(props.storageReplication, bySize('storageReplication')),
      minTlsVersion: 'TLS1_2', allowNestedItemsToBePublic: false, httpsTrafficOnlyEnabled: true,
    });
    this.objectStorage = {
      azure: { credentials: GitpodSecret.azureStorageCredentials({ accountName: this.storageAccount.name, accountKey: this.storageAccount.primaryAccessKey }) },
      region: a.location,
    };

    // The registry: its admin user may push and pull in this registry only.
    this.registry = new ContainerRegistry(this, 'registry', {
      ...placed, name: `gitpod${suffix}`, sku: chosenString(props.registrySku, bySize('registrySku')), adminEnabled: true,
    });
    this.containerRegistry = {
      external: {
        url: this.registry.loginServer,
        credentials: GitpodSecret.registryCredentials({ server: this.registry.loginServer, username: this.registry.adminUsername, password: this.registry.adminPassword }),
      },
    };
  }
}
