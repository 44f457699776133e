import { ITerraformDependable } from 'cdktf';
import { ClusterSize } from './cluster-size';
import { DnsRecord } from './dns';
import { WorkerPool } from './worker-pool';

/** The choices every cloud's cluster takes. */
export interface GitpodClusterProps {
  /**
   * The domain Gitpod is served on; it also answers on `*.<domain>` and `*.ws.<domain>`.
   * Module variable: `domain_name`.
   */
  readonly domainName: string;

  /**
   * The OpenSSH public key (the text, not a path) allowed to log in to the machines on
   * port 2244. Passphrase-protected keys work: Terraform never uses the private key.
   * Module variable: `ssh_public_key_path` (a path to the file).
   */
  readonly sshPublicKey: string;

  /**
   * Where the cluster runs, in the cloud's own terms.
   * @default - the cloud's default location (Hetzner: `nbg1`)
   */
  readonly location?: string;

  /**
   * The cluster size. `small`: one manager and one worker, both running Gitpod.
   * `medium`: three tainted managers with embedded etcd behind their own load balancer,
   * and `workerCount` workers. `large` (where the cloud can autoscale machines): the
   * managers of `medium` and the autoscaled `workerPools`.
   * @default ClusterSize.SMALL
   */
  readonly size?: ClusterSize;

  /**
   * Workers in the `medium` size (1 to 100); ignored by `small`.
   * Module variable: `size_data.node_count`.
   * @default 3
   */
  readonly workerCount?: number;

  /**
   * The machine type of the three managers of the `large` size; ignored by `small` and `medium`.
   * Module variable: `size_data.manager_type`.
   * @default - the size's default (Hetzner: `cx33` in the EU, `cpx32` elsewhere)
   */
  readonly managerType?: string;

  /**
   * The autoscaled worker pools of the `large` size (1 to 5 pools); ignored by `small` and
   * `medium`. Every Gitpod workload label must be on some pool.
   * Module variable: `size_data.pools`.
   * @default - none; `large` needs at least one
   */
  readonly workerPools?: WorkerPool[];

  /**
   * Name of the kubeconfig's cluster, context and user.
   * @default "gitpod-self-hosted"
   */
  readonly kubecontext?: string;

  /**
   * Who may reach the Kubernetes API on port 6443. The machine that runs Terraform must
   * be among them while `readyTimeoutMinutes` is above 0.
   * @default ["0.0.0.0/0", "::/0"]
   */
  readonly apiAllowedCidrs?: string[];

  /**
   * Who may reach host SSH (port 2244, keys only) from the internet. Where a managers' load
   * balancer forwards 2244 (Hetzner and DigitalOcean `medium`, `large`), see the README for what
   * filters it there.
   * @default ["0.0.0.0/0", "::/0"]
   */
  readonly sshAllowedCidrs?: string[];

  /**
   * How long `terraform apply` waits for the API to answer and every node to be Ready
   * (0 to 120; 0 does not wait). The wait runs `bash` and `curl` on the Terraform host.
   * @default 20
   */
  readonly readyTimeoutMinutes?: number;

  /**
   * The k3s release installed on every node, such as `v1.30.14+k3s2` (not a channel or a bare minor).
   * @default "v1.30.14+k3s2"
   */
  readonly k3sVersion?: string;
}

/** What every cloud's cluster gives: the values behind the modules' outputs. */
export interface IGitpodCluster {
  /** The domain Gitpod is served on. */
  readonly domainName: string;
  /** The kubeconfig context name. */
  readonly kubecontext: string;
  /** The admin kubeconfig (YAML). Sensitive. */
  readonly kubeconfig: string;
  /** The k3s join token (secure format). Sensitive. */
  readonly k3sToken: string;
  /** The address of the Kubernetes API in the kubeconfig. */
  readonly apiAddress: string;
  /** The A records to create for the domain. */
  readonly dnsRecords: DnsRecord[];
  /** Depend on this to start once the cluster is ready (the API answers and every node joined). */
  readonly ready: ITerraformDependable;
}

/**
 * Props with their defaults applied and judged (lib/inputs.ts); a cloud's own props are there
 * too, under their names.
 * @internal
 */
export interface ResolvedClusterProps {
  readonly domainName: string;
  readonly sshPublicKey: string;
  readonly location: string;
  readonly size: string;
  readonly workerCount: number;
  /** The pools in Terraform's shape (a literal list, or `var.size_data.pools`). */
  readonly workerPools: unknown;
  /** The user's manager type for `large`, if any. */
  readonly managerType?: string;
  readonly kubecontext: string;
  readonly apiAllowedCidrs: string[];
  readonly sshAllowedCidrs: string[];
  readonly readyTimeoutMinutes: number;
  readonly k3sVersion: string;
  readonly [cloudProp: string]: unknown;
}
