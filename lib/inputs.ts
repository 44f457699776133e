import { TerraformVariable, Token, propertyAccess } from 'cdktf';
import { cloudCatalog } from './catalog';
import { ClusterSize } from './cluster-size';
import { ANYWHERE } from './firewall';
import { DEFAULT_ETCD_SNAPSHOT_RETENTION, DEFAULT_ETCD_SNAPSHOT_SCHEDULE, ETCD_SNAPSHOT_RULES } from './etcd-snapshots';
import { OS_UPDATE_RULES, REBOOT_WINDOW_TYPE } from './os-updates';
import { DEFAULT_K3S_VERSION, DEFAULT_UBUNTU_RELEASE } from './platform';
import { COMMON_RULES, InputRule, InputValues, inputProblems } from './validation';
import { WORKER_POOL_RULES, sizeDataType, terraformPools } from './worker-pools';
import { Fn } from './fn';

/** Workers of the `medium` size unless the user says otherwise (prop `workerCount`, `size_data.node_count`). @internal */
export const DEFAULT_WORKER_COUNT = 3;
/** The Terraform type of `size_data`. @internal */
export const SIZE_DATA_TYPE = sizeDataType(DEFAULT_WORKER_COUNT);
/** The kubeconfig's names unless the user says otherwise. @internal */
export const DEFAULT_KUBECONTEXT = 'gitpod-self-hosted';
/** Minutes `terraform apply` waits for the cluster unless the user says otherwise. @internal */
export const DEFAULT_READY_TIMEOUT_MINUTES = 20;

/**
 * One variable of a cloud's module: how Terraform declares it, and which construct props it
 * stands for. Its validation blocks are the rules that name it.
 * @internal
 */
export interface ModuleVariable {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  /** Absent: the variable is required. */
  readonly default?: unknown;
  readonly sensitive?: boolean;
  /** A variable that may be null (`zone`: null follows the location). */
  readonly nullable?: boolean;
  /** The construct props the variable stands for, from its value. */
  readonly props: (variable: TerraformVariable) => Record<string, unknown>;
}

/** What a cloud decides about the inputs: its rules on the common ones, its own inputs, its defaults. @internal */
export interface CloudInputs {
  /** The rule of `location` (a list of the cloud's locations, or a pattern). */
  readonly location: InputRule;
  /** The rule of `size` (the sizes the cloud builds). */
  readonly size: InputRule;
  /**
   * Further rules: the cloud's own inputs, and rules that narrow a common one (`narrows`),
   * which are judged and declared right after the rule they narrow.
   */
  readonly rules: InputRule[];
  /** The cloud's own module variables. */
  readonly variables: ModuleVariable[];
  /** Defaults of the cloud's own optional props, from the other values (Scaleway: the zone from the location). */
  readonly defaults?: (props: InputValues) => Record<string, unknown>;
}

/**
 * Every rule of a cloud's inputs in the order they are judged and declared: the common ones
 * with the cloud's location and size rules in place, each narrowing rule right after the one
 * it narrows, the pools (which depend on the size) after the size, the cloud's own last.
 * @internal
 */
export function cloudRules(cloud: CloudInputs): InputRule[] {
  const ordered: InputRule[] = [
    COMMON_RULES.domainName,
    COMMON_RULES.sshPublicKey,
    COMMON_RULES.sshPrivateKeyPath,
    cloud.location,
    cloud.size,
    COMMON_RULES.workerCount,
    COMMON_RULES.kubecontext,
    COMMON_RULES.apiAllowedCidrs,
    COMMON_RULES.sshAllowedCidrs,
    COMMON_RULES.readyTimeoutMinutes,
    COMMON_RULES.k3sVersion,
    COMMON_RULES.ubuntuRelease,
    ...Object.values(ETCD_SNAPSHOT_RULES),
    ...Object.values(OS_UPDATE_RULES),
    ...WORKER_POOL_RULES,
  ];
  const narrowing = cloud.rules.filter((r) => r.narrows !== undefined);
  const own = cloud.rules.filter((r) => r.narrows === undefined);
  const withNarrowing = (rule: InputRule): InputRule[] => [rule, ...narrowing.filter((n) => n.narrows === rule).flatMap(withNarrowing)];
  return [...ordered, ...own].flatMap(withNarrowing);
}

