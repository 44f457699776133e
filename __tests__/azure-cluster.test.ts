import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataAzurermDnsZone } from '../constructs/azure/gen/data-azurerm-dns-zone';
import { DnsARecord } from '../constructs/azure/gen/dns-a-record';
import { Lb } from '../constructs/azure/gen/lb';
import { LinuxVirtualMachine } from '../constructs/azure/gen/linux-virtual-machine';
import { NetworkSecurityRule } from '../constructs/azure/gen/network-security-rule';
import { PublicIp } from '../constructs/azure/gen/public-ip';
import { Subnet } from '../constructs/azure/gen/subnet';
import { VirtualNetwork } from '../constructs/azure/gen/virtual-network';
import { ClusterSize } from '../lib';
import { AzureGitpodCluster } from '../constructs/azure';
import { FIREWALL_PORTS, PortScope } from '../lib/firewall';
import { AZURE_CLUSTER_PROPS, IDENTITY_ID, synthAzure } from './azure-helpers';
import { evaluateExpressions } from './expression-eval';
import { SSH_PUBLIC_KEY, resourceNamed, resourcesOf } from './helpers';

/** What a token in a construct attribute stands for in the synthesized JSON. */
let outputs = 0;
function resolved(scope: Construct, value: unknown): unknown {
  const stack = TerraformStack.of(scope);
  const id = `resolved-${++outputs}`;
  new TerraformOutput(stack, id, { value });
  return JSON.parse(Testing.synth(stack)).output[id].value;
}
const WORKSPACE = '${replace(terraform.workspace, "/[^a-zA-Z0-9_]/", "")}';

