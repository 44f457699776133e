import { Token } from 'cdktf';
import { concat } from '../expressions';
import { Problems, SECRET_KEY_PATTERN, checkName, checkSecretValue } from './values';
import { Fn } from '../fn';

/** Properties of {@link GitpodSecret.externalDatabase}: any MySQL 5.7/8 server Gitpod can reach. */
export interface ExternalDatabaseSecretProps {
  /** Host name or address of the MySQL server. */
  readonly host: string;
  /**
   * The MySQL port.
   * @default 3306
   */
  readonly port?: number;
  /** The user Gitpod logs in as. */
  readonly username: string;
  /** That user's password (a variable or a resource attribute, never a literal in code). */
  readonly password: string;
  /**
   * Gitpod's encryption keys for data it stores in the database (user tokens), as the JSON
   * list the installer expects: `[{"name":"general","version":1,"primary":true,"material":"<32 bytes, base64>"}]`.
   * Keep it once chosen: stored tokens cannot be read with another key.
   * @default - GitpodInstallation generates one key (a `random_bytes` of 32, kept in the state)
   */
  readonly encryptionKeys?: string;
  /**
   * Name of the Kubernetes Secret.
   * @default "database"
   */
  readonly secretName?: string;
}

/** Properties of {@link GitpodSecret.azureMysql}. */
export interface AzureMysqlSecretProps {
  /** The server's name (`azurerm_mysql_flexible_server.name`); the host is `<name>.mysql.database.azure.com`. */
  readonly serverName: string;
  /** The administrator login (`administrator_login`). */
  readonly administratorLogin: string;
  /** The administrator password (`administrator_password`). */
  readonly administratorPassword: string;
  /**
   * The server is an Azure Database for MySQL *Single Server* (retired by Azure in September
   * 2024), whose user names take the form `<login>@<server>`.
   * @default false
   */
  readonly singleServer?: boolean;
  /**
   * Gitpod's encryption keys; see {@link ExternalDatabaseSecretProps.encryptionKeys}.
   * @default - GitpodInstallation generates one key
   */
  readonly encryptionKeys?: string;
  /**
   * Name of the Kubernetes Secret.
   * @default "database"
   */
  readonly secretName?: string;
}

/** Properties of {@link GitpodSecret.databaseCaCertificate}. */
export interface DatabaseCaCertificateSecretProps {
  /** The PEM CA certificate that signs the database server's TLS certificate. */
  readonly caCertificate: string;
  /**
   * Name of the Kubernetes Secret.
   * @default "database-cacert"
   */
  readonly secretName?: string;
}

/** Properties of {@link GitpodSecret.s3Credentials}. */
export interface S3CredentialsSecretProps {
  /** The access key ID. */
  readonly accessKeyId: string;
  /** The secret access key. */
  readonly secretAccessKey: string;
  /**
   * Name of the Kubernetes Secret.
   * @default "object-storage"
   */
  readonly secretName?: string;
}

/** Properties of {@link GitpodSecret.azureStorageCredentials}. */
export interface AzureStorageCredentialsSecretProps {
  /** The storage account's name. */
  readonly accountName: string;
  /** One of the storage account's access keys (`primary_access_key`). */
  readonly accountKey: string;
  /**
   * Name of the Kubernetes Secret.
   * @default "object-storage"
   */
  readonly secretName?: string;
}

/** Properties of {@link GitpodSecret.registryCredentials}. */
export interface RegistryCredentialsSecretProps {
  /** The registry host, as in image names (`myregistry.azurecr.io`, `ghcr.io`). */
  readonly server: string;
  /** The user name. */
  readonly username: string;
  /** The password or token. */
  readonly password: string;
  /**
   * Name of the Kubernetes Secret.
   * @default "container-registry"
   */
  readonly secretName?: string;
}

/** Properties of {@link GitpodSecret.registryStorageCredentials}. */
export interface RegistryStorageCredentialsSecretProps {
  /** The S3 access key. */
  readonly accessKey: string;
  /** The S3 secret key. */
  readonly secretKey: string;
  /**
   * Name of the Kubernetes Secret.
   * @default "registry-storage"
   */
  readonly secretName?: string;
}

