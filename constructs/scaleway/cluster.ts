import { Fn, ITerraformDependable, Op, TerraformCount, Token } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { GitpodClusterProps, IGitpodCluster, ResolvedClusterProps, resolveClusterProps } from '../../lib/cluster-props';
import { DnsRecord, gitpodDnsRecords } from '../../lib/dns';
import { concat, sameIndex, splat, when } from '../../lib/expressions';
import { KUBERNETES_API_PORT } from '../../lib/firewall';
import { IamSshKey } from '../../lib/gen/scaleway/iam-ssh-key';
import { InstancePrivateNic } from '../../lib/gen/scaleway/instance-private-nic';
import { InstanceSecurityGroup } from '../../lib/gen/scaleway/instance-security-group';
import { InstanceServer } from '../../lib/gen/scaleway/instance-server';
import { IpamIp } from '../../lib/gen/scaleway/ipam-ip';
import { Lb } from '../../lib/gen/scaleway/lb';
import { LbBackend } from '../../lib/gen/scaleway/lb-backend';
import { LbFrontend } from '../../lib/gen/scaleway/lb-frontend';
import { LbIp } from '../../lib/gen/scaleway/lb-ip';
import { VpcGatewayNetwork } from '../../lib/gen/scaleway/vpc-gateway-network';
import { VpcPrivateNetwork } from '../../lib/gen/scaleway/vpc-private-network';
import { VpcPublicGateway } from '../../lib/gen/scaleway/vpc-public-gateway';
import { VpcPublicGatewayIp } from '../../lib/gen/scaleway/vpc-public-gateway-ip';
import { K3sBootstrap } from '../../lib/k3s/bootstrap';
import { regionalName } from '../../lib/naming';
import { NODE_REAPER_WRAPPER } from '../../lib/node-reaper';
import { SizeTopology } from '../../lib/topology';
import { InputRule, validateInputs } from '../../lib/validation';
import { WorkerPools } from '../../lib/worker-pools';
import { ScalewayInstanceGroups } from './autoscaling';
import { SCALEWAY_ZONES, scalewayRules, zoneInLocationRule } from './rules';

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
   * Module variable: `zone` (default `nl-ams-1`, as the original module).
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
export class ScalewayGitpodCluster extends Construct implements IGitpodCluster {
  /** The domain Gitpod is served on. */
  public readonly domainName: string;
  /** The region (`location`). */
  public readonly location: string;
  /** The Availability Zone of the zonal resources. */
  public readonly zone: string;
  /** The Project that owns the resources. */
  public readonly projectId: string;
  /** The size name (`small`, `medium`), or a token. */
  public readonly size: string;
  /** The kubeconfig context name. */
  public readonly kubecontext: string;
  /** The admin kubeconfig (YAML). Sensitive. */
  public readonly kubeconfig: string;
  /** The k3s join token (secure format). Sensitive. */
  public readonly k3sToken: string;
  /** The address of the Kubernetes API in the kubeconfig: the load balancer's IP. */
  public readonly apiAddress: string;
  /** The public IPv4 address of the load balancer. */
  public readonly loadBalancerIpv4: string;
  /** The public IPv4 address of the public gateway, whose SSH bastion reaches the nodes. */
  public readonly bastionAddress: string;
  /** The port of the SSH bastion (user `bastion`). */
  public readonly bastionPort: number;
  /** The ID of the private network, for resources of your own (a database, say). */
  public readonly privateNetworkId: string;
  /** The A records to create for the domain. */
  public readonly dnsRecords: DnsRecord[];
  /** The number of managers (a token: it depends on the size). */
  public readonly managerCount: number;
  /** The number of workers (a token: it depends on the size). */
  public readonly workerCount: number;
  /** Depend on this to start once the cluster is ready (the API answers and every node joined). */
  public readonly ready: ITerraformDependable;

