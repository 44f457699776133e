import { concat } from '../expressions';

/**
 * Names the installation step (the archived project's install.sh) and its base files fix.
 * The outputs keep them so that the step works unchanged.
 */

/** The ClusterIssuer that issues Gitpod's certificate. @internal */
export const CLUSTER_ISSUER_NAME = 'gitpod-issuer';
/** The Secret holding the ACME account key. @internal */
export const ACME_ACCOUNT_KEY_SECRET = 'issuer-account-key';
/** Let's Encrypt's production directory: the base ClusterIssuer's server. @internal */
export const LETS_ENCRYPT_PRODUCTION = 'https://acme-v02.api.letsencrypt.org/directory';
/** Let's Encrypt's staging directory (untrusted certificates, generous rate limits). @internal */
export const LETS_ENCRYPT_STAGING = 'https://acme-staging-v02.api.letsencrypt.org/directory';
/** Where cert-manager runs and the solvers' secrets live. @internal */
export const CERT_MANAGER_NAMESPACE = 'cert-manager';
/** Where Gitpod runs, its secrets and its certificate live. @internal */
export const GITPOD_NAMESPACE = 'gitpod';
/** The Certificate (and its Secret) that Gitpod serves; also the installer's default `certificate`. @internal */
export const CERTIFICATE_NAME = 'https-certificates';
/** The Secret of the SSH gateway's host key, created by the installation step when missing. @internal */
export const SSH_GATEWAY_HOST_KEY_SECRET = 'ssh-gateway-host-key';

/** The k3s containerd paths of the base config. @internal */
export const K3S_CONTAINERD_RUNTIME_DIR = '/run/k3s/containerd/io.containerd.runtime.v2.task/k8s.io';
/** @internal */
export const K3S_CONTAINERD_SOCKET = '/run/k3s/containerd/containerd.sock';

/** The DNS names the certificate covers. @internal */
export function certificateDnsNames(domain: string): string[] {
  return [domain, concat('*.', domain), concat('*.ws.', domain)];
}
