import { TerraformCount, TerraformIterator, TerraformLocal, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog, nodeImage } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { byUbuntuRelease } from 'cdktf-gitpod-self-hosted/lib/platform';
import { GitpodClusterProps, ResolvedClusterProps } from 'cdktf-gitpod-self-hosted/lib/cluster-props';
import { sameIndex, splat, when } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { KUBERNETES_API_PORT } from 'cdktf-gitpod-self-hosted/lib/firewall';
import { IamSshKey } from './gen/iam-ssh-key';
import { InstancePrivateNic } from './gen/instance-private-nic';
import { InstanceSecurityGroup } from './gen/instance-security-group';
import { InstanceServer } from './gen/instance-server';
import { IpamIp } from './gen/ipam-ip';
import { Lb } from './gen/lb';
import { LbBackend } from './gen/lb-backend';
import { LbFrontend } from './gen/lb-frontend';
import { LbIp } from './gen/lb-ip';
import { VpcGatewayNetwork } from './gen/vpc-gateway-network';
import { VpcPrivateNetwork } from './gen/vpc-private-network';
import { VpcPublicGateway } from './gen/vpc-public-gateway';
import { VpcPublicGatewayIp } from './gen/vpc-public-gateway-ip';
import { K3sBootstrap } from 'cdktf-gitpod-self-hosted/lib/k3s/bootstrap';
import { regionalName } from 'cdktf-gitpod-self-hosted/lib/naming';
import { NODE_REAPER_WRAPPER } from 'cdktf-gitpod-self-hosted/lib/node-reaper';
import { ClusterAutoscaling, ClusterPlan, ClusterSite, CloudShape, GitpodCluster, NodeGroupMade, NodeGroupSpec, NodeRole } from 'cdktf-gitpod-self-hosted/constructs/gitpod-cluster';
import { declareModule } from 'cdktf-gitpod-self-hosted/constructs/module-stack';
import { scalewayInputs } from './rules';
import { ScalewayInstanceGroups } from './autoscaling';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/**
 * Properties of a {@link ScalewayGitpodCluster}: the common choices, where `location` is a
 * Scaleway region (`fr-par`, `nl-ams`, `pl-waw`, default `nl-ams`), plus the Project and
 * the Availability Zone.
 */
export interface ScalewayGitpodClusterProps extends GitpodClusterProps {
  /**
   * The Scaleway Project that owns every resource (a UUID).
   * Module variable: `project_id`.
   */
  readonly projectId: string;

  /**
   * The Availability Zone of the instances, the load balancer and the public gateway; it
   * must lie in `location` (for `nl-ams`: `nl-ams-1`, `nl-ams-2` or `nl-ams-3`).
   * Module variable: `zone` (unset: the location's first zone).
   * @default - the location's first zone, such as `nl-ams-1`
   */
  readonly zone?: string;
}

/** The private network of the nodes, as the original module's DHCP range. */
const PRIVATE_SUBNET = '192.168.1.0/24';
/** Reserved addresses: managers from .50 and workers from .60, as the original's DHCP reservations. */
const PRIMARY_MANAGER_HOST = 50;
const FIRST_WORKER_HOST = 60;
/** The public gateway that gives the nodes (which have no public address) the internet, and the SSH bastion. */
const GATEWAY_TYPE = 'VPC-GW-S';
/** Scaleway's default bastion port, set explicitly so that it is part of the contract. */
const BASTION_PORT = 61000;
/** Scaleway's instance metadata service. */
const METADATA_ADDRESS = '169.254.42.42';
/** The ports Gitpod serves through the load balancer (k3s's service load balancer answers them on every Gitpod node). */
const GITPOD_PORTS = [80, 443, 22];

/**
 * A k3s cluster for a self-hosted Gitpod on Scaleway.
 *
 * As the original module, the nodes live only on a private network (192.168.1.0/24),
 * behind a public gateway (`VPC-GW-S`, masquerade, SSH bastion on port 61000) and one load
 * balancer with its own flexible IP. Unlike it, every node bootstraps k3s from cloud-init:
 * no SSH from Terraform and no sleep. The private addresses are booked in Scaleway's IPAM
 * (`scaleway_ipam_ip`) and given to each node's private NIC; the gateway takes its own
 * address and default route from IPAM (the DHCP resources of the public gateway are gone).
 *
 * The load balancer serves Gitpod on 80, 443 and 22 (tcp) and the Kubernetes API on 6443
 * (managers only, `apiAllowedCidrs` as an ACL), so the kubeconfig address is the load
 * balancer's IP in every size. Host SSH (port 2244) goes through the gateway's bastion:
 * `ssh -J bastion@<bastionAddress>:61000 -p 2244 root@<node private IP>`.
 *
 * Changes to the cloud-init templates do not replace running servers (`user_data` is
 * ignored after creation): replace a node on purpose with `terraform apply -replace`.
 */