  constructor(scope: Construct, id: string, props: ScalewayGitpodClusterProps) {
    super(scope, id);
    const catalog = cloudCatalog('scaleway');
    const rules = scalewayRules();
    const location = props.location ?? catalog.defaultLocation;
    const zone = props.zone ?? concat(location, '-1');
    const input = validateScalewayProps(props, location, zone, catalog.defaultLocation, rules);
    this.domainName = input.domainName;
    this.location = input.location;
    this.zone = zone;
    this.projectId = props.projectId;
    this.size = input.size;
    this.kubecontext = input.kubecontext;
    const projectId = this.projectId;
    const region = this.location;

    const topology = new SizeTopology(this, 'size', {
      cloud: 'scaleway', size: this.size, location: this.location, workerCount: input.workerCount, managerType: input.managerType,
    });
    const pools = new WorkerPools(this, 'pools', { pools: input.workerPools, autoscaled: topology.workersAutoscaled });
    this.managerCount = topology.managerCount;
    this.workerCount = topology.workerCount;
    const name = (what: string) => regionalName(this.location, what);
    const tags = (role: string) => ['gitpod-self-hosted', `gitpod-role=${role}`];

    // Scaleway keeps the Project's keys on the bastion and gives them to new instances.
    const sshKey = new IamSshKey(this, 'ssh-key', { name: name('ssh-key'), publicKey: input.sshPublicKey, projectId });

    const network = new VpcPrivateNetwork(this, 'network', {
      name: name('network'), region, projectId, ipv4Subnet: { subnet: PRIVATE_SUBNET }, tags: tags('network'),
    });
    this.privateNetworkId = network.id;

    // Stable private addresses, booked in IPAM before anything else joins the network.
    const reserve = (reservationId: string, address: string, count?: TerraformCount) => new IpamIp(this, reservationId, {
      count, address, region, projectId, source: [{ privateNetworkId: network.id }], tags: tags('node'),
    });
    const primaryPrivateIp = Fn.cidrhost(PRIVATE_SUBNET, PRIMARY_MANAGER_HOST);
    const primaryAddress = reserve('manager-address', primaryPrivateIp);
    const joiningCount = TerraformCount.of(topology.joiningManagerCount);
    const joiningIp = Fn.cidrhost(PRIVATE_SUBNET, Token.asNumber(Op.add(joiningCount.index, PRIMARY_MANAGER_HOST + 1)));
    const joiningAddresses = reserve('joining-manager-addresses', joiningIp, joiningCount);
    const workerCountIterator = TerraformCount.of(topology.workerCount);
    const workerIp = Fn.cidrhost(PRIVATE_SUBNET, Token.asNumber(Op.add(workerCountIterator.index, FIRST_WORKER_HOST)));
    const workerAddresses = reserve('worker-addresses', workerIp, workerCountIterator);
    const reservations = [primaryAddress, joiningAddresses, workerAddresses];

    // The public gateway: the nodes' way out (masquerade, default route pushed by IPAM) and the SSH bastion.
    const gatewayIp = new VpcPublicGatewayIp(this, 'gateway-ip', { zone, projectId, tags: tags('gateway') });
    const gateway = new VpcPublicGateway(this, 'gateway', {
      name: name('gateway'), type: GATEWAY_TYPE, ipId: gatewayIp.id, zone, projectId, tags: tags('gateway'),
      bastionEnabled: true, bastionPort: BASTION_PORT,
      // The bastion learns the Project's SSH keys when it is created.
      dependsOn: [sshKey],
    });
    const gatewayNetwork = new VpcGatewayNetwork(this, 'gateway-network', {
      gatewayId: gateway.id, privateNetworkId: network.id, zone,
      enableMasquerade: true, ipamConfig: [{ pushDefaultRoute: true }],
      dependsOn: reservations,
    });

    // Nodes have no public address; the security group makes sure nothing reaches one if it ever gets one.
    const securityGroup = new InstanceSecurityGroup(this, 'security-group', {
      name: name('nodes'), zone, projectId, tags: tags('nodes'),
      stateful: true, inboundDefaultPolicy: 'drop', outboundDefaultPolicy: 'accept', enableDefaultSecurity: true,
    });

    // The load balancer and its flexible IP, which exists before the servers: it is the API address in their certificate.
    const lbIp = new LbIp(this, 'load-balancer-ip', { zone, projectId, tags: tags('load-balancer') });
    const lb = new Lb(this, 'load-balancer', {
      name: name('lb'), type: catalog.loadBalancerType, ipIds: [lbIp.id], zone, projectId, tags: tags('load-balancer'),
      privateNetwork: [{ privateNetworkId: network.id }],
      dependsOn: reservations,
    });
    const managerIps = Fn.concat([[primaryAddress.address], splat(joiningAddresses, 'address')]);
    const workerIps = splat(workerAddresses, 'address');
    // Managers serve Gitpod too when they carry its labels (small).
    const gitpodIps = Fn.concat([when<string[]>(topology.managersRunWorkloads, managerIps, []), workerIps]);
    const backendSettings = { forwardProtocol: 'tcp', proxyProtocol: 'none', healthCheckDelay: '10s', healthCheckTimeout: '5s', healthCheckMaxRetries: 3 };
    // large: backends whose servers the instance groups manage (Terraform leaves their list alone).
    const autoscaledBackendCount = TerraformCount.of(Token.asNumber(Fn.conditional(topology.workersAutoscaled, 1, 0)));
    const autoscaledBackends: Record<number, LbBackend> = {};
    for (const port of GITPOD_PORTS) {
      autoscaledBackends[port] = new LbBackend(this, `lb-autoscaled-backend-${port}`, {
        ...backendSettings, count: autoscaledBackendCount, lbId: lb.id, name: `gitpod-autoscaled-${port}`, forwardPort: port,
        lifecycle: { ignoreChanges: ['server_ips'] },
      });
    }
    const forward = (port: number, serverIps: string[], allowedCidrs?: string[]) => {
      const backend = new LbBackend(this, `lb-backend-${port}`, {
        ...backendSettings, lbId: lb.id, name: `gitpod-${port}`, forwardPort: port, serverIps,
      });
      const autoscaled = autoscaledBackends[port];
      const frontend = new LbFrontend(this, `lb-frontend-${port}`, {
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
      ...forward(KUBERNETES_API_PORT, managerIps, input.apiAllowedCidrs),
    ];

    this.apiAddress = lbIp.ipAddress;
    const bootstrap = new K3sBootstrap(this, 'k3s', {
      kubecontext: this.kubecontext,
      apiAddress: this.apiAddress,
      primaryPrivateIp,
      highAvailability: topology.highAvailability,
      managersRunWorkloads: topology.managersRunWorkloads,
      k3sVersion: input.k3sVersion,
      metadataAddress: METADATA_ADDRESS,
      // The private NIC is attached after the instance starts; until then a node has no way out.
      waitForPrivateIp: true,
    });

    const common = {
      image: catalog.image, zone, projectId,
      securityGroupId: securityGroup.id,
      rootVolume: catalog.rootVolumeSizeGb === undefined ? undefined : { sizeInGb: catalog.rootVolumeSizeGb },
      // The way out and the SSH key exist before any node boots.
      dependsOn: [gatewayNetwork, sshKey],
      // Template changes must not replace running nodes behind the user's back.
      lifecycle: { ignoreChanges: ['user_data'] },
    };
    const nic = (nicId: string, serverId: string, ipamIpId: string, count?: TerraformCount) => new InstancePrivateNic(this, nicId, {
      count, serverId, privateNetworkId: network.id, ipamIpIds: [ipamIpId], zone,
    });

    // large: an instance group per pool, in Gitpod's autoscaled backends, and the node reaper on the first manager.
    const groups = new ScalewayInstanceGroups(this, 'instance-groups', {
      pools, autoscaled: topology.workersAutoscaled, bootstrap, location: this.location, zone, projectId,
      privateNetworkId: network.id, privateSubnet: PRIVATE_SUBNET, securityGroupId: securityGroup.id,
      rootVolumeSizeGb: catalog.rootVolumeSizeGb, tags: tags('worker'),
      loadBalancerId: lb.id, backendIds: GITPOD_PORTS.map((port) => Fn.one(splat(autoscaledBackends[port], 'id'))),
      dependsOn: [gatewayNetwork, sshKey],
    });

    const primary = new InstanceServer(this, 'manager', {
      ...common,
      name: name('manager-1'),
      type: topology.managerType,
      tags: tags('manager'),
      userData: { 'cloud-init': bootstrap.primaryServerUserData({ privateIp: primaryPrivateIp }, groups.reaperFiles, [NODE_REAPER_WRAPPER]) },
    });
    const primaryNic = nic('manager-nic', primary.id, primaryAddress.id);

    const joining = new InstanceServer(this, 'joining-managers', {
      ...common,
      count: joiningCount,
      name: name(`manager-${Token.asString(Op.add(joiningCount.index, 2))}`),
      type: topology.managerType,
      tags: tags('manager'),
      userData: { 'cloud-init': bootstrap.joiningServerUserData({ privateIp: joiningIp }) },
    });
    const joiningNics = nic('joining-manager-nics', sameIndex(joining, 'id'), sameIndex(joiningAddresses, 'id'), joiningCount);

    const workers = new InstanceServer(this, 'workers', {
      ...common,
      count: workerCountIterator,
      name: name(`worker-${Token.asString(Op.add(workerCountIterator.index, 1))}`),
      type: topology.workerType,
      tags: tags('worker'),
      userData: { 'cloud-init': bootstrap.agentUserData({ privateIp: workerIp }) },
    });
    const workerNics = nic('worker-nics', sameIndex(workers, 'id'), sameIndex(workerAddresses, 'id'), workerCountIterator);

    this.ready = bootstrap.waitForReady({
      // large: the managers and the pools' minimum, which the instance groups start with.
      expectedNodes: Token.asNumber(Op.add(Op.add(topology.managerCount, topology.workerCount), pools.minNodes)),
      timeoutMinutes: input.readyTimeoutMinutes,
      triggers: { primary: primary.id, managers: Fn.join(',', splat(joining, 'id')), workers: Fn.join(',', splat(workers, 'id')) },
      dependsOn: [primaryNic, joiningNics, workerNics, ...lbRules, groups.groups, ...groups.policies],
    }).resource;

    this.kubeconfig = bootstrap.kubeconfig;
    this.k3sToken = bootstrap.token;
    this.loadBalancerIpv4 = lbIp.ipAddress;
    this.bastionAddress = gatewayIp.address;
    this.bastionPort = BASTION_PORT;
    this.dnsRecords = gitpodDnsRecords(this.domainName, lbIp.ipAddress);
  }
}

/**
 * Applies the common defaults and checks every literal input, the Scaleway ones included,
 * throwing one error that lists each broken input.
 */
function validateScalewayProps(
  props: ScalewayGitpodClusterProps, location: string, zone: string, defaultLocation: string,
  rules: ReturnType<typeof scalewayRules>,
): ResolvedClusterProps {
  const problems: string[] = [];
  const owner = 'ScalewayGitpodCluster';
  let resolved: ResolvedClusterProps | undefined;
  try {
    resolved = resolveClusterProps(owner, props, defaultLocation, { location: rules.location, size: rules.size });
  } catch (err) {
    problems.push((err as Error).message);
  }
  const checks: Array<[InputRule, unknown]> = [[rules.projectId, props.projectId]];
  // A zone that was not given follows the location, and is right when the location is.
  if (props.zone !== undefined) checks.push([rules.zone, zone]);
  // A zone of another region: checked where both are literal and the region is a real one.
  if (props.zone !== undefined && !Token.isUnresolved(location) && SCALEWAY_ZONES[location] && Object.values(SCALEWAY_ZONES).flat().includes(zone)) {
    checks.push([zoneInLocationRule(location), zone]);
  }
  try {
    validateInputs(owner, checks);
  } catch (err) {
    problems.push((err as Error).message);
  }
  if (problems.length > 0 || !resolved) throw new Error(problems.join('\n'));
  return resolved;
}
