import { ClusterSize } from '../lib';
import { resourceNamed, resourcesOf, synthHetzner } from './helpers';
import { synthAzure } from './azure-helpers';
import { synthDigitalOcean } from './digitalocean-helpers';
import { synthScaleway } from './scaleway-helpers';

// Host SSH (2244) from the internet only from ssh_allowed_cidrs (sshAllowedCidrs), on every cloud.
const OFFICE = ['203.0.113.0/24'];

describe('sshAllowedCidrs limits host SSH on every cloud', () => {
  it('Hetzner: the firewall\'s 2244 rule, and a warning for the managers\' load balancer that cannot filter', () => {
    const { json, cluster } = synthHetzner({ sshAllowedCidrs: OFFICE, size: ClusterSize.MEDIUM });
    const rules = resourceNamed(json, 'hcloud_firewall', 'firewall').rule;
    expect(rules.find((r: any) => r.port === '2244').source_ips).toEqual(OFFICE);
    expect(rules.find((r: any) => r.port === '443').source_ips).toEqual(['0.0.0.0/0', '::/0']);
    const warnings = cluster.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringMatching(/^sshAllowedCidrs limits the nodes' own port 2244; .*cannot filter sources/)]);
  });

  it('DigitalOcean: the firewall\'s 2244 rule takes the list and the managers\' load balancer, nothing else', () => {
    const { json } = synthDigitalOcean({ sshAllowedCidrs: OFFICE });
    const inbound = resourceNamed(json, 'digitalocean_firewall', 'firewall').inbound_rule;
    const ssh = inbound.find((r: any) => r.port_range === '2244');
    expect(ssh.source_addresses).toEqual(OFFICE);
    expect(ssh.source_load_balancer_uids).toMatch(/digitalocean_loadbalancer\.gitpod_manager-load-balancer_[0-9A-F]+\[\*\]\.id/);
    expect(inbound.find((r: any) => r.port_range === '22').source_addresses).toEqual(['0.0.0.0/0', '::/0']);
  });

  it('Azure: the security rule for 2244 takes the IPv4 blocks of the list; a list without one is refused', () => {
    const { json } = synthAzure({ sshAllowedCidrs: [...OFFICE, '2001:db8::/32'] });
    const rule = Object.entries<any>(resourcesOf(json, 'azurerm_network_security_rule')).find(([name]) => name.includes('host-ssh'))![1];
    expect(rule.source_address_prefixes).toContain('"203.0.113.0/24"');
    expect(rule.source_address_prefixes).toContain('if !strcontains(val, ":")');
    expect(rule.source_address_prefix).toBeUndefined();
    expect(() => synthAzure({ sshAllowedCidrs: ['2001:db8::/32'] })).toThrow(
      /^AzureGitpodCluster at test\/gitpod: invalid sshAllowedCidrs \(module variable ssh_allowed_cidrs\): got \["2001:db8::\/32"\]\. Expected at least one IPv4 CIDR block/);
  });

  it('Scaleway: the nodes have no public address, so the bastion takes the list', () => {
    const { json } = synthScaleway({ sshAllowedCidrs: OFFICE });
    const gateway = resourceNamed(json, 'scaleway_vpc_public_gateway', 'gateway');
    expect(gateway.bastion_enabled).toBe(true);
    expect(gateway.allowed_ip_ranges).toContain('"203.0.113.0/24"');
  });

  it('defaults to anywhere, as before, and refuses a list that is no list of CIDR blocks', () => {
    const rules = resourceNamed(synthHetzner().json, 'hcloud_firewall', 'firewall').rule;
    expect(rules.find((r: any) => r.port === '2244').source_ips).toEqual(['0.0.0.0/0', '::/0']);
    expect(() => synthHetzner({ sshAllowedCidrs: [] })).toThrow(/invalid sshAllowedCidrs \(module variable ssh_allowed_cidrs\): got \[\]\. Expected a non-empty list of CIDR blocks/);
    expect(() => synthDigitalOcean({ sshAllowedCidrs: ['my office'] })).toThrow(/invalid sshAllowedCidrs .*got \["my office"\]/);
  });
});
