import { Fn, ITerraformDependable, TerraformOutput, TerraformOutputConfig, TerraformVariable, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { DnsRecord } from '../lib/dns';
import { ANYWHERE } from '../lib/firewall';
import { COMMON_RULES, InputRule, terraformValidation } from '../lib/validation';
import { WorkerPool } from '../lib/worker-pool';
import { SIZE_DATA_TYPE, poolValidations } from '../lib/worker-pools';

/** The inputs every cloud module takes, as tokens for the cluster construct. @internal */
export interface CommonModuleInputs {
  readonly domainName: string;
  readonly kubecontext: string;
  readonly location: string;
  readonly size: string;
  readonly workerCount: number;
  /** `size_data.pools` (a token standing for the list). */
  readonly workerPools: WorkerPool[];
  /** `size_data.manager_type` (may be null). */
  readonly managerType: string;
  readonly sshPublicKey: string;
  readonly apiAllowedCidrs: string[];
  readonly readyTimeoutMinutes: number;
}

/** What the cloud decides about the common inputs. @internal */
export interface CloudVariableRules {
  readonly defaultLocation: string;
  readonly location: InputRule;
  readonly size: InputRule;
}

function variable(scope: Construct, name: string, config: { type: string; description: string; default?: unknown; rule?: InputRule; sensitive?: boolean }): TerraformVariable {
  return new TerraformVariable(scope, name, {
    type: config.type,
    description: config.description,
    default: config.default,
    nullable: false,
    validation: config.rule ? [terraformValidation(config.rule)] : undefined,
  });
}

/**
 * Declares the variables of the original modules, with the same names, types and
 * defaults, plus the new optional ones; each carries the validation rule the construct
 * applies to literal values.
 * @internal
 */
export function declareCommonVariables(scope: Construct, cloud: CloudVariableRules): CommonModuleInputs {
  const domainName = variable(scope, 'domain_name', {
    type: 'string', description: 'The domain name Gitpod will be accessed on', rule: COMMON_RULES.domainName,
  });
  const kubecontext = variable(scope, 'kubecontext', {
    type: 'string', description: 'Kubecontext name to use', default: 'gitpod-self-hosted', rule: COMMON_RULES.kubecontext,
  });
  const location = variable(scope, 'location', {
    type: 'string', description: 'Data centre location', default: cloud.defaultLocation, rule: cloud.location,
  });
  const size = variable(scope, 'size', {
    type: 'string', description: 'Deployment size such as small, medium or large - not all of these sizes exist on every cloud',
    default: 'small', rule: cloud.size,
  });
  const sizeData = variable(scope, 'size_data', {
    // A superset of the original `object({ node_count = optional(number, 3) })`: old callers need no change.
    type: SIZE_DATA_TYPE,
    description: 'Additional data for the deployment size: node_count is the number of workers of the medium size; '
      + 'manager_type and pools (name, machine_type, min, max, labels) are the managers and the autoscaled worker pools of the large size',
    default: {}, rule: COMMON_RULES.workerCount,
  });
  for (const validation of poolValidations()) sizeData.addValidation(validation);
  const sshPublicKeyPath = variable(scope, 'ssh_public_key_path', {
    type: 'string', description: 'Path to the public key allowed to log in to the VMs (as root, port 2244)',
    default: '~/.ssh/id_rsa.pub', rule: COMMON_RULES.sshPublicKey,
  });
  variable(scope, 'ssh_private_key_path', {
    type: 'string',
    description: 'Unused, kept so that existing callers need no change: Terraform no longer logs in to the VMs, so passphrase-protected keys work',
    default: '~/.ssh/id_rsa',
  });
  const apiAllowedCidrs = variable(scope, 'api_allowed_cidrs', {
    type: 'list(string)', description: 'CIDR blocks allowed to reach the Kubernetes API on port 6443',
    default: ANYWHERE, rule: COMMON_RULES.apiAllowedCidrs,
  });
  const readyTimeoutMinutes = variable(scope, 'ready_timeout_minutes', {
    type: 'number', description: 'Minutes terraform apply waits for the Kubernetes API and all nodes to be ready (0 skips the wait; needs bash and curl)',
    default: 20, rule: COMMON_RULES.readyTimeoutMinutes,
  });
  return {
    domainName: domainName.stringValue,
    kubecontext: kubecontext.stringValue,
    location: location.stringValue,
    size: size.stringValue,
    workerCount: Token.asNumber(propertyAccess(sizeData.value, ['node_count'])),
    workerPools: propertyAccess(sizeData.value, ['pools']) as unknown as WorkerPool[],
    managerType: Token.asString(propertyAccess(sizeData.value, ['manager_type'])),
    sshPublicKey: Fn.file(Fn.pathexpand(sshPublicKeyPath.stringValue)),
    apiAllowedCidrs: apiAllowedCidrs.listValue,
    readyTimeoutMinutes: readyTimeoutMinutes.numberValue,
  };
}

/** What a cluster gives the outputs of its module. @internal */
export interface ClusterOutputs {
  readonly dnsRecords: DnsRecord[];
  readonly k3sToken: string;
  readonly kubeconfig: string;
  readonly kubecontext: string;
}

/**
 * Declares the outputs of the original modules, with the same names, shapes and
 * sensitivity. The kubeconfig waits for the cluster to be ready, so that whatever the
 * caller feeds it to (a helm or kubernetes provider) starts on a working cluster.
 * @internal
 */
export function declareClusterOutputs(scope: Construct, cluster: ClusterOutputs, ready: ITerraformDependable[]): void {
  // Outputs live in their own scope: `kubecontext` is both a variable and an output.
  const outputs = new Construct(scope, 'outputs');
  const output = (name: string, config: TerraformOutputConfig) => new TerraformOutput(outputs, name, config).overrideLogicalId(name);
  output('dns_records', {
    description: 'DNS A records to create for Gitpod: the domain, its wildcard and the workspace wildcard',
    value: cluster.dnsRecords,
  });
  output('k3s_token', { description: 'Join token for k3s', value: cluster.k3sToken, sensitive: true });
  output('kubeconfig', { description: 'Kubernetes config YAML file', value: cluster.kubeconfig, sensitive: true, dependsOn: ready });
  output('kubecontext', { description: 'Kubecontext name to use', value: cluster.kubecontext });
}
