import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Token } from 'cdktf';
import schema = require('../data/gitpod-installer-config.schema.json');
import { AuthProvider, GitpodConfigProps, checkDuration } from './config-props';
import { K3S_CONTAINERD_RUNTIME_DIR, K3S_CONTAINERD_SOCKET, SSH_GATEWAY_HOST_KEY_SECRET } from './names';
import { GitpodSecret } from './secret';
import { Problems, compact, deepMerge, holdsToken, isPlainObject, show } from './values';

/**
 * The base config the installation step lays `gitpod_config` over (the archived project's
 * `kubernetes/gitpod.config.yaml`): the SSH gateway's host key, which the step creates, and
 * k3s's containerd paths. Its fsShiftMethod is `fuse`, the Installer's own default, which
 * needs nothing of the kernel (the archived base said `shiftfs`, which Ubuntu 20.04 nodes
 * have); a cluster construct sets its nodes' method in `gitpod_config`.
 * @internal
 */
export function baseGitpodConfig(): Record<string, any> {
  return {
    apiVersion: 'v1',
    sshGatewayHostKey: { kind: 'secret', name: SSH_GATEWAY_HOST_KEY_SECRET },
    workspace: {
      runtime: {
        containerdRuntimeDir: K3S_CONTAINERD_RUNTIME_DIR,
        containerdSocket: K3S_CONTAINERD_SOCKET,
        fsShiftMethod: 'fuse',
      },
    },
  };
}

/** The installer's own defaults, which it starts from before reading the config file. @internal */
export function installerDefaults(): Record<string, any> {
  return JSON.parse(JSON.stringify((schema as any).default));
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  if (!validator) {
    // Loaded on the first config checked, not when the package is: a program without the
    // companion never needs it. verbose: errors carry the offending value and the schema
    // around it, for the messages.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    validator = new (require('ajv').default as typeof Ajv)({ allErrors: true, verbose: true }).compile(schema);
  }
  return validator;
}

/**
 * The Gitpod Installer config (API v1, Gitpod 2022.11) that the installation step feeds
 * to the installer, and its check against the JSON schema kept in `lib/data/`.
 */
export class GitpodInstallerConfig {
  /** The base config the installation step merges `gitpod_config` over. */
  public static baseConfig(): { [key: string]: any } {
    return baseGitpodConfig();
  }

  /**
   * What the installation step writes for the installer: the base config with the
   * overrides laid over it (objects merged key by key, arrays replaced, as `yq '. *= ...'`).
   */
  public static mergeOverBase(overrides: { [key: string]: any }): { [key: string]: any } {
    return deepMerge(baseGitpodConfig(), overrides) as Record<string, any>;
  }

  /**
   * The problems of a `gitpod_config` value once merged over the base and the installer's
   * defaults, one sentence each, naming the path; empty when it is valid. Values that are
   * tokens are left to Terraform.
   */
  public static problems(overrides: { [key: string]: any }): string[] {
    const merged = deepMerge(installerDefaults(), GitpodInstallerConfig.mergeOverBase(overrides));
    const check = validate();
    if (check(merged)) return [];
    return schemaMessages(check.errors ?? []);
  }

  /** Throws one error listing every problem of {@link GitpodInstallerConfig.problems}. */
  public static validate(overrides: { [key: string]: any }, owner?: string): void {
    const problems = GitpodInstallerConfig.problems(overrides);
    if (problems.length > 0) {
      throw new Error(problems.map((m) => `${owner ?? 'GitpodInstallerConfig'}: invalid Gitpod config (output gitpod_config) ${m}`).join('\n'));
    }
  }

  private constructor() {}
}

/** `database.external.certificate` and the like: the path of a secret reference and the keys the installer checks it has. */
interface SecretUse {
  readonly path: string;
  readonly secret: GitpodSecret;
  readonly keys: string[];
}

/** What the typed config props make. @internal */
export interface BuiltConfig {
  /** The `gitpod_config` output: the overrides, with the domain. */
  readonly overrides: Record<string, any>;
  /** The secrets the config refers to, each with where and which keys. */
  readonly secretUses: SecretUse[];
  /** The auth providers, whose secrets the installation builds (they need the domain). */
  readonly authProviders: AuthProvider[];
}

/**
 * Turns the typed props into the `gitpod_config` overrides, recording every problem.
 * @internal
 */
