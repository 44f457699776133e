import { holdsToken } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { serviceCatalog } from 'cdktf-gitpod-self-hosted/lib/services/catalog';
import { optionalBucketNameRule, optionalOneOfRule } from 'cdktf-gitpod-self-hosted/lib/services/rules';
import { InputRule, hcl } from 'cdktf-gitpod-self-hosted/lib/validation';

/** DigitalOcean's registry names. */
const REGISTRY_NAME_PATTERN = '^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$';

/**
 * The rules of `DigitalOceanGitpodServices` and its module (`modules/digitalocean/services`):
 * the cluster it serves (module variable `cluster`, the cluster module's `service_attachment`)
 * and the overrides of the catalog's choices.
 * @internal
 */
export function digitalOceanServiceRules(): InputRule[] {
  const c = serviceCatalog().digitalocean;
  const regions = Object.keys(c.nearest);
  const sizes = Object.keys(c.sizes);
  return [
    {
      prop: 'attachment',
      variable: 'cluster',
      check: (value) => holdsToken(value) || (typeof value === 'object' && value !== null
        && ['name', 'vpcId', 'nodeTag'].every((k) => {
          const v = (value as Record<string, unknown>)[k];
          return holdsToken(v) || (typeof v === 'string' && v.length > 0);
        })),
      expectation: 'the cluster\'s service_attachment output (cluster.serviceAttachment): its name, vpc_id and node_tag, none empty.',
      condition: (ref) => `${ref}.name != "" && ${ref}.vpc_id != "" && ${ref}.node_tag != ""`,
    },
    {
      prop: 'location',
      variable: 'cluster',
      schema: { type: 'string', enum: regions },
      expectation: `cluster.location (attachment.location) to be a region DigitalOcean sells managed MySQL in and that has a Spaces and registry region near it: one of ${regions.join(', ')}.`,
      condition: (ref) => `contains(${hcl(regions)}, ${ref}.location)`,
    },
    {
      prop: 'size',
      variable: 'cluster',
      schema: { type: 'string', enum: sizes },
      expectation: `cluster.size (attachment.size) to be one of ${sizes.join(', ')}.`,
      condition: (ref) => `contains(${hcl(sizes)}, ${ref}.size)`,
    },
    optionalOneOfRule('databaseSize', 'database_size', c.databaseSizes, 'a DigitalOcean MySQL node size; the cluster size chooses one'),
    optionalOneOfRule('databaseNodeCount', 'database_node_count', c.databaseNodes, '2 or 3 add standby nodes that take over on failure'),
    optionalOneOfRule('registryTier', 'registry_tier', c.registryTiers, 'the starter tier\'s one repository cannot hold Gitpod\'s base and workspace images'),
    optionalOneOfRule('registryRegion', 'registry_region', c.registryRegions, 'the regions DigitalOcean sells its container registry in'),
    optionalOneOfRule('spacesRegion', 'spaces_region', c.spacesRegions, 'the regions DigitalOcean sells Spaces in'),
    optionalBucketNameRule('bucketName', 'bucket_name'),
    {
      prop: 'existingRegistryName',
      variable: 'existing_registry_name',
      optional: true,
      schema: { type: 'string', pattern: REGISTRY_NAME_PATTERN },
      expectation: 'the name of a registry of the account: up to 63 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit, or nothing to make one.',
      condition: (ref) => `${ref} == null ? true : can(regex(${hcl(REGISTRY_NAME_PATTERN)}, ${ref}))`,
    },
  ];
}
