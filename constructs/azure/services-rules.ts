import { holdsToken } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { serviceCatalog } from 'cdktf-gitpod-self-hosted/lib/services/catalog';
import { optionalOneOfRule } from 'cdktf-gitpod-self-hosted/lib/services/rules';
import { InputRule, hcl } from 'cdktf-gitpod-self-hosted/lib/validation';

/** The fields of the attachment that must not be empty, by prop and by module field. */
const REQUIRED: Array<[string, string]> = [
  ['resourceGroupName', 'resource_group_name'], ['location', 'location'], ['virtualNetworkName', 'virtual_network_name'],
  ['virtualNetworkId', 'virtual_network_id'], ['databaseSubnetRange', 'database_subnet_range'],
];

/**
 * The rules of `AzureGitpodServices` and its module (`modules/azure/services`): the cluster it
 * serves (module variable `cluster`, the cluster module's `service_attachment`) and the overrides
 * of the catalog's choices. Azure sells MySQL flexible server in most but not all regions and lists
 * them nowhere offline: a region without it is refused by Azure at apply, not here.
 * @internal
 */
export function azureServiceRules(): InputRule[] {
  const c = serviceCatalog().azure;
  const sizes = Object.keys(c.sizes);
  const { minimum, maximum } = c.databaseStorageGb;
  return [
    {
      prop: 'attachment',
      variable: 'cluster',
      check: (value) => holdsToken(value) || (typeof value === 'object' && value !== null
        && REQUIRED.every(([k]) => {
          const v = (value as Record<string, unknown>)[k];
          return holdsToken(v) || (typeof v === 'string' && v.length > 0);
        })),
      expectation: `the cluster's service_attachment output (cluster.serviceAttachment): ${REQUIRED.map(([, f]) => f).join(', ')}, none empty.`,
      condition: (ref) => REQUIRED.map(([, f]) => `${ref}.${f} != ""`).join(' && '),
    },
    {
      prop: 'size',
      variable: 'cluster',
      schema: { type: 'string', enum: sizes },
      expectation: `cluster.size (attachment.size) to be one of ${sizes.join(', ')}.`,
      condition: (ref) => `contains(${hcl(sizes)}, ${ref}.size)`,
    },
    optionalOneOfRule('databaseSku', 'database_sku', c.databaseSkus, 'a MySQL flexible server SKU; the cluster size chooses one'),
    {
      prop: 'databaseStorageGb',
      variable: 'database_storage_gb',
      optional: true,
      schema: { type: 'integer', minimum, maximum },
      expectation: `a whole number of GB from ${minimum} to ${maximum} (Azure's limits), or nothing. Azure only grows a server's storage: a smaller number than before fails at apply.`,
      condition: (ref) => `${ref} == null ? true : ${ref} == floor(${ref}) && ${ref} >= ${minimum} && ${ref} <= ${maximum}`,
    },
    optionalOneOfRule('registrySku', 'registry_sku', c.registrySkus, 'Basic holds 10 GiB, Standard 100 GiB, Premium 500 GiB'),
    optionalOneOfRule('storageReplication', 'storage_replication', c.storageReplications, 'how the storage account keeps copies'),
  ];
}
