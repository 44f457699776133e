import { IResolvable, ITerraformDependable, Op, TerraformCount, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog, isAutoscaledSize, supportedSizes } from '../lib/catalog';
import { GitpodClusterProps, IGitpodCluster, ResolvedClusterProps } from '../lib/cluster-props';
import { DnsRecord, gitpodDnsRecords } from '../lib/dns';
import { etcdSnapshotSettings } from '../lib/etcd-snapshots';
import { osUpdateSettings } from '../lib/os-updates';
import { splat } from '../lib/expressions';
import { CloudInputs, resolveInputs } from '../lib/inputs';
import { ClusterObject } from '../lib/k3s/api-object';
import { K3sBootstrap } from '../lib/k3s/bootstrap';
import { fsShiftMethodOf } from '../lib/platform';
import { InstallWrapper } from '../lib/k3s/cloud-init';
import { SizeTopology } from '../lib/topology';
import { WorkerPools } from '../lib/worker-pools';
import { Fn } from '../lib/fn';

/**
 * Where a cloud lets the library choose private addresses: the subnet and the host numbers
 * of the first manager (the joining ones follow it) and of the first worker.
 * @internal
 */
export interface FixedAddresses {
  readonly subnet: string;
  readonly primaryHost: number;
  readonly firstWorkerHost: number;
}

/** One group of nodes as the skeleton plans it: how many, and their private addresses. @internal */
export interface PlannedGroup {
  /** Absent for the first manager (one node). */
  readonly count?: TerraformCount;
  /** The nodes' private address (holds `count.index`); absent where the cloud assigns it. */
  readonly privateIp?: string;
}

/** The validated size plan every step of a cloud draws on. @internal */
export interface ClusterPlan {
  /** The cluster construct: every resource is made in it, under its contract ID. */
  readonly scope: Construct;
  readonly input: ResolvedClusterProps;
  readonly topology: SizeTopology;
  /** The autoscaled pools, on clouds that build a size with them. */
  readonly pools?: WorkerPools;
  readonly primary: PlannedGroup;
  readonly joining: PlannedGroup;
  readonly workers: PlannedGroup;
}

/** What a cloud builds before the nodes: its network, firewall and load balancers. @internal */
export interface ClusterSite {
  /** The Kubernetes API's address in the kubeconfig (and in the servers' certificate). */
  readonly apiAddress: string;
  /** The public IPv4 address Gitpod is served on. */
  readonly loadBalancerIpv4: string;
  /** The cloud's instance metadata address, fenced off from pods. */
  readonly metadataAddress: string;
  /** A host service beside it that pods may reach for DNS only (Azure's wire server). */
  readonly hostServiceAddress?: string;
  /** Where the cloud assigns private addresses itself: the range in which a node finds its own at boot. */
  readonly nodeIpCidr?: string;
  /** The cloud attaches private NICs after boot: nodes wait for their address first. */
  readonly waitForPrivateIp?: boolean;
  /** How the cloud's DNS names the apex wildcard (`*.`, Azure `*`). */
  readonly wildcardSubdomain?: string;
  /**
   * Further write_files entries and steps of the first manager that the cloud knows before any
   * node exists, where its autoscaling comes after the first manager (clouds that assign private
   * addresses: the pools join at the address the first manager got).
   */
  readonly primaryFiles?: IResolvable;
  readonly primaryWrappers?: InstallWrapper[];
  /** What the readiness check waits for besides the nodes. */
  readonly waitFor: ITerraformDependable[];
}

/** What a cloud's autoscaled workers add to the first manager and the readiness check. @internal */
export interface ClusterAutoscaling {
  /**
   * Further write_files entries of the first manager (a Terraform list; empty where the size does
   * not autoscale). Only where the autoscaling comes before the first manager (fixed addresses).
   */
  readonly primaryFiles?: IResolvable;
  /** Steps of the first manager before its k3s install. */
  readonly primaryWrappers?: InstallWrapper[];
  readonly waitFor: ITerraformDependable[];
  /**
   * Where the autoscaler's node template (the pools' cloud-config, with the k3s release) is an
   * object in the cluster that the first manager writes at first boot (Hetzner's Secret):
   * terraform apply writes it again after the upgrade step, whenever it changes. Absent where the
   * cloud's own pool templates follow the inputs.
   */
  readonly nodeTemplate?: ClusterObject;
}

