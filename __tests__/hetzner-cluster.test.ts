import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { ClusterSize } from '../lib';
import { HetznerGitpodCluster } from '../constructs/hetzner';
import { Firewall } from '../constructs/hetzner/gen/firewall';
import { LoadBalancer } from '../constructs/hetzner/gen/load-balancer';
import { LoadBalancerService } from '../constructs/hetzner/gen/load-balancer-service';
import { NetworkSubnet } from '../constructs/hetzner/gen/network-subnet';
import { Network } from '../constructs/hetzner/gen/network';
import { PlacementGroup } from '../constructs/hetzner/gen/placement-group';
import { SshKey } from '../constructs/hetzner/gen/ssh-key';
import { SSH_PUBLIC_KEY, resourceNamed, resourcesOf, synthHetzner } from './helpers';

describe('HetznerGitpodCluster', () => {
  const small = synthHetzner();
  const medium = synthHetzner({ size: ClusterSize.MEDIUM, workerCount: 5, location: 'ash' });

  it('builds the network 10.2.0.0/16 and a subnet in the location\'s network zone', () => {
    expect(small.text).toHaveResourceWithProperties(Network, { ip_range: '10.2.0.0/16' });
    const subnet = resourceNamed(small.json, NetworkSubnet.tfResourceType, 'subnet');
    expect(subnet).toMatchObject({ ip_range: '10.2.0.0/24', type: 'cloud' });
    expect(subnet.network_zone).toMatch(/^\$\{local\.[a-zA-Z0-9_]*locations[a-zA-Z0-9_]*\.nbg1\}$/);
  });

  it('opens to the world only 22, 80, 443 and 2244; 6443 to the allow-list; no cluster-internal port', () => {
    const synth = synthHetzner({ apiAllowedCidrs: ['203.0.113.0/24'] });
    const firewall = resourceNamed(synth.json, Firewall.tfResourceType, 'firewall');
    const open = firewall.rule.map((r: any) => `${r.protocol}/${r.port ?? '-'}:${r.source_ips.join(',')}`).sort();
    expect(open).toEqual([
      'icmp/-:0.0.0.0/0,::/0',
      'tcp/2244:0.0.0.0/0,::/0',
      'tcp/22:0.0.0.0/0,::/0',
      'tcp/443:0.0.0.0/0,::/0',
      'tcp/6443:203.0.113.0/24',
      'tcp/80:0.0.0.0/0,::/0',
    ]);
    expect(firewall.rule.every((r: any) => r.direction === 'in')).toBe(true);
  });

  it('warns that the allow-list cannot reach the medium managers\' load balancer', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'warn');
    const cluster = new HetznerGitpodCluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, apiAllowedCidrs: ['203.0.113.0/24'] });
    const warnings = cluster.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
    expect(warnings).toEqual([expect.stringMatching(/load balancer\s+still answers on 6443 from anywhere/)]);
    const quiet = synthHetzner().cluster.node.metadata.filter((m) => m.type === '@cdktf/warn');
    expect(quiet).toEqual([]);
  });

  it('defaults the API allow-list to everywhere, as before', () => {
    const firewall = resourceNamed(small.json, Firewall.tfResourceType, 'firewall');
    expect(firewall.rule.find((r: any) => r.port === '6443').source_ips).toEqual(['0.0.0.0/0', '::/0']);
  });

  it('spreads the managers, and names resources gitpod-<location>-<name>-<workspace>', () => {
    expect(small.text).toHaveResourceWithProperties(PlacementGroup, { type: 'spread' });
    const key = resourceNamed(small.json, SshKey.tfResourceType, 'ssh-key');
    expect(key.public_key).toBe(SSH_PUBLIC_KEY);
    expect(key.name).toBe('gitpod-nbg1-ssh-key-${replace(terraform.workspace, "/[^a-zA-Z0-9_]/", "")}');
    const primary = resourceNamed(small.json, 'hcloud_server', 'manager_');
    expect(primary.name).toMatch(/^gitpod-nbg1-manager-1-\$\{replace\(terraform\.workspace/);
    expect(primary.placement_group_id).toMatch(/hcloud_placement_group/);
  });

  it('puts every server on the private network at a fixed address, with public IPv4 only', () => {
    const servers = resourcesOf(small.json, 'hcloud_server');
    expect(Object.keys(servers)).toHaveLength(3);
    const primary = resourceNamed(small.json, 'hcloud_server', 'manager_');
    expect(primary.network[0].ip).toBe('${cidrhost("10.2.0.0/24", 10)}');
    expect(primary.public_net[0]).toMatchObject({ ipv4_enabled: true, ipv6_enabled: false });
    expect(primary.public_net[0].ipv4).toMatch(/hcloud_primary_ip/);
    const workers = resourceNamed(small.json, 'hcloud_server', 'workers');
    expect(workers.network[0].ip).toBe('${cidrhost("10.2.0.0/24", (count.index + 100))}');
    for (const server of Object.values<any>(servers)) {
      expect(server.image).toBe('ubuntu-24.04');
      expect(server.lifecycle).toEqual({ ignore_changes: ['user_data', 'ssh_keys', 'image'] });
      expect(server.user_data.startsWith('#cloud-config\n${yamlencode(')).toBe(true);
      // After the subnet; on destroy, before the cleanup of autoscaled servers (large).
      expect(server.depends_on).toEqual([expect.stringMatching(/^hcloud_network_subnet\./), expect.stringMatching(/^terraform_data\.gitpod_autoscaler_cleanup_/)]);
    }
  });

  it('decides counts and machine types from the size catalog, at plan time', () => {
    const sizes = Object.entries<any>(small.json.locals).find(([name]) => name.includes('sizes'))![1];
    expect(sizes.small).toMatchObject({ managerCount: 1, workerCount: 1, managersRunWorkloads: true, managerLoadBalancer: false });
    expect(sizes.medium).toMatchObject({ managerCount: 3, workerCount: 3, workerCountFromSizeData: true, managersRunWorkloads: false, managerLoadBalancer: true });
    expect(sizes.small.managerType['eu-central']).toBe('cx43');
    const joining = resourceNamed(small.json, 'hcloud_server', 'joining-managers');
    expect(joining.count).toMatch(/\.small\.managerCount - 1/);
    const workers = resourceNamed(medium.json, 'hcloud_server', 'workers');
    expect(workers.count).toMatch(/\.medium\.workerCountFromSizeData \? 5 : /);
    expect(workers.server_type).toMatch(/\.medium\.workerType\[local\.[a-z_A-Z0-9]+\.ash\]/);
  });

  it('fronts Gitpod with a public load balancer: 80 http, 443 and 22 tcp, to private IPs by label', () => {
    const services = Object.values<any>(resourcesOf(small.json, LoadBalancerService.tfResourceType))
      .filter((s) => !s.count)
      .map((s) => `${s.protocol}:${s.listen_port}->${s.destination_port}`)
      .sort();
    expect(services).toEqual(['http:80->80', 'tcp:22->22', 'tcp:443->443']);
    const target = resourceNamed(small.json, 'hcloud_load_balancer_target', 'gitpod_load-balancer-target');
    expect(target).toMatchObject({ type: 'label_selector', use_private_ip: true });
    expect(target.label_selector).toMatch(/managersRunWorkloads \?/);
    expect(small.text).toHaveResourceWithProperties(LoadBalancer, { load_balancer_type: 'lb11', algorithm: { type: 'round_robin' } });
  });

  it('gives medium managers their own load balancer on 6443 and 2244, which the kubeconfig uses', () => {
    const managerLb = resourceNamed(medium.json, LoadBalancer.tfResourceType, 'manager-load-balancer');
    expect(managerLb.count).toMatch(/\.medium\.managerLoadBalancer \? 1 : 0/);
    const ports = Object.values<any>(resourcesOf(medium.json, LoadBalancerService.tfResourceType))
      .filter((s) => s.count).map((s) => s.listen_port).sort();
    expect(ports).toEqual([2244, 6443]);
    expect(medium.text).toMatch(/managerLoadBalancer \? one\(hcloud_load_balancer\.gitpod_manager-load-balancer_[0-9A-F]+\[\*\]\.ipv4\) : hcloud_primary_ip/);
  });

  it('waits for readiness during apply, with the node count and the timeout', () => {
    const wait = resourceNamed(small.json, 'terraform_data', 'ready');
    expect(wait.count).toBe('${(20 >= 1) ? 1 : 0}');
    const exec = wait.provisioner[0]['local-exec'];
    expect(exec.interpreter).toEqual(['bash', '-c']);
    expect(exec.command).toContain('/readyz');
    expect(exec.command).toContain('$${API_URL}');
    expect(exec.environment.EXPECTED_NODES).toMatch(/managerCount \+ /);
    expect(exec.environment.TIMEOUT_SECONDS).toBe('${(20 * 60)}');
    // What Terraform runs, once it has read its template escapes, is the shipped script.
    const unescaped = exec.command.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    expect(unescaped).toBe(fs.readFileSync(path.join(__dirname, '..', 'templates', 'wait-for-ready.sh'), 'utf8'));
    expect(Object.keys(wait.triggers_replace).sort()).toEqual(['managers', 'primary', 'workers']);
    expect(wait.triggers_replace.workers).toMatch(/^\$\{join\(",", hcloud_server\.gitpod_workers_[0-9A-F]+\[\*\]\.id\)\}$/);
    const skip = synthHetzner({ readyTimeoutMinutes: 0 });
    expect(resourceNamed(skip.json, 'terraform_data', 'ready').count).toBe('${(0 >= 1) ? 1 : 0}');
  });

  it('exposes the contract values as attributes, not outputs', () => {
    expect(small.json.output).toBeUndefined();
    expect(small.cluster.dnsRecords.map((r) => [r.type, r.name, r.subdomain])).toEqual([
      ['A', 'gitpod.example.com', '@'],
      ['A', '*.gitpod.example.com', '*.'],
      ['A', '*.ws.gitpod.example.com', '*.ws'],
    ]);
    expect(small.cluster.kubecontext).toBe('gitpod-self-hosted');
    expect(small.cluster.size).toBe('small');
  });

  it('two clusters fit in one stack (all names are scoped)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'two');
    new HetznerGitpodCluster(stack, 'a', { domainName: 'a.example.com', sshPublicKey: SSH_PUBLIC_KEY });
    new HetznerGitpodCluster(stack, 'b', { domainName: 'b.example.com', sshPublicKey: SSH_PUBLIC_KEY, location: 'fsn1' });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(resourcesOf(json, 'hcloud_server'))).toHaveLength(6);
  });
});