export function buildGitpodConfig(domain: string, props: GitpodConfigProps, p: Problems): BuiltConfig {
  const uses: SecretUse[] = [];
  const ref = (path: string, secret: GitpodSecret, keys: string[]) => {
    uses.push({ path, secret, keys });
    return { kind: 'secret', name: secret.secretName };
  };

  const db = props.database;
  if (db?.caCertificate && !db.external) p.add('config.database.caCertificate', 'a CA certificate without an external database', 'database.external too: the CA verifies an external database\'s TLS.');
  const database = db && (db.external || db.caCertificate) ? {
    inCluster: !db.external,
    external: db.external ? { certificate: ref('database.external.certificate', db.external, ['encryptionKeys', 'host', 'password', 'port', 'username']) } : undefined,
    ssl: db.caCertificate ? { caCert: ref('database.ssl.caCert', db.caCertificate, ['ca.crt']) } : undefined,
  } : undefined;

  const os = props.objectStorage;
  if (os?.s3 && os.azure) p.add('config.objectStorage', 'both s3 and azure', 'one of them.');
  const objectStorage = os && (os.s3 || os.azure) ? {
    inCluster: false,
    s3: os.s3 ? {
      endpoint: os.s3.endpoint,
      credentials: ref('objectStorage.s3.credentials', os.s3.credentials, ['accessKeyId', 'secretAccessKey']),
      bucket: os.s3.bucket,
      allowInsecureConnection: os.s3.allowInsecureConnection,
    } : undefined,
    azure: os.azure ? { credentials: ref('objectStorage.azure.credentials', os.azure.credentials, ['accountName', 'accountKey']) } : undefined,
  } : undefined;

  const reg = props.containerRegistry;
  if (reg?.external && reg.s3Storage) p.add('config.containerRegistry', 'both external and s3Storage', 'one of them: s3Storage backs the in-cluster registry.');
  const containerRegistry = reg && (reg.external || reg.s3Storage || reg.privateBaseImageAllowList) ? {
    inCluster: !reg.external,
    external: reg.external ? {
      url: reg.external.url,
      certificate: ref('containerRegistry.external.certificate', reg.external.credentials, ['.dockerconfigjson']),
    } : undefined,
    s3storage: reg.s3Storage ? {
      bucket: reg.s3Storage.bucket,
      region: reg.s3Storage.region,
      endpoint: reg.s3Storage.endpoint,
      certificate: ref('containerRegistry.s3storage.certificate', reg.s3Storage.credentials, ['s3AccessKey', 's3SecretKey']),
    } : undefined,
    privateBaseImageAllowList: reg.privateBaseImageAllowList,
  } : undefined;

  const block = props.blockNewUsers;
  const enabled = block ? block.enabled ?? true : false;
  if (block && enabled && !Token.isUnresolved(block.passlist) && block.passlist.length === 0) {
    p.add('config.blockNewUsers.passlist', '[]', 'at least one email domain such as "example.com" while blockNewUsers is enabled (the installer refuses an empty passlist).');
  }

  const ws = props.workspace;
  checkDuration(p, 'config.workspace.maxLifetime', ws?.maxLifetime);
  checkDuration(p, 'config.workspace.timeoutDefault', ws?.timeoutDefault);
  checkDuration(p, 'config.workspace.timeoutExtended', ws?.timeoutExtended);
  checkDuration(p, 'config.workspace.timeoutAfterClose', ws?.timeoutAfterClose);

  const providers = props.authProviders ?? [];
  if (props.overrides && 'domain' in props.overrides) {
    p.add('config.overrides.domain', show(props.overrides.domain), 'no domain in overrides: it is the cluster\'s domainName.');
  }
  const psp = props.overrides?.experimental?.common?.usePodSecurityPolicies;
  if (psp !== undefined && psp !== false) {
    p.add('config.overrides.experimental.common.usePodSecurityPolicies', show(psp),
      'false or nothing: PodSecurityPolicy (policy/v1beta1) was removed in Kubernetes 1.25, and the clusters run 1.36, which would refuse the whole install.');
  }

  const typed = compact({
    domain,
    metadata: os?.region !== undefined ? { region: os.region } : undefined,
    observability: props.logLevel !== undefined ? { logLevel: props.logLevel } : undefined,
    blockNewUsers: block ? { enabled, passlist: block.passlist } : undefined,
    database,
    objectStorage,
    containerRegistry,
    authProviders: providers.length > 0 ? providers.map((a) => ({ kind: 'secret', name: a.secretName })) : undefined,
    workspace: ws ? {
      runtime: ws.runtime && (ws.runtime.fsShiftMethod || ws.runtime.containerdRuntimeDir || ws.runtime.containerdSocket) ? {
        fsShiftMethod: ws.runtime.fsShiftMethod,
        containerdRuntimeDir: ws.runtime.containerdRuntimeDir,
        containerdSocket: ws.runtime.containerdSocket,
      } : undefined,
      maxLifetime: ws.maxLifetime,
      timeoutDefault: ws.timeoutDefault,
      timeoutExtended: ws.timeoutExtended,
      timeoutAfterClose: ws.timeoutAfterClose,
      workspaceImage: ws.workspaceImage,
    } : undefined,
  });
  const withoutEmpty = dropEmptyObjects(typed) as Record<string, any>;
  const overrides = deepMerge(withoutEmpty, props.overrides ?? {}) as Record<string, any>;
  return { overrides, secretUses: uses, authProviders: providers };
}