/** The common props with their defaults applied (values may be tokens). @internal */
export function withCommonDefaults(cloudName: string, props: Record<string, unknown>): Record<string, unknown> {
  const sshPublicKey = props.sshPublicKey;
  return {
    ...props,
    // Key files end with a newline; the rule, like Terraform's, looks at the trimmed line.
    sshPublicKey: typeof sshPublicKey !== 'string' ? sshPublicKey : Token.isUnresolved(sshPublicKey) ? Fn.trimspace(sshPublicKey) : sshPublicKey.trim(),
    location: props.location ?? cloudCatalog(cloudName).defaultLocation,
    size: props.size instanceof ClusterSize ? props.size.value : props.size ?? ClusterSize.SMALL.value,
    workerCount: props.workerCount ?? DEFAULT_WORKER_COUNT,
    workerPools: terraformPools(props.workerPools as never),
    kubecontext: props.kubecontext ?? DEFAULT_KUBECONTEXT,
    apiAllowedCidrs: props.apiAllowedCidrs ?? ANYWHERE,
    sshAllowedCidrs: props.sshAllowedCidrs ?? ANYWHERE,
    readyTimeoutMinutes: props.readyTimeoutMinutes ?? DEFAULT_READY_TIMEOUT_MINUTES,
    k3sVersion: props.k3sVersion ?? DEFAULT_K3S_VERSION,
    ubuntuRelease: props.ubuntuRelease ?? DEFAULT_UBUNTU_RELEASE,
    etcdSnapshotSchedule: props.etcdSnapshotSchedule ?? DEFAULT_ETCD_SNAPSHOT_SCHEDULE,
    etcdSnapshotRetention: props.etcdSnapshotRetention ?? DEFAULT_ETCD_SNAPSHOT_RETENTION,
    osUpdates: props.osUpdates ?? true,
  };
}

/**
 * Applies every default once and judges every literal value by the cloud's rules, throwing
 * one error that lists each broken input (its value and the fix), naming the construct.
 * @internal
 */
export function resolveInputs(owner: string, cloudName: string, cloud: CloudInputs, props: object): Record<string, unknown> {
  const common = withCommonDefaults(cloudName, { ...props });
  const values = { ...common, ...cloud.defaults?.(common) };
  const problems = inputProblems(owner, cloudRules(cloud), values);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return values;
}

/**
 * The variables of the original modules, with the same names, types and defaults, plus the
 * new optional ones, in declaration order; the cloud's location default is its catalog's.
 * @internal
 */
