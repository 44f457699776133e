import { IResolvable, TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import { GITPOD_NODE_LABELS } from './labels';
import { isAutoscaledSize, sizeIsNotAutoscaled } from './catalog';
import { InputRule, InputValues, hcl } from './validation';
import { WorkerPool } from './worker-pool';
import { Fn } from './fn';

/** A pool as Terraform sees it (the element type of `size_data.pools`). @internal */
export interface TerraformPool {
  readonly name: string;
  readonly machine_type: string;
  readonly min: number;
  readonly max: number;
  readonly labels: Record<string, string>;
}

/** The Terraform type of `size_data`: a superset of the original `{ node_count }`. @internal */
export function sizeDataType(defaultWorkerCount: number): string {
  return `object({ node_count = optional(number, ${defaultWorkerCount}), manager_type = optional(string), `
    + 'pools = optional(list(object({ name = string, machine_type = string, min = number, max = number, labels = optional(map(string), {}) })), []) })';
}

/** Most pools a cluster may have. @internal */
export const MAX_POOLS = 5;
/** Most nodes one pool may have. @internal */
export const MAX_POOL_NODES = 100;
/** Most labels one pool may have. @internal */
export const MAX_POOL_LABELS = 10;

// Patterns avoid backslashes so that one string serves JavaScript, ajv and Terraform's RE2.
/** A pool name: a DNS label of 1 to 20 characters that starts with a letter. @internal */
export const POOL_NAME_PATTERN = '^[a-z]([-a-z0-9]{0,18}[a-z0-9])?$';
/** A machine type: no spaces or colons (the cluster-autoscaler's node group spec is colon-separated). @internal */
export const MACHINE_TYPE_PATTERN = '^[A-Za-z0-9][-A-Za-z0-9_.]{0,63}$';
/** A Kubernetes label key: an optional DNS-subdomain prefix and a name of at most 63 characters. @internal */
export const LABEL_KEY_PATTERN = '^([a-z0-9]([-a-z0-9]*[a-z0-9])?([.][a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$';
/** Label key prefixes the kubelet refuses to set from `--node-labels` (k3s would not start). @internal */
export const RESERVED_LABEL_PATTERN = '(^|[.])(kubernetes|k8s)[.]io/';
/** A Kubernetes label value: empty, or at most 63 characters that start and end with a letter or digit. @internal */
export const LABEL_VALUE_PATTERN = '^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$';

function pools(value: unknown): TerraformPool[] {
  return Array.isArray(value) ? value as TerraformPool[] : [];
}

const poolItem = (properties: Record<string, object>, required: string[]) => ({
  type: 'array', items: { type: 'object', required, properties },
});

/**
 * The rules of `size_data.pools` (construct prop `workerPools`), each checked at synth
 * time on the pools in Terraform's shape, and as a validation block of `size_data`.
 * A `check` covers what JSON schema cannot say (unique names, min not above max).
 * @internal
 */
export const POOL_RULES = {
  count: {
    prop: 'workerPools',
    variable: 'size_data',
    schema: { type: 'array', maxItems: MAX_POOLS },
    expectation: `at most ${MAX_POOLS} pools in size_data.pools (workerPools).`,
    condition: (ref: string) => `length(${ref}.pools) <= ${MAX_POOLS}`,
  },
  names: {
    prop: 'workerPools',
    variable: 'size_data',
    schema: poolItem({ name: { type: 'string', pattern: POOL_NAME_PATTERN } }, ['name']),
    check: (value: unknown) => new Set(pools(value).map((p) => p.name)).size === pools(value).length,
    expectation: 'every pool name to be unique and 1 to 20 lowercase letters, digits and hyphens that start with a letter and do not end with a hyphen, such as "workspaces".',
    condition: (ref: string) =>
      `alltrue([for p in ${ref}.pools : can(regex(${hcl(POOL_NAME_PATTERN)}, p.name))]) && length(distinct([for p in ${ref}.pools : p.name])) == length(${ref}.pools)`,
  },
  machineTypes: {
    prop: 'workerPools',
    variable: 'size_data',
    schema: poolItem({ machine_type: { type: 'string', pattern: MACHINE_TYPE_PATTERN } }, ['machine_type']),
    expectation: 'every pool\'s machine_type (machineType) to be a machine type name without spaces or colons, such as "cx43", "Standard_D4s_v3" or "PRO2-S".',
    condition: (ref: string) => `alltrue([for p in ${ref}.pools : can(regex(${hcl(MACHINE_TYPE_PATTERN)}, p.machine_type))])`,
  },
  sizes: {
    prop: 'workerPools',
    variable: 'size_data',
    schema: poolItem({
      min: { type: 'integer', minimum: 0, maximum: MAX_POOL_NODES },
      max: { type: 'integer', minimum: 1, maximum: MAX_POOL_NODES },
    }, ['min', 'max']),
    check: (value: unknown) => pools(value).every((p) => p.min <= p.max),
    expectation: `every pool's min (minNodes) and max (maxNodes) to be whole numbers with 0 <= min <= max, 1 <= max <= ${MAX_POOL_NODES}.`,
    condition: (ref: string) =>
      `alltrue([for p in ${ref}.pools : p.min == floor(p.min) && p.max == floor(p.max) && p.min >= 0 && p.max >= 1 && p.max <= ${MAX_POOL_NODES} && p.min <= p.max])`,
  },
  labels: {
    prop: 'workerPools',
    variable: 'size_data',
    schema: poolItem({
      labels: {
        type: 'object',
        maxProperties: MAX_POOL_LABELS,
        propertyNames: { pattern: LABEL_KEY_PATTERN, not: { pattern: RESERVED_LABEL_PATTERN } },
        additionalProperties: { type: 'string', pattern: LABEL_VALUE_PATTERN },
      },
    }, ['labels']),
    expectation: `every pool's labels to be at most ${MAX_POOL_LABELS} Kubernetes labels, keys such as "gitpod.io/workload_workspace_regular" or "team" (not in the kubernetes.io or k8s.io namespaces, which the kubelet refuses), values of at most 63 letters, digits, "-", "_" or "." that start and end with a letter or digit.`,
    condition: (ref: string) =>
      `alltrue([for p in ${ref}.pools : length(p.labels) <= ${MAX_POOL_LABELS} && alltrue([for k, v in p.labels : `
      + `can(regex(${hcl(LABEL_KEY_PATTERN)}, k)) && !can(regex(${hcl(RESERVED_LABEL_PATTERN)}, k)) && can(regex(${hcl(LABEL_VALUE_PATTERN)}, v))])])`,
  },
  managerType: {
    prop: 'managerType',
    variable: 'size_data',
    schema: { type: 'string', pattern: MACHINE_TYPE_PATTERN },
    optional: true,
    expectation: 'size_data.manager_type (managerType) to be a machine type name without spaces or colons, such as "cx33", or unset for the size\'s default.',
    condition: (ref: string) => `${ref}.manager_type == null ? true : can(regex(${hcl(MACHINE_TYPE_PATTERN)}, ${ref}.manager_type))`,
  },
} satisfies Record<string, InputRule>;

const notAutoscaled = (sizeRef: string) => sizeIsNotAutoscaled(sizeRef);

/** The rules of the pools that only hold for the sizes with autoscaled workers (`large`). @internal */
export const LARGE_SIZE_RULES = {
  poolsRequired: {
    prop: 'workerPools',
    variable: 'size_data',
    after: ['size'],
    expectation: 'size large to have at least one pool in size_data.pools (workerPools), such as [{ name = "workers", machine_type = "cx43", min = 1, max = 10 }].',
    check: (value: unknown, inputs: InputValues) => !isAutoscaledSize(inputs.size) || pools(value).length >= 1,
    condition: (ref: string, refs?: Readonly<Record<string, string>>) => `${notAutoscaled(refs?.size ?? "var.size")} || length(${ref}.pools) >= 1`,
  },
  gitpodWorkloads: {
    prop: 'workerPools',
    variable: 'size_data',
    after: ['size'],
    expectation: `every Gitpod workload label (${GITPOD_NODE_LABELS.join(', ')}) on at least one pool in size large: the managers run no Gitpod workloads, so a missing label leaves that part of Gitpod unscheduled (a pool without labels carries them all).`,
    check: (value: unknown, inputs: InputValues) =>
      !isAutoscaledSize(inputs.size) || GITPOD_NODE_LABELS.every((label) => pools(value).some((p) => Object.keys(p.labels).length === 0 || label in p.labels)),
    condition: (ref: string, refs?: Readonly<Record<string, string>>) =>
      `${notAutoscaled(refs?.size ?? "var.size")} || alltrue([for l in ${hcl(GITPOD_NODE_LABELS)} : anytrue([for p in ${ref}.pools : length(p.labels) == 0 || contains(keys(p.labels), l)])])`,
  },
} satisfies Record<string, InputRule>;

/** Every rule of the pools and the managers' type, in the order they are judged and declared. @internal */
export const WORKER_POOL_RULES: InputRule[] = [
  POOL_RULES.count, POOL_RULES.names, POOL_RULES.machineTypes, POOL_RULES.sizes, POOL_RULES.labels, POOL_RULES.managerType,
  ...Object.values(LARGE_SIZE_RULES),
];

/**
 * The pools of construct props in Terraform's shape (`labels` defaulted to `{}`), or the
 * value unchanged when it is a token (module mode: already `size_data.pools`).
 * @internal
 */
export function terraformPools(value: WorkerPool[] | undefined): unknown {
  if (value === undefined) return [];
  if (Token.isUnresolved(value)) return value;
  return value.map((p) => ({ name: p.name, machine_type: p.machineType, min: p.minNodes, max: p.maxNodes, labels: p.labels ?? {} }));
}

/**
 * The reference to a local by its name, as plain text for raw HCL expressions. Raw
 * expressions never embed cdktf tokens: cdktf writes a token inside `\${...}` as a bare
 * reference only up to the first `}`, and with braces after it.
 * @internal
 */
export function localRef(local: TerraformLocal): string {
  return `local.${local.friendlyUniqueId}`;
}

/** @internal */
export interface WorkerPoolsProps {
  /** The pools in Terraform's shape: a literal list or `var.size_data.pools`. */
  readonly pools: unknown;
  /** True when the size's workers are autoscaled pools. */
  readonly autoscaled: IResolvable;
}

/**
 * The autoscaled pools as Terraform expressions: empty unless the size autoscales its
 * workers, so that everything made per pool (`for_each`) exists for `large` only, and a
 * variable size decides it at plan time.
 * @internal
 */
export class WorkerPools extends Construct {
  /** The pools of this size (a list of pool objects; empty unless autoscaled). */
  public readonly list: TerraformLocal;
  /** The pools by name, for `for_each`. */
  public readonly byName: TerraformLocal;
  /** The Kubernetes labels of each pool's nodes, by pool name. */
  public readonly labels: TerraformLocal;
  /** The nodes the pools keep at least, together. */
  public readonly minNodes: number;

  constructor(scope: Construct, id: string, props: WorkerPoolsProps) {
    super(scope, id);
    const list = new TerraformLocal(this, 'pools', Fn.conditional(props.autoscaled, props.pools, []));
    this.list = list;
    const gitpodLabels = `{ ${GITPOD_NODE_LABELS.map((l) => `${hcl(l)} = "true"`).join(', ')} }`;
    this.byName = new TerraformLocal(this, 'by-name', `\${{ for p in ${localRef(list)} : p.name => p }}`);
    this.labels = new TerraformLocal(this, 'labels',
      `\${{ for p in ${localRef(list)} : p.name => length(p.labels) == 0 ? ${gitpodLabels} : p.labels }}`);
    this.minNodes = Token.asNumber(new TerraformLocal(this, 'min-nodes', `\${sum(concat([0], [for p in ${localRef(list)} : p.min]))}`).expression);
  }
}
