import { ITerraformDependable } from 'cdktf';
import { ClusterSize } from './cluster-size';
import { DnsRecord } from './dns';
import { EtcdS3Credentials, EtcdS3Storage } from './etcd-snapshots';
import { RebootWindow } from './os-updates';
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
   * The k3s release installed on every node, such as `v1.36.3+k3s1` (not a channel or a bare minor).
   * New nodes install it; changing it later replaces no node and upgrades the running ones in
   * place through the system-upgrade-controller, once `terraform apply` can reach the API
   * (`readyTimeoutMinutes` above 0), refusing a downgrade or a skipped minor (README, Day two).
   * Module variable: `k3s_version`.
   * @default "v1.36.3+k3s1"
   */
  readonly k3sVersion?: string;

  /**
   * The Ubuntu LTS release every node boots: `24.04`, `22.04`, or `20.04` (past standard
   * support; for clusters that must match old nodes). It decides Gitpod's `fsShiftMethod`
   * (`fuse` on 24.04 and 22.04, `shiftfs` on 20.04, which also boots cgroup v2 with one extra
   * reboot). Like the k3s release it is read when a node is made: a change replaces no node.
   * Module variable: `ubuntu_release`.
   * @default "24.04"
   */
  readonly ubuntuRelease?: string;

  /**
   * When the managers take etcd snapshots: five cron fields, in UTC (k3s's
   * `etcd-snapshot-schedule-cron`). Every size runs embedded etcd, `small` included. Read when
   * a manager is made (README, Day two).
   * Module variable: `etcd_snapshot_schedule`.
   * @default - every 12 hours at minute 0 (k3s's own schedule)
   */
  readonly etcdSnapshotSchedule?: string;

  /**
   * How many snapshots each manager keeps, and the bucket too (1 to 1000).
   * Module variable: `etcd_snapshot_retention`.
   * @default 5
   */
  readonly etcdSnapshotRetention?: number;

  /**
   * An S3-compatible bucket that every snapshot is copied to, off the cluster. Its settings and
   * the credentials go to a kube-system Secret (k3s's `etcd-s3-config-secret`), written by
   * `terraform apply` over the API (so `readyTimeoutMinutes` must be above 0), never to user data.
   * Module variable: `etcd_s3`.
   * @default - snapshots stay on the managers' disks
   */
  readonly etcdS3?: EtcdS3Storage;

  /**
   * The bucket's keys. Sensitive: pass sensitive variables' values (a literal would be written
   * into the synthesized JSON).
   * Module variable: `etcd_s3_credentials`.
   * @default - none
   */
  readonly etcdS3Credentials?: EtcdS3Credentials;

  /**
   * Ubuntu's security updates, installed daily on every node by unattended-upgrades, and the
   * reboots they need, made by kured one node at a time, drained, in `rebootWindow`. `false`
   * turns both off (then patch and reboot the nodes yourself). Read when a node is made.
   * Module variable: `os_updates`.
   * @default true
   */
  readonly osUpdates?: boolean;

  /**
   * When kured may reboot a node. `terraform apply` hands it to the running cluster (kured's
   * HelmChart over the API, once `readyTimeoutMinutes` is above 0), again whenever it changes.
   * Module variable: `reboot_window`.
   * @default - 02:00 to 05:00 UTC, every day
   */
  readonly rebootWindow?: RebootWindow;
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
  /**
   * How Gitpod's workspaces shift file ownership on the nodes' Ubuntu release (`fuse` or
   * `shiftfs`, the Installer's `workspace.runtime.fsShiftMethod`); the companion sets it.
   * @default - the companion's default, `fuse`
   */
  readonly fsShiftMethod?: string;
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
  readonly ubuntuRelease: string;
  readonly etcdSnapshotSchedule: string;
  readonly etcdSnapshotRetention: number;
  readonly etcdS3?: EtcdS3Storage;
  readonly etcdS3Credentials?: EtcdS3Credentials;
  readonly osUpdates: boolean;
  readonly rebootWindow?: RebootWindow;
  readonly [cloudProp: string]: unknown;
}