/** The role of a group of nodes. @internal */
export enum NodeRole {
  /** The first manager, which creates the cluster. */
  PRIMARY = 'PRIMARY',
  /** The managers that join it (medium, large). */
  JOINING = 'JOINING',
  /** The fixed workers. */
  WORKER = 'WORKER',
}

/** One group of nodes for a cloud to make. @internal */
export interface NodeGroupSpec {
  /** The construct ID of the group's machine resource (part of the contract). */
  readonly id: string;
  readonly role: NodeRole;
  readonly count?: TerraformCount;
  /** The name inside the cloud's naming scheme (`manager-1`; holds `count.index` for groups). */
  readonly name: string;
  readonly machineType: string;
  readonly privateIp?: string;
  /** The cloud-config text. */
  readonly userData: string;
}

/** What a cloud made for one group of nodes. @internal */
export interface NodeGroupMade {
  /** The machine resource (with `count` for groups). */
  readonly machines: TerraformResource;
  /** The first manager's private address where the cloud assigns it (where the others join). */
  readonly privateIp?: string;
  /** What the readiness check waits for (the machines and what attaches them). */
  readonly waitFor: ITerraformDependable[];
}

/**
 * A cloud's description: what it builds, in the order the skeleton asks for it. The
 * sequence itself (inputs, size plan, bootstrap, managers, workers, readiness, attributes)
 * lives in {@link GitpodCluster}.
 * @internal
 */
export interface CloudShape {
  /** What the cloud decides about the inputs (its rules file). */
  readonly inputs: CloudInputs;
  /** Fixed private addresses, where the cloud lets the library choose them. */
  readonly addresses?: FixedAddresses;
  /** The network, firewall and load balancers: the first step, which sees the judged inputs first. */
  site(plan: ClusterPlan): ClusterSite;
  /**
   * The autoscaled workers (the sizes with pools); absent on clouds without them. Called before
   * the first manager where the library chooses the addresses, after it where the cloud does.
   */
  autoscaling?(plan: ClusterPlan, bootstrap: K3sBootstrap, joinAddress: string): ClusterAutoscaling;
  /** Makes one group of nodes. */
  nodes(plan: ClusterPlan, group: NodeGroupSpec): NodeGroupMade;
  /** The machine attribute that is its host name, which k3s registers the node with (default `name`). */
  readonly nodeNameAttribute?: string;
}

/**
 * What every cloud's cluster is: the shared sequence of a k3s cluster for Gitpod, which
 * each cloud's construct fills in with its network, load balancers and way of making a node.
 *
 * The sequence: the inputs with their defaults, judged by every rule at once; the size plan
 * (Terraform expressions over the size catalog, so that a variable size works as well as a
 * literal one); the network; the k3s bootstrap (token, CAs, kubeconfig); the autoscaled
 * pools where the size has them; the first manager, the joining managers, the workers; the
 * readiness check that `terraform apply` waits on.
 */
export abstract class GitpodCluster extends Construct implements IGitpodCluster {
  /** The domain Gitpod is served on. */
  public readonly domainName: string;
  /** Where the cluster runs, in the cloud's terms. */
  public readonly location: string;
  /** The size name (`small`, `medium`, `large`), or a token. */
  public readonly size: string;
  /** The kubeconfig context name. */
  public readonly kubecontext: string;
  /** The admin kubeconfig (YAML). Sensitive. */
  public readonly kubeconfig: string;
  /** The k3s server join token (secure format), which k3s treats as full admin. Sensitive. */
  public readonly k3sToken: string;
  /** The k3s agent join token (secure format): what a worker you add yourself needs. Sensitive. */
  public readonly k3sAgentToken: string;
  /** The address of the Kubernetes API in the kubeconfig. */
  public readonly apiAddress: string;
  /** The public IPv4 address of the Gitpod load balancer. */
  public readonly loadBalancerIpv4: string;
  /** The A records to create for the domain. */
  public readonly dnsRecords: DnsRecord[];
  /** The number of managers (a token: it depends on the size). */
  public readonly managerCount: number;
  /** The number of fixed workers (a token: it depends on the size; 0 for `large`, whose workers are autoscaled). */
  public readonly workerCount: number;
  /** Depend on this to start once the cluster is ready (the API answers and every node joined). */
  public readonly ready: ITerraformDependable;
  /** The Ubuntu release the nodes boot (a token in a module). */
  public readonly ubuntuRelease: string;
  /** How Gitpod's workspaces shift file ownership on that release (`fuse` or `shiftfs`); the companion sets it. */
  public readonly fsShiftMethod?: string;
  /**
   * The cloud's description, for the attributes only its construct has.
   * @internal
   */
  protected readonly _shape: CloudShape;

