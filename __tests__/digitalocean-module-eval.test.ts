import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { GITPOD_NODE_LABELS, MANAGER_TAINT } from '../lib/labels';
import { synthesizeModules } from '../lib/module-synth';
import { SSH_PUBLIC_KEY, tempDir } from './helpers';
import { StandIn, evaluateInModule, hclList } from './module-eval';
import { UPGRADE_CONTROLLER_WRAPPER } from '../lib/k3s/upgrade-plans';

// Terraform evaluates the synthesized module's size-dependent expressions, with stand-ins
// for what only exists at apply time: counts, machine types, tags, the API address, the
// load balancer firewall and the nodes' whole cloud-config, for small and medium.
const modules = synthesizeModules();
const digitalocean = modules.find((m) => m.cloud === 'digitalocean')!.json;

const MANAGER_LB_IP = '203.0.113.6';
const RESERVED_IP = '198.51.100.7';
const PRIMARY_PRIVATE_IP = '10.2.0.3';

function only(type: string, part: string, json: any = digitalocean): any {
  const matches = Object.entries<any>(json.resource[type]).filter(([name]) => name.includes(part));
  if (matches.length !== 1) throw new Error(`expected one ${type} like ${part}`);
  return matches[0][1];
}

const keyFile = path.join(tempDir('do-eval-'), 'id.pub');
fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

function vars(size: string, extra: Record<string, string> = {}): Record<string, string> {
  return { domain_name: '"gitpod.example.com"', size: JSON.stringify(size), ssh_public_key_path: JSON.stringify(keyFile), ...extra };
}

/** Stand-ins for apply-time values; the manager load balancer and reserved IP lists follow their counts. */
function standIns(managerLbCount: number, reservedIpCount: number): StandIn[] {
  return [
    [/digitalocean_tag\.gitpod_([a-z-]+)_[0-9A-F]+\.name/g, '"$1"'],
    [/digitalocean_loadbalancer\.gitpod_manager-load-balancer_[0-9A-F]+\[\*\]\.ip/g, hclList(MANAGER_LB_IP, managerLbCount)],
    [/digitalocean_reserved_ip\.gitpod_manager-ip_[0-9A-F]+\[\*\]\.ip_address/g, hclList(RESERVED_IP, reservedIpCount)],
    [/digitalocean_droplet\.gitpod_manager_[0-9A-F]+\.ipv4_address_private/g, JSON.stringify(PRIMARY_PRIVATE_IP)],
    [/tls_self_signed_cert\.gitpod_k3s_pki_([a-z-]+)-cert_[0-9A-F]+\.cert_pem/g, '"CERT $1"'],
    [/tls_private_key\.gitpod_k3s_pki_([a-z-]+)_[0-9A-F]+\.private_key_pem/g, '"KEY $1"'],
    [/random_password\.gitpod_k3s_token_[0-9A-F]+\.result/g, '"Secret0123"'],
    [/random_password\.gitpod_k3s_agent-token_[0-9A-F]+\.result/g, '"Agent0123"'],
  ];
}

const COUNTS = [
  only('digitalocean_droplet', 'joining-managers').count,
  only('digitalocean_droplet', 'workers').count,
  only('digitalocean_loadbalancer', 'manager-load-balancer').count,
  only('digitalocean_reserved_ip', 'manager-ip').count,
  only('digitalocean_reserved_ip_assignment', 'manager-ip-assignment').count,
];

