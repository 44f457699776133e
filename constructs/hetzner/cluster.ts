import { Id } from '@cdktf/provider-random/lib/id';
import { Annotations, TerraformCount, TerraformIterator, TerraformStack, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog, nodeImage } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { GitpodClusterProps, ResolvedClusterProps } from 'cdktf-gitpod-self-hosted/lib/cluster-props';
import { concat, sameIndex, splat, when } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { ANYWHERE, FIREWALL_PORTS, HOST_SSH_PORT, KUBERNETES_API_PORT, PortScope, PublicAllowLists, publicSources } from 'cdktf-gitpod-self-hosted/lib/firewall';
import { Firewall, FirewallRule } from './gen/firewall';
import { LoadBalancer } from './gen/load-balancer';
import { LoadBalancerNetwork } from './gen/load-balancer-network';
import { LoadBalancerService } from './gen/load-balancer-service';
import { LoadBalancerTargetA as LoadBalancerTarget } from './gen/load-balancer-target';
import { Network } from './gen/network';
import { NetworkSubnet } from './gen/network-subnet';
import { PlacementGroup } from './gen/placement-group';
import { PrimaryIp } from './gen/primary-ip';
import { Server } from './gen/server';
import { SshKey } from './gen/ssh-key';
import { K3sBootstrap } from 'cdktf-gitpod-self-hosted/lib/k3s/bootstrap';
import { regionalName } from 'cdktf-gitpod-self-hosted/lib/naming';
import { ClusterAutoscaling, ClusterPlan, ClusterSite, CloudShape, GitpodCluster, NodeGroupMade, NodeGroupSpec, NodeRole } from 'cdktf-gitpod-self-hosted/constructs/gitpod-cluster';
import { declareModule } from 'cdktf-gitpod-self-hosted/constructs/module-stack';
import { hetznerInputs } from './rules';
import { AUTOSCALER_SECRET_WRAPPER, HetznerAutoscaler, NODE_GROUP_LABEL } from './autoscaler';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/** Properties of a {@link HetznerGitpodCluster}: the common choices; `location` is a Hetzner Cloud location (`nbg1`, `fsn1`, `hel1`, `ash`, `hil`, `sin`, default `nbg1`). */
export interface HetznerGitpodClusterProps extends GitpodClusterProps {
  /**
   * A Hetzner Cloud API token (Read & Write) of the cluster's project, for the
   * cluster-autoscaler of the `large` size; required by `large`, ignored by the others.
   * It is kept in a Kubernetes Secret, written by the first manager's cloud-init (never in
   * a worker's user data) and again by `terraform apply` whenever the Secret changes (a new
   * token, a new k3s release), and in the Terraform state, whose destroy step uses it to
   * delete the servers the autoscaler made. Sensitive: pass a sensitive variable's value (a literal
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
export class HetznerGitpodCluster extends GitpodCluster {
  /** The node group of each autoscaled pool by pool name (`large`; empty for the other sizes). */
  public readonly nodeGroups: { [pool: string]: string };

  constructor(scope: Construct, id: string, props: HetznerGitpodClusterProps) {
    super(scope, id, 'hetzner', props);
    this.nodeGroups = (this._shape as HetznerShape).nodeGroups;
  }

  /** @internal */
  protected _describe(): CloudShape {
    return new HetznerShape();
  }
}

/** Hetzner Cloud: what it builds, step by step. */
class HetznerShape implements CloudShape {
  public readonly inputs = hetznerInputs();
  public readonly addresses = { subnet: SUBNET_RANGE, primaryHost: PRIMARY_MANAGER_HOST, firstWorkerHost: FIRST_WORKER_HOST };
  public nodeGroups: { [pool: string]: string } = {};
  private readonly catalog = cloudCatalog('hetzner');
  private input!: ResolvedClusterProps;
  private token!: string;
  private clusterLabel!: string;
  private network!: Network;
  private subnet!: NetworkSubnet;
  private firewall!: Firewall;
  private placement!: PlacementGroup;
  private sshKey!: SshKey;
  private publicLb!: LoadBalancer;
  private publicLbNetwork!: LoadBalancerNetwork;
  private apiIp!: PrimaryIp;
  private autoscaler!: HetznerAutoscaler;