  /**
   * @param cloud the cloud's name in the registry (lib/clouds.ts) and the size catalog
   */
  protected constructor(scope: Construct, id: string, cloud: string, props: GitpodClusterProps) {
    super(scope, id);
    const owner = `${this.constructor.name} at ${this.node.path}`;
    const shape = this._describe();
    this._shape = shape;
    const input = resolveInputs(owner, cloud, shape.inputs, props) as unknown as ResolvedClusterProps;
    this.domainName = input.domainName;
    this.location = input.location;
    this.size = input.size;
    this.kubecontext = input.kubecontext;
    this.ubuntuRelease = input.ubuntuRelease;
    this.fsShiftMethod = fsShiftMethodOf(input.ubuntuRelease);
    // Pools exist on the clouds that build a size with them; the others' modules stay without.
    const autoscales = supportedSizes(cloud).some(isAutoscaledSize);
    const topology = new SizeTopology(this, 'size', {
      cloud, size: this.size, location: this.location, workerCount: input.workerCount,
      managerType: autoscales ? input.managerType : undefined,
    });
    const pools = autoscales ? new WorkerPools(this, 'pools', { pools: input.workerPools, autoscaled: topology.workersAutoscaled }) : undefined;
    this.managerCount = topology.managerCount;
    this.workerCount = topology.workerCount;
    const plan = planNodes(this, input, topology, pools, shape.addresses);

    const site = shape.site(plan);
    this.apiAddress = site.apiAddress;
    const snapshots = etcdSnapshotSettings(input);
    const bootstrap = new K3sBootstrap(this, 'k3s', {
      kubecontext: this.kubecontext,
      apiAddress: this.apiAddress,
      snapshots,
      managersRunWorkloads: topology.managersRunWorkloads,
      k3sVersion: input.k3sVersion,
      ubuntuRelease: input.ubuntuRelease,
      osUpdates: osUpdateSettings(input),
      metadataAddress: site.metadataAddress,
      hostServiceAddress: site.hostServiceAddress,
      nodeIpCidr: site.nodeIpCidr,
      waitForPrivateIp: site.waitForPrivateIp,
      managerAddresses: shape.addresses && managerAddresses(cloud, shape.addresses),
    });
    // Where the cloud assigns addresses, the others join the first manager at the one it got:
    // its pools come after it, and what it carries for them comes from the site.
    const fixedPrimaryIp = plan.primary.privateIp;
    const early = fixedPrimaryIp !== undefined ? shape.autoscaling?.(plan, bootstrap, fixedPrimaryIp) : undefined;

    const primary = shape.nodes(plan, {
      id: 'manager', role: NodeRole.PRIMARY, name: 'manager-1', machineType: topology.managerType, privateIp: fixedPrimaryIp,
      userData: bootstrap.primaryServerUserData({ privateIp: fixedPrimaryIp },
        early?.primaryFiles ?? site.primaryFiles, early?.primaryWrappers ?? site.primaryWrappers),
    });
    const joinAddress = fixedPrimaryIp ?? primary.privateIp;
    if (joinAddress === undefined) throw new Error(`${owner}: the cloud gives the first manager no private address to join`);
    const autoscaling = early ?? (fixedPrimaryIp === undefined ? shape.autoscaling?.(plan, bootstrap, joinAddress) : undefined);
    if (early === undefined && autoscaling?.primaryFiles !== undefined) {
      throw new Error(`${owner}: autoscaling that comes after the first manager cannot add to its user data; give the files in the site`);
    }
    const joiningCount = plan.joining.count!;
    const joining = shape.nodes(plan, {
      id: 'joining-managers', role: NodeRole.JOINING, count: joiningCount,
      name: `manager-${Token.asString(Op.add(joiningCount.index, 2))}`, machineType: topology.managerType, privateIp: plan.joining.privateIp,
      userData: bootstrap.joiningServerUserData({ privateIp: plan.joining.privateIp }, joinAddress),
    });
    const workerCount = plan.workers.count!;
    const workers = shape.nodes(plan, {
      id: 'workers', role: NodeRole.WORKER, count: workerCount,
      name: `worker-${Token.asString(Op.add(workerCount.index, 1))}`, machineType: topology.workerType, privateIp: plan.workers.privateIp,
      userData: bootstrap.agentUserData({ privateIp: plan.workers.privateIp }, joinAddress),
    });

    const fixedNodes = Op.add(topology.managerCount, topology.workerCount);
    this.ready = bootstrap.waitForReady({
      // large: the managers and the pools' minimum, which the cloud's autoscaling starts with.
      expectedNodes: Token.asNumber(pools ? Op.add(fixedNodes, pools.minNodes) : fixedNodes),
      timeoutMinutes: input.readyTimeoutMinutes,
      triggers: {
        primary: primary.machines.getStringAttribute('id'),
        managers: Fn.join(',', splat(joining.machines, 'id')),
        workers: Fn.join(',', splat(workers.machines, 'id')),
      },
      nodeNames: Fn.join(' ', Fn.concat([
        splat(primary.machines, shape.nodeNameAttribute ?? 'name'),
        splat(joining.machines, shape.nodeNameAttribute ?? 'name'),
        splat(workers.machines, shape.nodeNameAttribute ?? 'name'),
      ])),
      dependsOn: [...primary.waitFor, ...joining.waitFor, ...workers.waitFor, ...site.waitFor, ...autoscaling?.waitFor ?? []],
    }).resource;
    // A new k3s_version reaches the running nodes through the upgrade controller, after the wait.
    const upgrade = bootstrap.upgradeInPlace({ timeoutMinutes: input.readyTimeoutMinutes, dependsOn: [this.ready] }).resource;
    // And the nodes the autoscaler makes later, once every node runs it (a kubelet never newer than its API server).
    if (autoscaling?.nodeTemplate) bootstrap.nodeTemplate(autoscaling.nodeTemplate, { timeoutMinutes: input.readyTimeoutMinutes, dependsOn: [upgrade] });
    // The S3 settings and keys reach the cluster as a Secret, over the API, never in user data.
    bootstrap.etcdS3Secret({ snapshots, timeoutMinutes: input.readyTimeoutMinutes, dependsOn: [this.ready] });
    // kured's reboot window reaches the running cluster the same way, and again when it changes.
    bootstrap.kured({ timeoutMinutes: input.readyTimeoutMinutes, dependsOn: [this.ready] });

    this.kubeconfig = bootstrap.kubeconfig;
    this.k3sToken = bootstrap.token;
    this.k3sAgentToken = bootstrap.agentToken;
    this.loadBalancerIpv4 = site.loadBalancerIpv4;
    this.dnsRecords = gitpodDnsRecords(this.domainName, site.loadBalancerIpv4, site.wildcardSubdomain);
  }

