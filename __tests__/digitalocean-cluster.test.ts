import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';
import { Firewall } from '@cdktf/provider-digitalocean/lib/firewall';
import { Loadbalancer } from '@cdktf/provider-digitalocean/lib/loadbalancer';
import { ReservedIp } from '@cdktf/provider-digitalocean/lib/reserved-ip';
import { ReservedIpAssignment } from '@cdktf/provider-digitalocean/lib/reserved-ip-assignment';
import { SshKey } from '@cdktf/provider-digitalocean/lib/ssh-key';
import { Tag } from '@cdktf/provider-digitalocean/lib/tag';
import { Vpc } from '@cdktf/provider-digitalocean/lib/vpc';
import { cloudCatalog } from '../lib/catalog';
import { ClusterSize } from '../lib';
import { DigitalOceanGitpodCluster } from '../constructs/digitalocean';
import { FIREWALL_PORTS, PortScope } from '../lib/firewall';
import { SSH_PUBLIC_KEY, resourceNamed, resourcesOf } from './helpers';
import { addressOf, synthDigitalOcean } from './digitalocean-helpers';

const VPC = '10.2.0.0/16';
const ANYWHERE = ['0.0.0.0/0', '::/0'];

describe('DigitalOceanGitpodCluster', () => {
  const small = synthDigitalOcean();
  const medium = synthDigitalOcean({ size: ClusterSize.MEDIUM, workerCount: 5, location: 'nyc3' });
  const droplet = (synth: { json: any }, part: string) => resourceNamed(synth.json, Droplet.tfResourceType, part);
  const tagAddress = (synth: { json: any }, part: string) => `\${${addressOf(synth.json, Tag.tfResourceType, part)}.name}`;

  it('builds the VPC 10.2.0.0/16 in the region, named gitpod-<region>-<name>-<workspace>', () => {
    const vpc = resourceNamed(small.json, Vpc.tfResourceType, 'vpc');
    expect(vpc).toMatchObject({ ip_range: VPC, region: 'fra1' });
    expect(vpc.name).toBe('gitpod-fra1-vpc-${replace(terraform.workspace, "/[^a-zA-Z0-9_]/", "")}');
    expect(resourceNamed(medium.json, Vpc.tfResourceType, 'vpc').region).toBe('nyc3');
  });

  it('defaults to fra1, a real DigitalOcean region', () => {
    expect(small.cluster.location).toBe('fra1');
    expect(cloudCatalog('digitalocean').defaultLocation).toBe('fra1');
  });

  it('tags nodes with account-unique names from a random cluster id', () => {
    const tags = Object.values<any>(resourcesOf(small.json, Tag.tfResourceType)).map((t) => t.name).sort();
    expect(tags).toEqual([
      expect.stringMatching(/^gitpod-\$\{random_id\.gitpod_cluster-id_[0-9A-F]+\.hex\}-lb$/),
      expect.stringMatching(/^gitpod-\$\{random_id\.gitpod_cluster-id_[0-9A-F]+\.hex\}-manager$/),
      expect.stringMatching(/^gitpod-\$\{random_id\.gitpod_cluster-id_[0-9A-F]+\.hex\}-node$/),
    ]);
  });

  describe('firewall (by tag)', () => {
    const restricted = synthDigitalOcean({ apiAllowedCidrs: ['203.0.113.0/24'] });
    const firewall = resourceNamed(restricted.json, Firewall.tfResourceType, 'firewall');
    const inbound = firewall.inbound_rule as any[];

    it('applies to every node through the node tag', () => {
      expect(firewall.tags).toEqual([tagAddress(restricted, 'node-tag')]);
    });

    it('opens to the world only 22, 80, 443 and 2244, and ICMP', () => {
      const world = inbound.filter((r) => JSON.stringify(r.source_addresses) === JSON.stringify(ANYWHERE))
        .map((r) => `${r.protocol}/${r.port_range ?? '-'}`).sort();
      expect(world).toEqual(['icmp/-', 'tcp/22', 'tcp/2244', 'tcp/443', 'tcp/80']);
    });

    it('opens the Kubernetes API to the allow-list, the VPC (where nodes join) and the managers\' load balancer', () => {
      const api = inbound.filter((r) => r.port_range === '6443');
      expect(api).toHaveLength(1);
      expect(api[0]).toMatchObject({ protocol: 'tcp', source_addresses: ['203.0.113.0/24', VPC] });
      expect(api[0].source_load_balancer_uids).toMatch(/^\$\{digitalocean_loadbalancer\.gitpod_manager-load-balancer_[0-9A-F]+\[\*\]\.id\}$/);
      const byDefault = resourceNamed(small.json, Firewall.tfResourceType, 'firewall').inbound_rule.find((r: any) => r.port_range === '6443');
      expect(byDefault.source_addresses).toEqual([...ANYWHERE, VPC]);
    });

    it('opens etcd, flannel, kubelet and DNS to the VPC only', () => {
      const cluster = FIREWALL_PORTS.filter((p) => p.scope === PortScope.PRIVATE).map((p) => `${p.protocol}/${p.port}`).sort();
      expect(cluster).toEqual(['tcp/10250', 'tcp/2379-2380', 'tcp/53', 'udp/51820-51821', 'udp/53', 'udp/8472']);
      const vpcOnly = inbound.filter((r) => JSON.stringify(r.source_addresses) === JSON.stringify([VPC]))
        .map((r) => `${r.protocol}/${r.port_range}`).sort();
      expect(vpcOnly).toEqual(cluster);
      expect(inbound).toHaveLength(FIREWALL_PORTS.length + 1);
    });

    it('lets everything out', () => {
      expect(firewall.outbound_rule.map((r: any) => `${r.protocol}/${r.port_range ?? '-'}:${r.destination_addresses.join(',')}`).sort()).toEqual([
        'icmp/-:0.0.0.0/0,::/0', 'tcp/1-65535:0.0.0.0/0,::/0', 'udp/1-65535:0.0.0.0/0,::/0',
      ]);
    });
  });

  it('registers the SSH key and gives it to every droplet', () => {
    const key = resourceNamed(small.json, SshKey.tfResourceType, 'ssh-key');
    expect(key.public_key).toBe(SSH_PUBLIC_KEY);
    for (const d of Object.values<any>(resourcesOf(small.json, Droplet.tfResourceType))) {
      expect(d.ssh_keys).toEqual([`\${${addressOf(small.json, SshKey.tfResourceType, 'ssh-key')}.fingerprint}`]);
    }
  });

  it('puts every droplet in the VPC, on Ubuntu 24.04, behind the firewall, and keeps user_data changes from replacing it', () => {
    const droplets = resourcesOf(small.json, Droplet.tfResourceType);
    expect(Object.keys(droplets)).toHaveLength(3);
    for (const d of Object.values<any>(droplets)) {
      expect(d).toMatchObject({ image: 'ubuntu-24-04-x64', region: 'fra1', ipv6: false });
      expect(d.vpc_uuid).toBe(`\${${addressOf(small.json, Vpc.tfResourceType, 'vpc')}.id}`);
      expect(d.lifecycle).toEqual({ ignore_changes: ['user_data', 'ssh_keys', 'image'] });
      expect(d.depends_on).toEqual([addressOf(small.json, Firewall.tfResourceType, 'firewall')]);
      expect(d.user_data.startsWith('#cloud-config\n${yamlencode(')).toBe(true);
      // DigitalOcean assigns private addresses: each node finds its own at boot.
      expect(d.user_data).not.toContain('"node-ip" =');
      // (the first manager deploys the upgrade controller and enables the node reaper in between)
      expect(d.user_data).toMatch(/"\/usr\/local\/sbin\/gitpod-require-fence", "\/usr\/local\/sbin\/gitpod-prepare-node", "fuse", "\/usr\/local\/sbin\/gitpod-find-cluster", "\/usr\/local\/sbin\/gitpod-node-ip", "10\.2\.0\.0\/16", ("\/usr\/local\/sbin\/gitpod-upgrade-controller", [^\]]*?"--", )?("\/usr\/local\/sbin\/gitpod-enable-node-reaper", )?"\/usr\/local\/sbin\/gitpod-install-k3s"/);
    }
    expect(droplet(small, 'gitpod_manager_').name).toMatch(/^gitpod-fra1-manager-1-\$\{replace\(terraform\.workspace/);
    expect(droplet(small, 'workers').name).toMatch(/^gitpod-fra1-worker-\$\{\(count\.index \+ 1\)\}-/);
  });

  it('joins the other nodes at the first manager\'s private address, so they come after it', () => {
    const primaryAddress = addressOf(small.json, Droplet.tfResourceType, 'gitpod_manager_');
    for (const part of ['joining-managers', 'workers']) {
      expect(droplet(small, part).user_data).toContain(`"server" = join("", ["https://", ${primaryAddress}.ipv4_address_private, ":6443"])`);
    }
    expect(droplet(small, 'gitpod_manager_').user_data).not.toContain('ipv4_address_private');
  });

  it('decides counts and droplet sizes from the size catalog, at plan time', () => {
    const sizes = Object.entries<any>(small.json.locals).find(([name]) => name.includes('sizes'))![1];
    expect(sizes.small).toMatchObject({ managerCount: 1, workerCount: 1, managersRunWorkloads: true, managerLoadBalancer: false,
      managerType: { default: 's-8vcpu-16gb' }, workerType: { default: 's-8vcpu-16gb' } });
    expect(sizes.medium).toMatchObject({ managerCount: 3, workerCountFromSizeData: true, managersRunWorkloads: false, managerLoadBalancer: true,
      managerType: { default: 's-4vcpu-8gb' }, workerType: { default: 's-8vcpu-16gb' } });
    expect(sizes.large).toMatchObject({ managerCount: 3, workerCount: 0, workersAutoscaled: true, managerLoadBalancer: true, managerType: { default: 's-4vcpu-8gb' } });
    expect(droplet(small, 'joining-managers').count).toMatch(/\.small\.managerCount - 1/);
    expect(droplet(medium, 'workers').count).toMatch(/\.medium\.workerCountFromSizeData \? 5 : /);
    expect(droplet(medium, 'workers').size).toMatch(/\.medium\.workerType\[local\.[a-z_A-Z0-9]+\.nyc3\]/);
  });

  it('the catalog gives a manager load balancer exactly to the highly available sizes (the reserved IP relies on it)', () => {
    for (const [name, spec] of Object.entries(cloudCatalog('digitalocean').sizes)) {
      expect([name, spec.managerLoadBalancer]).toEqual([name, spec.managerCount > 1]);
    }
  });

  it('tags the nodes that run Gitpod for its load balancer: workers always, managers where they run Gitpod', () => {
    expect(droplet(small, 'workers').tags).toEqual([tagAddress(small, 'node-tag'), tagAddress(small, 'gitpod-lb-tag')]);
    const managerTags = `\${concat([${addressOf(small.json, Tag.tfResourceType, 'node-tag')}.name, ${addressOf(small.json, Tag.tfResourceType, 'manager-tag')}.name], `
      + `local.gitpod_size_sizes_D7FE1AF1.small.managersRunWorkloads ? [${addressOf(small.json, Tag.tfResourceType, 'gitpod-lb-tag')}.name] : [])}`;
    expect(droplet(small, 'gitpod_manager_').tags).toBe(managerTags);
    expect(droplet(small, 'joining-managers').tags).toBe(managerTags);
  });

  it('fronts Gitpod with a public load balancer in the VPC: 80 http, 443 TLS passthrough, 22 tcp, TCP health check', () => {
    const lb = resourceNamed(small.json, Loadbalancer.tfResourceType, 'gitpod_load-balancer_');
    expect(lb).toMatchObject({ region: 'fra1', size_unit: 1, droplet_tag: tagAddress(small, 'gitpod-lb-tag'), healthcheck: { protocol: 'tcp', port: 443 } });
    expect(lb.vpc_uuid).toBe(`\${${addressOf(small.json, Vpc.tfResourceType, 'vpc')}.id}`);
    expect(lb.forwarding_rule).toEqual([
      { entry_protocol: 'http', entry_port: 80, target_protocol: 'http', target_port: 80 },
      { entry_protocol: 'https', entry_port: 443, target_protocol: 'https', target_port: 443, tls_passthrough: true },
      { entry_protocol: 'tcp', entry_port: 22, target_protocol: 'tcp', target_port: 22 },
    ]);
    expect(lb.count).toBeUndefined();
    expect(lb.dynamic).toBeUndefined();
  });

  it('gives medium managers their own load balancer on 6443 and 2244, which the kubeconfig uses', () => {
    const lb = resourceNamed(medium.json, Loadbalancer.tfResourceType, 'manager-load-balancer');
    expect(lb.count).toMatch(/\.medium\.managerLoadBalancer \? 1 : 0/);
    expect(lb).toMatchObject({ droplet_tag: tagAddress(medium, 'manager-tag'), healthcheck: { protocol: 'tcp', port: 6443 }, size_unit: 1 });
    expect(lb.forwarding_rule.map((r: any) => `${r.entry_protocol}:${r.entry_port}->${r.target_protocol}:${r.target_port}`)).toEqual(['tcp:6443->tcp:6443', 'tcp:2244->tcp:2244']);
    expect(Object.keys(lb.dynamic.firewall).sort()).toEqual(['content', 'for_each']);
    expect(medium.cluster.apiAddress).toBeDefined();
    expect(medium.text).toMatch(/managerLoadBalancer \? one\(digitalocean_loadbalancer\.gitpod_manager-load-balancer_[0-9A-F]+\[\*\]\.ip\) : one\(digitalocean_reserved_ip\.gitpod_manager-ip_[0-9A-F]+\[\*\]\.ip_address\)/);
  });

  it('gives small a reserved IP, made before the droplet and assigned to it, as the API address', () => {
    const ip = resourceNamed(small.json, ReservedIp.tfResourceType, 'manager-ip');
    expect(ip).toEqual({ count: '${local.gitpod_size_sizes_D7FE1AF1.small.managerLoadBalancer ? 0 : 1}', region: 'fra1' });
    const assignment = resourceNamed(small.json, ReservedIpAssignment.tfResourceType, 'manager-ip-assignment');
    expect(assignment.count).toBe(ip.count);
    expect(assignment.droplet_id).toBe(`\${${addressOf(small.json, Droplet.tfResourceType, 'gitpod_manager_')}.id}`);
    expect(assignment.ip_address).toBe(`\${${addressOf(small.json, ReservedIp.tfResourceType, 'manager-ip')}[count.index].ip_address}`);
    // The first manager's certificate names the same address the kubeconfig uses.
    const tlsSan = /"tls-san" = \[(.*?)\], "cluster-cidr"/.exec(droplet(small, 'gitpod_manager_').user_data)![1];
    const wait = resourceNamed(small.json, 'terraform_data', 'ready_wait');
    expect(wait.provisioner[0]['local-exec'].environment.API_URL).toBe(`\${join("", ["https://", ${tlsSan}, ":6443"])}`);
  });

  it('waits for readiness after the nodes, the autoscale pools, the load balancers, the reserved IP and the firewall', () => {
    const wait = resourceNamed(small.json, 'terraform_data', 'ready_wait');
    const types = wait.depends_on.map((d: string) => d.split('.')[0]).sort();
    expect(types).toEqual(['digitalocean_droplet', 'digitalocean_droplet', 'digitalocean_droplet', 'digitalocean_droplet_autoscale', 'digitalocean_firewall',
      'digitalocean_loadbalancer', 'digitalocean_loadbalancer', 'digitalocean_reserved_ip_assignment']);
    expect(Object.keys(wait.triggers_replace).sort()).toEqual(['managers', 'primary', 'workers']);
    expect(wait.triggers_replace.workers).toMatch(/^\$\{join\(",", digitalocean_droplet\.gitpod_workers_[0-9A-F]+\[\*\]\.id\)\}$/);
    // large: the pools' minimum too.
    expect(wait.provisioner[0]['local-exec'].environment.EXPECTED_NODES).toMatch(/managerCount \+ tonumber\(.*\+ local\.gitpod_pools_min-nodes_/);
  });

  it('exposes the contract values as attributes, not outputs; DNS records point at the public load balancer', () => {
    expect(small.json.output).toBeUndefined();
    expect(small.cluster.dnsRecords.map((r) => [r.type, r.name, r.subdomain])).toEqual([
      ['A', 'gitpod.example.com', '@'],
      ['A', '*.gitpod.example.com', '*.'],
      ['A', '*.ws.gitpod.example.com', '*.ws'],
    ]);
    const stack = new TerraformStack(Testing.app(), 'attrs');
    const cluster = new DigitalOceanGitpodCluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY });
    new TerraformOutput(stack, 'lb', { value: cluster.loadBalancerIpv4 });
    new TerraformOutput(stack, 'records', { value: cluster.dnsRecords });
    const outputs = JSON.parse(Testing.synth(stack)).output;
    expect(outputs.lb.value).toMatch(/^\$\{digitalocean_loadbalancer\.gitpod_load-balancer_[0-9A-F]+\.ip\}$/);
    expect(outputs.records.value.map((r: any) => r.value)).toEqual([outputs.lb.value, outputs.lb.value, outputs.lb.value]);
    expect(small.cluster.kubecontext).toBe('gitpod-self-hosted');
    expect(small.cluster.size).toBe('small');
  });

  it('two clusters fit in one stack (all names are scoped)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'two');
    new DigitalOceanGitpodCluster(stack, 'a', { domainName: 'a.example.com', sshPublicKey: SSH_PUBLIC_KEY });
    new DigitalOceanGitpodCluster(stack, 'b', { domainName: 'b.example.com', sshPublicKey: SSH_PUBLIC_KEY, location: 'ams3' });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(resourcesOf(json, Droplet.tfResourceType))).toHaveLength(6);
    expect(Object.keys(resourcesOf(json, Tag.tfResourceType))).toHaveLength(6);
  });
});
