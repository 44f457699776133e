import { ContainerRegistry } from '@cdktf/provider-digitalocean/lib/container-registry';
import { ContainerRegistryDockerCredentials } from '@cdktf/provider-digitalocean/lib/container-registry-docker-credentials';
import { DataDigitaloceanDatabaseCa } from '@cdktf/provider-digitalocean/lib/data-digitalocean-database-ca';
import { DatabaseCluster } from '@cdktf/provider-digitalocean/lib/database-cluster';
import { DatabaseDb } from '@cdktf/provider-digitalocean/lib/database-db';
import { DatabaseFirewall } from '@cdktf/provider-digitalocean/lib/database-firewall';
import { DatabaseMysqlConfig } from '@cdktf/provider-digitalocean/lib/database-mysql-config';
import { DatabaseUser } from '@cdktf/provider-digitalocean/lib/database-user';
import { SpacesBucket } from '@cdktf/provider-digitalocean/lib/spaces-bucket';
import { SpacesKey } from '@cdktf/provider-digitalocean/lib/spaces-key';
import { Bytes } from '@cdktf/provider-random/lib/bytes';
import { Op, TerraformCount, TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import { GitpodContainerRegistryProps, GitpodDatabaseProps, GitpodObjectStorageProps } from 'cdktf-gitpod-self-hosted/lib/gitpod/config-props';
import { concat, splat } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { GitpodSecret, encryptionKeysJson } from 'cdktf-gitpod-self-hosted/lib/gitpod/secret';
import { serviceCatalog } from 'cdktf-gitpod-self-hosted/lib/services/catalog';
import { chosenNumber, chosenString } from 'cdktf-gitpod-self-hosted/lib/services/choice';
import { GITPOD_MYSQL } from 'cdktf-gitpod-self-hosted/lib/services/gitpod-mysql';
import { IGitpodServices } from 'cdktf-gitpod-self-hosted/lib/services/services';
import { digitalOceanServiceRules } from './services-rules';
import { inputProblems } from 'cdktf-gitpod-self-hosted/lib/validation';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/** DigitalOcean's registry host: every registry's images are `<host>/<registry name>/<repository>`. */
const DOCR_HOST = 'registry.digitalocean.com';

/** What the services need of a DigitalOcean cluster (`DigitalOceanGitpodCluster.serviceAttachment`, module output `service_attachment`). */
export interface DigitalOceanServiceAttachment {
  /** The cluster's account-wide name, `gitpod-<random id>`: the services are named after it. */
  readonly name: string;
  /** The cluster's VPC: the database joins it and Gitpod reaches it at its private host. */
  readonly vpcId: string;
  /** The tag of every node: the database firewall admits these droplets only. */
  readonly nodeTag: string;
  /** The cluster's region: the database's, and the one the nearest Spaces and registry regions are chosen for. */
  readonly location: string;
  /** The cluster's size (`small`, `medium`, `large`): it chooses the services' sizes. */
  readonly size: string;
}

/** Properties of {@link DigitalOceanGitpodServices}. */
export interface DigitalOceanGitpodServicesProps {
  /** The cluster the services serve (`cluster.serviceAttachment`). */
  readonly attachment: DigitalOceanServiceAttachment;
  /**
   * The database's node size slug. Module variable `database_size`.
   * @default - by cluster size: small db-s-1vcpu-2gb, medium db-s-2vcpu-4gb, large db-s-4vcpu-8gb
   */
  readonly databaseSize?: string;
  /**
   * The database's nodes: 1, or 2 to 3 for standby nodes that take over on failure. Module variable `database_node_count`.
   * @default - 1 for small and medium, 2 for large
   */
  readonly databaseNodeCount?: number;
  /**
   * The registry's subscription tier: basic (5 repositories, 5 GiB) or professional (unlimited, 100 GiB). Module variable `registry_tier`.
   * @default "professional"
   */
  readonly registryTier?: string;
  /**
   * The registry's region. Module variable `registry_region`.
   * @default - the cluster's region where the registry is sold there, else the nearest that sells it
   */
  readonly registryRegion?: string;
  /**
   * A registry the account has already, to push Gitpod's images to instead of making one: an
   * account on the starter or basic tier holds one registry only. Module variable `existing_registry_name`.
   * @default - a registry is made, named after the cluster
   */
  readonly existingRegistryName?: string;
  /**
   * The Spaces bucket's region. Module variable `spaces_region`.
   * @default - the cluster's region where Spaces is sold there, else the nearest that sells it
   */
  readonly spacesRegion?: string;
  /**
   * The Spaces bucket's name (unique in its region across all DigitalOcean accounts). Module variable `bucket_name`.
   * @default - "<cluster name>-objects"
   */
  readonly bucketName?: string;
}

/**
 * DigitalOcean's managed services for Gitpod, opt-in beside a `DigitalOceanGitpodCluster`:
 * a managed MySQL 8 in the cluster's VPC whose firewall admits the cluster's nodes only, with
 * Gitpod's databases, a user and the SQL settings Gitpod needs; a Spaces bucket with an access
 * key limited to it; a container registry with push credentials. Give it to `GitpodInstallation`
 * as `services`: the config points at them and the secrets carry the credentials (sensitive,
 * nowhere else).
 *
 * DigitalOcean does not let `explicit_defaults_for_timestamp` be set on its MySQL (see the
 * README's "Managed services (opt-in)"). An account on the starter or basic tier holds one
 * registry: give `existingRegistryName` where it has one.
 */
export class DigitalOceanGitpodServices extends Construct implements IGitpodServices {
  /** The managed MySQL, as the companion's `database`. */
  public readonly database?: GitpodDatabaseProps;
  /** The Spaces bucket, as the companion's `objectStorage`. */
  public readonly objectStorage?: GitpodObjectStorageProps;
  /** The container registry, as the companion's `containerRegistry`. */
  public readonly containerRegistry?: GitpodContainerRegistryProps;
  /** The database cluster. */
  public readonly databaseCluster: DatabaseCluster;
  /** The Spaces bucket. */
  public readonly bucket: SpacesBucket;
  /** The container registry, unless an existing one was given (in a module: its count is 0 then). */
  public readonly registry?: ContainerRegistry;

  constructor(scope: Construct, id: string, props: DigitalOceanGitpodServicesProps) {
    super(scope, id);
    const catalog = serviceCatalog().digitalocean;
    const a = props.attachment ?? ({} as DigitalOceanServiceAttachment);
    const problems = inputProblems(`DigitalOceanGitpodServices at ${this.node.path}`, digitalOceanServiceRules(), {
      attachment: props.attachment, location: a.location, size: a.size, databaseSize: props.databaseSize, databaseNodeCount: props.databaseNodeCount,
      registryTier: props.registryTier, registryRegion: props.registryRegion, spacesRegion: props.spacesRegion, bucketName: props.bucketName,
      existingRegistryName: props.existingRegistryName,
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));

    // The size table and the region table as locals: the size and the region may be variables.
    // A literal size or region reads the catalog here; a variable one reads it in Terraform, from locals.
    const literal = !Token.isUnresolved(a.size) && !Token.isUnresolved(a.location);
    const sizes = literal ? undefined : new TerraformLocal(this, 'sizes', catalog.sizes);
    const nearest = literal ? undefined : new TerraformLocal(this, 'nearest', catalog.nearest);
    const bySize = (key: 'databaseSize' | 'databaseNodes' | 'registryTier'): unknown => (sizes
      ? Fn.lookup(Fn.lookup(sizes.expression, a.size), key) : catalog.sizes[a.size][key]);
    const byRegion = (key: 'spaces' | 'registry'): string => (nearest
      ? Token.asString(Fn.lookup(Fn.lookup(nearest.expression, a.location), key)) : catalog.nearest[a.location][key]);

    const databaseSize = chosenString(props.databaseSize, bySize('databaseSize'));
    const nodeCount = chosenNumber(props.databaseNodeCount, bySize('databaseNodes'));
    const registryTier = chosenString(props.registryTier, bySize('registryTier'));
    const spacesRegion = chosenString(props.spacesRegion, byRegion('spaces'));
    const registryRegion = chosenString(props.registryRegion, byRegion('registry'));
    const bucketName = chosenString(props.bucketName, `${a.name}-objects`);

    // MySQL: in the cluster's VPC, reached at its private host; the firewall admits the nodes' tag.
    this.databaseCluster = new DatabaseCluster(this, 'mysql', {
      name: `${a.name}-mysql`, engine: 'mysql', version: GITPOD_MYSQL.version,
      size: databaseSize, nodeCount, region: a.location, privateNetworkUuid: a.vpcId,
    });
    const db = this.databaseCluster;
    new DatabaseFirewall(this, 'mysql-firewall', { clusterId: db.id, rule: [{ type: 'tag', value: a.nodeTag }] });
    new DatabaseMysqlConfig(this, 'mysql-config', { clusterId: db.id, sqlMode: GITPOD_MYSQL.sqlMode });
    for (const [cid, name] of [['gitpod-db', GITPOD_MYSQL.database], ['sessions-db', GITPOD_MYSQL.sessionsDatabase]]) {
      new DatabaseDb(this, cid, { clusterId: db.id, name });
    }
    const user = new DatabaseUser(this, 'mysql-user', { clusterId: db.id, name: 'gitpod', mysqlAuthPlugin: GITPOD_MYSQL.authPlugin });
    // DigitalOcean's MySQL takes TLS only; Gitpod verifies the server with the cluster's CA.
    const ca = new DataDigitaloceanDatabaseCa(this, 'mysql-ca', { clusterId: db.id });
    // Gitpod encrypts the tokens it stores with this key: kept in the state, never rotated by Terraform.
    const key = new Bytes(this, 'encryption-key', { length: 32 });
    this.database = {
      external: GitpodSecret.externalDatabase({
        host: db.privateHost, port: db.port, username: user.name, password: user.password,
        encryptionKeys: encryptionKeysJson(key.base64),
      }),
      caCertificate: GitpodSecret.databaseCaCertificate({ caCertificate: ca.certificate }),
    };

    // Spaces: one bucket ("single bucket mode") and a key that may use that bucket only.
    this.bucket = new SpacesBucket(this, 'bucket', { name: bucketName, region: spacesRegion, acl: 'private' });
    const spacesKey = new SpacesKey(this, 'bucket-key', {
      name: `${a.name}-objects`, grant: [{ bucket: this.bucket.name, permission: 'readwrite' }],
    });
    this.objectStorage = {
      s3: {
        endpoint: `${spacesRegion}.digitaloceanspaces.com`,
        bucket: this.bucket.name,
        credentials: GitpodSecret.s3Credentials({ accessKeyId: spacesKey.accessKey, secretAccessKey: spacesKey.secretKey }),
      },
      region: spacesRegion,
    };

    // The registry: Gitpod pushes the workspace images it builds, and the nodes pull them. An
    // existing one is used by name; in a module, whether one is made is the variable's (count).
    const existing = props.existingRegistryName;
    const variable = existing !== undefined && Token.isUnresolved(existing);
    this.registry = existing === undefined || variable ? new ContainerRegistry(this, 'registry', {
      // 1 - length(compact([var])): none where a name is given (compact drops a null).
      count: variable ? TerraformCount.of(Token.asNumber(Op.sub(1, Fn.lengthOf(Fn.compact([existing]))))) : undefined,
      name: a.name, subscriptionTierSlug: registryTier, region: registryRegion,
    }) : undefined;
    const registryName = existing === undefined ? this.registry!.name
      : variable ? Token.asString(Fn.coalesce([existing, Fn.one(splat(this.registry!, 'name'))])) : existing;
    const credentials = new ContainerRegistryDockerCredentials(this, 'registry-credentials', { registryName, write: true });
    this.containerRegistry = {
      external: {
        url: concat(DOCR_HOST, '/', registryName),
        credentials: GitpodSecret.fromData('container-registry', { '.dockerconfigjson': credentials.dockerCredentials }),
      },
    };
  }
}