  /**
   * The cloud's description: its inputs' rules, and the steps that build it.
   * @internal
   */
  protected abstract _describe(): CloudShape;
}

/** Every manager's address any size of the cloud can have, the first manager's first. */
function managerAddresses(cloud: string, addresses: FixedAddresses): string[] {
  const most = Math.max(...Object.values(cloudCatalog(cloud).sizes).map((s) => s.managerCount));
  return Array.from({ length: most }, (_, i) => Fn.cidrhost(addresses.subnet, addresses.primaryHost + i));
}

/** The counts of the node groups and, where the cloud lets the library choose them, their addresses. */
function planNodes(scope: Construct, input: ResolvedClusterProps, topology: SizeTopology, pools: WorkerPools | undefined, addresses?: FixedAddresses): ClusterPlan {
  const joiningCount = TerraformCount.of(topology.joiningManagerCount);
  const workerCount = TerraformCount.of(topology.workerCount);
  const host = (count: TerraformCount, first: number) => Fn.cidrhost(addresses!.subnet, Token.asNumber(Op.add(count.index, first)));
  return {
    scope, input, topology, pools,
    primary: { privateIp: addresses ? Fn.cidrhost(addresses.subnet, addresses.primaryHost) : undefined },
    joining: { count: joiningCount, privateIp: addresses ? host(joiningCount, addresses.primaryHost + 1) : undefined },
    workers: { count: workerCount, privateIp: addresses ? host(workerCount, addresses.firstWorkerHost) : undefined },
  };
}
