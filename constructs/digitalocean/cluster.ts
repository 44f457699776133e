import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';
import { Firewall, FirewallInboundRule, FirewallOutboundRule } from '@cdktf/provider-digitalocean/lib/firewall';
import { Loadbalancer } from '@cdktf/provider-digitalocean/lib/loadbalancer';
import { ReservedIp } from '@cdktf/provider-digitalocean/lib/reserved-ip';
import { ReservedIpAssignment } from '@cdktf/provider-digitalocean/lib/reserved-ip-assignment';
import { SshKey } from '@cdktf/provider-digitalocean/lib/ssh-key';
import { Tag } from '@cdktf/provider-digitalocean/lib/tag';
import { Vpc } from '@cdktf/provider-digitalocean/lib/vpc';
import { Id } from '@cdktf/provider-random/lib/id';
import { Fn, ITerraformDependable, Lazy, Op, TerraformCount, TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { GitpodClusterProps, IGitpodCluster, resolveClusterProps } from '../../lib/cluster-props';
import { DnsRecord, gitpodDnsRecords } from '../../lib/dns';
import { sameIndex, splat, when } from '../../lib/expressions';
import { ANYWHERE, FIREWALL_PORTS, HOST_SSH_PORT, KUBERNETES_API_PORT, PortScope } from '../../lib/firewall';
import { K3sBootstrap } from '../../lib/k3s/bootstrap';
import { regionalName } from '../../lib/naming';
import { SizeTopology } from '../../lib/topology';
import { digitalOceanRules } from './rules';

/** Properties of a {@link DigitalOceanGitpodCluster}: the common choices; `location` is a DigitalOcean region (`fra1`, `ams3`, `lon1`, `nyc1`, `nyc3`, `atl1`, `tor1`, `sfo2`, `sfo3`, `sgp1`, `blr1`, `syd1`, default `fra1`). */
export interface DigitalOceanGitpodClusterProps extends GitpodClusterProps {}

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
export class DigitalOceanGitpodCluster extends Construct implements IGitpodCluster {
  /** The domain Gitpod is served on. */
  public readonly domainName: string;
  /** The region. */
  public readonly location: string;
  /** The size name (`small`, `medium`), or a token. */
  public readonly size: string;
  /** The kubeconfig context name. */
  public readonly kubecontext: string;
  /** The admin kubeconfig (YAML). Sensitive. */
  public readonly kubeconfig: string;
  /** The k3s join token (secure format). Sensitive. */
  public readonly k3sToken: string;
  /** The address of the Kubernetes API in the kubeconfig. */
  public readonly apiAddress: string;
  /** The public IPv4 address of the Gitpod load balancer. */
  public readonly loadBalancerIpv4: string;
  /** The A records to create for the domain. */
  public readonly dnsRecords: DnsRecord[];
  /** The number of managers (a token: it depends on the size). */
  public readonly managerCount: number;
  /** The number of workers (a token: it depends on the size). */
  public readonly workerCount: number;
  /** Depend on this to start once the cluster is ready (the API answers and every node joined). */
  public readonly ready: ITerraformDependable;

  constructor(scope: Construct, id: string, props: DigitalOceanGitpodClusterProps) {
    super(scope, id);
    const catalog = cloudCatalog('digitalocean');
    const input = resolveClusterProps('DigitalOceanGitpodCluster', props, catalog.defaultLocation, digitalOceanRules());
    this.domainName = input.domainName;
    this.location = input.location;
    this.size = input.size;
    this.kubecontext = input.kubecontext;

    const topology = new SizeTopology(this, 'size', { cloud: 'digitalocean', size: this.size, location: this.location, workerCount: input.workerCount });
    this.managerCount = topology.managerCount;
    this.workerCount = topology.workerCount;
    const name = (what: string) => regionalName(this.location, what);

    // Tags are account-wide on DigitalOcean: a random cluster id keeps the firewall and the
    // load balancers away from other clusters' droplets.
    const clusterId = new Id(this, 'cluster-id', { byteLength: 3 }).hex;
    const nodeTag = new Tag(this, 'node-tag', { name: `gitpod-${clusterId}-node` });
    const managerTag = new Tag(this, 'manager-tag', { name: `gitpod-${clusterId}-manager` });
    // The nodes that run Gitpod, which its load balancer targets: all nodes in small, workers in medium.
    const gitpodTag = new Tag(this, 'gitpod-lb-tag', { name: `gitpod-${clusterId}-lb` });

    const vpc = new Vpc(this, 'vpc', {
      name: name('vpc'), region: this.location, ipRange: VPC_RANGE,
      description: 'Gitpod self-hosted cluster network',
    });
    const sshKey = new SshKey(this, 'ssh-key', { name: name('ssh-key'), publicKey: input.sshPublicKey });

    // Gitpod's load balancer: k3s's service load balancer answers 80, 443 and 22 on every node.
    // DigitalOcean load balancers are sized in nodes ("size units"); the catalog gives the count.
    const sizeUnit = Number(catalog.loadBalancerType);
    if (!Number.isInteger(sizeUnit) || sizeUnit < 1) {
      throw new Error(`lib/data/size-catalog.json: digitalocean.loadBalancerType must be a number of size units such as "1", got "${catalog.loadBalancerType}"`);
    }
    const publicLb = new Loadbalancer(this, 'load-balancer', {
      name: name('lb'), region: this.location, vpcUuid: vpc.id, sizeUnit,
      dropletTag: gitpodTag.name,
      forwardingRule: [
        { entryProtocol: 'http', entryPort: 80, targetProtocol: 'http', targetPort: 80 },
        { entryProtocol: 'https', entryPort: 443, targetProtocol: 'https', targetPort: 443, tlsPassthrough: true },
        { entryProtocol: 'tcp', entryPort: 22, targetProtocol: 'tcp', targetPort: 22 },
      ],
      healthcheck: { protocol: 'tcp', port: 443 },
    });

    // The managers' own load balancer (medium): the kubeconfig address, and host SSH.
    const managerLb = new Loadbalancer(this, 'manager-load-balancer', {
      count: TerraformCount.of(topology.managerLoadBalancerCount),
      name: name('managers-lb'), region: this.location, vpcUuid: vpc.id, sizeUnit,
      dropletTag: managerTag.name,
      forwardingRule: [KUBERNETES_API_PORT, HOST_SSH_PORT].map((port) => ({
        entryProtocol: 'tcp', entryPort: port, targetProtocol: 'tcp', targetPort: port,
      })),
      healthcheck: { protocol: 'tcp', port: KUBERNETES_API_PORT },
    });
    restrictToApiAllowList(managerLb, input.apiAllowedCidrs);

    const firewall = new Firewall(this, 'firewall', {
      name: name('firewall'),
      tags: [nodeTag.name],
      inboundRule: inboundRules(input.apiAllowedCidrs, splat(managerLb, 'id')),
      outboundRule: outboundRules(),
    });

    // small: a reserved IP made before the droplet, so that its address is in the API certificate.
    // (Highly available sizes are the ones with a manager load balancer; a test holds the catalog to it.
    // The conditions are plain conditionals: cdktf does not parenthesize one inside an Op.)
    const reservedIpCount = Token.asNumber(Fn.conditional(topology.highAvailability, 0, 1));
    const reservedIp = new ReservedIp(this, 'manager-ip', { count: TerraformCount.of(reservedIpCount), region: this.location });
    this.apiAddress = Token.asString(Fn.conditional(
      topology.highAvailability,
      Fn.one(splat(managerLb, 'ip')),
      Fn.one(splat(reservedIp, 'ip_address')),
    ));

    // Joining nodes register at the first manager's private address, which DigitalOcean
    // assigns when it creates the droplet: they are created after it.
    let primary: Droplet | undefined;
    const bootstrap = new K3sBootstrap(this, 'k3s', {
      kubecontext: this.kubecontext,
      apiAddress: this.apiAddress,
      primaryPrivateIp: Lazy.stringValue({ produce: () => primary!.ipv4AddressPrivate }),
      highAvailability: topology.highAvailability,
      managersRunWorkloads: topology.managersRunWorkloads,
      k3sVersion: input.k3sVersion,
      metadataAddress: METADATA_ADDRESS,
      nodeIpCidr: VPC_RANGE,
    });

    const managerTags = Token.asList(Fn.concat([
      [nodeTag.name, managerTag.name],
      when(topology.managersRunWorkloads, [gitpodTag.name], []),
    ]));
    const common = {
      image: catalog.image,
      region: this.location,
      vpcUuid: vpc.id,
      ipv6: false,
      sshKeys: [sshKey.fingerprint],
      // The firewall is in place before a node boots.
      dependsOn: [firewall],
      // Template changes must not replace running nodes behind the user's back.
      lifecycle: { ignoreChanges: ['user_data'] },
    };
    primary = new Droplet(this, 'manager', {
      ...common,
      name: name('manager-1'),
      size: topology.managerType,
      tags: managerTags,
      userData: bootstrap.primaryServerUserData({}),
    });

    const joiningCount = TerraformCount.of(topology.joiningManagerCount);
    const joining = new Droplet(this, 'joining-managers', {
      ...common,
      count: joiningCount,
      name: name(`manager-${Token.asString(Op.add(joiningCount.index, 2))}`),
      size: topology.managerType,
      tags: managerTags,
      userData: bootstrap.joiningServerUserData({}),
    });

    const workerCountIterator = TerraformCount.of(topology.workerCount);
    const workers = new Droplet(this, 'workers', {
      ...common,
      count: workerCountIterator,
      name: name(`worker-${Token.asString(Op.add(workerCountIterator.index, 1))}`),
      size: topology.workerType,
      tags: [nodeTag.name, gitpodTag.name],
      userData: bootstrap.agentUserData({}),
    });

    const reservedIpAssignment = new ReservedIpAssignment(this, 'manager-ip-assignment', {
      count: TerraformCount.of(reservedIpCount),
      ipAddress: sameIndex(reservedIp, 'ip_address'),
      dropletId: Token.asNumber(primary.id),
    });

    this.ready = bootstrap.waitForReady({
      expectedNodes: Token.asNumber(Op.add(topology.managerCount, topology.workerCount)),
      timeoutMinutes: input.readyTimeoutMinutes,
      triggers: { primary: primary.id, managers: Fn.join(',', splat(joining, 'id')), workers: Fn.join(',', splat(workers, 'id')) },
      dependsOn: [primary, joining, workers, reservedIpAssignment, publicLb, managerLb, firewall],
    }).resource;

    this.kubeconfig = bootstrap.kubeconfig;
    this.k3sToken = bootstrap.token;
    this.loadBalancerIpv4 = publicLb.ip;
    this.dnsRecords = gitpodDnsRecords(this.domainName, publicLb.ip);
  }
}

/** `list ++ more`, literal when both are, else a Terraform `concat`. */
function withMore(list: string[], more: string[]): string[] {
  return Token.isUnresolved(list) ? Token.asList(Fn.concat([list, more])) : [...list, ...more];
}

/**
 * The inbound rules of the node firewall. DigitalOcean firewalls filter the VPC too, so
 * the cluster ports are opened to the VPC range only; the world reaches 22, 80, 443 and
 * 2244, and the Kubernetes API is open to the allow-list, the VPC (nodes join there) and
 * the managers' load balancer.
 */
function inboundRules(apiAllowedCidrs: string[], managerLbIds: string[]): FirewallInboundRule[] {
  const rules: FirewallInboundRule[] = FIREWALL_PORTS.map((p) => {
    if (p.kubernetesApi) {
      return { protocol: p.protocol, portRange: p.port, sourceAddresses: withMore(apiAllowedCidrs, [VPC_RANGE]), sourceLoadBalancerUids: managerLbIds };
    }
    return { protocol: p.protocol, portRange: p.port, sourceAddresses: p.scope === PortScope.PUBLIC ? ANYWHERE : [VPC_RANGE] };
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
