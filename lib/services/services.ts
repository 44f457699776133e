import { buildGitpodConfig } from '../gitpod/config';
import { GitpodContainerRegistryProps, GitpodDatabaseProps, GitpodObjectStorageProps } from '../gitpod/config-props';
import { Problems } from '../gitpod/values';

/**
 * What a cloud's managed services hand the Gitpod companion: the parts of the Installer config
 * they replace, with the secrets those refer to. Give it to `GitpodInstallation` as `services`.
 */
export interface IGitpodServices {
  /**
   * The external database and the CA of its TLS.
   * @default - MySQL in the cluster
   */
  readonly database?: GitpodDatabaseProps;
  /**
   * The object storage.
   * @default - MinIO in the cluster
   */
  readonly objectStorage?: GitpodObjectStorageProps;
  /**
   * The container registry.
   * @default - a registry in the cluster
   */
  readonly containerRegistry?: GitpodContainerRegistryProps;
}

/**
 * The `gitpod_config` and `gitpod_secrets` parts of a cloud's services, for a module that has no
 * companion: the Installer config keys they set (`database`, `objectStorage`, `containerRegistry`,
 * `metadata.region`) and every secret those refer to, by name. The companion builds the same from
 * the same props (`GitpodInstallation` with `services`).
 * @internal
 */
export function servicesConfigParts(services: IGitpodServices): { config: Record<string, any>; secrets: Record<string, Record<string, string>> } {
  const p = new Problems('gitpod services');
  const built = buildGitpodConfig('', {
    database: services.database, objectStorage: services.objectStorage, containerRegistry: services.containerRegistry,
  }, p);
  p.throwIfAny();
  const { domain: _domain, ...config } = built.overrides;
  const secrets: Record<string, Record<string, string>> = {};
  for (const use of built.secretUses) {
    if (use.secret._data === undefined) continue;
    if (use.secret._generateEncryptionKeys) throw new Error(`gitpod services: the secret ${use.secret.secretName} must carry its encryption keys (a module has no companion to make them)`);
    secrets[use.secret.secretName] = use.secret._data;
  }
  return { config, secrets };
}
