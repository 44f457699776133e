import { Token } from 'cdktf';
import { concat } from '../expressions';
import { GitpodSecret } from './secret';
import { Problems, checkName, checkSecretValue, show } from './values';

/** Log levels of Gitpod's components (`observability.logLevel`). */
export enum GitpodLogLevel {
  TRACE = 'trace',
  DEBUG = 'debug',
  INFO = 'info',
  WARNING = 'warning',
  ERROR = 'error',
  FATAL = 'fatal',
  PANIC = 'panic',
}

/** How workspaces shift user IDs in their file system (`workspace.runtime.fsShiftMethod`). */
export enum FsShiftMethod {
  /** The shiftfs kernel module: the clusters' choice on Ubuntu 20.04, whose kernel has it. */
  SHIFTFS = 'shiftfs',
  /** fuse-overlayfs: needs no kernel module; the clusters' choice on Ubuntu 24.04 and 22.04, and the base config's. */
  FUSE = 'fuse',
}

/** Who may sign up (`blockNewUsers`). */
export interface BlockNewUsersProps {
  /** The email domains that may still sign up, such as `["example.com"]`. */
  readonly passlist: string[];
  /**
   * Block sign-ups from other domains. The installer wants at least one passlist entry
   * while this is on.
   * @default true
   */
  readonly enabled?: boolean;
}

/** The database Gitpod uses (`database`). */
export interface GitpodDatabaseProps {
  /**
   * An external MySQL: the secret with `encryptionKeys`, `host`, `password`, `port`, `username`
   * ({@link GitpodSecret.externalDatabase} or {@link GitpodSecret.azureMysql}).
   * @default - MySQL in the cluster (`inCluster: true`)
   */
  readonly external?: GitpodSecret;
  /**
   * The CA certificate to verify the database's TLS with ({@link GitpodSecret.databaseCaCertificate}).
   * @default - the system trust store
   */
  readonly caCertificate?: GitpodSecret;
}

/** S3-compatible object storage (`objectStorage.s3`). */
export interface S3ObjectStorageProps {
  /** The endpoint host, such as `s3.eu-central-1.amazonaws.com`, `fsn1.your-objectstorage.com` or `s3.nl-ams.scw.cloud`. */
  readonly endpoint: string;
  /** The credentials ({@link GitpodSecret.s3Credentials}). */
  readonly credentials: GitpodSecret;
  /**
   * An existing bucket that holds everything ("single bucket mode").
   * @default - one bucket per user
   */
  readonly bucket?: string;
  /**
   * Talk to the endpoint without TLS.
   * @default false
   */
  readonly allowInsecureConnection?: boolean;
}

/**
 * Azure Blob Storage (`objectStorage.azure`). The installer of Gitpod 2022.11 serves it
 * through a MinIO gateway and removed it afterwards; the archived project reports that it
 * does not work with Gitpod storage. Prefer S3-compatible storage.
 */
export interface AzureObjectStorageProps {
  /** The credentials ({@link GitpodSecret.azureStorageCredentials}). */
  readonly credentials: GitpodSecret;
}

/** Where workspace content and backups are stored (`objectStorage`). */
export interface GitpodObjectStorageProps {
  /**
   * S3-compatible storage.
   * @default - MinIO in the cluster, unless `azure` is given
   */
  readonly s3?: S3ObjectStorageProps;
  /**
   * Azure Blob Storage.
   * @default - MinIO in the cluster, unless `s3` is given
   */
  readonly azure?: AzureObjectStorageProps;
  /**
   * The storage's region (`metadata.region`), such as `eu-central-1`.
   * @default "local" (the installer's default, right for in-cluster MinIO)
   */
  readonly region?: string;
}

/** An external container registry (`containerRegistry.external`). */
export interface ExternalRegistryProps {
  /** The registry URL, such as `myregistry.azurecr.io/gitpod`. */
  readonly url: string;
  /** Push and pull credentials ({@link GitpodSecret.registryCredentials}). */
  readonly credentials: GitpodSecret;
}

/** S3 storage behind the in-cluster registry (`containerRegistry.s3storage`). */
export interface RegistryS3StorageProps {
  /** The bucket. */
  readonly bucket: string;
  /** The bucket's region. */
  readonly region: string;
  /** The S3 endpoint host. */
  readonly endpoint: string;
  /** The credentials ({@link GitpodSecret.registryStorageCredentials}). */
  readonly credentials: GitpodSecret;
}