  public site({ scope, topology, input }: ClusterPlan): ClusterSite {
    this.input = input;
    this.token = input.autoscalerToken as string;
    const name = (what: string) => regionalName(this.input.location, what);
    const location = this.input.location;
    // A random cluster label keeps load balancer selectors away from other clusters' servers.
    this.clusterLabel = new Id(scope, 'cluster-id', { byteLength: 3 }).hex;
    const labels = (role: string) => this.labels(role);

    this.network = new Network(scope, 'network', { name: name('network'), ipRange: NETWORK_RANGE, labels: labels('network') });
    this.subnet = new NetworkSubnet(scope, 'subnet', {
      networkId: Token.asNumber(this.network.id), type: 'cloud', networkZone: topology.locationGroup, ipRange: SUBNET_RANGE,
    });
    if (this.input.apiAllowedCidrs !== ANYWHERE) {
      Annotations.of(scope).addWarning('apiAllowedCidrs limits the nodes\' own port 6443; in the medium size the managers\' load balancer '
        + 'still answers on 6443 from anywhere (Hetzner load balancers cannot filter sources). The API accepts only the cluster\'s client certificates.');
    }
    if (this.input.sshAllowedCidrs !== ANYWHERE) {
      Annotations.of(scope).addWarning('sshAllowedCidrs limits the nodes\' own port 2244; in the medium and large sizes the managers\' load balancer '
        + 'still forwards 2244 from anywhere (Hetzner load balancers cannot filter sources). sshd accepts only your key.');
    }
    this.firewall = new Firewall(scope, 'firewall', { name: name('firewall'), labels: labels('firewall'), rule: firewallRules(this.input) });
    this.placement = new PlacementGroup(scope, 'managers-placement', { name: name('managers'), type: 'spread', labels: labels('manager') });
    this.sshKey = new SshKey(scope, 'ssh-key', { name: name('ssh-key'), publicKey: this.input.sshPublicKey, labels: labels('ssh-key') });

    // Gitpod's load balancer: k3s's service load balancer answers 80, 443 and 22 on every node.
    const publicLb = new LoadBalancer(scope, 'load-balancer', {
      name: name('lb'), loadBalancerType: this.catalog.loadBalancerType, location,
      algorithm: { type: 'round_robin' }, labels: labels('load-balancer'),
    });
    this.publicLb = publicLb;
    this.publicLbNetwork = new LoadBalancerNetwork(scope, 'load-balancer-network', {
      loadBalancerId: Token.asNumber(publicLb.id), subnetId: this.subnet.id, ip: PUBLIC_LB_PRIVATE_IP,
    });
    const publicServices = [
      new LoadBalancerService(scope, 'lb-http', { loadBalancerId: publicLb.id, protocol: 'http', listenPort: 80, destinationPort: 80 }),
      new LoadBalancerService(scope, 'lb-https', { loadBalancerId: publicLb.id, protocol: 'tcp', listenPort: 443, destinationPort: 443 }),
      new LoadBalancerService(scope, 'lb-ssh', { loadBalancerId: publicLb.id, protocol: 'tcp', listenPort: 22, destinationPort: 22 }),
    ];
    const publicTarget = new LoadBalancerTarget(scope, 'load-balancer-target', {
      loadBalancerId: Token.asNumber(publicLb.id), type: 'label_selector', usePrivateIp: true,
      // Managers serve Gitpod too when they carry its labels (small).
      labelSelector: when(topology.managersRunWorkloads, concat('gitpod-cluster=', this.clusterLabel), this.selector('worker')),
      dependsOn: [this.publicLbNetwork],
    });

    // The managers' own load balancer (medium): the kubeconfig address, and host SSH.
    const lbCount = TerraformCount.of(topology.managerLoadBalancerCount);
    const managerLb = new LoadBalancer(scope, 'manager-load-balancer', {
      count: lbCount, name: name('managers-lb'), loadBalancerType: this.catalog.loadBalancerType, location,
      algorithm: { type: 'round_robin' }, labels: labels('load-balancer'),
    });
    const managerLbId = sameIndex(managerLb, 'id');
    const managerLbNetwork = new LoadBalancerNetwork(scope, 'manager-load-balancer-network', {
      count: lbCount, loadBalancerId: Token.asNumber(managerLbId), subnetId: this.subnet.id, ip: MANAGER_LB_PRIVATE_IP,
    });
    const managerServices = [KUBERNETES_API_PORT, HOST_SSH_PORT].map((port) =>
      new LoadBalancerService(scope, `manager-lb-${port}`, {
        count: lbCount, loadBalancerId: managerLbId, protocol: 'tcp', listenPort: port, destinationPort: port,
      }));
    const managerTarget = new LoadBalancerTarget(scope, 'manager-load-balancer-target', {
      count: lbCount, loadBalancerId: Token.asNumber(managerLbId), type: 'label_selector', usePrivateIp: true,
      labelSelector: this.selector('manager'), dependsOn: [managerLbNetwork],
    });

    // A primary IP made before the server, so that its address can be in the server's TLS names.
    this.apiIp = new PrimaryIp(scope, 'manager-ip', {
      name: name('manager-1'), type: 'ipv4', assigneeType: 'server', autoDelete: false, location, labels: labels('manager'),
    });
    return {
      apiAddress: Token.asString(Fn.conditional(topology.hasManagerLoadBalancer, Fn.one(splat(managerLb, 'ipv4')), this.apiIp.ipAddress)),
      loadBalancerIpv4: publicLb.ipv4,
      metadataAddress: METADATA_ADDRESS,
      waitFor: [publicTarget, managerTarget, ...publicServices, ...managerServices],
    };
  }

