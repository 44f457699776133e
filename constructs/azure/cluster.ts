import { LinuxVirtualMachine } from './gen/linux-virtual-machine';
import { Lb } from './gen/lb';
import { LbBackendAddressPool } from './gen/lb-backend-address-pool';
import { LbProbe } from './gen/lb-probe';
import { LbRule } from './gen/lb-rule';
import { NetworkInterface } from './gen/network-interface';
import { NetworkInterfaceBackendAddressPoolAssociation } from './gen/network-interface-backend-address-pool-association';
import { NetworkInterfaceSecurityGroupAssociation } from './gen/network-interface-security-group-association';
import { NetworkSecurityGroup } from './gen/network-security-group';
import { NetworkSecurityRule } from './gen/network-security-rule';
import { PublicIp } from './gen/public-ip';
import { Subnet } from './gen/subnet';
import { VirtualNetwork } from './gen/virtual-network';
import { Op, TerraformCount, TerraformIterator, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog, nodeImage } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { GitpodClusterProps, ResolvedClusterProps } from 'cdktf-gitpod-self-hosted/lib/cluster-props';
import { concat, sameIndex, splat, when } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { FIREWALL_PORTS, HOST_SSH_PORT, KUBERNETES_API_PORT, PortScope, PublicAllowLists, publicSources } from 'cdktf-gitpod-self-hosted/lib/firewall';
import { K3sBootstrap } from 'cdktf-gitpod-self-hosted/lib/k3s/bootstrap';
import { regionalName, workspaceSuffix } from 'cdktf-gitpod-self-hosted/lib/naming';
import { NODE_REAPER_WRAPPER } from 'cdktf-gitpod-self-hosted/lib/node-reaper';
import { SizeTopology } from 'cdktf-gitpod-self-hosted/lib/topology';
import { ClusterAutoscaling, ClusterPlan, ClusterSite, CloudShape, GitpodCluster, NodeGroupMade, NodeGroupSpec, NodeRole } from 'cdktf-gitpod-self-hosted/constructs/gitpod-cluster';
import { declareModule } from 'cdktf-gitpod-self-hosted/constructs/module-stack';
import { azureInputs } from './rules';
import { AzureScaleSets } from './autoscaling';
import type { AzureServiceAttachment } from './services';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/**
 * Properties of an {@link AzureGitpodCluster}: the common choices, plus the resource group
 * to build in and the managed identity the managers get. `location` is an Azure region name
 * (`uksouth`, `westeurope`, `eastus2`, ...; default `uksouth`).
 */
export interface AzureGitpodClusterProps extends GitpodClusterProps {
  /**
   * The existing resource group everything is created in (its name, not its ID).
   * Module variable: `resource_group_name`.
   */
  readonly resourceGroupName: string;

  /**
   * The resource ID of a user-assigned managed identity, e.g.
   * `azurerm_user_assigned_identity.gitpod.id`, attached to the managers only (the original
   * module gave it to every VM for cert-manager's DNS01 in Azure DNS, which the metadata fence
   * rules out). Its one user is the Azure Disk CSI controller, which the install step runs on
   * the managers: give it `Contributor` on the resource group. Workers carry no identity.
   * Module variable: `azurerm_user_assigned_identity_id`.
   */
  readonly userAssignedIdentityId: string;
}

/** The virtual network and the nodes' subnet, as in the original module. */
const NETWORK_RANGE = '10.2.0.0/16';
const SUBNET_RANGE = '10.2.1.0/24';
/** The subnet Azure's managed MySQL gets, delegated to it (AzureGitpodServices): the next /24 of the network. */
const DATABASE_SUBNET_RANGE = '10.2.2.0/24';
/** Fixed private addresses (NICs can have static ones), so that nodes know where to join before anything exists. */
const PRIMARY_MANAGER_HOST = 10;
const FIRST_WORKER_HOST = 100;
/**
 * Azure's instance metadata service (IMDS). The wire server 168.63.129.16 is not fenced:
 * it is the VNet's DNS resolver, which pods use.
 */