export class ScalewayGitpodCluster extends GitpodCluster {
  /** The Availability Zone of the zonal resources. */
  public readonly zone: string;
  /** The Project that owns the resources. */
  public readonly projectId: string;
  /** The public IPv4 address of the public gateway, whose SSH bastion reaches the nodes. */
  public readonly bastionAddress: string;
  /** The port of the SSH bastion (user `bastion`). */
  public readonly bastionPort: number;
  /** The ID of the private network, for resources of your own (a database, say). */
  public readonly privateNetworkId: string;

  constructor(scope: Construct, id: string, props: ScalewayGitpodClusterProps) {
    super(scope, id, 'scaleway', props);
    const shape = this._shape as ScalewayShape;
    this.zone = shape.zone;
    this.projectId = props.projectId;
    this.bastionAddress = shape.bastionAddress;
    this.bastionPort = BASTION_PORT;
    this.privateNetworkId = shape.privateNetworkId;
  }

  /** @internal */
  protected _describe(): CloudShape {
    return new ScalewayShape();
  }
}

/** The IDs of each node group's address reservation and private NIC (part of the contract). */
const GROUP_IDS: Record<NodeRole, { readonly address: string; readonly nic: string }> = {
  [NodeRole.PRIMARY]: { address: 'manager-address', nic: 'manager-nic' },
  [NodeRole.JOINING]: { address: 'joining-manager-addresses', nic: 'joining-manager-nics' },
  [NodeRole.WORKER]: { address: 'worker-addresses', nic: 'worker-nics' },
};

/** Scaleway: what it builds, step by step. */
class ScalewayShape implements CloudShape {
  public readonly inputs = scalewayInputs();
  public readonly addresses = { subnet: PRIVATE_SUBNET, primaryHost: PRIMARY_MANAGER_HOST, firstWorkerHost: FIRST_WORKER_HOST };
  public zone!: string;
  public bastionAddress!: string;
  public privateNetworkId!: string;
  private readonly catalog = cloudCatalog('scaleway');
  private input!: ResolvedClusterProps;
  private projectId!: string;
  private reservations!: Record<NodeRole, IpamIp>;
  private securityGroup!: InstanceSecurityGroup;
  private gatewayNetwork!: VpcGatewayNetwork;
  private sshKey!: IamSshKey;
  private lb!: Lb;
  private autoscaledBackends!: Record<number, LbBackend>;