/** The key of a database secret that GitpodInstallation fills in when it was not given. @internal */
export const ENCRYPTION_KEYS = 'encryptionKeys';

/**
 * A Kubernetes Secret in Gitpod's namespace, as the installation step creates it from the
 * `gitpod_secrets` output (`{ <name> = { <key> = <value> } }`). The factories produce the
 * keys the Gitpod installer checks for each use; values may be tokens (resource attributes,
 * sensitive variables) and are never shown in error messages.
 */
export class GitpodSecret {
  /**
   * An external MySQL database (`database.external`): keys `encryptionKeys`, `host`,
   * `password`, `port`, `username`.
   */
  public static externalDatabase(props: ExternalDatabaseSecretProps): GitpodSecret {
    const problems = new Problems('GitpodSecret.externalDatabase');
    checkSecretValue(problems, 'password', props.password);
    checkSecretValue(problems, 'encryptionKeys', props.encryptionKeys);
    if (!Token.isUnresolved(props.host) && !props.host) problems.add('host', JSON.stringify(props.host), 'the host name or address of the MySQL server.');
    if (props.port !== undefined && !Token.isUnresolved(props.port) && !(Number.isInteger(props.port) && props.port >= 1 && props.port <= 65535)) {
      problems.add('port', JSON.stringify(props.port), 'a TCP port from 1 to 65535.');
    }
    const name = props.secretName ?? 'database';
    checkName(problems, 'secretName', name);
    problems.throwIfAny();
    const port = props.port ?? 3306;
    const data: Record<string, string> = {
      host: props.host,
      password: props.password,
      // tostring: a lone interpolation keeps Terraform's number type, and a Secret's values are strings.
      port: Token.isUnresolved(port) ? Fn.tostring(port) : String(port),
      username: props.username,
    };
    if (props.encryptionKeys !== undefined) data[ENCRYPTION_KEYS] = props.encryptionKeys;
    return new GitpodSecret(name, data, props.encryptionKeys === undefined);
  }

  /**
   * The database secret for an Azure Database for MySQL server: host
   * `<server>.mysql.database.azure.com`, port 3306, and the user name form the server
   * kind needs.
   */
  public static azureMysql(props: AzureMysqlSecretProps): GitpodSecret {
    const host = concat(props.serverName, '.mysql.database.azure.com');
    const username = props.singleServer ? concat(props.administratorLogin, '@', props.serverName) : props.administratorLogin;
    return GitpodSecret.externalDatabase({
      host, port: 3306, username, password: props.administratorPassword,
      encryptionKeys: props.encryptionKeys, secretName: props.secretName,
    });
  }

  /** The CA certificate of the database's TLS (`database.ssl.caCert`): key `ca.crt`. */
  public static databaseCaCertificate(props: DatabaseCaCertificateSecretProps): GitpodSecret {
    return GitpodSecret.checked('GitpodSecret.databaseCaCertificate', props.secretName ?? 'database-cacert', { 'ca.crt': props.caCertificate });
  }

  /** Credentials of S3-compatible object storage (`objectStorage.s3`): keys `accessKeyId`, `secretAccessKey`. */
  public static s3Credentials(props: S3CredentialsSecretProps): GitpodSecret {
    return GitpodSecret.checked('GitpodSecret.s3Credentials', props.secretName ?? 'object-storage', {
      accessKeyId: props.accessKeyId, secretAccessKey: props.secretAccessKey,
    });
  }

  /** Credentials of Azure Blob Storage (`objectStorage.azure`): keys `accountName`, `accountKey`. */
  public static azureStorageCredentials(props: AzureStorageCredentialsSecretProps): GitpodSecret {
    return GitpodSecret.checked('GitpodSecret.azureStorageCredentials', props.secretName ?? 'object-storage', {
      accountName: props.accountName, accountKey: props.accountKey,
    });
  }