const METADATA_ADDRESS = '169.254.169.254';
/**
 * Azure's wire server: the VMs' DNS resolver, and also their extension, health and
 * certificate endpoint. Pods keep DNS (CoreDNS forwards to it) and lose the rest.
 */
const WIRE_SERVER_ADDRESS = '168.63.129.16';
/** The VMs' admin user, as in the original module: the SSH key goes to it (sshd listens on 2244). */
const ADMIN_USERNAME = 'gitpod';
/** The name of every NIC's only IP configuration. */
const IP_CONFIGURATION = 'internal';
/** Gitpod's ports on the public load balancer: HTTP, HTTPS and its SSH gateway. */
const GITPOD_PORTS = [80, 443, 22];
/** The managers' load balancer (medium): the Kubernetes API and host SSH. */
const MANAGER_PORTS = [KUBERNETES_API_PORT, HOST_SSH_PORT];
/** Long-lived connections (IDE websockets, Gitpod SSH) outlast Azure's default 4 minutes. */
const LB_IDLE_TIMEOUT_MINUTES = 30;
/** Rule priorities: 100 + the rule's index, as in the original module. */
const FIRST_RULE_PRIORITY = 100;

/**
 * A k3s cluster for a self-hosted Gitpod on Microsoft Azure.
 *
 * Builds, in an existing resource group: a virtual network 10.2.0.0/16 with a subnet, a
 * network security group with one rule per port, a Standard load balancer with a static
 * public IP for Gitpod (80, 443, 22), the managers and workers (Linux VMs with a static
 * public IP, a NIC with a static private IP, the managed identity, SSH key login only)
 * and, for `medium`, a second load balancer for the managers (6443, 2244). The nodes
 * bootstrap k3s from cloud-init (`custom_data`) alone; `terraform apply` returns when the
 * cluster is ready.
 *
 * The caller configures the `azurerm` provider (with its `features {}` block). Changes to
 * the cloud-init templates or the SSH key do not replace running VMs (`custom_data` and
 * `admin_ssh_key` are ignored after creation): replace a node on purpose with
 * `terraform apply -replace`.
 */
export class AzureGitpodCluster extends GitpodCluster {
  /** The resource group the cluster is built in. */
  public readonly resourceGroupName: string;
  /** The ID of the network security group on every node's NIC (module output `network_security_group_id`). */
  public readonly networkSecurityGroupId: string;

  constructor(scope: Construct, id: string, props: AzureGitpodClusterProps) {
    super(scope, id, 'azure', props);
    this.resourceGroupName = props.resourceGroupName;
    this.networkSecurityGroupId = (this._shape as AzureShape).networkSecurityGroupId;
  }

  /** @internal */
  protected _describe(): CloudShape {
    return new AzureShape();
  }

  /**
   * What `AzureGitpodServices` needs of the cluster: its resource group and region, its virtual
   * network and the range in it kept for the database, and its size. Module output `service_attachment`.
   */
  public get serviceAttachment(): AzureServiceAttachment {
    const shape = this._shape as AzureShape;
    return {
      resourceGroupName: this.resourceGroupName, location: this.location, size: this.size,
      virtualNetworkName: shape.virtualNetworkName, virtualNetworkId: shape.virtualNetworkId, databaseSubnetRange: DATABASE_SUBNET_RANGE,
    };
  }
}

