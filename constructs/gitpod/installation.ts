import { Bytes } from '@cdktf/provider-random/lib/bytes';
import { ITerraformDependable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IGitpodCluster } from '../../lib/cluster-props';
import { DnsRecord } from '../../lib/dns';
import { AcmeServer, Dns01Solver } from '../../lib/gitpod/cert-manager';
import { GitpodInstallerConfig, buildGitpodConfig } from '../../lib/gitpod/config';
import { GitpodConfigProps } from '../../lib/gitpod/config-props';
import { CLUSTER_ISSUER_NAME, certificateDnsNames } from '../../lib/gitpod/names';
import { ENCRYPTION_KEYS, GitpodSecret, encryptionKeysJson } from '../../lib/gitpod/secret';
import { yaml } from '../../lib/manifest-yaml';
import { IGitpodServices } from '../../lib/services/services';
import { Problems, SECRET_KEY_PATTERN, deepMerge, holdsToken, show } from '../../lib/gitpod/values';
import { COMMON_RULES } from '../../lib/validation';
import { Fn } from '../../lib/fn';

/** Properties of a {@link GitpodInstallation}. */
export interface GitpodInstallationProps {
  /**
   * The cluster Gitpod is installed on (any cloud's cluster construct): its domain,
   * kubeconfig and readiness.
   * @default - give `domainName` and `kubeconfig` instead
   */
  readonly cluster?: IGitpodCluster;
  /**
   * The domain, when the cluster comes from a module (`module.hetzner` in a cdktf app)
   * rather than a construct. Not with `cluster`.
   * @default - the cluster's domain
   */
  readonly domainName?: string;
  /**
   * The kubeconfig, when the cluster comes from a module. Not with `cluster`.
   * @default - the cluster's kubeconfig
   */
  readonly kubeconfig?: string;
  /**
   * The DNS01 solvers of the `gitpod-issuer` ClusterIssuer (at least one: Gitpod's wildcard
   * certificate needs DNS01), such as `[Dns01Solver.cloudflare({ apiToken })]`.
   */
  readonly solvers: Dns01Solver[];
  /**
   * The email address of the ACME account, for expiry and problem notices.
   * @default - no address
   */
  readonly acmeEmail?: string;
  /**
   * The ACME directory.
   * @default AcmeServer.LETS_ENCRYPT_PRODUCTION (the base ClusterIssuer's)
   */
  readonly acmeServer?: string;
  /**
   * The Gitpod Installer config: typed settings, and `overrides` for anything else.
   * @default - the domain only, over the base config
   */
  readonly config?: GitpodConfigProps;
  /**
   * The cloud's managed services (such as `DigitalOceanGitpodServices`): Gitpod's database,
   * object storage and registry, in place of those in the cluster. Not with the same part in `config`.
   * @default - MySQL, MinIO and the registry in the cluster, unless `config` says otherwise
   */
  readonly services?: IGitpodServices;
  /**
   * More secrets for the `gitpod` namespace, beyond those the config refers to (which are
   * included by themselves).
   * @default - none
   */
  readonly secrets?: GitpodSecret[];
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * The Gitpod companion of a cluster: the five values the installation step consumes,
 * built from typed, validated input. `GitpodInstallationOutputs` declares them as the
 * Terraform outputs of the archived starter repo (`cert_manager`, `domain_name`,
 * `gitpod_config`, `gitpod_secrets`, `kubeconfig`).
 *
 * Nothing here talks to the cluster: the installation step (or
 * `InstallationManifests.render`) turns the values into Kubernetes objects.
 */
export class GitpodInstallation extends Construct {
  /** The domain Gitpod is served on. */
  public readonly domainName: string;
  /** The admin kubeconfig (YAML). Sensitive. */
  public readonly kubeconfig: string;
  /** The names the certificate covers: the domain, `*.<domain>` and `*.ws.<domain>`. */
  public readonly certificateDnsNames: string[];
  /** The A records of the cluster, when a cluster construct was given. */
  public readonly dnsRecords: DnsRecord[];
  /**
   * The `cert_manager` value: `{ secrets: { <name>: { <key>: <value> } }, cluster_issuer: { spec: { acme: { solvers, ... } } } }`.
   * Sensitive.
   */
  public readonly certManager: { [key: string]: any };
  /** The `gitpod_config` value: the Installer config overrides, `domain` included. */
  public readonly gitpodConfig: { [key: string]: any };
  /** The Installer config the installation step hands to the installer: the base config with `gitpodConfig` over it. */
  public readonly mergedGitpodConfig: { [key: string]: any };
  /** The `gitpod_secrets` value: `{ <secret name>: { <key>: <value> } }`. Sensitive. */
  public readonly gitpodSecrets: { [key: string]: { [key: string]: string } };
  /** What the kubeconfig output waits for (the cluster's readiness), empty without a cluster construct. */
  public readonly ready: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: GitpodInstallationProps) {
    super(scope, id);
    const p = new Problems('GitpodInstallation');

    if (props.cluster && (props.domainName !== undefined || props.kubeconfig !== undefined)) {
      p.addText('give either cluster, or domainName with kubeconfig (for a cluster made by a module), not both.');
    } else if (!props.cluster && (props.domainName === undefined || props.kubeconfig === undefined)) {
      p.addText('give cluster (a cluster construct such as HetznerGitpodCluster), or domainName with kubeconfig (for a cluster made by a module).');
    }
    this.domainName = props.cluster?.domainName ?? props.domainName ?? '';
    this.kubeconfig = props.cluster?.kubeconfig ?? props.kubeconfig ?? '';
    this.ready = props.cluster ? [props.cluster.ready] : [];
    this.dnsRecords = props.cluster?.dnsRecords ?? [];
    if (!props.cluster && props.domainName !== undefined && !Token.isUnresolved(props.domainName) && !new RegExp(COMMON_RULES.domainName.schema.pattern).test(props.domainName)) {
      p.add('domainName', show(props.domainName), COMMON_RULES.domainName.expectation);
    }
    this.certificateDnsNames = certificateDnsNames(this.domainName);

    // cert-manager: the solvers and their secrets.
    if (props.solvers.length === 0) {
      p.add('solvers', '[]', 'at least one DNS01 solver, such as Dns01Solver.cloudflare({ apiToken }): Gitpod\'s wildcard certificate can only be issued through DNS01.');
    }
    if (props.acmeEmail !== undefined && !Token.isUnresolved(props.acmeEmail) && !EMAIL.test(props.acmeEmail)) {
      p.add('acmeEmail', show(props.acmeEmail), 'an email address such as admin@example.com.');
    }
    if (props.acmeServer !== undefined && !Token.isUnresolved(props.acmeServer) && !/^https:\/\/[^\s]+$/.test(props.acmeServer)) {
      p.add('acmeServer', show(props.acmeServer), `an https URL of an ACME directory, such as ${AcmeServer.LETS_ENCRYPT_STAGING}.`);
    }
    const solverSecrets: Record<string, Record<string, string>> = {};
    for (const solver of props.solvers) {
      for (const [name, data] of Object.entries(solver._secrets)) {
        if (name in solverSecrets) {
          p.add('solvers', `two solvers using the secret ${JSON.stringify(name)}`, 'a different secretName for each solver.');
        }
        solverSecrets[name] = data;
      }
    }
    this.certManager = {
      secrets: solverSecrets,
      cluster_issuer: {
        spec: {
          acme: {
            ...(props.acmeEmail !== undefined ? { email: props.acmeEmail } : {}),
            ...(props.acmeServer !== undefined ? { server: props.acmeServer } : {}),
            solvers: props.solvers.map((s) => s.spec),
          },
        },
      },
    };

    // Gitpod: the config and the secrets it refers to.
    const built = buildGitpodConfig(this.domainName, withServices(props.config ?? {}, props.services, p), p);
    // The cluster knows how its nodes shift file ownership; the user's own choice wins.
    const fsShift = props.cluster?.fsShiftMethod;
    this.gitpodConfig = fsShift === undefined ? built.overrides
      : deepMerge({ workspace: { runtime: { fsShiftMethod: fsShift } } }, built.overrides) as Record<string, any>;
    this.mergedGitpodConfig = GitpodInstallerConfig.mergeOverBase(this.gitpodConfig);

    const secrets: Record<string, Record<string, string>> = {};
    const owners = new Map<string, GitpodSecret>();
    const add = (secret: GitpodSecret, where: string) => {
      const known = owners.get(secret.secretName);
      if (known && known !== secret) {
        p.add(where, `a second secret named ${JSON.stringify(secret.secretName)}`, 'a different secretName for each secret.');
        return;
      }
      owners.set(secret.secretName, secret);
      if (secret._data === undefined || secret.secretName in secrets) return;
      const data = { ...secret._data };
      if (secret._generateEncryptionKeys) {
        const material = new Bytes(this, `${secret.secretName}-encryption-key`, { length: 32 });
        data[ENCRYPTION_KEYS] = encryptionKeysJson(material.base64);
      }
      secrets[secret.secretName] = data;
    };
    for (const use of built.secretUses) {
      const missing = use.secret.isExisting ? [] : use.keys.filter((k) => !use.secret.keys.includes(k));
      if (missing.length > 0) {
        p.add(`config ${use.path}`, `the secret ${JSON.stringify(use.secret.secretName)} with keys ${use.secret.keys.join(', ')}`,
          `a secret with ${use.keys.join(', ')} (missing ${missing.join(', ')}): the installer checks them.`);
      }
      add(use.secret, `config ${use.path}`);
    }
    for (const provider of built.authProviders) {
      const entry = {
        id: provider.id, host: provider.host, type: provider.type,
        oauth: { clientId: provider._clientId, clientSecret: provider._clientSecret, callBackUrl: provider.callbackUrl(this.domainName) },
      };
      const text = holdsToken(entry) ? Fn.yamlencode(entry) : yaml().stringify(entry);
      add(GitpodSecret.fromData(provider.secretName, { provider: text }), 'config.authProviders');
    }
    for (const secret of props.secrets ?? []) add(secret, 'secrets');
    for (const [name, data] of Object.entries(secrets)) {
      for (const key of Object.keys(data)) {
        if (!SECRET_KEY_PATTERN.test(key)) p.add(`secret ${name}`, `the key ${JSON.stringify(key)}`, 'Secret keys of letters, digits, "-", "_" and ".".');
      }
    }
    this.gitpodSecrets = secrets;

    p.throwIfAny();
    GitpodInstallerConfig.validate(this.gitpodConfig, 'GitpodInstallation');
  }

  /** The ClusterIssuer's name, fixed by the installation step. */
  public get clusterIssuerName(): string {
    return CLUSTER_ISSUER_NAME;
  }
}

/** The config with the services' parts in it; a part given both ways is a problem (which one would win is not obvious). */
function withServices(config: GitpodConfigProps, services: IGitpodServices | undefined, p: Problems): GitpodConfigProps {
  if (!services) return config;
  const parts = ['database', 'objectStorage', 'containerRegistry'] as const;
  for (const part of parts) {
    if (services[part] !== undefined && config[part] !== undefined) {
      p.add(`config.${part}`, `a ${part} while services gives one`, `either services or config.${part}, not both.`);
    }
  }
  return {
    ...config,
    database: config.database ?? services.database,
    objectStorage: config.objectStorage ?? services.objectStorage,
    containerRegistry: config.containerRegistry ?? services.containerRegistry,
  };
}
