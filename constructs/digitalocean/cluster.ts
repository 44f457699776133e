import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';
import { Firewall, FirewallInboundRule, FirewallOutboundRule } from '@cdktf/provider-digitalocean/lib/firewall';
import { Loadbalancer } from '@cdktf/provider-digitalocean/lib/loadbalancer';
import { ReservedIp } from '@cdktf/provider-digitalocean/lib/reserved-ip';
import { ReservedIpAssignment } from '@cdktf/provider-digitalocean/lib/reserved-ip-assignment';
import { SshKey } from '@cdktf/provider-digitalocean/lib/ssh-key';
import { Tag } from '@cdktf/provider-digitalocean/lib/tag';
import { Vpc } from '@cdktf/provider-digitalocean/lib/vpc';
import { DropletAutoscale } from '@cdktf/provider-digitalocean/lib/droplet-autoscale';
import { Id } from '@cdktf/provider-random/lib/id';
import { IResolvable, Op, TerraformCount, TerraformIterator, TerraformLocal, TerraformStack, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog, nodeImage } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { GitpodClusterProps, ResolvedClusterProps } from 'cdktf-gitpod-self-hosted/lib/cluster-props';
import { sameIndex, splat, when } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { ANYWHERE, FIREWALL_PORTS, HOST_SSH_PORT, KUBERNETES_API_PORT, PortScope, PublicAllowLists, publicSources } from 'cdktf-gitpod-self-hosted/lib/firewall';
import { autoscaledWorkerUserData } from 'cdktf-gitpod-self-hosted/lib/autoscaled-workers';
import { K3sBootstrap } from 'cdktf-gitpod-self-hosted/lib/k3s/bootstrap';
import { regionalName } from 'cdktf-gitpod-self-hosted/lib/naming';
import { NODE_REAPER_WRAPPER, POOL_LABEL, nodeReaperFiles } from 'cdktf-gitpod-self-hosted/lib/node-reaper';
import { localRef } from 'cdktf-gitpod-self-hosted/lib/worker-pools';
import { ClusterAutoscaling, ClusterPlan, ClusterSite, CloudShape, GitpodCluster, NodeGroupMade, NodeGroupSpec, NodeRole } from 'cdktf-gitpod-self-hosted/constructs/gitpod-cluster';
import { declareModule } from 'cdktf-gitpod-self-hosted/constructs/module-stack';
import { POOL_SCALING_DEFAULTS, digitalOceanInputs } from './rules';
import type { DigitalOceanServiceAttachment } from './services';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/**
 * How one autoscaled pool of the `large` size scales on DigitalOcean (Droplet Autoscale Pools):
 * the average utilization it keeps its droplets at, and how long it waits between two changes.
 *
 * Module variable: an entry of `pool_scaling`, `{ cpu_target, memory_target, cooldown_minutes }`.
 */
export interface DropletPoolScaling {
  /**
   * The average CPU utilization the pool keeps (0.05 to 1): it adds droplets above it and
   * removes them below it. Module: `cpu_target`.
   * @default 0.7
   */
  readonly cpuTarget?: number;

  /**
   * The average memory utilization the pool keeps (0.05 to 1); the pool follows whichever of the
   * two targets asks for more droplets. Module: `memory_target`.
   * @default 0.8
   */
  readonly memoryTarget?: number;

  /**
   * Minutes between two scaling actions (5 to 20). Module: `cooldown_minutes`.
   * @default 10
   */
  readonly cooldownMinutes?: number;
}

/** Properties of a {@link DigitalOceanGitpodCluster}: the common choices; `location` is a DigitalOcean region (`fra1`, `ams3`, `lon1`, `nyc1`, `nyc3`, `atl1`, `tor1`, `sfo2`, `sfo3`, `sgp1`, `blr1`, `syd1`, default `fra1`). */
export interface DigitalOceanGitpodClusterProps extends GitpodClusterProps {
  /**
   * How each autoscaled pool of the `large` size scales, by pool name (DigitalOcean's Droplet
   * Autoscale Pools scale on the droplets' average CPU and memory); ignored by `small` and `medium`.
   * Module variable: `pool_scaling`.
   * @default - every pool: CPU 0.7, memory 0.8, 10 minutes between changes
   */
  readonly poolScaling?: { [pool: string]: DropletPoolScaling };
}