/** Microsoft Azure: what it builds, step by step. */
class AzureShape implements CloudShape {
  public readonly inputs = azureInputs();
  public readonly addresses = { subnet: SUBNET_RANGE, primaryHost: PRIMARY_MANAGER_HOST, firstWorkerHost: FIRST_WORKER_HOST };
  /** A VM's host name, which k3s registers it with, is its computer name. */
  public readonly nodeNameAttribute = 'computer_name';
  public networkSecurityGroupId!: string;
  public virtualNetworkName!: string;
  public virtualNetworkId!: string;
  private readonly catalog = cloudCatalog('azure');
  private input!: ResolvedClusterProps;
  private placed!: { readonly resourceGroupName: string; readonly location: string };
  /** The original module named Azure resources after the first three letters of the location. */
  private region!: string;
  private image!: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string };
  private subnet!: Subnet;
  private gitpodPoolId!: string;
  private managerPoolId!: string;
  private apiIp!: PublicIp;

  public site({ scope, topology, input }: ClusterPlan): ClusterSite {
    this.input = input;
    this.placed = { resourceGroupName: input.resourceGroupName as string, location: input.location };
    this.region = Fn.substr(input.location, 0, 3);
    // publisher:offer:sku:version, split in Terraform where the release is a variable.
    const urn = nodeImage('azure', input.ubuntuRelease);
    const part = (i: number) => Token.isUnresolved(urn) ? Token.asString(Fn.element(Fn.split(':', urn), i)) : urn.split(':')[i];
    this.image = { publisher: part(0), offer: part(1), sku: part(2), version: part(3) };
    const placed = this.placed;
    const name = (what: string) => regionalName(this.region, what);
    const network = new VirtualNetwork(scope, 'network', { ...placed, name: name('network'), addressSpace: [NETWORK_RANGE] });
    this.virtualNetworkName = network.name;
    this.virtualNetworkId = network.id;
    this.subnet = new Subnet(scope, 'subnet', {
      name: name('subnet'), resourceGroupName: placed.resourceGroupName, virtualNetworkName: network.name, addressPrefixes: [SUBNET_RANGE],
    });
    const nsg = new NetworkSecurityGroup(scope, 'nsg', { ...placed, name: name('nsg') });
    this.networkSecurityGroupId = nsg.id;
    const securityRules = securityRuleSpecs(this.input).map((spec, i) =>
      new NetworkSecurityRule(scope, `nsg-${spec.id}`, {
        ...spec.rule,
        name: spec.id,
        priority: FIRST_RULE_PRIORITY + i,
        direction: 'Inbound',
        access: 'Allow',
        sourcePortRange: '*',
        destinationAddressPrefix: '*',
        resourceGroupName: placed.resourceGroupName,
        networkSecurityGroupName: nsg.name,
      }));

    // Gitpod's load balancer: k3s's service load balancer answers 80, 443 and 22 on every node.
    const lbIp = new PublicIp(scope, 'lb-ip', { ...placed, name: name('lb-ip'), allocationMethod: 'Static', sku: 'Standard' });
    const publicLb = new LoadBalancerParts(scope, {
      ...placed, name: name('lb'), sku: this.catalog.loadBalancerType, publicIpId: lbIp.id, ports: GITPOD_PORTS, ids: { lb: 'load-balancer', pool: 'lb-pool', probe: 'lb-probe', rule: 'lb-rule' },
    });
    this.gitpodPoolId = publicLb.pool.id;

    // The managers' own load balancer (medium): the kubeconfig address, and host SSH.
    const lbCount = TerraformCount.of(topology.managerLoadBalancerCount);
    const managerLbIp = new PublicIp(scope, 'manager-lb-ip', {
      ...placed, count: lbCount, name: name('managers-lb-ip'), allocationMethod: 'Static', sku: 'Standard',
    });
    const managerLb = new LoadBalancerParts(scope, {
      ...placed, count: lbCount, name: name('managers-lb'), sku: this.catalog.loadBalancerType, publicIpId: sameIndex(managerLbIp, 'id'), ports: MANAGER_PORTS,
      ids: { lb: 'manager-load-balancer', pool: 'manager-lb-pool', probe: 'manager-lb-probe', rule: 'manager-lb-rule' },
    });
    this.managerPoolId = Fn.one(splat(managerLb.pool, 'id'));

    // A static public IP made before the VM, so that its address can be in the server's TLS names.
    this.apiIp = new PublicIp(scope, 'manager-ip', { ...placed, name: name('manager-1-ip'), allocationMethod: 'Static', sku: 'Standard' });
    return {
      apiAddress: Token.asString(Fn.conditional(topology.hasManagerLoadBalancer, Fn.one(splat(managerLbIp, 'ip_address')), this.apiIp.ipAddress)),
      loadBalancerIpv4: lbIp.ipAddress,
      metadataAddress: METADATA_ADDRESS,
      hostServiceAddress: WIRE_SERVER_ADDRESS,
      // Azure DNS names the apex wildcard `*`, as the original Azure module wrote it.
      wildcardSubdomain: '*',
      waitFor: [...securityRules, ...publicLb.rules, ...managerLb.rules],
    };
  }

  /** large: a scale set per pool, in Gitpod's backend pool, and the node reaper on the first manager. */
  public autoscaling({ scope, topology, pools }: ClusterPlan, bootstrap: K3sBootstrap, joinAddress: string): ClusterAutoscaling {
    const scaleSets = new AzureScaleSets(scope, 'scale-sets', {
      ...this.placed,
      pools: pools!, autoscaled: topology.workersAutoscaled, bootstrap, joinAddress, region: this.region,
      subnetId: this.subnet.id, networkRange: NETWORK_RANGE, networkSecurityGroupId: this.networkSecurityGroupId, gitpodPoolId: this.gitpodPoolId,
      image: this.image, adminUsername: ADMIN_USERNAME, sshPublicKey: this.input.sshPublicKey,
    });
    return { primaryFiles: scaleSets.reaperFiles, primaryWrappers: [NODE_REAPER_WRAPPER], waitFor: [scaleSets.scaleSets, scaleSets.autoscaleSettings] };
  }

  /** Per VM: a static public IP, a NIC with a static private IP, its NSG and pool associations, and the VM. */
  public nodes({ scope, topology }: ClusterPlan, group: NodeGroupSpec): NodeGroupMade {
    const { id, count } = group;
    const placed = this.placed;
    const name = (suffix: string) => regionalName(this.region, `${group.name}${suffix}`);
    const primary = group.role === NodeRole.PRIMARY;

    const publicIp = primary ? this.apiIp : new PublicIp(scope, `${id}-ip`, {
      ...placed, count, name: name('-ip'), allocationMethod: 'Static', sku: 'Standard',
    });
    const nic = new NetworkInterface(scope, `${id}-nic`, {
      ...placed,
      count,
      name: name('-nic'),
      ipConfiguration: [{
        name: IP_CONFIGURATION,
        subnetId: this.subnet.id,
        privateIpAddressAllocation: 'Static',
        privateIpAddress: group.privateIp,
        publicIpAddressId: count ? sameIndex(publicIp, 'id') : publicIp.id,
      }],
    });
    const nicId = count ? sameIndex(nic, 'id') : nic.id;
    const nsgAssociation = new NetworkInterfaceSecurityGroupAssociation(scope, `${id}-nsg`, {
      count, networkInterfaceId: nicId, networkSecurityGroupId: this.networkSecurityGroupId,
    });
    // Pool associations exist for some sizes only: their own count, indexed like the NICs.
    const poolAssociation = (suffix: string, poolCount: number, poolId: string) =>
      new NetworkInterfaceBackendAddressPoolAssociation(scope, `${id}-${suffix}`, {
        count: TerraformCount.of(poolCount),
        networkInterfaceId: count ? sameIndex(nic, 'id') : nic.id,
        ipConfigurationName: IP_CONFIGURATION,
        backendAddressPoolId: poolId,
      });
    const pooled = poolCounts(group.role, topology);
    const associations = [poolAssociation('gitpod-pool', pooled.gitpod, this.gitpodPoolId)];
    if (pooled.managers !== undefined) associations.push(poolAssociation('manager-pool', pooled.managers, this.managerPoolId));

    const vm = new LinuxVirtualMachine(scope, id, {
      ...placed,
      count,
      name: name(''),
      // The host name may not hold the underscores a workspace name may.
      computerName: concat('gitpod-', this.region, '-', group.name, '-', Fn.replace(workspaceSuffix(), '_', '-')),
      size: group.machineType,
      networkInterfaceIds: [nicId],
      adminUsername: ADMIN_USERNAME,
      adminSshKey: [{ username: ADMIN_USERNAME, publicKey: this.input.sshPublicKey }],
      disablePasswordAuthentication: true,
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Standard_LRS' },
      sourceImageReference: this.image,
      customData: Fn.base64encode(group.userData),
      // Only the managers run what calls Azure with it (the Azure Disk CSI controller); workers,
      // where workspaces run their users' code, get no identity to steal.
      identity: group.role === NodeRole.WORKER ? undefined : { type: 'UserAssigned', identityIds: [this.input.userAssignedIdentityId as string] },
      // All three only matter when a VM is created, and a change to any would replace it: template
      // changes, a new Ubuntu release, or a run from a machine whose ~/.ssh key differs, must not
      // replace running nodes.
      lifecycle: { ignoreChanges: ['custom_data', 'admin_ssh_key', 'source_image_reference'] },
    });
    return { machines: vm, waitFor: [vm, nsgAssociation, ...associations] };
  }
}

