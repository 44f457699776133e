import { TerraformOutput, TerraformOutputConfig, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CloudInputs, cloudRules, commonVariables } from '../lib/inputs';
import { terraformValidation } from '../lib/validation';
import { GitpodCluster } from './gitpod-cluster';

/** A module output that a cloud adds to the common ones: a cluster attribute. @internal */
export interface ModuleOutput {
  readonly name: string;
  readonly description: string;
  /** The cluster attribute it shows. */
  readonly attribute: string;
  /** How the attribute is shown, where Terraform's shape differs (snake_case keys). */
  readonly shape?: (value: any) => unknown;
}

/** What a cloud's module adds to the common one. @internal */
export interface CloudModule {
  /** The cloud's name in the registry and the size catalog. */
  readonly cloud: string;
  /** Its inputs: the rules, and the variables beyond the common ones. */
  readonly inputs: CloudInputs;
  /** Its cluster construct, made from the variables. */
  readonly cluster: new (scope: Construct, id: string, props: any) => GitpodCluster;
  /** Outputs beyond the common ones. */
  readonly outputs?: ModuleOutput[];
}

/**
 * Builds a cloud's cluster as a plain Terraform module in `stack`: the variables of the
 * original modules and the cloud's own, each with the validation blocks of its rules; the
 * cluster, made from them; and the outputs of the original modules with the cloud's own.
 * The construct ID `gitpod` is part of the contract (it names every resource).
 * @internal
 */
export function declareModule(stack: TerraformStack, module: CloudModule): GitpodCluster {
  const rules = cloudRules(module.inputs);
  let props: Record<string, unknown> = {};
  for (const declared of [...commonVariables(module.cloud), ...module.inputs.variables]) {
    const variable = new TerraformVariable(stack, declared.name, {
      type: declared.type,
      description: declared.description,
      // cdktf cannot write a null default: it is set by an override below.
      default: declared.default === null ? undefined : declared.default,
      sensitive: declared.sensitive,
      nullable: declared.nullable ?? false,
    });
    if (declared.default === null) variable.addOverride('default', null);
    for (const rule of rules.filter((r) => r.variable === declared.name)) variable.addValidation(terraformValidation(rule));
    props = { ...props, ...declared.props(variable) };
  }
  const cluster = new module.cluster(stack, 'gitpod', props);

  // Outputs live in their own scope: `kubecontext` is both a variable and an output.
  const outputs = new Construct(stack, 'outputs');
  const output = (name: string, config: TerraformOutputConfig) => new TerraformOutput(outputs, name, config).overrideLogicalId(name);
  output('dns_records', {
    description: 'DNS A records to create for Gitpod: the domain, its wildcard and the workspace wildcard',
    value: cluster.dnsRecords,
  });
  output('k3s_token', { description: 'Join token for k3s: the server token, which k3s treats as full admin (join managers with it)', value: cluster.k3sToken, sensitive: true });
  output('k3s_agent_token', { description: 'Join token for k3s agents (workers): registers a node, nothing more', value: cluster.k3sAgentToken, sensitive: true });
  // The kubeconfig waits for the cluster to be ready, so that whatever the caller feeds it to
  // (a helm or kubernetes provider) starts on a working cluster.
  output('kubeconfig', { description: 'Kubernetes config YAML file', value: cluster.kubeconfig, sensitive: true, dependsOn: [cluster.ready] });
  output('kubecontext', { description: 'Kubecontext name to use', value: cluster.kubecontext });
  output('fs_shift_method', {
    description: 'How Gitpod workspaces shift file ownership on the nodes\' Ubuntu release: set workspace.runtime.fsShiftMethod in gitpod_config to it',
    value: cluster.fsShiftMethod,
  });
  for (const extra of module.outputs ?? []) {
    const value = (cluster as unknown as Record<string, unknown>)[extra.attribute];
    output(extra.name, { description: extra.description, value: extra.shape ? extra.shape(value) : value });
  }
  return cluster;
}