/** The VPC of the nodes, 10.2.0.0/16 as in the original module. DigitalOcean assigns the addresses in it. */
const VPC_RANGE = '10.2.0.0/16';
/** DigitalOcean's metadata service. */
const METADATA_ADDRESS = '169.254.169.254';
/** Every protocol and port, for the outbound rules. */
const ALL_PORTS = '1-65535';

/**
 * A k3s cluster for a self-hosted Gitpod on DigitalOcean.
 *
 * Builds a VPC, a firewall for the cluster's tag, the SSH key, the manager and worker
 * droplets, a public load balancer for Gitpod (80, 443, 22) and, for `medium`, a load
 * balancer for the managers (6443, 2244); for `small`, a reserved IP gives the first
 * manager an address known before it exists, for the API certificate and the kubeconfig.
 * The nodes bootstrap k3s from cloud-init alone; `terraform apply` returns when the
 * cluster is ready.
 *
 * DigitalOcean assigns private addresses itself, so each node finds its own in the VPC
 * range at boot; the other nodes join the first manager at its private address.
 *
 * Changes to the cloud-init templates do not replace running droplets (`user_data` is
 * ignored after creation): replace a node on purpose with `terraform apply -replace`.
 */
export class DigitalOceanGitpodCluster extends GitpodCluster {
  constructor(scope: Construct, id: string, props: DigitalOceanGitpodClusterProps) {
    super(scope, id, 'digitalocean', props);
  }

  /** @internal */
  protected _describe(): CloudShape {
    return new DigitalOceanShape();
  }

  /**
   * What `DigitalOceanGitpodServices` needs of the cluster: its name (`gitpod-<random id>`,
   * which names the services), its VPC and the tag of its nodes (whom the database firewall
   * admits), its region and size. Module output `service_attachment`.
   */
  public get serviceAttachment(): DigitalOceanServiceAttachment {
    const shape = this._shape as DigitalOceanShape;
    return { name: shape.clusterName, vpcId: shape.vpcId, nodeTag: shape.nodeTagName, location: this.location, size: this.size };
  }
}

/** DigitalOcean: what it builds, step by step. */
class DigitalOceanShape implements CloudShape {
  public readonly inputs = digitalOceanInputs();
  private readonly catalog = cloudCatalog('digitalocean');
  private nodeTag!: Tag;
  private managerTag!: Tag;
  private gitpodTag!: Tag;
  private vpc!: Vpc;
  private sshKey!: SshKey;
  private firewall!: Firewall;
  private reservedIp!: ReservedIp;
  private reservedIpCount!: number;
  private managersRunWorkloads!: IResolvable;

  private input!: ResolvedClusterProps;

  /** `gitpod-<cluster id>`, which names what belongs to this cluster account-wide. */
  public clusterName!: string;

  public get vpcId(): string {
    return this.vpc.id;
  }

  public get nodeTagName(): string {
    return this.nodeTag.name;
  }