/**
 * How many of a group's NICs join Gitpod's backend pool and the managers' (0 or all of them);
 * workers never join the managers' pool.
 */
function poolCounts(role: NodeRole, topology: SizeTopology): { gitpod: number; managers?: number } {
  switch (role) {
    case NodeRole.PRIMARY:
      return { gitpod: Token.asNumber(when(topology.managersRunWorkloads, 1, 0)), managers: topology.managerLoadBalancerCount };
    case NodeRole.JOINING:
      return {
        gitpod: Token.asNumber(when(topology.managersRunWorkloads, topology.joiningManagerCount, 0)),
        managers: Token.asNumber(Fn.conditional(Op.gte(operand(topology.managerLoadBalancerCount), 1), topology.joiningManagerCount, 0)),
      };
    default:
      return { gitpod: topology.workerCount };
  }
}

/**
 * A size-dependent number as an operand of Op.*: cdktf writes a conditional without
 * parentheses, so `a + (c ? x : y)` would become `a + c ? x : y`, which Terraform reads as
 * `(a + c) ? x : y`. A call around it keeps the intended grouping.
 */
function operand(value: number): number {
  return Token.asNumber(Fn.tonumber(value));
}

/** One inbound rule of the network security group, before its priority and the common fields. */
interface SecurityRuleSpec {
  readonly id: string;
  readonly rule: {
    readonly description: string;
    readonly protocol: string;
    readonly destinationPortRange: string;
    readonly sourceAddressPrefix?: string;
    readonly sourceAddressPrefixes?: string[];
  };
}

