import { Password } from '@cdktf/provider-random/lib/password';
import { IResolvable, ITerraformDependable } from 'cdktf';
import { concat } from '../expressions';
import { EtcdSnapshotSettings } from '../etcd-snapshots';
import { OsUpdateSettings } from '../os-updates';
import { KURED_CHART_PATH, kuredHelmChart } from './kured';
import { ClusterObject, apiObject } from './api-object';
import { Construct } from 'constructs';
import { TerraformData } from '../terraform-data';
import { FindCluster, InstallWrapper, NodeCloudConfig, YamlEncoder, cloudConfigText, nodeCloudConfig } from './cloud-init';
import { kubeconfigDocument } from './kubeconfig';
import { ClusterFacts, NodeIdentity, agentK3sConfig, autoscaledAgentK3sConfig, joiningServerK3sConfig, primaryServerK3sConfig } from './node-config';
import { K3sPki } from './pki';
import { ReadinessCheck } from './readiness';
import { EtcdS3Secret } from './etcd-s3-secret';
import { K3sUpgrade } from './upgrade';
import { UPGRADE_CONTROLLER_WRAPPER } from './upgrade-plans';
import { Fn } from '../fn';

/** @internal */
export interface K3sBootstrapProps extends Omit<ClusterFacts, 'secret' | 'token' | 'agentSecret' | 'agentToken' | 'primaryPrivateIp'> {
  /** Name of the kubeconfig's cluster, context and user. */
  readonly kubecontext: string;
  readonly k3sVersion: string;
  /** The Ubuntu release of the nodes. */
  readonly ubuntuRelease: string;
  /** Security updates on the nodes and kured's reboot window. */
  readonly osUpdates: OsUpdateSettings;
  /** The cloud's instance metadata address, fenced off from pods. */
  readonly metadataAddress: string;
  /** A host service that pods may reach for DNS only (Azure's wire server). */
  readonly hostServiceAddress?: string;
  /**
   * Where the cloud assigns private addresses itself (nodes get no `privateIp`): the
   * private range in which each node finds its own address at boot.
   */
  readonly nodeIpCidr?: string;
  /** Nodes wait for their private address before installing anything (the cloud attaches private NICs after boot). */
  readonly waitForPrivateIp?: boolean;
  /**
   * Every manager's private address, the first manager's first, where the library chooses
   * them: where the first manager does not answer, a node joins another; and a replaced first
   * manager joins the others. Absent where the cloud assigns them: then only the first
   * manager's address and the API address are tried.
   */
  readonly managerAddresses?: string[];
}

/** What differs between the user data of autoscaled workers. @internal */
export interface AutoscaledAgentOptions {
  /** Where the node registers: the first manager's private address. */
  readonly joinAddress: string;
  /** The node's k3s `node-label` arguments (`key=value`), literal or a token list. */
  readonly nodeLabels: string[];
  /** The private range in which the node finds its own address at boot. */
  readonly nodeIpCidr: string;
  /** Scripts that run before the k3s install (the cloud's provider ID, say). */
  readonly installWrappers?: InstallWrapper[];
  /**
   * Where the cloud attaches the private NIC late (Scaleway): a pattern of the node's
   * address (`192.168.1.[0-9]*`) that cloud-init waits for before it installs anything.
   */
  readonly waitForAddress?: string;
}

/** @internal */
export interface WaitForReadyOptions {
  /** Managers plus workers. */
  readonly expectedNodes: number;
  /** 0 skips the wait. */
  readonly timeoutMinutes: number;
  /** Wait again when any of these change: the node IDs. */
  readonly triggers: Record<string, string>;
  /** The names the fixed nodes register with (their host names), space-separated: the wait names those missing. */
  readonly nodeNames: string;
  readonly dependsOn: ITerraformDependable[];
}

/**
 * The k3s bootstrap without SSH: the join token is a random password, the CAs and the
 * admin certificate come from the tls provider, every node gets everything it needs in
 * its cloud-init, and the kubeconfig is assembled in Terraform.
 * @internal
 */