  public site({ scope, topology, input }: ClusterPlan): ClusterSite {
    this.input = input;
    const name = (what: string) => regionalName(this.input.location, what);
    const region = this.input.location;
    this.managersRunWorkloads = topology.managersRunWorkloads;
    // Tags are account-wide on DigitalOcean: a random cluster id keeps the firewall and the
    // load balancers away from other clusters' droplets.
    const clusterId = new Id(scope, 'cluster-id', { byteLength: 3 }).hex;
    this.clusterName = `gitpod-${clusterId}`;
    this.nodeTag = new Tag(scope, 'node-tag', { name: `gitpod-${clusterId}-node` });
    this.managerTag = new Tag(scope, 'manager-tag', { name: `gitpod-${clusterId}-manager` });
    // The nodes that run Gitpod, which its load balancer targets: all nodes in small, workers in medium.
    this.gitpodTag = new Tag(scope, 'gitpod-lb-tag', { name: `gitpod-${clusterId}-lb` });

    this.vpc = new Vpc(scope, 'vpc', {
      name: name('vpc'), region, ipRange: VPC_RANGE,
      description: 'Gitpod self-hosted cluster network',
    });
    this.sshKey = new SshKey(scope, 'ssh-key', { name: name('ssh-key'), publicKey: this.input.sshPublicKey });

    // Gitpod's load balancer: k3s's service load balancer answers 80, 443 and 22 on every node.
    // DigitalOcean load balancers are sized in nodes ("size units"); the catalog gives the count.
    const sizeUnit = Number(this.catalog.loadBalancerType);
    if (!Number.isInteger(sizeUnit) || sizeUnit < 1) {
      throw new Error(`lib/data/size-catalog.json: digitalocean.loadBalancerType must be a number of size units such as "1", got "${this.catalog.loadBalancerType}"`);
    }
    const publicLb = new Loadbalancer(scope, 'load-balancer', {
      name: name('lb'), region, vpcUuid: this.vpc.id, sizeUnit,
      dropletTag: this.gitpodTag.name,
      forwardingRule: [
        { entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 80 },
        { entryProtocol: 'https', entryPort: 443, targetProtocol: 'https', targetPort: 443, tlsPassthrough: true },
        { entryProtocol: 'tcp', entryPort: 22, targetProtocol: 'tcp', targetPort: 22 },
      ],
      healthcheck: { protocol: 'tcp', port: 443 },
    });

    // The managers' own load balancer (medium): the kubeconfig address, and host SSH.
    const managerLb = new Loadbalancer(scope, 'manager-load-balancer', {
      count: TerraformCount.of(topology.managerLoadBalancerCount),
      name: name('managers-lb'), region, vpcUuid: this.vpc.id, sizeUnit,
      dropletTag: this.managerTag.name,
      forwardingRule: [KUBERNETES_API_PORT, HOST_SSH_PORT].map((port) => ({
        entryProtocol: 'tcp', entryPort: port, targetProtocol: 'tcp', targetPort: port,
      })),
      healthcheck: { protocol: 'tcp', port: KUBERNETES_API_PORT },
    });
    restrictToApiAllowList(managerLb, this.input.apiAllowedCidrs);

    this.firewall = new Firewall(scope, 'firewall', {
      name: name('firewall'),
      tags: [this.nodeTag.name],
      inboundRule: inboundRules(this.input, splat(managerLb, 'id')),
      outboundRule: outboundRules(),
    });

    // Without a manager load balancer (small), a reserved IP made before the droplet, so that
    // its address is in the API certificate. (Plain conditionals: cdktf does not parenthesize one inside an Op.)
    this.reservedIpCount = Token.asNumber(Fn.conditional(topology.hasManagerLoadBalancer, 0, 1));
    this.reservedIp = new ReservedIp(scope, 'manager-ip', { count: TerraformCount.of(this.reservedIpCount), region });
    return {
      apiAddress: Token.asString(Fn.conditional(
        topology.hasManagerLoadBalancer,
        Fn.one(splat(managerLb, 'ip')),
        Fn.one(splat(this.reservedIp, 'ip_address')),
      )),
      loadBalancerIpv4: publicLb.ip,
      metadataAddress: METADATA_ADDRESS,
      // DigitalOcean assigns private addresses: each node finds its own in the VPC at boot.
      nodeIpCidr: VPC_RANGE,
      // large: the pools delete droplets without draining them; the first manager reaps their nodes.
      primaryFiles: nodeReaperFiles(scope, 'reaper-files', topology.workersAutoscaled),
      primaryWrappers: [NODE_REAPER_WRAPPER],
      waitFor: [publicLb, managerLb, this.firewall],
    };
  }

