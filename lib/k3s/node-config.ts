import { IResolvable } from 'cdktf';
import { when } from '../expressions';
import { gitpodNodeLabelArgs, MANAGER_TAINT } from '../labels';
import { ETCD_S3_SECRET, EtcdSnapshotSettings } from '../etcd-snapshots';
import { POD_CIDR } from './cloud-init';
import { apiUrl } from './kubeconfig';

/** What every node's k3s configuration draws on (literal values or tokens). @internal */
export interface ClusterFacts {
  /** The address in the kubeconfig, listed in the servers' `tls-san`. */
  readonly apiAddress: string;
  /** The first manager's private IP: where joining nodes register. */
  readonly primaryPrivateIp: string;
  /** The managers' etcd snapshots: their schedule, how many are kept, whether they go to S3. */
  readonly snapshots: EtcdSnapshotSettings;
  /** Managers carry the Gitpod labels; otherwise they are tainted. */
  readonly managersRunWorkloads: boolean | IResolvable;
  /** The cluster secret, which the first server is started with. */
  readonly secret: string;
  /** The secure join token of the servers, which pins the server CA for joining managers. */
  readonly token: string;
  /**
   * The agents' own secret, which every server is started with (`agent-token`): agents join
   * with it and never see the server secret, which k3s treats as full admin.
   */
  readonly agentSecret: string;
  /** The agents' secure join token, `K10<CA hash>::node:<agent secret>`. */
  readonly agentToken: string;
}

/** Everything a node needs to know about itself. @internal */
export interface NodeIdentity {
  /**
   * The node's private IP, on which k3s and flannel talk. Left out where the cloud
   * assigns private addresses itself (DigitalOcean): the node then finds its address at
   * boot (`nodeIpCidr` of the bootstrap) and k3s reads it from a config drop-in.
   */
  readonly privateIp?: string;
}

/** `node-ip`, when Terraform knows the address. */
function nodeIp(node: NodeIdentity): Record<string, unknown> {
  return node.privateIp === undefined ? {} : { 'node-ip': node.privateIp };
}

function serverBase(facts: Omit<ClusterFacts, 'primaryPrivateIp'>, node: NodeIdentity): Record<string, unknown> {
  const workloads = facts.managersRunWorkloads;
  return {
    ...nodeIp(node),
    'tls-san': [facts.apiAddress],
    'cluster-cidr': POD_CIDR,
    'disable': ['traefik'],
    // Secrets (the autoscaler's cloud token, Gitpod's) encrypted in the datastore from the
    // first boot: on every server, as k3s requires.
    'secrets-encryption': true,
    // What agents join with: a holder can register a node, not join as a server or read the CAs.
    'agent-token': facts.agentSecret,
    'write-kubeconfig-mode': '0600',
    ...snapshotConfig(facts.snapshots),
    'node-label': when(workloads, gitpodNodeLabelArgs(), []),
    'node-taint': when(workloads, [], [MANAGER_TAINT]),
  };
}

/**
 * The snapshot settings of every server. S3 is named by a Secret only: k3s takes the whole S3
 * configuration from `etcd-s3-config-secret` where config.yaml sets no other `etcd-s3-*`
 * option, reads it at every snapshot, and so keeps the keys out of user data.
 */
function snapshotConfig(snapshots: EtcdSnapshotSettings): Record<string, unknown> {
  const schedule = { 'etcd-snapshot-schedule-cron': snapshots.schedule, 'etcd-snapshot-retention': snapshots.retention };
  if (snapshots.s3 === false) return schedule;
  return { ...schedule, 'etcd-s3': snapshots.s3, 'etcd-s3-config-secret': ETCD_S3_SECRET };
}

/**
 * /etc/rancher/k3s/config.yaml of the first manager: it creates the cluster, with embedded etcd
 * in every size. In `small` too: etcd takes snapshots (sqlite has none) and lets the cluster grow
 * to three managers later. A first manager that finds the cluster already there (a replacement)
 * joins instead (templates/find-cluster.sh).
 * @internal
 */
export function primaryServerK3sConfig(facts: Omit<ClusterFacts, 'primaryPrivateIp'>, node: NodeIdentity): Record<string, unknown> {
  return { ...serverBase(facts, node), 'token': facts.secret, 'cluster-init': true };
}

/** /etc/rancher/k3s/config.yaml of a further manager: it joins the first over the private network. @internal */
export function joiningServerK3sConfig(facts: ClusterFacts, node: NodeIdentity): Record<string, unknown> {
  return { ...serverBase(facts, node), server: apiUrl(facts.primaryPrivateIp), token: facts.token };
}

/** /etc/rancher/k3s/config.yaml of a worker. @internal */
export function agentK3sConfig(facts: ClusterFacts, node: NodeIdentity): Record<string, unknown> {
  return {
    'server': apiUrl(facts.primaryPrivateIp),
    'token': facts.agentToken,
    ...nodeIp(node),
    'node-label': gitpodNodeLabelArgs(),
  };
}

/**
 * /etc/rancher/k3s/config.yaml of an autoscaled worker: the same join as every worker, its
 * pool's labels, and no address (a node made by an autoscaler finds its own at boot).
 * @internal
 */
export function autoscaledAgentK3sConfig(facts: ClusterFacts, nodeLabels: string[]): Record<string, unknown> {
  return {
    'server': apiUrl(facts.primaryPrivateIp),
    'token': facts.agentToken,
    'node-label': nodeLabels,
  };
}
