import { TerraformOutput, TerraformStack, TerraformVariable, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { servicesConfigParts } from '../../lib/services/services';
import { terraformValidation } from '../../lib/validation';
import { DigitalOceanGitpodServices } from './services';
import { digitalOceanServiceRules } from './services-rules';

/** The optional variables of the services module: null leaves the choice to the cluster's size and region. */
const OVERRIDES: Array<{ name: string; prop: string; type: string; description: string }> = [
  { name: 'database_size', prop: 'databaseSize', type: 'string', description: 'MySQL node size slug; null: by cluster size (small db-s-1vcpu-2gb, medium db-s-2vcpu-4gb, large db-s-4vcpu-8gb)' },
  { name: 'database_node_count', prop: 'databaseNodeCount', type: 'number', description: 'MySQL nodes, 1 to 3 (more are standbys); null: 1 for small and medium, 2 for large' },
  { name: 'registry_tier', prop: 'registryTier', type: 'string', description: 'Container registry tier, basic or professional; null: professional' },
  { name: 'registry_region', prop: 'registryRegion', type: 'string', description: 'Container registry region; null: the cluster\'s, or the nearest that sells the registry' },
  { name: 'spaces_region', prop: 'spacesRegion', type: 'string', description: 'Spaces bucket region; null: the cluster\'s, or the nearest that sells Spaces' },
  { name: 'bucket_name', prop: 'bucketName', type: 'string', description: 'Spaces bucket name; null: <cluster name>-objects' },
];

/**
 * DigitalOcean's managed services for Gitpod as a plain Terraform module
 * (`modules/digitalocean/services`), beside `modules/digitalocean`: its `cluster` variable is that
 * module's `service_attachment` output, and its `gitpod_config` and `gitpod_secrets` outputs are
 * the parts of the companion's outputs of the same names that point Gitpod at the services.
 * A module of its own so that the cluster module stays as it was for everyone who does not opt in,
 * and so that the data outlives a cluster rebuilt from scratch.
 */
export class DigitalOceanServicesModuleStack extends TerraformStack {
  /** The services the module builds. */
  public readonly services: DigitalOceanGitpodServices;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const rules = digitalOceanServiceRules();
    const validate = (variable: TerraformVariable, name: string) => {
      for (const rule of rules.filter((r) => r.variable === name)) variable.addValidation(terraformValidation(rule));
    };
    const cluster = new TerraformVariable(this, 'cluster', {
      type: 'object({ name = string, vpc_id = string, node_tag = string, location = string, size = string })',
      description: 'The cluster the services serve: module.<your digitalocean module>.service_attachment',
      nullable: false,
    });
    validate(cluster, 'cluster');
    const overrides: Record<string, unknown> = {};
    for (const o of OVERRIDES) {
      const variable = new TerraformVariable(this, o.name, { type: o.type, description: o.description, nullable: true });
      variable.addOverride('default', null);
      validate(variable, o.name);
      overrides[o.prop] = o.type === 'number' ? variable.numberValue : variable.stringValue;
    }
    const field = (name: string) => Token.asString(propertyAccess(cluster.value, [name]));
    // The construct ID `gitpod` names every resource, as in the cluster modules.
    this.services = new DigitalOceanGitpodServices(this, 'gitpod', {
      attachment: { name: field('name'), vpcId: field('vpc_id'), nodeTag: field('node_tag'), location: field('location'), size: field('size') },
      ...overrides,
    });

    const { config, secrets } = servicesConfigParts(this.services);
    const outputs = new Construct(this, 'outputs');
    new TerraformOutput(outputs, 'gitpod_config', {
      description: 'The Installer config keys that point Gitpod at the services (database, objectStorage, containerRegistry, metadata.region): merge them into your gitpod_config',
      value: config, sensitive: true,
    }).overrideLogicalId('gitpod_config');
    new TerraformOutput(outputs, 'gitpod_secrets', {
      description: 'The secrets that config refers to, by name, as key/value pairs: merge them into your gitpod_secrets',
      value: secrets, sensitive: true,
    }).overrideLogicalId('gitpod_secrets');
  }
}
