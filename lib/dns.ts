/** A DNS record that the user must create for Gitpod. */
export interface DnsRecord {
  /** Record type: `A`. */
  readonly type: string;
  /** Fully-qualified name: `domain`, `*.domain` or `*.ws.domain`. */
  readonly name: string;
  /** Name relative to the domain: `@`, `*.` (Azure: `*`) or `*.ws`. */
  readonly subdomain: string;
  /** The load balancer's public IPv4 address. */
  readonly value: string;
}

/**
 * The three A records Gitpod is served on.
 * @param wildcardSubdomain how the cloud's DNS names the wildcard of the apex (`*.` or `*`)
 * @internal
 */
export function gitpodDnsRecords(domainName: string, ipv4: string, wildcardSubdomain = '*.'): DnsRecord[] {
  return [
    { type: 'A', name: domainName, subdomain: '@', value: ipv4 },
    { type: 'A', name: `*.${domainName}`, subdomain: wildcardSubdomain, value: ipv4 },
    { type: 'A', name: `*.ws.${domainName}`, subdomain: '*.ws', value: ipv4 },
  ];
}
