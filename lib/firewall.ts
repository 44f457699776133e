/** Who may reach a port. */
export enum PortScope {
  /** The internet (for the Kubernetes API: the configurable allow-list). */
  PUBLIC = 'PUBLIC',
  /** Only the cluster's private network. */
  PRIVATE = 'PRIVATE',
}

/** IP protocol of a firewall rule. */
export enum PortProtocol {
  TCP = 'tcp',
  UDP = 'udp',
}

/** One inbound firewall rule of a cluster node. */
export interface FirewallPort {
  /** What the port is for. */
  readonly description: string;
  /** A port (`"443"`) or an inclusive range (`"2379-2380"`). */
  readonly port: string;
  /** The protocol. */
  readonly protocol: PortProtocol;
  /** Who may reach it. */
  readonly scope: PortScope;
  /**
   * True for the Kubernetes API, whose public sources are the configurable allow-list.
   * @default false
   */
  readonly kubernetesApi?: boolean;

  /**
   * True for host SSH, whose public sources are the configurable SSH allow-list.
   * @default false
   */
  readonly hostSsh?: boolean;
}

/** The port sshd listens on: 22 belongs to Gitpod's SSH gateway. */
export const HOST_SSH_PORT = 2244;

/** The port of the Kubernetes API. */
export const KUBERNETES_API_PORT = 6443;

/**
 * Every inbound port a node needs. The world reaches only what the world uses;
 * etcd, flannel, kubelet and DNS are needed between nodes only, so they stay on the
 * private network (the original modules opened them to the internet).
 */
export const FIREWALL_PORTS: FirewallPort[] = [
  { description: 'Gitpod SSH gateway', port: '22', protocol: PortProtocol.TCP, scope: PortScope.PUBLIC },
  { description: 'Host SSH (key only)', port: String(HOST_SSH_PORT), protocol: PortProtocol.TCP, scope: PortScope.PUBLIC, hostSsh: true },
  { description: 'HTTP', port: '80', protocol: PortProtocol.TCP, scope: PortScope.PUBLIC },
  { description: 'HTTPS', port: '443', protocol: PortProtocol.TCP, scope: PortScope.PUBLIC },
  {
    description: 'Kubernetes API',
    port: String(KUBERNETES_API_PORT),
    protocol: PortProtocol.TCP,
    scope: PortScope.PUBLIC,
    kubernetesApi: true,
  },
  { description: 'k3s embedded etcd', port: '2379-2380', protocol: PortProtocol.TCP, scope: PortScope.PRIVATE },
  { description: 'Flannel VXLAN', port: '8472', protocol: PortProtocol.UDP, scope: PortScope.PRIVATE },
  { description: 'Flannel WireGuard', port: '51820-51821', protocol: PortProtocol.UDP, scope: PortScope.PRIVATE },
  { description: 'kubelet', port: '10250', protocol: PortProtocol.TCP, scope: PortScope.PRIVATE },
  { description: 'DNS (TCP)', port: '53', protocol: PortProtocol.TCP, scope: PortScope.PRIVATE },
  { description: 'DNS (UDP)', port: '53', protocol: PortProtocol.UDP, scope: PortScope.PRIVATE },
];

/** Everywhere, for ports the world uses. */
export const ANYWHERE: string[] = ['0.0.0.0/0', '::/0'];

/** The allow-lists of the public ports that have one. @internal */
export interface PublicAllowLists {
  readonly apiAllowedCidrs: string[];
  readonly sshAllowedCidrs: string[];
}

/**
 * Who may reach a public port from the internet: the API's or host SSH's allow-list, or
 * anyone for the ports Gitpod serves.
 * @internal
 */
export function publicSources(port: FirewallPort, lists: PublicAllowLists): string[] {
  if (port.kubernetesApi) return lists.apiAllowedCidrs;
  if (port.hostSsh) return lists.sshAllowedCidrs;
  return ANYWHERE;
}
