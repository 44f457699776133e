import { concat } from '../expressions';
import { KUBERNETES_API_PORT } from '../firewall';
import { Fn } from '../fn';

/** What a kubeconfig needs. @internal */
export interface KubeconfigParts {
  /** Name of the cluster, context and user. */
  readonly name: string;
  /** The API address (IP or host name), listed in the servers' `tls-san`. */
  readonly apiAddress: string;
  readonly caCertPem: string;
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
}

/** The API URL for an address. @internal */
export function apiUrl(address: string): string {
  return concat('https://', address, `:${KUBERNETES_API_PORT}`);
}

/**
 * The kubeconfig as a structure: one cluster, one context and one user, all named
 * after the kubecontext, as the original modules renamed k3s's `default`.
 * @internal
 */
export function kubeconfigDocument(parts: KubeconfigParts): Record<string, unknown> {
  return {
    'apiVersion': 'v1',
    'kind': 'Config',
    'clusters': [{
      name: parts.name,
      cluster: { 'server': apiUrl(parts.apiAddress), 'certificate-authority-data': Fn.base64encode(parts.caCertPem) },
    }],
    'contexts': [{ name: parts.name, context: { cluster: parts.name, user: parts.name } }],
    'current-context': parts.name,
    'users': [{
      name: parts.name,
      user: {
        'client-certificate-data': Fn.base64encode(parts.clientCertPem),
        'client-key-data': Fn.base64encode(parts.clientKeyPem),
      },
    }],
    'preferences': {},
  };
}