/** Where workspace images are stored (`containerRegistry`). */
export interface GitpodContainerRegistryProps {
  /**
   * An external registry.
   * @default - a registry in the cluster
   */
  readonly external?: ExternalRegistryProps;
  /**
   * S3 storage for the in-cluster registry (not with `external`).
   * @default - a volume in the cluster
   */
  readonly s3Storage?: RegistryS3StorageProps;
  /**
   * Registries whose private images may serve as workspace base images.
   * @default - none
   */
  readonly privateBaseImageAllowList?: string[];
}

/** The workspace runtime on the nodes (`workspace.runtime`); the base config sets the k3s values. */
export interface WorkspaceRuntimeProps {
  /**
   * The user-ID shifting method.
   * @default - the cluster's (its Ubuntu release's), else FsShiftMethod.FUSE (the base config)
   */
  readonly fsShiftMethod?: FsShiftMethod;
  /**
   * containerd's task directory on the nodes.
   * @default "/run/k3s/containerd/io.containerd.runtime.v2.task/k8s.io" (k3s, the base config)
   */
  readonly containerdRuntimeDir?: string;
  /**
   * containerd's socket on the nodes.
   * @default "/run/k3s/containerd/containerd.sock" (k3s, the base config)
   */
  readonly containerdSocket?: string;
}

/** Workspace settings (`workspace`). */
export interface GitpodWorkspaceProps {
  /**
   * The runtime on the nodes.
   * @default - the k3s values of the base config
   */
  readonly runtime?: WorkspaceRuntimeProps;
  /**
   * The longest a workspace may run, as a Go duration such as `36h`.
   * @default "36h"
   */
  readonly maxLifetime?: string;
  /**
   * The default timeout of a regular workspace, such as `30m`.
   * @default - Gitpod's default
   */
  readonly timeoutDefault?: string;
  /**
   * The timeout a user may extend a workspace to, such as `180m`.
   * @default - Gitpod's default
   */
  readonly timeoutExtended?: string;
  /**
   * How long a workspace lives once its IDE is closed, such as `2m`.
   * @default - Gitpod's default
   */
  readonly timeoutAfterClose?: string;
  /**
   * The default workspace image.
   * @default - Gitpod's `workspace-full`
   */
  readonly workspaceImage?: string;
}

/** Types of Git hosting an auth provider connects. */
export enum AuthProviderType {
  GITHUB = 'GitHub',
  GITLAB = 'GitLab',
  BITBUCKET = 'Bitbucket',
  BITBUCKET_SERVER = 'BitbucketServer',
}

/** Properties of an {@link AuthProvider}. */
export interface AuthProviderProps {
  /** The OAuth application's client ID. */
  readonly clientId: string;
  /** The OAuth application's client secret. */
  readonly clientSecret: string;
  /**
   * The Git host.
   * @default - the service's public host: github.com, gitlab.com, bitbucket.org (required for Bitbucket Server)
   */
  readonly host?: string;
  /**
   * The provider's ID, shown to users.
   * @default - "Public-GitHub", "Public-GitLab", "Public-Bitbucket", or the host
   */
  readonly id?: string;
  /**
   * Name of the Secret (namespace `gitpod`) holding the provider's YAML under `provider`.
   * @default - "auth-provider-" and the host with dots as dashes
   */
  readonly secretName?: string;
}

/** Properties of {@link AuthProvider.of}. */
export interface CustomAuthProviderProps extends AuthProviderProps {
  /** The Git hosting type. */
  readonly type: AuthProviderType;
}

const PUBLIC_HOSTS: Record<string, string> = {
  GitHub: 'github.com',
  GitLab: 'gitlab.com',
  Bitbucket: 'bitbucket.org',
};

/**
 * A Git provider users log in with (`authProviders`). The installation makes its Secret:
 * key `provider`, YAML with `id`, `host`, `type` and `oauth` (client ID and secret, and the
 * callback URL `https://<domain>/auth/<host>/callback` to register in the OAuth app).
 */
export class AuthProvider {
  /** GitHub (github.com, or GitHub Enterprise with `host`). */
  public static github(props: AuthProviderProps): AuthProvider {
    return AuthProvider.of({ ...props, type: AuthProviderType.GITHUB });
  }

