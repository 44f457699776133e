import { LinuxVirtualMachine } from '@cdktf/provider-azurerm/lib/linux-virtual-machine';
import { Lb } from '@cdktf/provider-azurerm/lib/lb';
import { LbBackendAddressPool } from '@cdktf/provider-azurerm/lib/lb-backend-address-pool';
import { LbProbe } from '@cdktf/provider-azurerm/lib/lb-probe';
import { LbRule } from '@cdktf/provider-azurerm/lib/lb-rule';
import { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import { NetworkInterfaceBackendAddressPoolAssociation } from '@cdktf/provider-azurerm/lib/network-interface-backend-address-pool-association';
import { NetworkInterfaceSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/network-interface-security-group-association';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Fn, ITerraformDependable, Op, TerraformCount, TerraformIterator, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { GitpodClusterProps, IGitpodCluster, resolveClusterProps } from '../../lib/cluster-props';
import { DnsRecord, gitpodDnsRecords } from '../../lib/dns';
import { concat, sameIndex, splat, when } from '../../lib/expressions';
import { ANYWHERE, FIREWALL_PORTS, HOST_SSH_PORT, KUBERNETES_API_PORT, PortScope } from '../../lib/firewall';
import { K3sBootstrap } from '../../lib/k3s/bootstrap';
import { regionalName, workspaceSuffix } from '../../lib/naming';
import { SizeTopology } from '../../lib/topology';
import { InputRule, validateInputs } from '../../lib/validation';
import { WorkerPools } from '../../lib/worker-pools';
import { NODE_REAPER_WRAPPER } from '../../lib/node-reaper';
import { AzureScaleSets } from './autoscaling';
import { azureRules } from './rules';

/**
 * Properties of an {@link AzureGitpodCluster}: the common choices, plus the resource group
 * to build in and the managed identity the VMs get. `location` is an Azure region name
 * (`uksouth`, `westeurope`, `eastus2`, ...; default `uksouth`).
 */
export interface AzureGitpodClusterProps extends GitpodClusterProps {
  /**
   * The existing resource group everything is created in (its name, not its ID).
   * Module variable: `resource_group_name`.
   */
  readonly resourceGroupName: string;

  /**
   * The resource ID of a user-assigned managed identity attached to every VM, e.g.
   * `azurerm_user_assigned_identity.gitpod.id`, as the original module did for cert-manager's
   * DNS01 challenges in Azure DNS ("DNS Zone Contributor" on the zone). Pods are fenced off
   * the metadata service that hands out its tokens.
   * Module variable: `azurerm_user_assigned_identity_id`.
   */
  readonly userAssignedIdentityId: string;
}

/** The virtual network and the nodes' subnet, as in the original module. */
const NETWORK_RANGE = '10.2.0.0/16';
const SUBNET_RANGE = '10.2.1.0/24';
/** Fixed private addresses (NICs can have static ones), so that nodes know where to join before anything exists. */
const PRIMARY_MANAGER_HOST = 10;
const FIRST_WORKER_HOST = 100;
/**
 * Azure's instance metadata service (IMDS). The wire server 168.63.129.16 is not fenced:
 * it is the VNet's DNS resolver, which pods use.
 */
const METADATA_ADDRESS = '169.254.169.254';
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
export class AzureGitpodCluster extends Construct implements IGitpodCluster {
  /** The domain Gitpod is served on. */
  public readonly domainName: string;
  /** The Azure region. */
  public readonly location: string;
  /** The size name (`small`, `medium`), or a token. */
  public readonly size: string;
  /** The kubeconfig context name. */
  public readonly kubecontext: string;
  /** The resource group the cluster is built in. */
  public readonly resourceGroupName: string;
  /** The admin kubeconfig (YAML). Sensitive. */
  public readonly kubeconfig: string;
  /** The k3s join token (secure format). Sensitive. */
  public readonly k3sToken: string;
  /** The address of the Kubernetes API in the kubeconfig. */
  public readonly apiAddress: string;
  /** The public IPv4 address of the Gitpod load balancer. */
  public readonly loadBalancerIpv4: string;
  /** The A records to create for the domain (the apex wildcard's subdomain is `*`, as Azure DNS names it). */
  public readonly dnsRecords: DnsRecord[];
  /** The ID of the network security group on every node's NIC (module output `network_security_group_id`). */
  public readonly networkSecurityGroupId: string;
  /** The number of managers (a token: it depends on the size). */
  public readonly managerCount: number;
  /** The number of fixed workers (a token: it depends on the size; 0 for `large`, whose workers are scale sets). */
  public readonly workerCount: number;
  /** Depend on this to start once the cluster is ready (the API answers and every node joined). */
  public readonly ready: ITerraformDependable;

  constructor(scope: Construct, id: string, props: AzureGitpodClusterProps) {
    super(scope, id);
    const catalog = cloudCatalog('azure');
    const input = resolveAzureProps(props, catalog.defaultLocation);
    this.domainName = input.domainName;
    this.location = input.location;
    this.size = input.size;
    this.kubecontext = input.kubecontext;
    this.resourceGroupName = props.resourceGroupName;

    const topology = new SizeTopology(this, 'size', {
      cloud: 'azure', size: this.size, location: this.location, workerCount: input.workerCount, managerType: input.managerType,
    });
    const pools = new WorkerPools(this, 'pools', { pools: input.workerPools, autoscaled: topology.workersAutoscaled });
    this.managerCount = topology.managerCount;
    this.workerCount = topology.workerCount;
    // The original module named Azure resources after the first three letters of the location.
    const region = Fn.substr(this.location, 0, 3);
    const name = (what: string) => regionalName(region, what);
    const placed = { resourceGroupName: this.resourceGroupName, location: this.location };

    const network = new VirtualNetwork(this, 'network', { ...placed, name: name('network'), addressSpace: [NETWORK_RANGE] });
    const subnet = new Subnet(this, 'subnet', {
      name: name('subnet'), resourceGroupName: this.resourceGroupName, virtualNetworkName: network.name, addressPrefixes: [SUBNET_RANGE],
    });
    const nsg = new NetworkSecurityGroup(this, 'nsg', { ...placed, name: name('nsg') });
    const securityRules = securityRuleSpecs(input.apiAllowedCidrs).map((spec, i) =>
      new NetworkSecurityRule(this, `nsg-${spec.id}`, {
        ...spec.rule,
        name: spec.id,
        priority: FIRST_RULE_PRIORITY + i,
        direction: 'Inbound',
        access: 'Allow',
        sourcePortRange: '*',
        destinationAddressPrefix: '*',
        resourceGroupName: this.resourceGroupName,
        networkSecurityGroupName: nsg.name,
      }));

    // Gitpod's load balancer: k3s's service load balancer answers 80, 443 and 22 on every node.
    const lbIp = new PublicIp(this, 'lb-ip', { ...placed, name: name('lb-ip'), allocationMethod: 'Static', sku: 'Standard' });
    const publicLb = new LoadBalancerParts(this, {
      ...placed, name: name('lb'), sku: catalog.loadBalancerType, publicIpId: lbIp.id, ports: GITPOD_PORTS, ids: { lb: 'load-balancer', pool: 'lb-pool', probe: 'lb-probe', rule: 'lb-rule' },
    });

    // The managers' own load balancer (medium): the kubeconfig address, and host SSH.
    const lbCount = TerraformCount.of(topology.managerLoadBalancerCount);
    const managerLbIp = new PublicIp(this, 'manager-lb-ip', {
      ...placed, count: lbCount, name: name('managers-lb-ip'), allocationMethod: 'Static', sku: 'Standard',
    });
    const managerLb = new LoadBalancerParts(this, {
      ...placed, count: lbCount, name: name('managers-lb'), sku: catalog.loadBalancerType, publicIpId: sameIndex(managerLbIp, 'id'), ports: MANAGER_PORTS,
      ids: { lb: 'manager-load-balancer', pool: 'manager-lb-pool', probe: 'manager-lb-probe', rule: 'manager-lb-rule' },
    });
    const managerPoolId = Fn.one(splat(managerLb.pool, 'id'));

    // A static public IP made before the VM, so that its address can be in the server's TLS names.
    const apiIp = new PublicIp(this, 'manager-ip', { ...placed, name: name('manager-1-ip'), allocationMethod: 'Static', sku: 'Standard' });
    this.apiAddress = Token.asString(Fn.conditional(topology.highAvailability, Fn.one(splat(managerLbIp, 'ip_address')), apiIp.ipAddress));
    const primaryPrivateIp = Fn.cidrhost(SUBNET_RANGE, PRIMARY_MANAGER_HOST);

    const bootstrap = new K3sBootstrap(this, 'k3s', {
      kubecontext: this.kubecontext,
      apiAddress: this.apiAddress,
      primaryPrivateIp,
      highAvailability: topology.highAvailability,
      managersRunWorkloads: topology.managersRunWorkloads,
      k3sVersion: input.k3sVersion,
      metadataAddress: METADATA_ADDRESS,
    });

    const [publisher, offer, sku, version] = catalog.image.split(':');
    const nodes = new NodeFactory(this, {
      ...placed,
      subnetId: subnet.id,
      networkSecurityGroupId: nsg.id,
      gitpodPoolId: publicLb.pool.id,
      managerPoolId,
      image: { publisher, offer, sku, version },
      sshPublicKey: input.sshPublicKey,
      identityId: props.userAssignedIdentityId,
      region,
    });

    // large: a scale set per pool, in Gitpod's backend pool, and the node reaper on the first manager.
    const scaleSets = new AzureScaleSets(this, 'scale-sets', {
      ...placed,
      pools, autoscaled: topology.workersAutoscaled, bootstrap, region,
      subnetId: subnet.id, networkRange: NETWORK_RANGE, networkSecurityGroupId: nsg.id, gitpodPoolId: publicLb.pool.id,
      image: { publisher, offer, sku, version }, adminUsername: ADMIN_USERNAME, sshPublicKey: input.sshPublicKey,
      identityId: props.userAssignedIdentityId,
    });

    const managersRunWorkloads = Token.asNumber(when(topology.managersRunWorkloads, 1, 0));
    const primary = nodes.group('manager', {
      name: 'manager-1',
      size: topology.managerType,
      publicIp: apiIp,
      privateIp: primaryPrivateIp,
      customData: bootstrap.primaryServerUserData({ privateIp: primaryPrivateIp }, scaleSets.reaperFiles, [NODE_REAPER_WRAPPER]),
      gitpodPoolCount: managersRunWorkloads,
      managerPoolCount: topology.managerLoadBalancerCount,
    });

    const joiningCount = TerraformCount.of(topology.joiningManagerCount);
    const joiningIp = Fn.cidrhost(SUBNET_RANGE, Token.asNumber(Op.add(joiningCount.index, PRIMARY_MANAGER_HOST + 1)));
    const joining = nodes.group('joining-managers', {
      count: joiningCount,
      name: `manager-${Token.asString(Op.add(joiningCount.index, 2))}`,
      size: topology.managerType,
      privateIp: joiningIp,
      customData: bootstrap.joiningServerUserData({ privateIp: joiningIp }),
      gitpodPoolCount: Token.asNumber(when(topology.managersRunWorkloads, topology.joiningManagerCount, 0)),
      managerPoolCount: Token.asNumber(Fn.conditional(Op.gte(operand(topology.managerLoadBalancerCount), 1), topology.joiningManagerCount, 0)),
    });

    const workerCountIterator = TerraformCount.of(topology.workerCount);
    const workerIp = Fn.cidrhost(SUBNET_RANGE, Token.asNumber(Op.add(workerCountIterator.index, FIRST_WORKER_HOST)));
    const workers = nodes.group('workers', {
      count: workerCountIterator,
      name: `worker-${Token.asString(Op.add(workerCountIterator.index, 1))}`,
      size: topology.workerType,
      privateIp: workerIp,
      customData: bootstrap.agentUserData({ privateIp: workerIp }),
      gitpodPoolCount: topology.workerCount,
    });

    this.ready = bootstrap.waitForReady({
      // large: the managers and the pools' minimum, which the scale sets start with.
      expectedNodes: Token.asNumber(Op.add(Op.add(topology.managerCount, operand(topology.workerCount)), pools.minNodes)),
      timeoutMinutes: input.readyTimeoutMinutes,
      triggers: { primary: primary.vm.id, managers: Fn.join(',', splat(joining.vm, 'id')), workers: Fn.join(',', splat(workers.vm, 'id')) },
      dependsOn: [
        ...[primary, joining, workers].flatMap((g) => g.resources),
        scaleSets.scaleSets, scaleSets.autoscaleSettings,
        ...securityRules, ...publicLb.rules, ...managerLb.rules,
      ],
    }).resource;

    this.kubeconfig = bootstrap.kubeconfig;
    this.k3sToken = bootstrap.token;
    this.loadBalancerIpv4 = lbIp.ipAddress;
    this.networkSecurityGroupId = nsg.id;
    // Azure DNS names the apex wildcard `*`, as the original Azure module wrote it.
    this.dnsRecords = gitpodDnsRecords(this.domainName, lbIp.ipAddress, '*');
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

/**
 * Applies the defaults and checks every literal value, the common rules and the Azure
 * ones, throwing one error that lists each broken input.
 */
function resolveAzureProps(props: AzureGitpodClusterProps, defaultLocation: string) {
  const owner = 'AzureGitpodCluster';
  const rules = azureRules();
  const problems: string[] = [];
  let resolved: ReturnType<typeof resolveClusterProps> | undefined;
  try {
    resolved = resolveClusterProps(owner, props, defaultLocation, rules);
  } catch (err) {
    problems.push((err as Error).message);
  }
  const reported = problems.join('\n');
  // The Azure rules on common inputs narrow the common ones: report them only where the common rule passed.
  const narrowing: Array<[InputRule, unknown]> = [
    [rules.sshPublicKey, typeof props.sshPublicKey === 'string' && !Token.isUnresolved(props.sshPublicKey) ? props.sshPublicKey.trim() : props.sshPublicKey],
    [rules.apiAllowedCidrs, props.apiAllowedCidrs ?? ANYWHERE],
  ];
  const checks: Array<[InputRule, unknown]> = [
    [rules.resourceGroupName, props.resourceGroupName],
    [rules.userAssignedIdentityId, props.userAssignedIdentityId],
    ...narrowing.filter(([rule]) => !reported.includes(`invalid ${rule.prop} (`)),
  ];
  try {
    validateInputs(owner, checks);
  } catch (err) {
    problems.push((err as Error).message);
  }
  if (problems.length > 0 || !resolved) throw new Error(problems.join('\n'));
  return resolved;
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
function securityRuleSpecs(apiAllowedCidrs: string[]): SecurityRuleSpec[] {
  const protocol = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
  const specs: SecurityRuleSpec[] = FIREWALL_PORTS.map((p) => {
    const id = p.description.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const base = { description: p.description, protocol: protocol(p.protocol), destinationPortRange: p.port };
    if (p.scope === PortScope.PRIVATE) return { id, rule: { ...base, sourceAddressPrefix: NETWORK_RANGE } };
    if (p.kubernetesApi) return { id, rule: { ...base, sourceAddressPrefixes: ipv4Blocks(apiAllowedCidrs) } };
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

/** What every node shares. */
interface NodeDefaults {
  readonly resourceGroupName: string;
  readonly location: string;
  readonly subnetId: string;
  readonly networkSecurityGroupId: string;
  readonly gitpodPoolId: string;
  readonly managerPoolId: string;
  readonly image: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string };
  readonly sshPublicKey: string;
  readonly identityId: string;
  /** The first three letters of the location, for names. */
  readonly region: string;
}

/** One node, or `count` alike nodes. */
interface NodeGroupOptions {
  readonly count?: TerraformCount;
  /** The name inside `gitpod-<region>-<name>-<workspace>` (may hold `count.index`). */
  readonly name: string;
  readonly size: string;
  /** A public IP made beforehand; otherwise one per node is made here. */
  readonly publicIp?: PublicIp;
  readonly privateIp: string;
  /** The cloud-config text; it is passed base64-encoded, as Azure wants it. */
  readonly customData: string;
  /** How many of the nodes' NICs join Gitpod's backend pool (0 or all of them). */
  readonly gitpodPoolCount: number;
  /** How many of the nodes' NICs join the managers' backend pool (0 or all of them). */
  readonly managerPoolCount?: number;
}

/** The resources of one group of nodes. */
interface NodeGroup {
  readonly vm: LinuxVirtualMachine;
  /** Everything the readiness check waits for. */
  readonly resources: TerraformResource[];
}

/** Makes nodes: per VM a static public IP, a NIC with a static private IP, its NSG and pool associations, and the VM. */
class NodeFactory {
  constructor(private readonly scope: Construct, private readonly defaults: NodeDefaults) {}

  public group(id: string, options: NodeGroupOptions): NodeGroup {
    const { scope, defaults: d } = this;
    const count = options.count;
    const placed = { resourceGroupName: d.resourceGroupName, location: d.location };
    const name = (suffix: string) => regionalName(d.region, `${options.name}${suffix}`);

    const publicIp = options.publicIp ?? new PublicIp(scope, `${id}-ip`, {
      ...placed, count, name: name('-ip'), allocationMethod: 'Static', sku: 'Standard',
    });
    const nic = new NetworkInterface(scope, `${id}-nic`, {
      ...placed,
      count,
      name: name('-nic'),
      ipConfiguration: [{
        name: IP_CONFIGURATION,
        subnetId: d.subnetId,
        privateIpAddressAllocation: 'Static',
        privateIpAddress: options.privateIp,
        publicIpAddressId: count && !options.publicIp ? sameIndex(publicIp, 'id') : publicIp.id,
      }],
    });
    const nicId = count ? sameIndex(nic, 'id') : nic.id;
    const nsgAssociation = new NetworkInterfaceSecurityGroupAssociation(scope, `${id}-nsg`, {
      count, networkInterfaceId: nicId, networkSecurityGroupId: d.networkSecurityGroupId,
    });
    // Pool associations exist for some sizes only: their own count, indexed like the NICs.
    const poolAssociation = (suffix: string, poolCount: number, poolId: string) =>
      new NetworkInterfaceBackendAddressPoolAssociation(scope, `${id}-${suffix}`, {
        count: TerraformCount.of(poolCount),
        networkInterfaceId: count ? sameIndex(nic, 'id') : nic.id,
        ipConfigurationName: IP_CONFIGURATION,
        backendAddressPoolId: poolId,
      });
    const associations = [poolAssociation('gitpod-pool', options.gitpodPoolCount, d.gitpodPoolId)];
    if (options.managerPoolCount !== undefined) associations.push(poolAssociation('manager-pool', options.managerPoolCount, d.managerPoolId));

    const vm = new LinuxVirtualMachine(scope, id, {
      ...placed,
      count,
      name: name(''),
      // The host name may not hold the underscores a workspace name may.
      computerName: concat('gitpod-', d.region, '-', options.name, '-', Fn.replace(workspaceSuffix(), '_', '-')),
      size: options.size,
      networkInterfaceIds: [nicId],
      adminUsername: ADMIN_USERNAME,
      adminSshKey: [{ username: ADMIN_USERNAME, publicKey: d.sshPublicKey }],
      disablePasswordAuthentication: true,
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Standard_LRS' },
      sourceImageReference: d.image,
      customData: Fn.base64encode(options.customData),
      identity: { type: 'UserAssigned', identityIds: [d.identityId] },
      // Both only matter when a VM is created, and a change to either would replace it: template
      // changes, or a run from a machine whose ~/.ssh key differs, must not replace running nodes.
      lifecycle: { ignoreChanges: ['custom_data', 'admin_ssh_key'] },
    });
    return { vm, resources: [vm, nsgAssociation, ...associations] };
  }
}