  /**
   * large: a Droplet Autoscale Pool per pool, whose droplets carry the worker tags (so that the
   * firewall and Gitpod's load balancer take them in), join at the first manager's address with
   * the pool's labels, and find their VPC address at boot.
   */
  public autoscaling({ scope, pools, input }: ClusterPlan, bootstrap: K3sBootstrap, joinAddress: string): ClusterAutoscaling {
    const group = new Construct(scope, 'droplet-pools');
    const userData = autoscaledWorkerUserData(group, {
      pools: pools!, bootstrap, joinAddress, nodeIpCidr: VPC_RANGE,
      poolLabel: `join("=", [${JSON.stringify(POOL_LABEL)}, name])`,
    });
    // Each pool's scaling, the defaults where the user named none.
    const given = localRef(new TerraformLocal(group, 'pool-scaling-given', input.poolScaling));
    const d = POOL_SCALING_DEFAULTS;
    const scaling = new TerraformLocal(group, 'pool-scaling', `\${{ for name, p in ${localRef(pools!.byName)} : name => { `
      + `cpu_target = try(${given}[name].cpu_target, ${d.cpu_target}), memory_target = try(${given}[name].memory_target, ${d.memory_target}), `
      + `cooldown_minutes = try(${given}[name].cooldown_minutes, ${d.cooldown_minutes}) } }}`);
    const pool = TerraformIterator.fromMap(pools!.byName.asAnyMap);
    const of = (name: string) => Token.asNumber(propertyAccess(scaling.expression, [pool.key, name]));
    const autoscalePools = new DropletAutoscale(scope, 'worker-pools', {
      forEach: pool,
      name: regionalName(this.input.location, pool.key),
      config: {
        minInstances: pool.getNumber('min'),
        maxInstances: pool.getNumber('max'),
        targetCpuUtilization: of('cpu_target'),
        targetMemoryUtilization: of('memory_target'),
        cooldownMinutes: of('cooldown_minutes'),
      },
      dropletTemplate: {
        image: nodeImage('digitalocean', this.input.ubuntuRelease),
        region: this.input.location,
        size: pool.getString('machine_type'),
        vpcUuid: this.vpc.id,
        ipv6: false,
        sshKeys: [this.sshKey.fingerprint],
        tags: [this.nodeTag.name, this.gitpodTag.name],
        userData: Token.asString(Fn.lookup(userData.expression, pool.key)),
        // The agent reports the utilization the pool scales on.
        withDropletAgent: true,
      },
      // The firewall is in place before a droplet boots.
      dependsOn: [this.firewall],
    });
    return { waitFor: [autoscalePools] };
  }

  public nodes({ scope }: ClusterPlan, group: NodeGroupSpec): NodeGroupMade {
    const worker = group.role === NodeRole.WORKER;
    const droplet = new Droplet(scope, group.id, {
      count: group.count,
      name: regionalName(this.input.location, group.name),
      image: nodeImage('digitalocean', this.input.ubuntuRelease),
      region: this.input.location,
      size: group.machineType,
      vpcUuid: this.vpc.id,
      ipv6: false,
      sshKeys: [this.sshKey.fingerprint],
      tags: worker ? [this.nodeTag.name, this.gitpodTag.name] : this.managerTags(),
      userData: group.userData,
      // The firewall is in place before a node boots.
      dependsOn: [this.firewall],
      // Template changes, a new Ubuntu or k3s release, or a run from a machine whose ~/.ssh key
      // differs (or a rotated key), must not replace running nodes behind the user's back: all
      // of them only matter at creation.
      lifecycle: { ignoreChanges: ['user_data', 'ssh_keys', 'image'] },
    });
    if (group.role !== NodeRole.PRIMARY) return { machines: droplet, waitFor: [droplet] };
    const assignment = new ReservedIpAssignment(scope, 'manager-ip-assignment', {
      count: TerraformCount.of(this.reservedIpCount),
      ipAddress: sameIndex(this.reservedIp, 'ip_address'),
      dropletId: Token.asNumber(droplet.id),
    });
    // The others join at the address DigitalOcean gave the first manager: they are made after it.
    return { machines: droplet, privateIp: droplet.ipv4AddressPrivate, waitFor: [droplet, assignment] };
  }

  private managerTags(): string[] {
    return Token.asList(Fn.concat([
      [this.nodeTag.name, this.managerTag.name],
      when(this.managersRunWorkloads, [this.gitpodTag.name], []),
    ]));
  }
}