export class K3sBootstrap extends Construct {
  public readonly pki: K3sPki;
  /** The secure join token, `K10<CA hash>::server:<secret>`, as k3s writes it to node-token. */
  public readonly token: string;
  /** The agents' join token, `K10<CA hash>::node:<agent secret>`: all a worker gets. */
  public readonly agentToken: string;
  /** The admin kubeconfig (YAML). */
  public readonly kubeconfig: string;
  private readonly props: K3sBootstrapProps;
  private readonly facts: Omit<ClusterFacts, 'primaryPrivateIp'>;
  private readonly encodeYaml: YamlEncoder = (value) => Fn.yamlencode(value);

  constructor(scope: Construct, id: string, props: K3sBootstrapProps) {
    super(scope, id);
    this.props = props;
    this.pki = new K3sPki(this, 'pki');
    // Letters and digits only: the token travels in YAML, URLs and shell environments.
    const secret = new Password(this, 'token', { length: 48, special: false });
    this.token = concat('K10', this.pki.serverCaHash, '::server:', secret.result);
    // k3s's agent credentials are the user `node` with the agent token as its password.
    const agentSecret = new Password(this, 'agent-token', { length: 48, special: false });
    this.agentToken = concat('K10', this.pki.serverCaHash, '::node:', agentSecret.result);
    this.facts = { ...props, secret: secret.result, token: this.token, agentSecret: agentSecret.result, agentToken: this.agentToken };
    this.kubeconfig = Fn.yamlencode(kubeconfigDocument({ name: props.kubecontext, ...this.apiAccess() }));
  }

  /**
   * User data of the first manager, which creates the cluster from the generated CAs.
   * `moreFiles` is a Terraform list of further write_files entries (k3s manifests of some
   * sizes); `installWrappers` run before k3s is installed.
   */
  public primaryServerUserData(node: NodeIdentity, moreFiles?: IResolvable, installWrappers?: InstallWrapper[]): string {
    return this.userData({
      ...this.nodeBase('server', node),
      findCluster: this.findCluster('first'),
      k3sConfig: primaryServerK3sConfig(this.facts, node),
      extraFiles: this.pki.serverFiles(),
      moreFiles,
      // The upgrade controller's manifests go where k3s deploys them before it first starts.
      installWrappers: [UPGRADE_CONTROLLER_WRAPPER, ...installWrappers ?? []],
    });
  }

  /** User data of a further manager, which joins at `joinAddress` (the first manager's private address). */
  public joiningServerUserData(node: NodeIdentity, joinAddress: string): string {
    return this.userData({ ...this.nodeBase('server', node), findCluster: this.findCluster('join', joinAddress), k3sConfig: joiningServerK3sConfig(this.joining(joinAddress), node) });
  }

  /** User data of a worker, which joins at `joinAddress`. */
  public agentUserData(node: NodeIdentity, joinAddress: string): string {
    return this.userData({ ...this.nodeBase('agent', node), findCluster: this.findCluster('join', joinAddress), k3sConfig: agentK3sConfig(this.joining(joinAddress), node) });
  }

  /**
   * User data of a worker that an autoscaler makes: it joins like every worker, with its
   * pool's labels, and finds its private address at boot.
   */
  public autoscaledAgentUserData(options: AutoscaledAgentOptions): string {
    const document = nodeCloudConfig({
      // As every agent, but that it finds its address (and, where the NIC comes late, waits for it) itself.
      ...this.nodeBase('agent', {}),
      nodeIpCidr: options.nodeIpCidr,
      installWrappers: options.installWrappers,
      waitForAddress: options.waitForAddress,
      findCluster: this.findCluster('join', options.joinAddress),
      k3sConfig: autoscaledAgentK3sConfig(this.joining(options.joinAddress), options.nodeLabels),
    }, this.encodeYaml);
    // Joined by a function: this text is usually part of a larger expression (a for expression, say).
    return concat('#cloud-config\n', this.encodeYaml(document));
  }

  /**
   * How Terraform reaches the cluster's API as its admin (the readiness wait, the upgrade, the
   * objects it writes, the kubeconfig): the address, the server CA and the admin client pair.
   */
  private apiAccess() {
    return {
      apiAddress: this.props.apiAddress,
      caCertPem: this.pki.serverCa.cert.certPem,
      clientCertPem: this.pki.adminCert.certPem,
      clientKeyPem: this.pki.adminKey.privateKeyPem,
    };
  }