/**
 * The inbound rules: the world reaches only what the world uses (22, 80, 443, 2244; 6443
 * from the allow-list); etcd, flannel, kubelet and DNS only from the virtual network.
 * (Azure's default rules also let the virtual network and the load balancer's probes in,
 * and deny the rest.)
 */
function securityRuleSpecs(lists: PublicAllowLists): SecurityRuleSpec[] {
  const protocol = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
  const specs: SecurityRuleSpec[] = FIREWALL_PORTS.map((p) => {
    const id = p.description.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const base = { description: p.description, protocol: protocol(p.protocol), destinationPortRange: p.port };
    if (p.scope === PortScope.PRIVATE) return { id, rule: { ...base, sourceAddressPrefix: NETWORK_RANGE } };
    // A rule may not mix address families and the network is IPv4: the allow-lists' IPv4 blocks.
    if (p.kubernetesApi || p.hostSsh) return { id, rule: { ...base, sourceAddressPrefixes: ipv4Blocks(publicSources(p, lists)) } };
    return { id, rule: { ...base, sourceAddressPrefix: '*' } };
  });
  specs.push({ id: 'icmp', rule: { description: 'ICMP', protocol: 'Icmp', destinationPortRange: '*', sourceAddressPrefix: '*' } });
  return specs;
}

