import { InstallationManifests, RenderedInstallation } from '../gitpod/render';
import { CERTIFICATE_NAME, CERT_MANAGER_NAMESPACE, GITPOD_NAMESPACE } from '../gitpod/names';
import { isPlainObject } from '../gitpod/values';
import { Installation, manifestsYaml } from './context';
import { InstallationOutputs } from './outputs';
import { InstallError } from './runner';
import { CERT_MANAGER } from './versions';

/** The objects of the installation, rendered by the companion's own renderer and split by use. @internal */
export interface InstallationObjects {
  readonly namespace: Record<string, any>;
  readonly certManagerSecrets: Array<Record<string, any>>;
  readonly clusterIssuer: Record<string, any>;
  readonly certificate: Record<string, any>;
  readonly gitpodSecrets: Array<Record<string, any>>;
  readonly rendered: RenderedInstallation;
}

/**
 * Renders what the outputs say with `InstallationManifests.render` (the same code as the
 * `gitpod-installation-manifests` CLI), so that both always agree.
 * @internal
 */
export function installationObjects(outputs: InstallationOutputs, step: string): InstallationObjects {
  const gitpodConfig = outputs.optional('gitpod_config') ?? {};
  if (!isPlainObject(gitpodConfig)) throw new InstallError(`the gitpod_config output of ${outputs.from} is not an object: expected the Installer config overrides`);
  let rendered: RenderedInstallation;
  try {
    rendered = InstallationManifests.render({
      certManager: outputs.require('cert_manager', step) as Record<string, any>,
      domainName: outputs.require('domain_name', step) as string,
      gitpodConfig,
      gitpodSecrets: outputs.optional('gitpod_secrets') as Record<string, Record<string, any>> | undefined,
    });
  } catch (e) {
    if (e instanceof InstallError) throw e;
    throw new InstallError(`the outputs of ${outputs.from} do not have the expected shape: ${(e as Error).message}`);
  }
  const of = (kind: string, namespace?: string) => rendered.manifests.filter((m) => m.kind === kind && m.metadata.namespace === namespace);
  return {
    namespace: of('Namespace')[0],
    certManagerSecrets: of('Secret', CERT_MANAGER_NAMESPACE),
    clusterIssuer: of('ClusterIssuer')[0],
    certificate: of('Certificate', GITPOD_NAMESPACE)[0],
    gitpodSecrets: of('Secret', GITPOD_NAMESPACE),
    rendered,
  };
}

/** cert-manager's flags, as the archived step set them: CRDs, and DNS01 checks through public resolvers. */
const CERT_MANAGER_SETTINGS = [
  '--set', 'crds.enabled=true',
  // The cluster's own DNS may answer for the zone differently (split horizon) or from a cache:
  // ask public resolvers whether the challenge record is visible before telling the CA.
  '--set', 'extraArgs={--dns01-recursive-nameservers-only=true,--dns01-recursive-nameservers=8.8.8.8:53\\,1.1.1.1:53}',
];

/**
 * cert-manager with Helm, the optional DNS01 webhooks script, the solvers' secrets
 * (`cert-manager`), the `gitpod-issuer` ClusterIssuer, the `gitpod` namespace and the wildcard
 * Certificate, then a bounded wait for the certificate.
 * @internal
 */
export async function installCertManager(ctx: Installation): Promise<void> {
  ctx.runner.requireTools('the cert-manager step', ['kubectl', 'helm']);
  const objects = installationObjects(await ctx.outputs(), 'cert-manager');
  const kubeconfig = await ctx.kubeconfig('cert-manager');
  const o = ctx.options;

  ctx.step(`cert-manager: chart ${CERT_MANAGER.chart} ${CERT_MANAGER.version} into ${CERT_MANAGER_NAMESPACE}, with its CRDs (waits up to ${o.helmTimeout})`);
  await ctx.helm([
    'upgrade', '--install', ...ctx.atomicFlags(), '--create-namespace', '--namespace', CERT_MANAGER_NAMESPACE,
    '--repo', CERT_MANAGER.repo, '--version', CERT_MANAGER.version, '--reset-values',
    ...CERT_MANAGER_SETTINGS, '--wait', '--timeout', o.helmTimeout,
    'cert-manager', CERT_MANAGER.chart,
  ], { waitsFor: 'cert-manager to be ready' });

  if (o.webhooksScript) {
    ctx.step('cert-manager: the DNS01 webhooks script (--webhooks-script), with KUBECONFIG set to this cluster');
    // The user's own command, which may need the user's own credentials: the whole environment, unlike the tools.
    await ctx.runner.run('/bin/sh', ['-c', o.webhooksScript], { env: { KUBECONFIG: kubeconfig }, inheritEnv: true, waitsFor: 'the webhooks script' });
  }

  if (objects.certManagerSecrets.length > 0) {
    ctx.step(`cert-manager: the solvers' secrets in ${CERT_MANAGER_NAMESPACE} (${objects.certManagerSecrets.map((s) => s.metadata.name).join(', ')})`);
    await ctx.apply(ctx.write('cert-manager-secrets.yaml', manifestsYaml(objects.certManagerSecrets), 'secrets, mode 0600'));
  }

  ctx.step(`cert-manager: ClusterIssuer ${objects.clusterIssuer.metadata.name}`);
  await ctx.apply(ctx.write('cluster-issuer.yaml', manifestsYaml([objects.clusterIssuer]), 'the base issuer with cert_manager.cluster_issuer laid over it'));

  ctx.step(`cert-manager: namespace ${GITPOD_NAMESPACE} and Certificate ${CERTIFICATE_NAME} for ${objects.certificate.spec.dnsNames.join(', ')}`);
  await ctx.apply(ctx.write('namespace.yaml', manifestsYaml([objects.namespace]), 'the gitpod namespace'));
  await ctx.apply(ctx.write('certificate.yaml', manifestsYaml([objects.certificate]), 'the wildcard certificate'));

  ctx.step(`cert-manager: waiting up to ${o.certificateTimeout} for the certificate (DNS01 takes a few minutes)`);
  const describe = `kubectl describe certificaterequests,orders,challenges --namespace ${GITPOD_NAMESPACE}`;
  const waited = await ctx.kubectl([
    'wait', '--for=condition=Ready', `--timeout=${o.certificateTimeout}`, '--namespace', GITPOD_NAMESPACE, `certificate/${CERTIFICATE_NAME}`,
  ], { waitsFor: `certificate/${CERTIFICATE_NAME}`, allowFailure: true });
  if (waited.code !== 0) {
    throw new InstallError(`certificate/${CERTIFICATE_NAME} was not Ready within ${o.certificateTimeout} (--certificate-timeout). `
      + `\`${describe}\` says why; the usual causes are DNS records not yet pointing at the cluster, the solver's credentials, and Let's Encrypt's rate limits.`);
  }
}