  /** GitLab (gitlab.com, or your own with `host`). */
  public static gitlab(props: AuthProviderProps): AuthProvider {
    return AuthProvider.of({ ...props, type: AuthProviderType.GITLAB });
  }

  /** Bitbucket Cloud. */
  public static bitbucket(props: AuthProviderProps): AuthProvider {
    return AuthProvider.of({ ...props, type: AuthProviderType.BITBUCKET });
  }

  /** Any supported type, such as Bitbucket Server with its `host`. */
  public static of(props: CustomAuthProviderProps): AuthProvider {
    const p = new Problems(`AuthProvider (${props.type})`);
    const host = props.host ?? PUBLIC_HOSTS[props.type];
    if (host === undefined) {
      p.add('host', 'nothing', `the host of your ${props.type}, such as git.example.com.`);
    } else if (Token.isUnresolved(host)) {
      p.add('host', 'a token', 'a literal host name: it names the callback URL and the secret.');
    } else if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?$/.test(host)) {
      p.add('host', show(host), 'a host name such as github.com (no scheme, no path).');
    }
    checkSecretValue(p, 'clientSecret', props.clientSecret);
    if (!Token.isUnresolved(props.clientId) && !props.clientId) p.add('clientId', '""', 'the OAuth application\'s client ID.');
    const id = props.id ?? (props.host === undefined && host ? `Public-${props.type}` : host ?? '');
    const secretName = props.secretName ?? `auth-provider-${(host ?? '').replace(/[.:]/g, '-')}`;
    checkName(p, 'secretName', secretName);
    p.throwIfAny();
    return new AuthProvider(id, host!, props.type, props.clientId, props.clientSecret, secretName);
  }

  /** The provider's ID. */
  public readonly id: string;
  /** The Git host. */
  public readonly host: string;
  /** The hosting type. */
  public readonly type: AuthProviderType;
  /** The Secret's name. */
  public readonly secretName: string;
  /** @internal */
  public readonly _clientId: string;
  /** @internal */
  public readonly _clientSecret: string;

  private constructor(id: string, host: string, type: AuthProviderType, clientId: string, clientSecret: string, secretName: string) {
    this.id = id;
    this.host = host;
    this.type = type;
    this._clientId = clientId;
    this._clientSecret = clientSecret;
    this.secretName = secretName;
  }

  /** The callback URL to register in the OAuth application for a Gitpod domain. */
  public callbackUrl(domain: string): string {
    return concat('https://', domain, `/auth/${this.host}/callback`);
  }
}

/** What a self-hoster sets in the Gitpod Installer config; everything else keeps the base and installer defaults. */
export interface GitpodConfigProps {
  /**
   * Restrict sign-ups to some email domains.
   * @default - anyone who can log in with an auth provider may sign up
   */
  readonly blockNewUsers?: BlockNewUsersProps;
  /**
   * The database.
   * @default - MySQL in the cluster
   */
  readonly database?: GitpodDatabaseProps;
  /**
   * Object storage.
   * @default - MinIO in the cluster
   */
  readonly objectStorage?: GitpodObjectStorageProps;
  /**
   * The container registry for workspace images.
   * @default - a registry in the cluster
   */
  readonly containerRegistry?: GitpodContainerRegistryProps;
  /**
   * Git providers users log in with.
   * @default - none: the first user sets one up in the dashboard
   */
  readonly authProviders?: AuthProvider[];
  /**
   * Workspace settings.
   * @default - the base config (k3s runtime, shiftfs) and installer defaults
   */
  readonly workspace?: GitpodWorkspaceProps;
  /**
   * The components' log level.
   * @default GitpodLogLevel.INFO
   */
  readonly logLevel?: GitpodLogLevel;
  /**
   * Anything else of the Installer config v1, merged last (objects key by key, arrays
   * replaced). It is checked against the schema like the rest: a misspelled key or a wrong
   * value fails the synth, naming its path.
   * @default - none
   */
  readonly overrides?: { [key: string]: any };
}

/** Checks a Go duration given as a literal: positive, such as `36h` or `1h30m`. @internal */
export function checkDuration(p: Problems, input: string, value: string | undefined): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!/^([0-9]+(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$/.test(value) || /^(0+(\.0*)?(ns|us|µs|ms|s|m|h))+$/.test(value)) {
    p.add(input, show(value), 'a positive Go duration such as 36h, 30m or 1h30m.');
  }
}
