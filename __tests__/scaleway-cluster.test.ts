import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { ClusterSize } from '../lib';
import { ScalewayGitpodCluster } from '../constructs/scaleway';
import { IamSshKey } from '../constructs/scaleway/gen/iam-ssh-key';
import { InstanceSecurityGroup } from '../constructs/scaleway/gen/instance-security-group';
import { Lb } from '../constructs/scaleway/gen/lb';
import { LbIp } from '../constructs/scaleway/gen/lb-ip';
import { VpcGatewayNetwork } from '../constructs/scaleway/gen/vpc-gateway-network';
import { VpcPrivateNetwork } from '../constructs/scaleway/gen/vpc-private-network';
import { VpcPublicGateway } from '../constructs/scaleway/gen/vpc-public-gateway';
import { SSH_PUBLIC_KEY, resourceNamed, resourcesOf } from './helpers';
import { PROJECT_ID, synthScaleway } from './scaleway-helpers';

/** `${...}` of a reference to a resource of a type, as Terraform JSON writes it. */
const ref = (type: string) => new RegExp(`^\\$\\{${type}\\.[A-Za-z0-9_-]+(\\[count\\.index\\])?\\.id\\}$`);

describe('ScalewayGitpodCluster', () => {
  const small = synthScaleway();
  const medium = synthScaleway({ size: ClusterSize.MEDIUM, workerCount: 5, location: 'fr-par', zone: 'fr-par-2' });

  it('puts the nodes on a private network 192.168.1.0/24 in the region, and every resource in the Project', () => {
    expect(small.text).toHaveResourceWithProperties(VpcPrivateNetwork, { region: 'nl-ams', ipv4_subnet: { subnet: '192.168.1.0/24' } });
    for (const [type, resources] of Object.entries<any>(small.json.resource)) {
      if (!type.startsWith('scaleway_')) continue;
      for (const [name, resource] of Object.entries<any>(resources)) {
        // Backends, frontends and NICs belong to their load balancer or server.
        if (['scaleway_lb_backend', 'scaleway_lb_frontend', 'scaleway_instance_private_nic', 'scaleway_vpc_gateway_network'].includes(type)) continue;
        expect([type, name, resource.project_id]).toEqual([type, name, PROJECT_ID]);
      }
    }
  });

  it('places every zonal resource in the zone, the first of the location unless chosen', () => {
    const zonal = ['scaleway_instance_server', 'scaleway_instance_private_nic', 'scaleway_instance_security_group', 'scaleway_lb',
      'scaleway_lb_ip', 'scaleway_vpc_public_gateway', 'scaleway_vpc_public_gateway_ip', 'scaleway_vpc_gateway_network'];
    for (const [synth, zone] of [[small, 'nl-ams-1'], [medium, 'fr-par-2']] as const) {
      for (const type of zonal) {
        const zones = Object.values<any>(resourcesOf(synth.json, type)).map((r) => r.zone);
        expect([type, [...new Set(zones)]]).toEqual([type, [zone]]);
      }
    }
    expect(synthScaleway({ location: 'pl-waw' }).cluster.zone).toBe('pl-waw-1');
    expect(medium.cluster.zone).toBe('fr-par-2');
  });

  it('books each node a stable private address in IPAM: managers from .50, workers from .60', () => {
    const primary = resourceNamed(small.json, 'scaleway_ipam_ip', 'gitpod_manager-address_');
    expect(primary).toMatchObject({ address: '${cidrhost("192.168.1.0/24", 50)}', region: 'nl-ams' });
    expect(primary.source).toEqual([{ private_network_id: expect.stringMatching(/^\$\{scaleway_vpc_private_network\./) }]);
    expect(resourceNamed(small.json, 'scaleway_ipam_ip', 'joining-manager-addresses').address).toBe('${cidrhost("192.168.1.0/24", (count.index + 51))}');
    expect(resourceNamed(small.json, 'scaleway_ipam_ip', 'worker-addresses').address).toBe('${cidrhost("192.168.1.0/24", (count.index + 60))}');
    // No DHCP of the public gateway: deprecated, and it no longer works.
    expect(small.json.resource.scaleway_vpc_public_gateway_dhcp).toBeUndefined();
    expect(small.json.resource.scaleway_vpc_public_gateway_dhcp_reservation).toBeUndefined();
  });

  it('gives every node its address through its private NIC, and no public IP', () => {
    const pairs: Array<[string, string, string]> = [['manager_', 'gitpod_manager-nic_', 'manager-address'], ['joining-managers', 'joining-manager-nics', 'joining-manager-addresses'], ['workers', 'worker-nics', 'worker-addresses']];
    for (const [server, nic, address] of pairs) {
      const s = resourceNamed(small.json, 'scaleway_instance_server', server);
      const n = resourceNamed(small.json, 'scaleway_instance_private_nic', nic);
      expect(n.server_id).toMatch(ref('scaleway_instance_server'));
      expect(n.ipam_ip_ids).toEqual([expect.stringMatching(ref('scaleway_ipam_ip'))]);
      expect(n.ipam_ip_ids[0]).toContain(address);
      expect(n.private_network_id).toMatch(ref('scaleway_vpc_private_network'));
      expect(n.count).toEqual(s.count);
      expect([server, s.ip_id, s.ip_ids, s.enable_dynamic_ip, s.private_network]).toEqual([server, undefined, undefined, undefined, undefined]);
    }
    expect(small.json.resource.scaleway_instance_ip).toBeUndefined();
  });

  it('gives the network a way out: a VPC-GW-S public gateway with masquerade and the default route from IPAM', () => {
    const gateway = resourceNamed(small.json, VpcPublicGateway.tfResourceType, 'gateway');
    expect(gateway).toMatchObject({ type: 'VPC-GW-S', bastion_enabled: true, bastion_port: 61000 });
    expect(gateway.ip_id).toMatch(ref('scaleway_vpc_public_gateway_ip'));
    expect(gateway.depends_on).toEqual([expect.stringMatching(/^scaleway_iam_ssh_key\./)]);
    const gn = resourceNamed(small.json, VpcGatewayNetwork.tfResourceType, 'gateway-network');
    expect(gn).toMatchObject({ enable_masquerade: true, ipam_config: [{ push_default_route: true }] });
    for (const deprecated of ['enable_dhcp', 'dhcp_id', 'static_address', 'cleanup_dhcp']) expect(gn[deprecated]).toBeUndefined();
    // Booked addresses come first, so that neither the gateway nor the load balancer takes one of them.
    const reservations = Object.keys(resourcesOf(small.json, 'scaleway_ipam_ip')).map((n) => `scaleway_ipam_ip.${n}`).sort();
    expect([...gn.depends_on].sort()).toEqual(reservations);
    expect([...resourceNamed(small.json, Lb.tfResourceType, 'load-balancer').depends_on].sort()).toEqual(reservations);
  });

  it('boots servers from cloud-init only after the way out and the SSH key exist; no SSH, no sleep', () => {
    expect(small.json.resource.scaleway_iam_ssh_key).toBeDefined();
    expect(small.json.resource.scaleway_account_ssh_key).toBeUndefined();
    expect(small.text).toHaveResourceWithProperties(IamSshKey, { public_key: SSH_PUBLIC_KEY, project_id: PROJECT_ID });
    expect(small.json.resource.time_sleep).toBeUndefined();
    expect(small.text).not.toMatch(/remote-exec|"connection"/);
    for (const server of Object.values<any>(resourcesOf(small.json, 'scaleway_instance_server'))) {
      expect(server.image).toBe('ubuntu_noble');
      expect(server.root_volume).toEqual({ size_in_gb: 100 });
      expect(server.lifecycle).toEqual({ ignore_changes: ['user_data', 'image'] });
      expect(Object.keys(server.user_data)).toEqual(['cloud-init']);
      expect(server.user_data['cloud-init'].startsWith('#cloud-config\n${yamlencode({"bootcmd" = ')).toBe(true);
      expect(server.depends_on.map((d: string) => d.split('.')[0]).sort()).toEqual(['scaleway_iam_ssh_key', 'scaleway_vpc_gateway_network']);
      expect(server.security_group_id).toMatch(ref('scaleway_instance_security_group'));
    }
  });

  it('drops inbound public traffic to the nodes (they have no public address; the load balancer and bastion are the doors)', () => {
    expect(small.text).toHaveResourceWithProperties(InstanceSecurityGroup, {
      inbound_default_policy: 'drop', outbound_default_policy: 'accept', stateful: true,
    });
    const group = resourceNamed(small.json, InstanceSecurityGroup.tfResourceType, 'security-group');
    expect(group.inbound_rule).toBeUndefined();
  });

  it('decides counts and machine types from the size catalog, at plan time', () => {
    const sizes = Object.entries<any>(small.json.locals).find(([name]) => name.includes('sizes'))![1];
    expect(sizes.small).toMatchObject({ managerCount: 1, workerCount: 1, managersRunWorkloads: true, managerType: { default: 'DEV1-XL' }, workerType: { default: 'DEV1-XL' } });
    expect(sizes.medium).toMatchObject({ managerCount: 3, workerCount: 3, workerCountFromSizeData: true, managersRunWorkloads: false, managerType: { default: 'PRO2-XXS' }, workerType: { default: 'PRO2-S' } });
    expect(sizes.large).toMatchObject({ managerCount: 3, workerCount: 0, workersAutoscaled: true, managersRunWorkloads: false, managerType: { default: 'PRO2-XXS' } });
    expect(resourceNamed(small.json, 'scaleway_instance_server', 'joining-managers').count).toMatch(/\.small\.managerCount - 1/);
    const workers = resourceNamed(medium.json, 'scaleway_instance_server', 'workers');
    expect(workers.count).toMatch(/\.medium\.workerCountFromSizeData \? 5 : /);
    expect(workers.type).toMatch(/\.medium\.workerType\[local\.[a-z_A-Z0-9]+\["fr-par"\]\]/);
    expect(resourceNamed(medium.json, 'scaleway_instance_server', 'manager_').type).toMatch(/\.medium\.managerType/);
  });

  it('fronts Gitpod with an LB-S load balancer with its own IP, on the private network: 80, 443, 22 (tcp) to the Gitpod nodes', () => {
    const lb = resourceNamed(small.json, Lb.tfResourceType, 'load-balancer');
    expect(lb).toMatchObject({ type: 'LB-S' });
    expect(lb.ip_ids).toEqual([expect.stringMatching(ref('scaleway_lb_ip'))]);
    expect(lb.private_network).toEqual([{ private_network_id: expect.stringMatching(ref('scaleway_vpc_private_network')) }]);
    expect(small.text).toHaveResourceWithProperties(LbIp, { zone: 'nl-ams-1' });
    const backends = Object.entries<any>(resourcesOf(small.json, 'scaleway_lb_backend')).filter(([name]) => !name.includes('autoscaled')).map(([, b]) => b);
    const frontends = Object.values<any>(resourcesOf(small.json, 'scaleway_lb_frontend'));
    expect(backends.map((b) => `${b.forward_protocol}:${b.forward_port}`).sort()).toEqual(['tcp:22', 'tcp:443', 'tcp:6443', 'tcp:80']);
    expect(frontends.map((f) => f.inbound_port).sort((a, b) => a - b)).toEqual([22, 80, 443, 6443]);
    for (const frontend of frontends) {
      // Each frontend forwards to the backend of its own port (large: the one its instance groups fill).
      expect(frontend.backend_id).toMatch(new RegExp(`lb-backend-${frontend.inbound_port}_`));
      if (frontend.inbound_port !== 6443) expect(frontend.backend_id).toMatch(new RegExp(`workersAutoscaled, false\\) \\? one\\(scaleway_lb_backend\\.gitpod_lb-autoscaled-backend-${frontend.inbound_port}_`));
    }
    for (const port of [80, 443, 22]) {
      const backend = resourceNamed(small.json, 'scaleway_lb_backend', `lb-backend-${port}_`);
      // Managers serve Gitpod too when they carry its labels (small): decided by the catalog.
      expect(backend.server_ips).toMatch(/^\$\{concat\(local\.[A-Za-z0-9_]+\.small\.managersRunWorkloads \? concat\(\[scaleway_ipam_ip\.[^\]]+manager-address[^\]]+\.address\], scaleway_ipam_ip\.[A-Za-z0-9_-]+joining-manager-addresses[A-Za-z0-9_-]+\[\*\]\.address\) : \[\], scaleway_ipam_ip\.[A-Za-z0-9_-]+worker-addresses[A-Za-z0-9_-]+\[\*\]\.address\)\}$/);
    }
  });

  it('serves the Kubernetes API on 6443 of the load balancer, to the managers only, with the allow-list as an ACL', () => {
    for (const synth of [small, medium]) {
      const backend = resourceNamed(synth.json, 'scaleway_lb_backend', 'lb-backend-6443_');
      expect(backend.server_ips).toMatch(/^\$\{concat\(\[scaleway_ipam_ip\.[A-Za-z0-9_-]+manager-address[A-Za-z0-9_-]+\.address\], scaleway_ipam_ip\.[A-Za-z0-9_-]+joining-manager-addresses[A-Za-z0-9_-]+\[\*\]\.address\)\}$/);
    }
    const restricted = synthScaleway({ apiAllowedCidrs: ['203.0.113.0/24'] });
    const frontend = resourceNamed(restricted.json, 'scaleway_lb_frontend', 'lb-frontend-6443_');
    expect(frontend.acl).toEqual([{ name: 'kubernetes-api-allow-list', match: { ip_subnet: ['203.0.113.0/24'], invert: true }, action: { type: 'deny' } }]);
    for (const port of [80, 443, 22]) expect(resourceNamed(restricted.json, 'scaleway_lb_frontend', `lb-frontend-${port}_`).acl).toBeUndefined();
    // No port address translation on the gateway any more: the old module exposed the first manager's 6443 there.
    expect(small.json.resource.scaleway_vpc_public_gateway_pat_rule).toBeUndefined();
  });

  it('writes the load balancer IP into the kubeconfig and the API certificate, and waits for readiness through it', () => {
    const wait = resourceNamed(small.json, 'terraform_data', 'ready_wait');
    const exec = wait.provisioner[0]['local-exec'];
    expect(exec.environment.API_URL).toMatch(/^\$\{join\("", \["https:\/\/", scaleway_lb_ip\.[A-Za-z0-9_-]+\.ip_address, ":6443"\]\)\}$/);
    expect(exec.environment.EXPECTED_NODES).toMatch(/managerCount \+ /);
    expect(Object.keys(wait.triggers_replace).sort()).toEqual(['managers', 'primary', 'workers']);
    const waitsFor = wait.depends_on.map((d: string) => d.replace(/^\$\{|\}$/g, '').split('.')[0]);
    expect(waitsFor.filter((t: string) => t === 'scaleway_instance_private_nic')).toHaveLength(3);
    expect(waitsFor.filter((t: string) => t === 'scaleway_lb_frontend')).toHaveLength(4);
    // The API certificate lists the address: the servers' k3s config carries it in tls-san.
    const primary = resourceNamed(small.json, 'scaleway_instance_server', 'manager_');
    expect(primary.user_data['cloud-init']).toMatch(/"tls-san" = \[scaleway_lb_ip\.[A-Za-z0-9_-]+\.ip_address\]/);
  });

  it('fences pods off Scaleway\'s metadata service, and makes nodes wait for their private address before installing', () => {
    const worker = resourceNamed(small.json, 'scaleway_instance_server', 'workers');
    const userData: string = worker.user_data['cloud-init'];
    expect(userData).toContain('"/etc/default/gitpod-metadata-fence"');
    expect(userData).toContain('METADATA_ADDRESS=169.254.42.42\\n');
    expect(userData).toMatch(/"bootcmd" = \[\["\/bin\/sh", "-c", "echo [A-Za-z0-9+/=]+ \| base64 -d \| \/bin\/sh -s -- \$1 \$2", "gitpod-wait-for-address", cidrhost\("192\.168\.1\.0\/24", \(count\.index \+ 60\)\), "600"\]\]/);
  });

  it('exposes the contract values and the bastion as attributes, not outputs', () => {
    expect(small.json.output).toBeUndefined();
    expect(small.cluster.dnsRecords.map((r) => [r.type, r.name, r.subdomain])).toEqual([
      ['A', 'gitpod.example.com', '@'],
      ['A', '*.gitpod.example.com', '*.'],
      ['A', '*.ws.gitpod.example.com', '*.ws'],
    ]);
    expect(small.cluster.bastionPort).toBe(61000);
    expect(small.cluster.projectId).toBe(PROJECT_ID);
    expect(small.cluster.location).toBe('nl-ams');
  });

  it('names resources gitpod-<location>-<name>-<workspace>', () => {
    const key = resourceNamed(small.json, IamSshKey.tfResourceType, 'ssh-key');
    expect(key.name).toBe('gitpod-nl-ams-ssh-key-${replace(terraform.workspace, "/[^a-zA-Z0-9_]/", "")}');
    expect(resourceNamed(medium.json, 'scaleway_instance_server', 'workers').name).toMatch(/^gitpod-fr-par-worker-\$\{\(count\.index \+ 1\)\}-\$\{replace\(terraform\.workspace/);
  });

  it('two clusters fit in one stack (all names are scoped)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'two');
    new ScalewayGitpodCluster(stack, 'a', { domainName: 'a.example.com', sshPublicKey: SSH_PUBLIC_KEY, projectId: PROJECT_ID });
    new ScalewayGitpodCluster(stack, 'b', { domainName: 'b.example.com', sshPublicKey: SSH_PUBLIC_KEY, projectId: PROJECT_ID, location: 'pl-waw' });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(resourcesOf(json, 'scaleway_instance_server'))).toHaveLength(6);
    expect(Object.keys(resourcesOf(json, 'scaleway_lb'))).toHaveLength(2);
  });

  it('uses no resource the v2.81.0 schema marks deprecated', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'provider-schemas', 'scaleway.json'), 'utf8'));
    const resources = (Object.values<any>(schema.provider_schemas)[0]).resource_schemas;
    for (const type of Object.keys(small.json.resource).filter((t) => t.startsWith('scaleway_'))) {
      expect([type, resources[type]?.block?.deprecated ?? false]).toEqual([type, false]);
    }
    expect(resources.scaleway_vpc_public_gateway_dhcp.block.deprecated).toBe(true);
  });
});