  /**
   * Pull and push credentials of an external container registry (`containerRegistry.external`):
   * key `.dockerconfigjson`, the Docker config JSON with `username`, `password` and `auth`.
   */
  public static registryCredentials(props: RegistryCredentialsSecretProps): GitpodSecret {
    return GitpodSecret.checked('GitpodSecret.registryCredentials', props.secretName ?? 'container-registry', {
      '.dockerconfigjson': dockerConfigJson(props.server, props.username, props.password),
    });
  }

  /** S3 credentials of the in-cluster registry's storage (`containerRegistry.s3storage`): keys `s3AccessKey`, `s3SecretKey`. */
  public static registryStorageCredentials(props: RegistryStorageCredentialsSecretProps): GitpodSecret {
    return GitpodSecret.checked('GitpodSecret.registryStorageCredentials', props.secretName ?? 'registry-storage', {
      s3AccessKey: props.accessKey, s3SecretKey: props.secretKey,
    });
  }

  /** Any other secret: its name and its keys and values. */
  public static fromData(secretName: string, data: { [key: string]: string }): GitpodSecret {
    return GitpodSecret.checked('GitpodSecret.fromData', secretName, data);
  }

  /**
   * A secret that exists in the `gitpod` namespace already (made outside Terraform): the
   * config refers to it, and it is not part of the `gitpod_secrets` output.
   */
  public static existing(secretName: string): GitpodSecret {
    const problems = new Problems('GitpodSecret.existing');
    checkName(problems, 'secretName', secretName);
    problems.throwIfAny();
    return new GitpodSecret(secretName, undefined, false);
  }

  private static checked(owner: string, name: string, data: Record<string, string>): GitpodSecret {
    const problems = new Problems(owner);
    checkName(problems, 'secretName', name);
    if (Object.keys(data).length === 0) problems.add('data', '{}', 'at least one key.');
    for (const [key, value] of Object.entries(data)) {
      if (!SECRET_KEY_PATTERN.test(key)) problems.add(`key ${JSON.stringify(key)}`, JSON.stringify(key), 'a Secret key of letters, digits, "-", "_" and ".".');
      checkSecretValue(problems, `value of ${key}`, value);
    }
    problems.throwIfAny();
    return new GitpodSecret(name, { ...data }, false);
  }

  /** The name of the Kubernetes Secret. */
  public readonly secretName: string;
  /** The keys the secret holds (the values are not exposed); empty for an existing secret. */
  public readonly keys: string[];
  /** True when the secret is made outside Terraform ({@link GitpodSecret.existing}). */
  public readonly isExisting: boolean;
  /** The keys and values, undefined for an existing secret. @internal */
  public readonly _data?: Record<string, string>;
  /** The database's encryption keys are left to the installation to generate. @internal */
  public readonly _generateEncryptionKeys: boolean;

  private constructor(name: string, data: Record<string, string> | undefined, generateEncryptionKeys: boolean) {
    this.secretName = name;
    this._data = data;
    this.isExisting = data === undefined;
    this._generateEncryptionKeys = generateEncryptionKeys;
    this.keys = data ? [...Object.keys(data), ...(generateEncryptionKeys ? [ENCRYPTION_KEYS] : [])].sort() : [];
  }
}

/**
 * The Docker config JSON of one registry login. With tokens (a registry's login server, its
 * admin password) Terraform's jsonencode builds it at apply time, so that every value is
 * escaped; `zipmap` makes the server, which may be unknown until apply, a key.
 * @internal
 */
export function dockerConfigJson(server: string, username: string, password: string): string {
  if (![server, username, password].some((v) => Token.isUnresolved(v))) {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    return JSON.stringify({ auths: { [server]: { username, password, auth } } });
  }
  const login = { username, password, auth: Fn.base64encode(concat(username, ':', password)) };
  return Fn.jsonencode({ auths: Fn.zipmap([server], [login]) });
}

/**
 * The installer's encryption keys JSON for one primary key of the given material (base64).
 * (Terraform's jsonencode: cdktf does not escape quotes in string literals inside function
 * arguments, so JSON text is never assembled with `concat`.)
 * @internal
 */
export function encryptionKeysJson(material: string): string {
  const keys = [{ name: 'general', version: 1, primary: true, material }];
  return Token.isUnresolved(material) ? Fn.jsonencode(keys) : JSON.stringify(keys);
}