function dropEmptyObjects(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const kept = dropEmptyObjects(member);
    if (isPlainObject(kept) && Object.keys(kept).length === 0) continue;
    result[key] = kept;
  }
  return result;
}

/** A dotted path (`workspace.runtime.fsShiftMethod`, `authProviders[0].name`) from a JSON pointer. */
function dottedPath(pointer: string): string {
  if (pointer === '') return '(the top level)';
  return pointer.split('/').slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^[0-9]+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * One sentence per schema error, naming the path. Errors about values that are tokens
 * are dropped (Terraform decides them); so are the branch errors of `anyOf` and the
 * `if` wrapper of a conditional, whose own errors say more.
 */
function schemaMessages(errors: ErrorObject[]): string[] {
  const messages: string[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || e.schemaPath.includes('/anyOf/')) continue;
    if (e.keyword !== 'additionalProperties' && e.keyword !== 'required' && holdsToken(e.data)) continue;
    const at = dottedPath(e.instancePath);
    const described = (e.parentSchema as any)?.description as string | undefined;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = (e.params as any).additionalProperty as string;
        const allowed = Object.keys((e.parentSchema as any)?.properties ?? {});
        const guess = closest(key, allowed);
        const where = e.instancePath === '' ? 'at the top level' : `in ${at}`;
        messages.push(`has an unknown key ${JSON.stringify(key)} ${where}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}. Allowed keys: ${allowed.join(', ')}.`);
        break;
      }
      case 'required': {
        const missing = (e.params as any).missingProperty as string;
        // A conditional requirement (if/then) describes the property in the object's own schema.
        const owner = schemaAt(e.schemaPath.replace(/\/required$/, '').replace(/\/(then|else)$/, ''));
        const about = owner?.properties?.[missing]?.description as string | undefined;
        messages.push(`lacks ${JSON.stringify(missing)} in ${at}${about ? ` (${about.replace(/\.$/, '')})` : ''}.`);
        break;
      }
      case 'enum': {
        const allowed = (e.params as any).allowedValues as unknown[];
        const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
        messages.push(`at ${at}: got ${show(e.data)}. Expected one of ${allowed.map(String).join(', ')}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}.`);
        break;
      }
      case 'const':
        messages.push(`at ${at}: got ${show(e.data)}. Expected ${JSON.stringify((e.params as any).allowedValue)}.`);
        break;
      case 'type':
        messages.push(`at ${at}: got ${show(e.data)}. Expected a value of type ${(e.params as any).type}${described ? ` (${described.replace(/\.$/, '')})` : ''}.`);
        break;
      case 'pattern':
      case 'anyOf':
        messages.push(`at ${at}: got ${show(e.data)}. Expected: ${described ? sentence(described) : `a value matching ${(e.params as any).pattern}.`}`);
        break;
      default:
        messages.push(`at ${at}: got ${show(e.data)}, which ${e.message}${described ? ` (${described.replace(/\.$/, '')})` : ''}.`);
    }
  }
  return [...new Set(messages)];
}

/** The part of the schema at a JSON pointer such as `#/properties/database`. */
function schemaAt(pointer: string): any {
  return pointer.replace(/^#/, '').split('/').slice(1).reduce((node: any, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
}

function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