  /** Makes apply wait until the API is ready and the nodes have joined. */
  public waitForReady(options: WaitForReadyOptions): ReadinessCheck {
    return new ReadinessCheck(this, 'ready', {
      ...this.apiAccess(),
      ...options,
    });
  }

  /** Makes a change of the k3s release upgrade the running nodes in place, once the cluster is ready. */
  public upgradeInPlace(options: { readonly timeoutMinutes: number; readonly dependsOn: ITerraformDependable[] }): K3sUpgrade {
    return new K3sUpgrade(this, 'upgrade', {
      ...this.apiAccess(),
      k3sVersion: this.props.k3sVersion,
      ...options,
    });
  }

  /**
   * Hands kured its HelmChart over the API (where OS updates are on), once the cluster is ready
   * and again when the window changes: k3s's helm controller installs it.
   */
  public kured(options: { readonly timeoutMinutes: number; readonly dependsOn: ITerraformDependable[] }): void {
    apiObject(this, 'kured', {
      ...this.apiAccess(),
      path: KURED_CHART_PATH,
      object: kuredHelmChart(this.props.osUpdates),
      enabled: this.props.osUpdates.enabled,
      sensitive: false,
      ...options,
    });
  }

  /**
   * Writes an autoscaler's node template (an object in the cluster holding the pools' cloud-config,
   * and with it the k3s release and the agent token) over the API once the cluster is ready and
   * again whenever it changes; then restarts the Deployment that reads it. Sensitive: Terraform
   * shows none of its output.
   */
  public nodeTemplate(template: ClusterObject, options: { readonly timeoutMinutes: number; readonly dependsOn: ITerraformDependable[] }): TerraformData {
    const { scope, ...object } = template;
    return apiObject(scope, 'node-template', {
      ...this.apiAccess(),
      ...object,
      sensitive: true,
      ...options,
    });
  }

  /** Writes the snapshots' S3 settings and keys to their Secret (where the cluster has S3), once the cluster is ready. */
  public etcdS3Secret(options: { readonly snapshots: EtcdSnapshotSettings; readonly timeoutMinutes: number; readonly dependsOn: ITerraformDependable[] }): EtcdS3Secret {
    return new EtcdS3Secret(this, 'etcd-s3-secret', {
      ...this.apiAccess(),
      ...options,
    });
  }

  private nodeBase(role: 'server' | 'agent', node: NodeIdentity): Pick<NodeCloudConfig, 'role' | 'k3sVersion' | 'ubuntuRelease' | 'osUpdates' | 'metadataAddress' | 'hostServiceAddress' | 'nodeIpCidr' | 'waitForAddress'> {
    const base = {
      role, k3sVersion: this.props.k3sVersion, ubuntuRelease: this.props.ubuntuRelease, osUpdates: this.props.osUpdates.enabled,
      metadataAddress: this.props.metadataAddress, hostServiceAddress: this.props.hostServiceAddress, nodeIpCidr: this.props.nodeIpCidr,
    };
    return this.props.waitForPrivateIp ? { ...base, waitForAddress: node.privateIp } : base;
  }

  /**
   * Where a node looks for managers that answer. The first manager tries the others and the
   * API address (a replacement then joins them); every other node tries the first manager,
   * the others, then the API address.
   */
  private findCluster(mode: 'first' | 'join', joinAddress?: string): FindCluster {
    const managers = this.props.managerAddresses;
    const others = managers ? managers.slice(1) : [];
    const addresses = mode === 'first' ? [...others, this.props.apiAddress] : [joinAddress!, ...others, this.props.apiAddress];
    return { mode, caHash: this.pki.serverCaHash, addresses: concat(...addresses.flatMap((a, i) => (i === 0 ? [a] : [',', a]))) };
  }

  /** The facts of a node that joins: where it registers. */
  private joining(joinAddress: string): ClusterFacts {
    return { ...this.facts, primaryPrivateIp: joinAddress };
  }

  private userData(node: NodeCloudConfig): string {
    return cloudConfigText(nodeCloudConfig(node, this.encodeYaml), this.encodeYaml);
  }
}