export function commonVariables(cloudName: string): ModuleVariable[] {
  return [
    {
      name: 'domain_name', type: 'string', description: 'The domain name Gitpod will be accessed on',
      props: (v) => ({ domainName: v.stringValue }),
    },
    {
      name: 'kubecontext', type: 'string', description: 'Kubecontext name to use', default: DEFAULT_KUBECONTEXT,
      props: (v) => ({ kubecontext: v.stringValue }),
    },
    {
      name: 'location', type: 'string', description: 'Data centre location', default: cloudCatalog(cloudName).defaultLocation,
      props: (v) => ({ location: v.stringValue }),
    },
    {
      name: 'size', type: 'string', description: 'Deployment size such as small, medium or large - not all of these sizes exist on every cloud',
      default: ClusterSize.SMALL.value,
      props: (v) => ({ size: ClusterSize.of(v.stringValue) }),
    },
    {
      // A superset of the original `object({ node_count = optional(number, 3) })`: old callers need no change.
      name: 'size_data', type: SIZE_DATA_TYPE,
      description: 'Additional data for the deployment size: node_count is the number of workers of the medium size; '
        + 'manager_type and pools (name, machine_type, min, max, labels) are the managers and the autoscaled worker pools of the large size',
      default: {},
      props: (v) => ({
        workerCount: Token.asNumber(propertyAccess(v.value, ['node_count'])),
        workerPools: propertyAccess(v.value, ['pools']),
        managerType: Token.asString(propertyAccess(v.value, ['manager_type'])),
      }),
    },
    {
      name: 'ssh_public_key_path', type: 'string', description: 'Path to the public key allowed to log in to the VMs (as root, port 2244)',
      default: '~/.ssh/id_rsa.pub',
      props: (v) => ({ sshPublicKey: Fn.file(Fn.pathexpand(v.stringValue)) }),
    },
    {
      name: 'ssh_private_key_path', type: 'string', default: '~/.ssh/id_rsa',
      description: 'Unused, kept so that existing callers need no change: Terraform no longer logs in to the VMs, so passphrase-protected keys work',
      props: () => ({}),
    },
    {
      name: 'api_allowed_cidrs', type: 'list(string)', description: 'CIDR blocks allowed to reach the Kubernetes API on port 6443', default: ANYWHERE,
      props: (v) => ({ apiAllowedCidrs: v.listValue }),
    },
    {
      name: 'ssh_allowed_cidrs', type: 'list(string)', default: ANYWHERE,
      description: 'CIDR blocks allowed to reach host SSH on port 2244 (keys only)',
      props: (v) => ({ sshAllowedCidrs: v.listValue }),
    },
    {
      name: 'ready_timeout_minutes', type: 'number', default: DEFAULT_READY_TIMEOUT_MINUTES,
      description: 'Minutes terraform apply waits for the Kubernetes API and all nodes to be ready (0 skips the wait; needs bash and curl)',
      props: (v) => ({ readyTimeoutMinutes: v.numberValue }),
    },
    {
      name: 'k3s_version', type: 'string', default: DEFAULT_K3S_VERSION,
      description: 'The k3s release every node installs, such as v1.36.3+k3s1; a change replaces no node and upgrades the running nodes in place (managers one at a time, then workers drained), refusing a downgrade or a skipped minor',
      props: (v) => ({ k3sVersion: v.stringValue }),
    },
    {
      name: 'ubuntu_release', type: 'string', default: DEFAULT_UBUNTU_RELEASE,
      description: 'The Ubuntu LTS release every node boots: 24.04, 22.04 or 20.04 (past standard support); read when a node is made (a change replaces no node)',
      props: (v) => ({ ubuntuRelease: v.stringValue }),
    },
    {
      name: 'etcd_snapshot_schedule', type: 'string', default: DEFAULT_ETCD_SNAPSHOT_SCHEDULE,
      description: 'When the managers take etcd snapshots, as five cron fields in UTC (k3s etcd-snapshot-schedule-cron); read when a manager is made',
      props: (v) => ({ etcdSnapshotSchedule: v.stringValue }),
    },
    {
      name: 'etcd_snapshot_retention', type: 'number', default: DEFAULT_ETCD_SNAPSHOT_RETENTION,
      description: 'How many etcd snapshots each manager keeps, and the bucket too (k3s etcd-snapshot-retention); read when a manager is made',
      props: (v) => ({ etcdSnapshotRetention: v.numberValue }),
    },
    {
      name: 'etcd_s3', type: 'object({ endpoint = string, bucket = string, region = optional(string, "us-east-1"), folder = optional(string, "") })',
      default: null, nullable: true,
      description: 'Where etcd snapshots are copied off the cluster: an S3-compatible bucket (endpoint host without https://, bucket, region, folder); null keeps them on the managers only. Set it when the cluster is made (see Day two in the README)',
      props: (v) => ({ etcdS3: v.value }),
    },
    {
      name: 'etcd_s3_credentials', type: 'object({ access_key = string, secret_key = string })', default: null, nullable: true, sensitive: true,
      description: 'The access key and secret key of the etcd_s3 bucket; kept in a kube-system Secret that k3s reads at every snapshot, never in user data',
      props: (v) => ({ etcdS3Credentials: v.value }),
    },
    {
      name: 'os_updates', type: 'bool', default: true,
      description: 'Install Ubuntu security updates daily on every node and let kured reboot the nodes that need it, one at a time, drained, in reboot_window; false turns both off. Read when a node is made',
      props: (v) => ({ osUpdates: v.booleanValue }),
    },
    {
      name: 'reboot_window', type: REBOOT_WINDOW_TYPE, default: {},
      description: 'When kured may reboot a node after a security update: start and end (HH:MM), days (su, mo, tu, we, th, fr, sa) and time_zone (IANA); default 02:00 to 05:00 UTC, every day. terraform apply hands it to the running cluster (kured\'s HelmChart over the API)',
      props: (v) => ({ rebootWindow: v.value }),
    },
  ];
}