describe('AzureGitpodCluster', () => {
  const small = synthAzure();
  const medium = synthAzure({ size: ClusterSize.MEDIUM, workerCount: 5, location: 'westeurope' });

  it('builds the virtual network 10.2.0.0/16 and the subnet 10.2.1.0/24 in the given resource group', () => {
    expect(small.text).toHaveResourceWithProperties(VirtualNetwork, { address_space: ['10.2.0.0/16'], resource_group_name: 'gitpod-rg', location: 'uksouth' });
    expect(small.text).toHaveResourceWithProperties(Subnet, { address_prefixes: ['10.2.1.0/24'], resource_group_name: 'gitpod-rg' });
    const subnet = resourceNamed(small.json, Subnet.tfResourceType, 'subnet');
    expect(subnet.virtual_network_name).toMatch(/^\$\{azurerm_virtual_network\.gitpod_network_[0-9A-F]+\.name\}$/);
  });

  it('names resources gitpod-<first three letters of the location>-<name>-<workspace>, as the old module', () => {
    const network = resourceNamed(small.json, VirtualNetwork.tfResourceType, 'network');
    expect(network.name).toBe(`gitpod-\${substr("uksouth", 0, 3)}-network-${WORKSPACE}`);
    const [region] = evaluateExpressions(small.json, ['${substr("uksouth", 0, 3)}']);
    expect(region).toBe('uks');
  });

  it('gives VMs a host name without the underscores a workspace name may hold', () => {
    const vm = resourceNamed(medium.json, LinuxVirtualMachine.tfResourceType, 'workers');
    expect(vm.name).toBe(`gitpod-\${substr("westeurope", 0, 3)}-worker-\${(count.index + 1)}-${WORKSPACE}`);
    const [hostName] = evaluateExpressions(medium.json, [vm.computer_name], { 'terraform.workspace': 'team_a-1', 'count.index': 1 });
    expect(hostName).toBe('gitpod-wes-worker-2-team-a1');
  });

  describe('network security group', () => {
    const rules = (json: any) => Object.values<any>(resourcesOf(json, NetworkSecurityRule.tfResourceType));

    it('has one inbound allow rule per port, with priorities 100 and up', () => {
      const all = rules(small.json);
      expect(all).toHaveLength(FIREWALL_PORTS.length + 1);
      expect(all.every((r) => r.direction === 'Inbound' && r.access === 'Allow' && r.source_port_range === '*')).toBe(true);
      expect(all.map((r) => r.priority).sort()).toEqual(all.map((_, i) => 100 + i));
      expect(new Set(all.map((r) => r.name)).size).toBe(all.length);
      expect(all.every((r) => /^\$\{azurerm_network_security_group\.gitpod_nsg_[0-9A-F]+\.name\}$/.test(r.network_security_group_name))).toBe(true);
    });

    it('opens 22, 80, 443 and ICMP to the world, 2244 and 6443 to their allow-lists; the cluster ports only to the virtual network', () => {
      const open = rules(small.json)
        .filter((r) => r.source_address_prefix === '*')
        .map((r) => `${r.protocol}/${r.destination_port_range}`).sort();
      expect(open).toEqual(['Icmp/*', 'Tcp/22', 'Tcp/443', 'Tcp/80']);
      const listed = rules(small.json).filter((r) => r.source_address_prefixes !== undefined);
      expect(listed.map((r) => r.destination_port_range).sort()).toEqual(['2244', '6443']);
      // The defaults: anywhere, as IPv4 blocks.
      for (const r of listed) expect(r.source_address_prefixes).toMatch(/toset\(\["0\.0\.0\.0\/0", "::\/0"\]\)/);
      const privatePorts = FIREWALL_PORTS.filter((p) => p.scope === PortScope.PRIVATE);
      const fromNetwork = rules(small.json).filter((r) => r.source_address_prefix === '10.2.0.0/16');
      expect(fromNetwork.map((r) => `${r.protocol}/${r.destination_port_range}`).sort())
        .toEqual(privatePorts.map((p) => `${p.protocol.charAt(0).toUpperCase()}${p.protocol.slice(1)}/${p.port}`).sort());
    });

    it('opens 6443 to the IPv4 blocks of the allow-list, as network addresses', () => {
      const synth = synthAzure({ apiAllowedCidrs: ['203.0.113.7/24', '2001:db8::/32', '198.51.100.0/24'] });
      const api = rules(synth.json).find((r) => r.destination_port_range === '6443');
      expect(api.source_address_prefix).toBeUndefined();
      const [defaults, given] = evaluateExpressions(synth.json, [rules(small.json).find((r) => r.destination_port_range === '6443').source_address_prefixes, api.source_address_prefixes]);
      expect(defaults).toEqual(['0.0.0.0/0']);
      expect(given).toEqual(['198.51.100.0/24', '203.0.113.0/24']);
    });

    it('is exposed as an attribute for the module output network_security_group_id', () => {
      const { cluster } = synthAzure();
      expect(resolved(cluster, cluster.networkSecurityGroupId)).toMatch(/^\$\{azurerm_network_security_group\.gitpod_nsg_[0-9A-F]+\.id\}$/);
      const associations = Object.values<any>(resourcesOf(small.json, 'azurerm_network_interface_security_group_association'));
      expect(associations).toHaveLength(3);
      expect(new Set(associations.map((a) => a.network_security_group_id)).size).toBe(1);
    });
  });

  it('uses Standard static public IPs everywhere', () => {
    const ips = Object.values<any>(resourcesOf(medium.json, PublicIp.tfResourceType));
    expect(ips).toHaveLength(5);
    expect(ips.every((ip) => ip.sku === 'Standard' && ip.allocation_method === 'Static')).toBe(true);
  });

  it('fronts Gitpod with a Standard load balancer: a TCP probe and rule for each of 80, 443 and 22 into one pool', () => {
    const lb = resourceNamed(small.json, Lb.tfResourceType, 'gitpod_load-balancer');
    expect(lb).toMatchObject({ sku: 'Standard', frontend_ip_configuration: [{ name: 'public', public_ip_address_id: expect.stringMatching(/azurerm_public_ip\.gitpod_lb-ip_/) }] });
    const gitpodRules = Object.entries<any>(resourcesOf(small.json, 'azurerm_lb_rule')).filter(([name]) => name.includes('_lb-rule-')).map(([, r]) => r);
    expect(gitpodRules.map((r) => `${r.protocol}:${r.frontend_port}->${r.backend_port}`).sort()).toEqual(['Tcp:22->22', 'Tcp:443->443', 'Tcp:80->80']);
    for (const rule of gitpodRules) {
      expect(rule.backend_address_pool_ids).toEqual([expect.stringMatching(/^\$\{azurerm_lb_backend_address_pool\.gitpod_lb-pool_[0-9A-F]+\.id\}$/)]);
      expect(rule.probe_id).toMatch(new RegExp(`azurerm_lb_probe\\.gitpod_lb-probe-${rule.frontend_port}_`));
      expect(rule).toMatchObject({ frontend_ip_configuration_name: 'public', idle_timeout_in_minutes: 30, tcp_reset_enabled: true });
    }
    const probes = Object.entries<any>(resourcesOf(small.json, 'azurerm_lb_probe')).filter(([name]) => name.includes('_lb-probe-')).map(([, p]) => `${p.protocol}:${p.port}`);
    expect(probes.sort()).toEqual(['Tcp:22', 'Tcp:443', 'Tcp:80']);
  });

  it('small: both nodes serve Gitpod; medium: the workers only', () => {
    const pools = (json: any) => Object.fromEntries(Object.entries<any>(resourcesOf(json, 'azurerm_network_interface_backend_address_pool_association'))
      .map(([name, a]) => [name.replace(/^gitpod_|_[0-9A-F]+$/g, ''), a]));
    const values = (json: any, size: string) => {
      const all = pools(json);
      const names = Object.keys(all).sort();
      const counts = evaluateExpressions(json, names.map((n) => String(all[n].count)), { 'var.size': size });
      return Object.fromEntries(names.map((n, i) => [n, counts[i]]));
    };
    expect(values(small.json, 'small')).toEqual({
      'manager-gitpod-pool': 1, 'manager-manager-pool': 0, 'joining-managers-gitpod-pool': 0, 'joining-managers-manager-pool': 0, 'workers-gitpod-pool': 1,
    });
    expect(values(medium.json, 'medium')).toEqual({
      'manager-gitpod-pool': 0, 'manager-manager-pool': 1, 'joining-managers-gitpod-pool': 0, 'joining-managers-manager-pool': 2, 'workers-gitpod-pool': 5,
    });
    const primaryToManagers = pools(medium.json)['manager-manager-pool'];
    expect(primaryToManagers.backend_address_pool_id).toMatch(/^\$\{one\(azurerm_lb_backend_address_pool\.gitpod_manager-lb-pool_[0-9A-F]+\[\*\]\.id\)\}$/);
    expect(primaryToManagers.ip_configuration_name).toBe('internal');
  });

  it('gives medium managers their own load balancer on 6443 and 2244, which the kubeconfig uses', () => {
    const lb = resourceNamed(medium.json, Lb.tfResourceType, 'manager-load-balancer');
    const [lbCount] = evaluateExpressions(medium.json, [lb.count]);
    expect(lbCount).toBe(1);
    expect(evaluateExpressions(small.json, [resourceNamed(small.json, Lb.tfResourceType, 'manager-load-balancer').count])).toEqual([0]);
    const ports = Object.entries<any>(resourcesOf(medium.json, 'azurerm_lb_rule')).filter(([name]) => name.includes('manager-lb-rule')).map(([, r]) => r.frontend_port);
    expect(ports.sort()).toEqual([2244, 6443]);
    expect(medium.cluster.apiAddress).toBeDefined();
    expect(medium.text).toMatch(/managerLoadBalancer \? one\(azurerm_public_ip\.gitpod_manager-lb-ip_[0-9A-F]+\[\*\]\.ip_address\) : azurerm_public_ip\.gitpod_manager-ip_[0-9A-F]+\.ip_address/);
  });

  it('gives every NIC a static private IP (the first manager 10.2.1.10) and its own static public IP', () => {
    const nic = (part: string) => resourceNamed(medium.json, 'azurerm_network_interface', part).ip_configuration[0];
    expect(nic('manager-nic')).toMatchObject({
      name: 'internal', private_ip_address_allocation: 'Static', private_ip_address: '${cidrhost("10.2.1.0/24", 10)}',
      public_ip_address_id: expect.stringMatching(/^\$\{azurerm_public_ip\.gitpod_manager-ip_[0-9A-F]+\.id\}$/),
    });
    expect(nic('joining-managers-nic').public_ip_address_id).toMatch(/^\$\{azurerm_public_ip\.gitpod_joining-managers-ip_[0-9A-F]+\[count\.index\]\.id\}$/);
    const addresses = evaluateExpressions(medium.json, [
      nic('manager-nic').private_ip_address, nic('joining-managers-nic').private_ip_address, nic('workers-nic').private_ip_address,
    ], { 'count.index': 1 });
    expect(addresses).toEqual(['10.2.1.10', '10.2.1.12', '10.2.1.101']);
  });

  it('makes Linux VMs as the old module did: admin gitpod with the key, no passwords, Ubuntu 24.04, cloud-init in custom_data; the identity on managers only', () => {
    const vms = Object.entries<any>(resourcesOf(small.json, LinuxVirtualMachine.tfResourceType));
    expect(vms).toHaveLength(3);
    // The workers run the workspaces, so they get no identity whose tokens a pod could want.
    const identities = Object.fromEntries(vms.map(([name, vm]) => [name.replace(/_[0-9A-F]+$/, ''), vm.identity]));
    expect(identities).toEqual({
      gitpod_manager: { type: 'UserAssigned', identity_ids: [IDENTITY_ID] },
      'gitpod_joining-managers': { type: 'UserAssigned', identity_ids: [IDENTITY_ID] },
      gitpod_workers: undefined,
    });
    for (const [, vm] of vms) {
      expect(vm).toMatchObject({
        admin_username: 'gitpod',
        admin_ssh_key: [{ username: 'gitpod', public_key: SSH_PUBLIC_KEY }],
        disable_password_authentication: true,
        os_disk: { caching: 'ReadWrite', storage_account_type: 'Standard_LRS' },
        source_image_reference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' },
        lifecycle: { ignore_changes: ['custom_data', 'admin_ssh_key', 'source_image_reference'] },
        resource_group_name: 'gitpod-rg',
      });
      expect(vm.admin_password).toBeUndefined();
      // Azure wants custom data base64-encoded.
      expect(vm.custom_data.startsWith('${base64encode("#cloud-config\\n${yamlencode(')).toBe(true);
      expect(vm.network_interface_ids).toEqual([expect.stringMatching(/azurerm_network_interface\./)]);
    }
  });

  it('fences pods off IMDS (169.254.169.254) and off the wire server 168.63.129.16 but for DNS', () => {
    const vm = resourceNamed(small.json, LinuxVirtualMachine.tfResourceType, 'manager_');
    expect(vm.custom_data).toContain('METADATA_ADDRESS=169.254.169.254');
    expect(vm.custom_data).toContain('HOST_SERVICE_ADDRESS=168.63.129.16');
  });

  it('decides counts and machine types from the size catalog, at plan time, in any region', () => {
    const sizes = Object.entries<any>(small.json.locals).find(([name]) => name.includes('sizes'))![1];
    expect(sizes.small).toMatchObject({ managerCount: 1, workerCount: 1, managerType: { default: 'Standard_D4s_v3' }, workerType: { default: 'Standard_D4s_v3' } });
    expect(sizes.medium).toMatchObject({ managerCount: 3, workerCountFromSizeData: true, managerType: { default: 'Standard_D2s_v3' }, workerType: { default: 'Standard_D4s_v3' } });
    const vm = (json: any, part: string) => resourceNamed(json, LinuxVirtualMachine.tfResourceType, part);
    // westeurope is not listed in the catalog's locations: the default machine types apply.
    expect(evaluateExpressions(medium.json, [vm(medium.json, 'manager_').size, vm(medium.json, 'workers').size, vm(medium.json, 'joining').count, vm(medium.json, 'workers').count]))
      .toEqual(['Standard_D2s_v3', 'Standard_D4s_v3', 2, 5]);
    expect(evaluateExpressions(small.json, [vm(small.json, 'manager_').size, vm(small.json, 'joining').count, vm(small.json, 'workers').count]))
      .toEqual(['Standard_D4s_v3', 0, 1]);
  });

  it('waits for readiness during apply, expecting every node', () => {
    const wait = resourceNamed(medium.json, 'terraform_data', 'ready_wait');
    expect(wait.count).toBe('${(20 >= 1) ? 1 : 0}');
    const exec = wait.provisioner[0]['local-exec'];
    expect(exec.command).toContain('/readyz');
    // Terraform must be able to evaluate it: 3 managers + 5 workers.
    expect(evaluateExpressions(medium.json, [exec.environment.EXPECTED_NODES])).toEqual([8]);
    const smallWait = resourceNamed(small.json, 'terraform_data', 'ready_wait');
    expect(evaluateExpressions(small.json, [smallWait.provisioner[0]['local-exec'].environment.EXPECTED_NODES])).toEqual([2]);
    expect(Object.keys(wait.triggers_replace).sort()).toEqual(['managers', 'primary', 'workers']);
    const waitsFor = wait.depends_on.map((d: string) => d.split('.')[0]);
    for (const type of ['azurerm_linux_virtual_machine', 'azurerm_network_security_rule', 'azurerm_network_interface_security_group_association',
      'azurerm_network_interface_backend_address_pool_association', 'azurerm_lb_rule']) {
      expect(waitsFor).toContain(type);
    }
  });

  it('exposes the contract values as attributes, not outputs; the apex wildcard is `*` as in Azure DNS', () => {
    const { json, cluster } = synthAzure();
    expect(json.output).toBeUndefined();
    expect(small.cluster.dnsRecords.map((r) => [r.type, r.name, r.subdomain])).toEqual([
      ['A', 'gitpod.example.com', '@'],
      ['A', '*.gitpod.example.com', '*'],
      ['A', '*.ws.gitpod.example.com', '*.ws'],
    ]);
    expect(resolved(cluster, cluster.dnsRecords.map((r) => r.value))).toEqual(Array(3).fill(resolved(cluster, cluster.loadBalancerIpv4)));
    expect(resolved(cluster, cluster.loadBalancerIpv4)).toMatch(/^\$\{azurerm_public_ip\.gitpod_lb-ip_[0-9A-F]+\.ip_address\}$/);
    expect(small.cluster.location).toBe('uksouth');
    expect(small.cluster.resourceGroupName).toBe('gitpod-rg');
    expect(small.cluster.size).toBe('small');
  });

  it('two clusters fit in one stack (all names are scoped)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'two');
    const common = { sshPublicKey: SSH_PUBLIC_KEY, resourceGroupName: 'rg', userAssignedIdentityId: IDENTITY_ID };
    new AzureGitpodCluster(stack, 'a', { ...common, domainName: 'a.example.com' });
    new AzureGitpodCluster(stack, 'b', { ...common, domainName: 'b.example.com', location: 'northeurope' });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(resourcesOf(json, LinuxVirtualMachine.tfResourceType))).toHaveLength(6);
  });

  it('takes its DNS records into an existing Azure DNS zone with the bindings the package ships (as the READMEs show)', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const cluster = new AzureGitpodCluster(stack, 'gitpod', AZURE_CLUSTER_PROPS);
    const zone = new DataAzurermDnsZone(stack, 'zone', { name: 'example.com', resourceGroupName: 'dns-rg' });
    cluster.dnsRecords.forEach((record, i) => new DnsARecord(stack, `record-${i}`, {
      name: record.subdomain, zoneName: zone.name, resourceGroupName: zone.resourceGroupName, ttl: 300, records: [record.value],
    }));
    const json = JSON.parse(Testing.synth(stack));
    expect(json.data.azurerm_dns_zone.zone).toEqual({ name: 'example.com', resource_group_name: 'dns-rg' });
    const records = Object.values<any>(json.resource.azurerm_dns_a_record);
    expect(records.map((r) => r.name)).toEqual(['@', '*', '*.ws']); // Azure names the apex wildcard "*"
    for (const r of records) {
      expect(r.zone_name).toBe('${data.azurerm_dns_zone.zone.name}');
      expect(r.records).toEqual([expect.stringMatching(/^\$\{azurerm_public_ip\.gitpod_lb-ip_[0-9A-F]+\.ip_address\}$/)]); // the load balancer's
    }
  });
});
