import { Id } from '@cdktf/provider-random/lib/id';
import { Annotations, Fn, ITerraformDependable, Op, TerraformCount, TerraformIterator, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { GitpodClusterProps, IGitpodCluster, resolveClusterProps } from '../../lib/cluster-props';
import { DnsRecord, gitpodDnsRecords } from '../../lib/dns';
import { ANYWHERE, FIREWALL_PORTS, HOST_SSH_PORT, KUBERNETES_API_PORT, PortScope } from '../../lib/firewall';
import { Firewall, FirewallRule } from '../../lib/gen/hcloud/firewall';
import { LoadBalancer } from '../../lib/gen/hcloud/load-balancer';
import { LoadBalancerNetwork } from '../../lib/gen/hcloud/load-balancer-network';
import { LoadBalancerService } from '../../lib/gen/hcloud/load-balancer-service';
import { LoadBalancerTargetA as LoadBalancerTarget } from '../../lib/gen/hcloud/load-balancer-target';
import { Network } from '../../lib/gen/hcloud/network';
import { NetworkSubnet } from '../../lib/gen/hcloud/network-subnet';
import { PlacementGroup } from '../../lib/gen/hcloud/placement-group';
import { PrimaryIp } from '../../lib/gen/hcloud/primary-ip';
import { Server } from '../../lib/gen/hcloud/server';
import { SshKey } from '../../lib/gen/hcloud/ssh-key';
import { K3sBootstrap } from '../../lib/k3s/bootstrap';
import { regionalName } from '../../lib/naming';
import { concat, sameIndex, splat, when } from '../../lib/expressions';
import { SizeTopology } from '../../lib/topology';
import { WorkerPools } from '../../lib/worker-pools';
import { AUTOSCALER_SECRET_WRAPPER, HetznerAutoscaler, NODE_GROUP_LABEL } from './autoscaler';
import { AUTOSCALER_TOKEN_RULE, hetznerRules } from './rules';

/** Properties of a {@link HetznerGitpodCluster}: the common choices; `location` is a Hetzner Cloud location (`nbg1`, `fsn1`, `hel1`, `ash`, `hil`, `sin`, default `nbg1`). */
export interface HetznerGitpodClusterProps extends GitpodClusterProps {
  /**
   * A Hetzner Cloud API token (Read & Write) of the cluster's project, for the
   * cluster-autoscaler of the `large` size; required by `large`, ignored by the others.
   * It is kept in a Kubernetes Secret, written by the first manager's cloud-init (never in
   * a worker's user data), and in the Terraform state, whose destroy step uses it to delete
   * the servers the autoscaler made. Sensitive: pass a sensitive variable's value (a literal
   * string would be written into the synthesized JSON).
   * Module variable: `hcloud_token`.
   * @default - none
   */
  readonly autoscalerToken?: string;
}

/** The subnet of the nodes, inside the 10.2.0.0/16 network as in the original module. */
const NETWORK_RANGE = '10.2.0.0/16';
const SUBNET_RANGE = '10.2.0.0/24';
/** Fixed private addresses, so that nodes know where to join before anything exists. */
const PUBLIC_LB_PRIVATE_IP = '10.2.0.5';
const MANAGER_LB_PRIVATE_IP = '10.2.0.6';
const PRIMARY_MANAGER_HOST = 10;
const FIRST_WORKER_HOST = 100;
/** Hetzner's metadata service. */
const METADATA_ADDRESS = '169.254.169.254';

/**
 * A k3s cluster for a self-hosted Gitpod on Hetzner Cloud.
 *
 * Builds a private network, a firewall, a spread placement group for the managers, the
 * SSH key, the managers and workers, a public load balancer for Gitpod (80, 443, 22) and,
 * for `medium`, a load balancer for the managers (6443, 2244). The nodes bootstrap k3s
 * from cloud-init alone; `terraform apply` returns when the cluster is ready.
 *
 * Changes to the cloud-init templates do not replace running servers (`user_data` is
 * ignored after creation): replace a node on purpose with `terraform apply -replace`.
 */
export class HetznerGitpodCluster extends Construct implements IGitpodCluster {
  /** The domain Gitpod is served on. */
  public readonly domainName: string;
  /** The location. */
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
  /** The number of fixed workers (a token: it depends on the size; 0 for `large`, whose workers are autoscaled). */
  public readonly workerCount: number;
  /** The node group of each autoscaled pool by pool name (`large`; empty for the other sizes). */
  public readonly nodeGroups: { [pool: string]: string };
  /** Depend on this to start once the cluster is ready (the API answers and every node joined). */
  public readonly ready: ITerraformDependable;

  constructor(scope: Construct, id: string, props: HetznerGitpodClusterProps) {
    super(scope, id);
    const catalog = cloudCatalog('hetzner');
    const owner = 'HetznerGitpodCluster';
    const input = resolveClusterProps(owner, props, catalog.defaultLocation, hetznerRules());
    const token = props.autoscalerToken ?? '';
    if (!Token.isUnresolved(input.size) && !Token.isUnresolved(token) && !AUTOSCALER_TOKEN_RULE.check(input.size, token)) {
      throw new Error(`${owner}: invalid autoscalerToken (module variable hcloud_token): got none for size "large". Expected ${AUTOSCALER_TOKEN_RULE.expectation}`);
    }
    this.domainName = input.domainName;
    this.location = input.location;
    this.size = input.size;
    this.kubecontext = input.kubecontext;

    const topology = new SizeTopology(this, 'size', {
      cloud: 'hetzner', size: this.size, location: this.location, workerCount: input.workerCount, managerType: input.managerType,
    });
    const pools = new WorkerPools(this, 'pools', { pools: input.workerPools, autoscaled: topology.workersAutoscaled });
    this.managerCount = topology.managerCount;
    this.workerCount = topology.workerCount;
    const name = (what: string) => regionalName(this.location, what);
    // A random cluster label keeps load balancer selectors away from other clusters' servers.
    const clusterLabel = new Id(this, 'cluster-id', { byteLength: 3 }).hex;
    const labels = (role: string) => ({ 'managed_by': 'terraform', 'gitpod-cluster': clusterLabel, 'gitpod-role': role });

    const network = new Network(this, 'network', { name: name('network'), ipRange: NETWORK_RANGE, labels: labels('network') });
    const networkId = Token.asNumber(network.id);
    const subnet = new NetworkSubnet(this, 'subnet', {
      networkId, type: 'cloud', networkZone: topology.locationGroup, ipRange: SUBNET_RANGE,
    });
    if (props.apiAllowedCidrs !== undefined) {
      Annotations.of(this).addWarning('apiAllowedCidrs limits the nodes\' own port 6443; in the medium size the managers\' load balancer '
        + 'still answers on 6443 from anywhere (Hetzner load balancers cannot filter sources). The API accepts only the cluster\'s client certificates.');
    }
    const firewall = new Firewall(this, 'firewall', { name: name('firewall'), labels: labels('firewall'), rule: firewallRules(input.apiAllowedCidrs) });
    const placement = new PlacementGroup(this, 'managers-placement', { name: name('managers'), type: 'spread', labels: labels('manager') });
    const sshKey = new SshKey(this, 'ssh-key', { name: name('ssh-key'), publicKey: input.sshPublicKey, labels: labels('ssh-key') });

    // Gitpod's load balancer: k3s's service load balancer answers 80, 443 and 22 on every node.
    const publicLb = new LoadBalancer(this, 'load-balancer', {
      name: name('lb'), loadBalancerType: catalog.loadBalancerType, location: this.location,
      algorithm: { type: 'round_robin' }, labels: labels('load-balancer'),
    });
    const publicLbNetwork = new LoadBalancerNetwork(this, 'load-balancer-network', {
      loadBalancerId: Token.asNumber(publicLb.id), subnetId: subnet.id, ip: PUBLIC_LB_PRIVATE_IP,
    });
    const publicServices = [
      new LoadBalancerService(this, 'lb-http', { loadBalancerId: publicLb.id, protocol: 'http', listenPort: 80, destinationPort: 80 }),
      new LoadBalancerService(this, 'lb-https', { loadBalancerId: publicLb.id, protocol: 'tcp', listenPort: 443, destinationPort: 443 }),
      new LoadBalancerService(this, 'lb-ssh', { loadBalancerId: publicLb.id, protocol: 'tcp', listenPort: 22, destinationPort: 22 }),
    ];
    const selector = (role: string) => concat('gitpod-cluster=', clusterLabel, `,gitpod-role=${role}`);
    const publicTarget = new LoadBalancerTarget(this, 'load-balancer-target', {
      loadBalancerId: Token.asNumber(publicLb.id), type: 'label_selector', usePrivateIp: true,
      // Managers serve Gitpod too when they carry its labels (small).
      labelSelector: when(topology.managersRunWorkloads, concat('gitpod-cluster=', clusterLabel), selector('worker')),
      dependsOn: [publicLbNetwork],
    });

    // The managers' own load balancer (medium): the kubeconfig address, and host SSH.
    const lbCount = TerraformCount.of(topology.managerLoadBalancerCount);
    const managerLb = new LoadBalancer(this, 'manager-load-balancer', {
      count: lbCount, name: name('managers-lb'), loadBalancerType: catalog.loadBalancerType, location: this.location,
      algorithm: { type: 'round_robin' }, labels: labels('load-balancer'),
    });
    const managerLbId = sameIndex(managerLb, 'id');
    const managerLbNetwork = new LoadBalancerNetwork(this, 'manager-load-balancer-network', {
      count: lbCount, loadBalancerId: Token.asNumber(managerLbId), subnetId: subnet.id, ip: MANAGER_LB_PRIVATE_IP,
    });
    const managerServices = [KUBERNETES_API_PORT, HOST_SSH_PORT].map((port) =>
      new LoadBalancerService(this, `manager-lb-${port}`, {
        count: lbCount, loadBalancerId: managerLbId, protocol: 'tcp', listenPort: port, destinationPort: port,
      }));
    const managerTarget = new LoadBalancerTarget(this, 'manager-load-balancer-target', {
      count: lbCount, loadBalancerId: Token.asNumber(managerLbId), type: 'label_selector', usePrivateIp: true,
      labelSelector: selector('manager'), dependsOn: [managerLbNetwork],
    });

    // A primary IP made before the server, so that its address can be in the server's TLS names.
    const apiIp = new PrimaryIp(this, 'manager-ip', {
      name: name('manager-1'), type: 'ipv4', assigneeType: 'server', autoDelete: false, location: this.location, labels: labels('manager'),
    });
    this.apiAddress = Token.asString(Fn.conditional(topology.highAvailability, Fn.one(splat(managerLb, 'ipv4')), apiIp.ipAddress));
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

    const image = catalog.image;
    // large: the cluster-autoscaler, from a manifest on the first manager.
    const autoscaler = new HetznerAutoscaler(this, 'autoscaler', {
      clusterLabel, pools, autoscaled: topology.workersAutoscaled, bootstrap,
      location: this.location, image, networkRange: NETWORK_RANGE,
      networkId: network.id, firewallId: firewall.id, sshKeyId: sshKey.id,
      token,
      cleanupAfter: [network, subnet, firewall, sshKey],
    });
    this.nodeGroups = autoscaler.groupIds.asStringMap;
    // Gitpod's load balancer reaches the autoscaled servers by their node group label.
    const eachPool = TerraformIterator.fromMap(pools.byName.asAnyMap);
    const autoscaledTargets = new LoadBalancerTarget(this, 'autoscaled-load-balancer-target', {
      forEach: eachPool,
      loadBalancerId: Token.asNumber(publicLb.id), type: 'label_selector', usePrivateIp: true,
      labelSelector: Fn.join('=', [NODE_GROUP_LABEL, Token.asString(propertyAccess(autoscaler.groupIds.expression, [eachPool.key]))]),
      dependsOn: [publicLbNetwork],
    });

    const common = {
      image, location: this.location,
      sshKeys: [sshKey.id],
      firewallIds: [Token.asNumber(firewall.id)],
      // The cleanup of autoscaled servers runs on destroy once the managers (and the autoscaler) are gone.
      dependsOn: [subnet, autoscaler.cleanup],
      // Template changes must not replace running nodes behind the user's back.
      lifecycle: { ignoreChanges: ['user_data'] },
    };
    const primary = new Server(this, 'manager', {
      ...common,
      name: name('manager-1'),
      serverType: topology.managerType,
      placementGroupId: Token.asNumber(placement.id),
      labels: labels('manager'),
      publicNet: [{ ipv4Enabled: true, ipv4: Token.asNumber(apiIp.id), ipv6Enabled: false }],
      network: [{ networkId, ip: primaryPrivateIp }],
      userData: bootstrap.primaryServerUserData({ privateIp: primaryPrivateIp }, autoscaler.manifestFiles, [AUTOSCALER_SECRET_WRAPPER]),
    });

    const joiningCount = TerraformCount.of(topology.joiningManagerCount);
    const joiningIp = Fn.cidrhost(SUBNET_RANGE, Token.asNumber(Op.add(joiningCount.index, PRIMARY_MANAGER_HOST + 1)));
    const joining = new Server(this, 'joining-managers', {
      ...common,
      count: joiningCount,
      name: name(`manager-${Token.asString(Op.add(joiningCount.index, 2))}`),
      serverType: topology.managerType,
      placementGroupId: Token.asNumber(placement.id),
      labels: labels('manager'),
      publicNet: [{ ipv4Enabled: true, ipv6Enabled: false }],
      network: [{ networkId, ip: joiningIp }],
      userData: bootstrap.joiningServerUserData({ privateIp: joiningIp }),
    });

    const workerCountIterator = TerraformCount.of(topology.workerCount);
    const workerIp = Fn.cidrhost(SUBNET_RANGE, Token.asNumber(Op.add(workerCountIterator.index, FIRST_WORKER_HOST)));
    const workers = new Server(this, 'workers', {
      ...common,
      count: workerCountIterator,
      name: name(`worker-${Token.asString(Op.add(workerCountIterator.index, 1))}`),
      serverType: topology.workerType,
      labels: labels('worker'),
      publicNet: [{ ipv4Enabled: true, ipv6Enabled: false }],
      network: [{ networkId, ip: workerIp }],
      userData: bootstrap.agentUserData({ privateIp: workerIp }),
    });

    this.ready = bootstrap.waitForReady({
      // large: the managers and the pools' minimum, which the autoscaler makes once it runs.
      expectedNodes: Token.asNumber(Op.add(Op.add(topology.managerCount, topology.workerCount), pools.minNodes)),
      timeoutMinutes: input.readyTimeoutMinutes,
      triggers: { primary: primary.id, managers: Fn.join(',', splat(joining, 'id')), workers: Fn.join(',', splat(workers, 'id')) },
      dependsOn: [primary, joining, workers, publicTarget, managerTarget, autoscaledTargets, ...publicServices, ...managerServices],
    }).resource;

    this.kubeconfig = bootstrap.kubeconfig;
    this.k3sToken = bootstrap.token;
    this.loadBalancerIpv4 = publicLb.ipv4;
    this.dnsRecords = gitpodDnsRecords(this.domainName, publicLb.ipv4);
  }
}

/** The public rules of the node firewall. Hetzner firewalls only filter public interfaces, so the cluster ports stay reachable on the private network and closed to the world. */
function firewallRules(apiAllowedCidrs: string[]): FirewallRule[] {
  const rules: FirewallRule[] = FIREWALL_PORTS
    .filter((p) => p.scope === PortScope.PUBLIC)
    .map((p) => ({
      direction: 'in',
      protocol: p.protocol,
      port: p.port,
      description: p.description,
      sourceIps: p.kubernetesApi ? apiAllowedCidrs : ANYWHERE,
    }));
  rules.push({ direction: 'in', protocol: 'icmp', description: 'ICMP', sourceIps: ANYWHERE });
  return rules;
}