/**
 * The IPv4 blocks of an allow-list, as network addresses: a rule may not mix address
 * families, the network is IPv4 only, and Azure refuses a block with host bits set.
 * A Terraform expression, so that it serves a variable and a literal list alike.
 */
function ipv4Blocks(cidrs: string[]): string[] {
  return Token.asList(TerraformIterator.fromList(cidrs).forExpressionForList('cidrsubnet(val, 0, 0) if !strcontains(val, ":")'));
}

/** @internal */
interface LoadBalancerPartsProps {
  readonly count?: TerraformCount;
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly sku: string;
  readonly publicIpId: string;
  readonly ports: number[];
  /** Construct IDs (part of the contract: renaming one replaces infrastructure). */
  readonly ids: { readonly lb: string; readonly pool: string; readonly probe: string; readonly rule: string };
}

/**
 * A Standard load balancer with one public frontend, one backend pool, and a TCP probe and
 * rule per port. Its resources are created in the parent scope, under the given IDs.
 */
class LoadBalancerParts {
  public readonly lb: Lb;
  public readonly pool: LbBackendAddressPool;
  public readonly rules: LbRule[];

  constructor(scope: Construct, props: LoadBalancerPartsProps) {
    const count = props.count;
    const frontend = 'public';
    this.lb = new Lb(scope, props.ids.lb, {
      count, name: props.name, resourceGroupName: props.resourceGroupName, location: props.location, sku: props.sku,
      frontendIpConfiguration: [{ name: frontend, publicIpAddressId: props.publicIpId }],
    });
    const lbId = count ? sameIndex(this.lb, 'id') : this.lb.id;
    this.pool = new LbBackendAddressPool(scope, props.ids.pool, { count, name: 'nodes', loadbalancerId: lbId });
    const poolId = count ? sameIndex(this.pool, 'id') : this.pool.id;
    this.rules = props.ports.map((port) => {
      const probe = new LbProbe(scope, `${props.ids.probe}-${port}`, {
        count, name: `tcp-${port}`, loadbalancerId: lbId, protocol: 'Tcp', port,
      });
      return new LbRule(scope, `${props.ids.rule}-${port}`, {
        count,
        name: `tcp-${port}`,
        loadbalancerId: lbId,
        protocol: 'Tcp',
        frontendPort: port,
        backendPort: port,
        frontendIpConfigurationName: frontend,
        backendAddressPoolIds: [poolId],
        probeId: count ? sameIndex(probe, 'id') : probe.id,
        idleTimeoutInMinutes: LB_IDLE_TIMEOUT_MINUTES,
        tcpResetEnabled: true,
      });
    });
  }
}

/**
 * The Azure cluster as a plain Terraform module: the variables and outputs of the
 * original `infrastructure/providers/azure` module, so that its callers switch by
 * changing only `source`. `npm run synth` writes it to `modules/azure/`.
 *
 * Unlike the original, the module configures no provider: the caller configures
 * `azurerm`, which needs a `features {}` block (and, from azurerm 4, a subscription ID).
 * With no provider configuration or backend inside, the module can be used with
 * `count` or `for_each`.
 */
export class AzureModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: AzureGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = declareModule(this, {
      cloud: 'azure', inputs: azureInputs(), cluster: AzureGitpodCluster,
      outputs: [
        { name: 'network_security_group_id', description: 'The ID of the network security group on every node', attribute: 'networkSecurityGroupId' },
        {
          name: 'service_attachment',
          description: 'What modules/azure/services needs of the cluster (resource group, region, virtual network, the database\'s range, size): pass it as that module\'s cluster',
          attribute: 'serviceAttachment',
          shape: (a: AzureServiceAttachment) => ({
            resource_group_name: a.resourceGroupName, location: a.location, size: a.size,
            virtual_network_name: a.virtualNetworkName, virtual_network_id: a.virtualNetworkId, database_subnet_range: a.databaseSubnetRange,
          }),
        },
      ],
    }) as AzureGitpodCluster;
  }
}