  /** large: the cluster-autoscaler, from a manifest on the first manager; Gitpod's load balancer reaches its servers by node group label. */
  public autoscaling({ scope, topology, pools }: ClusterPlan, bootstrap: K3sBootstrap, joinAddress: string): ClusterAutoscaling {
    this.autoscaler = new HetznerAutoscaler(scope, 'autoscaler', {
      clusterLabel: this.clusterLabel, pools: pools!, autoscaled: topology.workersAutoscaled, bootstrap, joinAddress,
      location: this.input.location, image: nodeImage('hetzner', this.input.ubuntuRelease), networkRange: NETWORK_RANGE,
      networkId: this.network.id, firewallId: this.firewall.id, sshKeyId: this.sshKey.id,
      token: this.token,
      cleanupAfter: [this.network, this.subnet, this.firewall, this.sshKey],
    });
    this.nodeGroups = this.autoscaler.groupIds.asStringMap;
    const eachPool = TerraformIterator.fromMap(pools!.byName.asAnyMap);
    const autoscaledTargets = new LoadBalancerTarget(scope, 'autoscaled-load-balancer-target', {
      forEach: eachPool,
      loadBalancerId: Token.asNumber(this.publicLb.id), type: 'label_selector', usePrivateIp: true,
      labelSelector: Fn.join('=', [NODE_GROUP_LABEL, Token.asString(propertyAccess(this.autoscaler.groupIds.expression, [eachPool.key]))]),
      dependsOn: [this.publicLbNetwork],
    });
    return {
      primaryFiles: this.autoscaler.manifestFiles, primaryWrappers: [AUTOSCALER_SECRET_WRAPPER], waitFor: [autoscaledTargets],
      nodeTemplate: this.autoscaler.nodeTemplate,
    };
  }

  public nodes({ scope }: ClusterPlan, group: NodeGroupSpec): NodeGroupMade {
    const manager = group.role !== NodeRole.WORKER;
    const server = new Server(scope, group.id, {
      count: group.count,
      name: regionalName(this.input.location, group.name),
      image: nodeImage('hetzner', this.input.ubuntuRelease),
      location: this.input.location,
      serverType: group.machineType,
      sshKeys: [this.sshKey.id],
      firewallIds: [Token.asNumber(this.firewall.id)],
      placementGroupId: manager ? Token.asNumber(this.placement.id) : undefined,
      labels: this.labels(manager ? 'manager' : 'worker'),
      // The first manager keeps the address made before it (the API's, in small).
      publicNet: [group.role === NodeRole.PRIMARY
        ? { ipv4Enabled: true, ipv4: Token.asNumber(this.apiIp.id), ipv6Enabled: false }
        : { ipv4Enabled: true, ipv6Enabled: false }],
      network: [{ networkId: Token.asNumber(this.network.id), ip: group.privateIp }],
      userData: group.userData,
      // The cleanup of autoscaled servers runs on destroy once the managers (and the autoscaler) are gone.
      dependsOn: [this.subnet, this.autoscaler.cleanup],
      // Template changes, a new Ubuntu or k3s release, or a run from a machine whose ~/.ssh key
      // differs (or a rotated key), must not replace running nodes behind the user's back: all
      // of them only matter at creation.
      lifecycle: { ignoreChanges: ['user_data', 'ssh_keys', 'image'] },
    });
    return { machines: server, waitFor: [server] };
  }

  private labels(role: string): Record<string, string> {
    return { 'managed_by': 'terraform', 'gitpod-cluster': this.clusterLabel, 'gitpod-role': role };
  }

  private selector(role: string): string {
    return concat('gitpod-cluster=', this.clusterLabel, `,gitpod-role=${role}`);
  }
}

/** The public rules of the node firewall. Hetzner firewalls only filter public interfaces, so the cluster ports stay reachable on the private network and closed to the world. */
function firewallRules(lists: PublicAllowLists): FirewallRule[] {
  const rules: FirewallRule[] = FIREWALL_PORTS
    .filter((p) => p.scope === PortScope.PUBLIC)
    .map((p) => ({
      direction: 'in',
      protocol: p.protocol,
      port: p.port,
      description: p.description,
      sourceIps: publicSources(p, lists),
    }));
  rules.push({ direction: 'in', protocol: 'icmp', description: 'ICMP', sourceIps: ANYWHERE });
  return rules;
}

/**
 * The Hetzner cluster as a plain Terraform module: the variables and outputs of the
 * original `infrastructure/providers/hetzner` module, so that its callers switch by
 * changing only `source`. `npm run synth` writes it to `modules/hetzner/`.
 *
 * The caller configures the `hcloud` provider (token); the module has no provider
 * configuration or backend, so it can be used with `count` or `for_each`. The `large` size
 * also takes `hcloud_token` for its cluster-autoscaler (the module cannot read the provider's).
 */
export class HetznerModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: HetznerGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = declareModule(this, { cloud: 'hetzner', inputs: hetznerInputs(), cluster: HetznerGitpodCluster }) as HetznerGitpodCluster;
  }
}