  public site({ scope, topology, input, primary, joining, workers }: ClusterPlan): ClusterSite {
    this.input = input;
    this.projectId = input.projectId as string;
    const projectId = this.projectId;
    const region = this.input.location;
    const name = (what: string) => regionalName(region, what);
    const tags = (role: string) => scalewayTags(role);
    // A zone that stands for the module's variable (null: the location's first) is worked out once.
    const zone = Token.isUnresolved(this.input.zone) ? new TerraformLocal(scope, 'zone', this.input.zone).asString : this.input.zone as string;
    this.zone = zone;

    // Scaleway keeps the Project's keys on the bastion and gives them to new instances.
    this.sshKey = new IamSshKey(scope, 'ssh-key', { name: name('ssh-key'), publicKey: this.input.sshPublicKey, projectId });

    const network = new VpcPrivateNetwork(scope, 'network', {
      name: name('network'), region, projectId, ipv4Subnet: { subnet: PRIVATE_SUBNET }, tags: tags('network'),
    });
    this.privateNetworkId = network.id;

    // Stable private addresses, booked in IPAM before anything else joins the network.
    const reserve = (role: NodeRole, address: string, count?: TerraformCount) => new IpamIp(scope, GROUP_IDS[role].address, {
      count, address, region, projectId, source: [{ privateNetworkId: network.id }], tags: tags('node'),
    });
    this.reservations = {
      [NodeRole.PRIMARY]: reserve(NodeRole.PRIMARY, primary.privateIp!),
      [NodeRole.JOINING]: reserve(NodeRole.JOINING, joining.privateIp!, joining.count),
      [NodeRole.WORKER]: reserve(NodeRole.WORKER, workers.privateIp!, workers.count),
    };
    const reservations = Object.values(this.reservations);

    // The public gateway: the nodes' way out (masquerade, default route pushed by IPAM) and the SSH bastion.
    const gatewayIp = new VpcPublicGatewayIp(scope, 'gateway-ip', { zone, projectId, tags: tags('gateway') });
    this.bastionAddress = gatewayIp.address;
    const gateway = new VpcPublicGateway(scope, 'gateway', {
      name: name('gateway'), type: GATEWAY_TYPE, ipId: gatewayIp.id, zone, projectId, tags: tags('gateway'),
      bastionEnabled: true, bastionPort: BASTION_PORT,
      // Host SSH goes through the bastion only (the nodes have no public address): its allow-list
      // is the bastion's, IPv4 as the gateway's address is.
      allowedIpRanges: Token.asList(TerraformIterator.fromList(input.sshAllowedCidrs).forExpressionForList('val if !strcontains(val, ":")')),
      // The bastion learns the Project's SSH keys when it is created.
      dependsOn: [this.sshKey],
    });
    this.gatewayNetwork = new VpcGatewayNetwork(scope, 'gateway-network', {
      gatewayId: gateway.id, privateNetworkId: network.id, zone,
      enableMasquerade: true, ipamConfig: [{ pushDefaultRoute: true }],
      dependsOn: reservations,
    });

    // Nodes have no public address; the security group makes sure nothing reaches one if it ever gets one.
    this.securityGroup = new InstanceSecurityGroup(scope, 'security-group', {
      name: name('nodes'), zone, projectId, tags: tags('nodes'),
      stateful: true, inboundDefaultPolicy: 'drop', outboundDefaultPolicy: 'accept', enableDefaultSecurity: true,
    });

    // The load balancer and its flexible IP, which exists before the servers: it is the API address in their certificate.
    const lbIp = new LbIp(scope, 'load-balancer-ip', { zone, projectId, tags: tags('load-balancer') });
    const lb = new Lb(scope, 'load-balancer', {
      name: name('lb'), type: this.catalog.loadBalancerType, ipIds: [lbIp.id], zone, projectId, tags: tags('load-balancer'),
      privateNetwork: [{ privateNetworkId: network.id }],
      dependsOn: reservations,
    });
    this.lb = lb;
    const managerIps = Fn.concat([[this.reservations[NodeRole.PRIMARY].address], splat(this.reservations[NodeRole.JOINING], 'address')]);
    const workerIps = splat(this.reservations[NodeRole.WORKER], 'address');
    // Managers serve Gitpod too when they carry its labels (small).
    const gitpodIps = Fn.concat([when<string[]>(topology.managersRunWorkloads, managerIps, []), workerIps]);
    const backendSettings = { forwardProtocol: 'tcp', proxyProtocol: 'none', healthCheckDelay: '10s', healthCheckTimeout: '5s', healthCheckMaxRetries: 3 };
    // large: backends whose servers the instance groups manage (Terraform leaves their list alone).
    const autoscaledBackendCount = TerraformCount.of(Token.asNumber(Fn.conditional(topology.workersAutoscaled, 1, 0)));
    this.autoscaledBackends = {};
    for (const port of GITPOD_PORTS) {
      this.autoscaledBackends[port] = new LbBackend(scope, `lb-autoscaled-backend-${port}`, {
        ...backendSettings, count: autoscaledBackendCount, lbId: lb.id, name: `gitpod-autoscaled-${port}`, forwardPort: port,
        lifecycle: { ignoreChanges: ['server_ips'] },
      });
    }
    const forward = (port: number, serverIps: string[], allowedCidrs?: string[]) => {
      const backend = new LbBackend(scope, `lb-backend-${port}`, {
        ...backendSettings, lbId: lb.id, name: `gitpod-${port}`, forwardPort: port, serverIps,
      });
      const autoscaled = this.autoscaledBackends[port];
      const frontend = new LbFrontend(scope, `lb-frontend-${port}`, {
        lbId: lb.id, name: `gitpod-${port}`, inboundPort: port,
        backendId: autoscaled ? Token.asString(Fn.conditional(topology.workersAutoscaled, Fn.one(splat(autoscaled, 'id')), backend.id)) : backend.id,
        // Scaleway lets everything through that no ACL denies: deny whoever is not on the allow-list.
        acl: allowedCidrs ? [{
          name: 'kubernetes-api-allow-list',
          match: { ipSubnet: allowedCidrs, invert: true },
          action: { type: 'deny' },
        }] : undefined,
      });
      return [backend, frontend];
    };
    const lbRules = [
      ...GITPOD_PORTS.flatMap((port) => forward(port, gitpodIps)),
      ...forward(KUBERNETES_API_PORT, managerIps, this.input.apiAllowedCidrs),
    ];
    return {
      apiAddress: lbIp.ipAddress,
      loadBalancerIpv4: lbIp.ipAddress,
      metadataAddress: METADATA_ADDRESS,
      // The private NIC is attached after the instance starts; until then a node has no way out.
      waitForPrivateIp: true,
      waitFor: lbRules,
    };
  }

