import { Token } from 'cdktf';
import { cloudCatalog, supportedSizes } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { holdsToken } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { CloudInputs } from 'cdktf-gitpod-self-hosted/lib/inputs';
import { InputRule, oneOfRule } from 'cdktf-gitpod-self-hosted/lib/validation';

/**
 * The scaling defaults: 70 % CPU as the scale-out threshold of the other clouds that scale on
 * metrics; 80 % memory, because workspaces fill memory before CPU and a node that runs out of
 * memory evicts them; 10 minutes, the middle of DigitalOcean's 5 to 20, so that a pool does not
 * flap on a build's burst yet reacts within a coffee break.
 * @internal
 */
export const POOL_SCALING_DEFAULTS = { cpu_target: 0.7, memory_target: 0.8, cooldown_minutes: 10 };

/** DigitalOcean's documented limits of a Droplet Autoscale Pool's targets and cooldown. @internal */
export const POOL_SCALING_LIMITS = { minTarget: 0.05, maxTarget: 1, minCooldown: 5, maxCooldown: 20 };

/** The Terraform type of `pool_scaling`. @internal */
export const POOL_SCALING_TYPE = 'map(object({ '
  + `cpu_target = optional(number, ${POOL_SCALING_DEFAULTS.cpu_target}), memory_target = optional(number, ${POOL_SCALING_DEFAULTS.memory_target}), `
  + `cooldown_minutes = optional(number, ${POOL_SCALING_DEFAULTS.cooldown_minutes}) }))`;

/** A pool's scaling in Terraform's shape. @internal */
export interface TerraformPoolScaling {
  readonly cpu_target: number;
  readonly memory_target: number;
  readonly cooldown_minutes: number;
}

/**
 * The scaling of construct props in Terraform's shape, defaults applied (a token, the module's
 * variable, stays as it is: its type applies them).
 * @internal
 */
export function terraformPoolScaling(value: unknown): unknown {
  if (value === undefined) return {};
  if (Token.isUnresolved(value) || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, { cpuTarget?: number; memoryTarget?: number; cooldownMinutes?: number } | null>).map(([pool, s]) => [pool, {
    cpu_target: s?.cpuTarget ?? POOL_SCALING_DEFAULTS.cpu_target,
    memory_target: s?.memoryTarget ?? POOL_SCALING_DEFAULTS.memory_target,
    cooldown_minutes: s?.cooldownMinutes ?? POOL_SCALING_DEFAULTS.cooldown_minutes,
  }]));
}

const L = POOL_SCALING_LIMITS;
const target = { type: 'number', minimum: L.minTarget, maximum: L.maxTarget };

/** The ranges of each pool's scaling. @internal */
export const POOL_SCALING_RANGES_RULE: InputRule = {
  prop: 'poolScaling',
  variable: 'pool_scaling',
  schema: {
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: ['cpu_target', 'memory_target', 'cooldown_minutes'],
      properties: { cpu_target: target, memory_target: target, cooldown_minutes: { type: 'integer', minimum: L.minCooldown, maximum: L.maxCooldown } },
    },
  },
  expectation: `every pool_scaling entry (poolScaling) to have cpu_target and memory_target from ${L.minTarget} to ${L.maxTarget} (a share of the droplets' CPU or memory: 0.7 is 70 %) and cooldown_minutes a whole number from ${L.minCooldown} to ${L.maxCooldown}, as DigitalOcean allows.`,
  condition: (ref) => `alltrue([for name, s in ${ref} : s.cpu_target >= ${L.minTarget} && s.cpu_target <= ${L.maxTarget} `
    + `&& s.memory_target >= ${L.minTarget} && s.memory_target <= ${L.maxTarget} `
    + `&& s.cooldown_minutes == floor(s.cooldown_minutes) && s.cooldown_minutes >= ${L.minCooldown} && s.cooldown_minutes <= ${L.maxCooldown}])`,
};

/** Every entry names a pool: a misspelt name would silently leave a pool on the defaults. @internal */
export const POOL_SCALING_NAMES_RULE: InputRule = {
  prop: 'poolScaling',
  variable: 'pool_scaling',
  check: (value, inputs) => {
    const pools = inputs.workerPools;
    if (holdsToken(pools) || !Array.isArray(pools) || typeof value !== 'object' || value === null) return true;
    const names = pools.map((p: { name?: unknown }) => p.name);
    return Object.keys(value).every((name) => names.includes(name));
  },
  expectation: 'every pool_scaling entry (poolScaling) to be named after a pool of size_data.pools (workerPools).',
  condition: (ref) => `alltrue([for name in keys(${ref}) : contains([for p in var.size_data.pools : p.name], name)])`,
};

/** What DigitalOcean decides about the inputs: its regions, the sizes built there, and the pools' scaling. @internal */
export function digitalOceanInputs(): CloudInputs {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('digitalocean').locations), 'a DigitalOcean region'),
    size: oneOfRule('size', 'size', supportedSizes('digitalocean'), 'large also needs size_data.pools'),
    rules: [POOL_SCALING_RANGES_RULE, POOL_SCALING_NAMES_RULE],
    variables: [{
      name: 'pool_scaling',
      type: POOL_SCALING_TYPE,
      default: {},
      description: 'How each autoscaled pool of the large size scales, by pool name: cpu_target and memory_target (0.05 to 1) '
        + 'are the average utilization the pool keeps, cooldown_minutes (5 to 20) the wait between two changes; pools not named get 0.7, 0.8 and 10',
      props: (v) => ({ poolScaling: v.value }),
    }],
    defaults: (props) => ({ poolScaling: terraformPoolScaling(props.poolScaling) }),
  };
}
