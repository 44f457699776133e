import { yaml } from '../manifest-yaml';
import { GitpodInstallerConfig } from './config';
import {
  ACME_ACCOUNT_KEY_SECRET, CERTIFICATE_NAME, CERT_MANAGER_NAMESPACE, CLUSTER_ISSUER_NAME, GITPOD_NAMESPACE,
  LETS_ENCRYPT_PRODUCTION, certificateDnsNames,
} from './names';
import { deepMerge, isPlainObject } from './values';

/** The values of the installation outputs, as `terraform output -json <name>` prints them. */
export interface InstallationOutputValues {
  /** `cert_manager`: `{ secrets, cluster_issuer }`. */
  readonly certManager: { [key: string]: any };
  /** `domain_name`. */
  readonly domainName: string;
  /** `gitpod_config`: the Installer config overrides. */
  readonly gitpodConfig: { [key: string]: any };
  /**
   * `gitpod_secrets`: `{ <name>: { <key>: <value> } }`.
   * @default - no secrets
   */
  readonly gitpodSecrets?: { [key: string]: { [key: string]: any } };
}

/** What the installation step would apply, rendered without a cluster. */
export interface RenderedInstallation {
  /**
   * The Kubernetes objects, in the order the step applies them: the `gitpod` Namespace, the
   * solvers' Secrets (`cert-manager`), the `gitpod-issuer` ClusterIssuer, the
   * `https-certificates` Certificate (`gitpod`), then Gitpod's Secrets (`gitpod`).
   */
  readonly manifests: Array<{ [key: string]: any }>;
  /** The manifests as one multi-document YAML text. Contains the secrets (base64). */
  readonly manifestsYaml: string;
  /** The Installer config the step hands to the installer: the base config with `gitpod_config` over it. */
  readonly gitpodConfig: { [key: string]: any };
  /** That config as YAML. */
  readonly gitpodConfigYaml: string;
  /** What the schema finds wrong with that config (empty when valid), each naming the path. */
  readonly configProblems: string[];
}

/** The ClusterIssuer the step starts from (`kubernetes/cert-manager.yaml`). */
function baseClusterIssuer(): Record<string, any> {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata: { name: CLUSTER_ISSUER_NAME },
    spec: { acme: { privateKeySecretRef: { name: ACME_ACCOUNT_KEY_SECRET }, server: LETS_ENCRYPT_PRODUCTION, solvers: [] } },
  };
}

/** The Certificate the step applies (`kubernetes/tls-certificate.yaml`) for a domain. */
function certificate(domain: string): Record<string, any> {
  return {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: CERTIFICATE_NAME, namespace: GITPOD_NAMESPACE, labels: { app: 'gitpod' } },
    spec: {
      secretName: CERTIFICATE_NAME,
      issuerRef: { name: CLUSTER_ISSUER_NAME, kind: 'ClusterIssuer' },
      dnsNames: certificateDnsNames(domain),
      secretTemplate: { labels: { app: 'gitpod' } },
    },
  };
}

/** A value as `jq -r` prints it, which is how the step passes it to kubectl. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** `kubectl create secret generic <name> -n <namespace> --from-literal=...` as an object. */
function secret(name: string, namespace: string, data: Record<string, unknown>): Record<string, any> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace },
    type: 'Opaque',
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(asText(v), 'utf8').toString('base64')])),
  };
}

function secretsOf(what: string, value: unknown): Array<[string, Record<string, unknown>]> {
  if (value === undefined || value === null) return [];
  if (!isPlainObject(value)) throw new Error(`${what}: expected a map of secret names to key/value maps, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return Object.entries(value).map(([name, data]) => {
    if (!isPlainObject(data)) throw new Error(`${what}.${name}: expected a map of keys to values`);
    return [name, data];
  });
}

/**
 * Renders what the installation step applies from the outputs, so that it can be
 * inspected and tested without a cluster.
 */
export class InstallationManifests {
  /** Renders from the output values. */
  public static render(values: InstallationOutputValues): RenderedInstallation {
    const cm = values.certManager;
    if (!isPlainObject(cm) || !isPlainObject(cm.cluster_issuer)) {
      throw new Error('cert_manager: expected { secrets = {...}, cluster_issuer = { spec = {...} } }');
    }
    if (typeof values.domainName !== 'string' || values.domainName === '') throw new Error('domain_name: expected the domain, a non-empty string');
    const manifests: Array<Record<string, any>> = [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: GITPOD_NAMESPACE } },
      ...secretsOf('cert_manager.secrets', cm.secrets).map(([name, data]) => secret(name, CERT_MANAGER_NAMESPACE, data)),
      deepMerge(baseClusterIssuer(), cm.cluster_issuer) as Record<string, any>,
      certificate(values.domainName),
      ...secretsOf('gitpod_secrets', values.gitpodSecrets).map(([name, data]) => secret(name, GITPOD_NAMESPACE, data)),
    ];
    const gitpodConfig = GitpodInstallerConfig.mergeOverBase(values.gitpodConfig ?? {});
    return {
      manifests,
      manifestsYaml: manifests.map((m) => yaml().stringify(m)).join('---\n'),
      gitpodConfig,
      gitpodConfigYaml: yaml().stringify(gitpodConfig),
      configProblems: GitpodInstallerConfig.problems(values.gitpodConfig ?? {}),
    };
  }

  /**
   * Renders from the text of `terraform output -json` (all outputs of the root module,
   * each `{ sensitive, type, value }`), or from a plain object of the values by output name.
   */
  public static fromTerraformOutputJson(text: string): RenderedInstallation {
    const outputs = JSON.parse(text);
    const value = (name: string, required: boolean) => {
      const entry = outputs[name];
      if (entry === undefined) {
        if (required) throw new Error(`the outputs lack ${name}: declare GitpodInstallationOutputs in the root stack`);
        return undefined;
      }
      return isPlainObject(entry) && 'value' in entry && 'type' in entry ? entry.value : entry;
    };
    return InstallationManifests.render({
      certManager: value('cert_manager', true),
      domainName: value('domain_name', true),
      gitpodConfig: value('gitpod_config', true),
      gitpodSecrets: value('gitpod_secrets', false),
    });
  }

  private constructor() {}
}