/** `list ++ more`, literal when both are, else a Terraform `concat`. */
function withMore(list: string[], more: string[]): string[] {
  return Token.isUnresolved(list) ? Token.asList(Fn.concat([list, more])) : [...list, ...more];
}

/**
 * The inbound rules of the node firewall. DigitalOcean firewalls filter the VPC too, so
 * the cluster ports are opened to the VPC range only; the world reaches 22, 80 and 443; the
 * Kubernetes API is open to its allow-list, the VPC (nodes join there) and the managers' load
 * balancer; host SSH to its allow-list and the managers' load balancer (which forwards it).
 */
function inboundRules(lists: PublicAllowLists, managerLbIds: string[]): FirewallInboundRule[] {
  const rules: FirewallInboundRule[] = FIREWALL_PORTS.map((p) => {
    if (p.kubernetesApi) {
      return { protocol: p.protocol, portRange: p.port, sourceAddresses: withMore(lists.apiAllowedCidrs, [VPC_RANGE]), sourceLoadBalancerUids: managerLbIds };
    }
    if (p.hostSsh) {
      return { protocol: p.protocol, portRange: p.port, sourceAddresses: lists.sshAllowedCidrs, sourceLoadBalancerUids: managerLbIds };
    }
    return { protocol: p.protocol, portRange: p.port, sourceAddresses: p.scope === PortScope.PUBLIC ? publicSources(p, lists) : [VPC_RANGE] };
  });
  rules.push({ protocol: 'icmp', sourceAddresses: ANYWHERE });
  return rules;
}

/** Nodes may reach anything: packages, k3s and images come from the internet. */
function outboundRules(): FirewallOutboundRule[] {
  return [
    { protocol: 'tcp', portRange: ALL_PORTS, destinationAddresses: ANYWHERE },
    { protocol: 'udp', portRange: ALL_PORTS, destinationAddresses: ANYWHERE },
    { protocol: 'icmp', destinationAddresses: ANYWHERE },
  ];
}

/**
 * Applies the API allow-list to the managers' load balancer, which forwards from its VPC
 * address (open in the node firewall) and so would let anyone reach the API. DigitalOcean
 * load balancers are IPv4 only: the IPv4 entries become `allow` rules; a list that allows
 * every IPv4 address needs no firewall, and a list without IPv4 entries denies them all.
 */
function restrictToApiAllowList(lb: Loadbalancer, apiAllowedCidrs: string[]): void {
  const ipv4 = TerraformIterator.fromList(apiAllowedCidrs).forExpressionForList('format("cidr:%s", val) if !strcontains(val, ":")');
  lb.addOverride('dynamic.firewall', {
    for_each: Fn.conditional(Fn.contains(apiAllowedCidrs, ANYWHERE[0]), [], [1]),
    content: {
      allow: ipv4,
      deny: Fn.conditional(Op.gte(Fn.lengthOf(ipv4), 1), [], ['cidr:0.0.0.0/0']),
    },
  });
}

/**
 * The DigitalOcean cluster as a plain Terraform module: the variables and outputs of the
 * Hetzner module (and of the unmerged `infrastructure/providers/digitalocean` branch),
 * with a real DigitalOcean region as the `location` default. `npm run synth` writes it to
 * `modules/digitalocean/`.
 *
 * The caller configures the `digitalocean` provider (token); the module has no provider
 * configuration or backend, so it can be used with `count` or `for_each`.
 */
export class DigitalOceanModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: DigitalOceanGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = declareModule(this, {
      cloud: 'digitalocean', inputs: digitalOceanInputs(), cluster: DigitalOceanGitpodCluster,
      outputs: [{
        name: 'service_attachment',
        description: 'What modules/digitalocean/services needs of the cluster (its name, VPC, node tag, region and size): pass it as that module\'s cluster',
        attribute: 'serviceAttachment',
        shape: (a: DigitalOceanServiceAttachment) => ({ name: a.name, vpc_id: a.vpcId, node_tag: a.nodeTag, location: a.location, size: a.size }),
      }],
    }) as DigitalOceanGitpodCluster;
  }
}
