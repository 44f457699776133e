import { TerraformOutput, TerraformStack, TerraformVariable, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { IGitpodServices, servicesConfigParts } from '../lib/services/services';
import { InputRule, terraformValidation } from '../lib/validation';

/**
 * A variable of a services module. Optional ones default to null, which leaves the choice to the
 * cluster's size and region.
 * @internal
 */
export interface ServiceOverride {
  readonly name: string;
  readonly prop: string;
  readonly type: 'string' | 'number';
  readonly description: string;
  /** The user must give it (Hetzner's bucket and its keys). */
  readonly required?: boolean;
  readonly sensitive?: boolean;
}

/** What a cloud's services module is made of. @internal */
export interface ServicesModule {
  /** The rules of the services' inputs: those of `cluster` and of each override. */
  readonly rules: InputRule[];
  /**
   * The Terraform type of `cluster` (the cluster module's `service_attachment`), and its fields by
   * prop; none where the services need nothing of the cluster (Hetzner's bucket).
   */
  readonly clusterType?: string;
  readonly clusterFields?: Record<string, string>;
  readonly overrides: ServiceOverride[];
  /** The services, from the props. */
  readonly make: (scope: Construct, id: string, props: Record<string, unknown>) => IGitpodServices;
}

/**
 * Builds a cloud's services as a plain Terraform module in `stack`: the variable `cluster` (the
 * cluster module's `service_attachment` output) and the overrides, each with the validation
 * blocks of its rules; the services (construct ID `gitpod`, as in the cluster modules); and the
 * sensitive outputs `gitpod_config` and `gitpod_secrets`, the parts of the companion's outputs of
 * the same names that point Gitpod at the services.
 * @internal
 */
export function declareServicesModule(stack: TerraformStack, module: ServicesModule): IGitpodServices {
  const validate = (variable: TerraformVariable, name: string) => {
    for (const rule of module.rules.filter((r) => r.variable === name)) variable.addValidation(terraformValidation(rule));
  };
  const props: Record<string, unknown> = {};
  if (module.clusterType && module.clusterFields) {
    const cluster = new TerraformVariable(stack, 'cluster', {
      type: module.clusterType,
      description: 'The cluster the services serve: module.<your cluster module>.service_attachment',
      nullable: false,
    });
    validate(cluster, 'cluster');
    props.attachment = Object.fromEntries(Object.entries(module.clusterFields)
      .map(([prop, field]) => [prop, Token.asString(propertyAccess(cluster.value, [field]))]));
  }
  for (const o of module.overrides) {
    const variable = new TerraformVariable(stack, o.name, {
      type: o.type, description: o.description, nullable: !o.required, sensitive: o.sensitive,
    });
    if (!o.required) variable.addOverride('default', null);
    validate(variable, o.name);
    props[o.prop] = o.type === 'number' ? variable.numberValue : variable.stringValue;
  }
  const services = module.make(stack, 'gitpod', props);

  const { config, secrets } = servicesConfigParts(services);
  const outputs = new Construct(stack, 'outputs');
  new TerraformOutput(outputs, 'gitpod_config', {
    description: 'The Installer config keys that point Gitpod at the services (database, objectStorage, containerRegistry, metadata.region): merge them into your gitpod_config',
    value: config, sensitive: true,
  }).overrideLogicalId('gitpod_config');
  new TerraformOutput(outputs, 'gitpod_secrets', {
    description: 'The secrets that config refers to, by name, as key/value pairs: merge them into your gitpod_secrets',
    value: secrets, sensitive: true,
  }).overrideLogicalId('gitpod_secrets');
  return services;
}