  /** large: an instance group per pool, in Gitpod's autoscaled backends, and the node reaper on the first manager. */
  public autoscaling({ scope, topology, pools }: ClusterPlan, bootstrap: K3sBootstrap, joinAddress: string): ClusterAutoscaling {
    const groups = new ScalewayInstanceGroups(scope, 'instance-groups', {
      pools: pools!, autoscaled: topology.workersAutoscaled, bootstrap, joinAddress, location: this.input.location, zone: this.zone, projectId: this.projectId,
      privateNetworkId: this.privateNetworkId, privateSubnet: PRIVATE_SUBNET, securityGroupId: this.securityGroup.id,
      rootVolumeSizeGb: this.catalog.rootVolumeSizeGb, tags: scalewayTags('worker'),
      imageName: byUbuntuRelease(this.input.ubuntuRelease, this.catalog.imageNames!),
      loadBalancerId: this.lb.id, backendIds: GITPOD_PORTS.map((port) => Fn.one(splat(this.autoscaledBackends[port], 'id'))),
      dependsOn: [this.gatewayNetwork, this.sshKey],
    });
    return { primaryFiles: groups.reaperFiles, primaryWrappers: [NODE_REAPER_WRAPPER], waitFor: [groups.groups, ...groups.policies] };
  }

  /** An instance without a public address, and its private NIC on the address booked for it. */
  public nodes({ scope }: ClusterPlan, group: NodeGroupSpec): NodeGroupMade {
    const server = new InstanceServer(scope, group.id, {
      count: group.count,
      name: regionalName(this.input.location, group.name),
      image: nodeImage('scaleway', this.input.ubuntuRelease),
      zone: this.zone,
      projectId: this.projectId,
      type: group.machineType,
      tags: scalewayTags(group.role === NodeRole.WORKER ? 'worker' : 'manager'),
      securityGroupId: this.securityGroup.id,
      rootVolume: this.catalog.rootVolumeSizeGb === undefined ? undefined : { sizeInGb: this.catalog.rootVolumeSizeGb },
      userData: { 'cloud-init': group.userData },
      // The way out and the SSH key exist before any node boots.
      dependsOn: [this.gatewayNetwork, this.sshKey],
      // Template changes and a new Ubuntu release must not replace running nodes behind the user's back.
      lifecycle: { ignoreChanges: ['user_data', 'image'] },
    });
    const reservation = this.reservations[group.role];
    const nic = new InstancePrivateNic(scope, GROUP_IDS[group.role].nic, {
      count: group.count,
      serverId: group.count ? sameIndex(server, 'id') : server.id,
      privateNetworkId: this.privateNetworkId,
      ipamIpIds: [group.count ? sameIndex(reservation, 'id') : reservation.id],
      zone: this.zone,
    });
    return { machines: server, waitFor: [nic] };
  }
}

/** The tags of a resource of the cluster. */
function scalewayTags(role: string): string[] {
  return ['gitpod-self-hosted', `gitpod-role=${role}`];
}

/**
 * The Scaleway cluster as a plain Terraform module: the variables and outputs of the
 * original `infrastructure/providers/scaleway` module (`project_id`, `zone` and the common
 * ones), so that its callers switch by changing only `source`. `npm run synth` writes it
 * to `modules/scaleway/`.
 *
 * The module has no provider configuration or backend, so it can be used with `count` or
 * `for_each`. It sets `project_id`, `zone` and `region` (from `location`) on every
 * resource itself, so the caller's `scaleway` provider needs only credentials.
 */
export class ScalewayModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: ScalewayGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = declareModule(this, { cloud: 'scaleway', inputs: scalewayInputs(), cluster: ScalewayGitpodCluster }) as ScalewayGitpodCluster;
  }
}
