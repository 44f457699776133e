import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { declareServicesModule } from 'cdktf-gitpod-self-hosted/constructs/services-module';
import { DigitalOceanGitpodServices } from './services';
import { digitalOceanServiceRules } from './services-rules';

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
    this.services = declareServicesModule(this, {
      rules: digitalOceanServiceRules(),
      clusterType: 'object({ name = string, vpc_id = string, node_tag = string, location = string, size = string })',
      clusterFields: { name: 'name', vpcId: 'vpc_id', nodeTag: 'node_tag', location: 'location', size: 'size' },
      overrides: [
        { name: 'database_size', prop: 'databaseSize', type: 'string', description: 'MySQL node size slug; null: by cluster size (small db-s-1vcpu-2gb, medium db-s-2vcpu-4gb, large db-s-4vcpu-8gb)' },
        { name: 'database_node_count', prop: 'databaseNodeCount', type: 'number', description: 'MySQL nodes, 1 to 3 (more are standbys); null: 1 for small and medium, 2 for large' },
        { name: 'registry_tier', prop: 'registryTier', type: 'string', description: 'Container registry tier, basic or professional; null: professional' },
        { name: 'registry_region', prop: 'registryRegion', type: 'string', description: 'Container registry region; null: the cluster\'s, or the nearest that sells the registry' },
        { name: 'spaces_region', prop: 'spacesRegion', type: 'string', description: 'Spaces bucket region; null: the cluster\'s, or the nearest that sells Spaces' },
        { name: 'bucket_name', prop: 'bucketName', type: 'string', description: 'Spaces bucket name; null: <cluster name>-objects' },
        { name: 'existing_registry_name', prop: 'existingRegistryName', type: 'string', description: 'A registry the account has already (starter and basic accounts hold one); null: one is made, named after the cluster' },
      ],
      make: (scope, id, props) => new DigitalOceanGitpodServices(scope, id, props as never),
    }) as DigitalOceanGitpodServices;
  }
}
