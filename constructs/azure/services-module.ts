import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { declareServicesModule } from 'cdktf-gitpod-self-hosted/constructs/services-module';
import { AzureGitpodServices } from './services';
import { azureServiceRules } from './services-rules';

/**
 * Azure's managed services for Gitpod as a plain Terraform module (`modules/azure/services`),
 * beside `modules/azure`: its `cluster` variable is that module's `service_attachment` output,
 * and its `gitpod_config` and `gitpod_secrets` outputs are the parts of the companion's outputs
 * of the same names. The caller configures the `azurerm` provider, as for the cluster.
 */
export class AzureServicesModuleStack extends TerraformStack {
  /** The services the module builds. */
  public readonly services: AzureGitpodServices;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.services = declareServicesModule(this, {
      rules: azureServiceRules(),
      clusterType: 'object({ resource_group_name = string, location = string, virtual_network_name = string, virtual_network_id = string, database_subnet_range = string, size = string })',
      clusterFields: {
        resourceGroupName: 'resource_group_name', location: 'location', virtualNetworkName: 'virtual_network_name',
        virtualNetworkId: 'virtual_network_id', databaseSubnetRange: 'database_subnet_range', size: 'size',
      },
      overrides: [
        { name: 'database_sku', prop: 'databaseSku', type: 'string', description: 'MySQL flexible server SKU; null: by cluster size (small B_Standard_B1ms, medium B_Standard_B2ms, large GP_Standard_D2ds_v4)' },
        { name: 'database_storage_gb', prop: 'databaseStorageGb', type: 'number', description: 'MySQL storage in GB, 20 to 16384 (grows only); null: small 20, medium 32, large 64' },
        { name: 'registry_sku', prop: 'registrySku', type: 'string', description: 'Container registry SKU, Basic, Standard or Premium; null: Standard' },
        { name: 'storage_replication', prop: 'storageReplication', type: 'string', description: 'Storage account replication, LRS, ZRS, GRS or GZRS; null: LRS, large ZRS' },
      ],
      make: (scope, id, props) => new AzureGitpodServices(scope, id, props as never),
    }) as AzureGitpodServices;
  }
}