describe('modules/digitalocean, evaluated by Terraform', () => {
  const cases: Array<{ size: string; extra: Record<string, string>; counts: number[]; types: string[]; nodes: number }> = [
    { size: 'small', extra: {}, counts: [0, 1, 0, 1, 1], types: ['s-8vcpu-16gb', 's-8vcpu-16gb'], nodes: 2 },
    { size: 'medium', extra: { size_data: '{ node_count = 5 }', location: '"sgp1"' }, counts: [2, 5, 1, 0, 0], types: ['s-4vcpu-8gb', 's-8vcpu-16gb'], nodes: 8 },
  ];

  describe.each(cases)('$size', ({ size, extra, counts, types, nodes }) => {
    const [, , managerLbCount, reservedIpCount] = counts;
    const wait = Object.values<any>(digitalocean.resource.terraform_data).find((r) => r.provisioner?.[0]?.['local-exec']?.environment?.EXPECTED_NODES).provisioner[0]['local-exec'].environment;
    const manager = only('digitalocean_droplet', 'gitpod_manager_');
    let evaluated: unknown[] = [];
    let managerTags: unknown, expectedNodes: unknown, apiUrl: unknown, primaryData: unknown, joiningData: unknown, workerData: unknown;
    beforeAll(() => {
      evaluated = evaluateInModule(digitalocean, [
        ...COUNTS,
        manager.size,
        only('digitalocean_droplet', 'workers').size,
        manager.tags,
        wait.EXPECTED_NODES,
        wait.API_URL,
        manager.user_data,
        only('digitalocean_droplet', 'joining-managers').user_data,
        only('digitalocean_droplet', 'workers').user_data,
      ], vars(size, extra), standIns(managerLbCount, reservedIpCount));
      [managerTags, expectedNodes, apiUrl, primaryData, joiningData, workerData] = evaluated.slice(7);
    });

    it('counts: joining managers, workers, manager load balancer, reserved IP and its assignment', () => {
      expect(evaluated.slice(0, 5)).toEqual(counts);
    });

    it('machine types from the catalog', () => {
      expect(evaluated.slice(5, 7)).toEqual(types);
    });

    it('managers carry the Gitpod load balancer tag only where they run Gitpod', () => {
      expect(managerTags).toEqual(size === 'small' ? ['node-tag', 'manager-tag', 'gitpod-lb-tag'] : ['node-tag', 'manager-tag']);
    });

    it('waits for every node, at the kubeconfig address', () => {
      expect(expectedNodes).toBe(nodes);
      expect(apiUrl).toBe(`https://${size === 'small' ? RESERVED_IP : MANAGER_LB_IP}:6443`);
    });

    it('renders cloud-config that cloud-init accepts, for each kind of node', () => {
      for (const userData of [primaryData, joiningData, workerData] as string[]) {
        const file = path.join(tempDir('do-user-data-'), 'user-data.yaml');
        fs.writeFileSync(file, userData);
        expect(execFileSync('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8' })).toMatch(/Valid cloud-config/);
      }
    });

    it('the first manager lists the API address in its certificate and learns its own node IP at boot', () => {
      const doc = YAML.parse(primaryData as string);
      const config = YAML.parse(doc.write_files.find((f: any) => f.path === '/etc/rancher/k3s/config.yaml').content);
      expect(config['tls-san']).toEqual([size === 'small' ? RESERVED_IP : MANAGER_LB_IP]);
      expect(config['node-ip']).toBeUndefined();
      // Every size runs embedded etcd (day two: snapshots, and small can grow).
      expect(config['cluster-init']).toBe(true);
      expect(config['node-taint']).toEqual(size === 'small' ? [] : [MANAGER_TAINT]);
      expect(config['node-label']).toEqual(size === 'small' ? GITPOD_NODE_LABELS.map((l) => `${l}=true`) : []);
      // The node reaper's step is a no-op where the size writes no reaper (small, medium).
      expect(doc.runcmd[doc.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-node-ip', '10.2.0.0/16', UPGRADE_CONTROLLER_WRAPPER.path, ...UPGRADE_CONTROLLER_WRAPPER.args, '/usr/local/sbin/gitpod-enable-node-reaper', '/usr/local/sbin/gitpod-install-k3s', 'server', 'v1.36.3+k3s1']);
      expect(doc.write_files.map((f: any) => f.path)).toContain('/var/lib/rancher/k3s/server/tls/server-ca.key');
    });

    it('joining managers and workers register at the first manager\'s private address, without CA keys', () => {
      for (const [userData, role] of [[joiningData, 'server'], [workerData, 'agent']] as Array<[string, string]>) {
        const doc = YAML.parse(userData);
        const config = YAML.parse(doc.write_files.find((f: any) => f.path === '/etc/rancher/k3s/config.yaml').content);
        expect(config.server).toBe(`https://${PRIMARY_PRIVATE_IP}:6443`);
        // Managers join with the server secret, workers with the agents' own.
        expect(config.token).toMatch(role === 'server' ? /^K10[0-9a-f]{64}::server:Secret0123$/ : /^K10[0-9a-f]{64}::node:Agent0123$/);
        expect(config['node-ip']).toBeUndefined();
        expect(userData).not.toContain('KEY ');
        expect(doc.runcmd[doc.runcmd.length - 1]).toEqual(['/usr/local/sbin/gitpod-require-fence', '/usr/local/sbin/gitpod-prepare-node', 'fuse', '/usr/local/sbin/gitpod-find-cluster', '/usr/local/sbin/gitpod-node-ip', '10.2.0.0/16', '/usr/local/sbin/gitpod-install-k3s', role, 'v1.36.3+k3s1']);
      }
    });
  });

  describe('the API allow-list on the managers\' load balancer', () => {
    const managerLb = only('digitalocean_loadbalancer', 'manager-load-balancer');
    const firewall = managerLb.dynamic.firewall;
    const rule6443 = only('digitalocean_firewall', 'firewall').inbound_rule.find((r: any) => r.port_range === '6443');
    const evaluate = (cidrs: string[]) => evaluateInModule(digitalocean,
      [firewall.for_each, firewall.content.allow, firewall.content.deny, rule6443.source_addresses],
      vars('medium', { api_allowed_cidrs: JSON.stringify(cidrs) }), standIns(1, 0));

    it('is off when every IPv4 address may connect (the default)', () => {
      expect(evaluate(['0.0.0.0/0', '::/0'])[0]).toEqual([]);
    });

    it('allows the IPv4 entries of a restricted list; IPv6 entries stay on the node firewall', () => {
      expect(evaluate(['203.0.113.0/24', '2001:db8::/32'])).toEqual([
        [1], ['cidr:203.0.113.0/24'], [], ['203.0.113.0/24', '2001:db8::/32', '10.2.0.0/16'],
      ]);
    });

    it('denies every IPv4 address when the list has none (the load balancer speaks IPv4 only)', () => {
      expect(evaluate(['2001:db8::/32']).slice(0, 3)).toEqual([[1], [], ['cidr:0.0.0.0/0']]);
    });
  });
});
