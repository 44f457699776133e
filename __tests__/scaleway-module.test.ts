import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const moduleJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'modules', 'scaleway', 'main.tf.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'provider-schemas', 'scaleway.json'), 'utf8'));
const resourceSchemas: Record<string, any> = (Object.values<any>(schema.provider_schemas)[0]).resource_schemas;

const META_ARGUMENTS = ['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner', 'connection'];

/**
 * What Terraform itself would say about a block against the provider schema, without the
 * provider: unknown arguments, computed-only ones set, required ones missing, deprecated
 * ones used, blocks of the wrong multiplicity. Returns one line per problem.
 */
function schemaProblems(where: string, value: Record<string, any>, block: any, topLevel: boolean): string[] {
  const problems: string[] = [];
  const attributes = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [key, v] of Object.entries(value)) {
    if (topLevel && META_ARGUMENTS.includes(key)) continue;
    const attribute = attributes[key];
    const nested = blocks[key];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) problems.push(`${where}.${key}: computed only, cannot be set`);
      if (attribute.deprecated) problems.push(`${where}.${key}: deprecated`);
    } else if (nested) {
      const items = Array.isArray(v) ? v : [v];
      if (nested.max_items && items.length > nested.max_items) problems.push(`${where}.${key}: at most ${nested.max_items}`);
      items.forEach((item: Record<string, any>, i: number) => problems.push(...schemaProblems(`${where}.${key}[${i}]`, item, nested.block, false)));
    } else {
      problems.push(`${where}.${key}: no argument or block type of that name`);
    }
  }
  for (const [key, attribute] of Object.entries<any>(attributes)) {
    if (attribute.required && !(key in value)) problems.push(`${where}.${key}: required`);
  }
  for (const [key, nested] of Object.entries<any>(blocks)) {
    const count = value[key] === undefined ? 0 : (Array.isArray(value[key]) ? value[key].length : 1);
    if (nested.min_items && count < nested.min_items) problems.push(`${where}.${key}: at least ${nested.min_items}`);
  }
  return problems;
}

describe('modules/scaleway', () => {
  it('sets every argument the Scaleway v2.81.0 schema knows, none it does not, and no deprecated one', () => {
    const problems: string[] = [];
    for (const [type, resources] of Object.entries<any>(moduleJson.resource)) {
      if (!type.startsWith('scaleway_')) continue;
      const resourceSchema = resourceSchemas[type];
      if (!resourceSchema) {
        problems.push(`${type}: not in the schema`);
        continue;
      }
      if (resourceSchema.block.deprecated) problems.push(`${type}: deprecated resource`);
      for (const [name, resource] of Object.entries<any>(resources)) problems.push(...schemaProblems(`${type}.${name}`, resource, resourceSchema.block, true));
    }
    expect(problems).toEqual([]);
  });

  it('the schema check bites: an unknown argument, a computed one, a deprecated one and a missing one are reported', () => {
    const block = resourceSchemas.scaleway_vpc_gateway_network.block;
    expect(schemaProblems('gn', { gateway_id: 'g', enable_dhcp: true, mac_address: 'x', no_such: 1 }, block, true)).toEqual([
      'gn.enable_dhcp: deprecated',
      'gn.mac_address: computed only, cannot be set',
      'gn.no_such: no argument or block type of that name',
      'gn.private_network_id: required',
    ]);
  });

  it('takes project_id (required) and zone (unset: the location\'s first zone, nl-ams-1 by default as the original), and location defaults to nl-ams', () => {
    expect(moduleJson.variable.project_id.default).toBeUndefined();
    expect(moduleJson.variable.project_id.type).toBe('string');
    expect(moduleJson.variable.zone).toMatchObject({ type: 'string', default: null, nullable: true });
    expect(Object.values(moduleJson.locals)).toContain('${coalesce(var.zone, join("", [var.location, "-1"]))}');
    expect(moduleJson.variable.location.default).toBe('nl-ams');
    expect(moduleJson.variable.zone.validation).toHaveLength(2);
  });

  it('puts each resource in var.project_id, the zone and the region var.location itself (the caller\'s provider needs only credentials)', () => {
    const seen = { project: 0, zone: 0, region: 0 };
    const zoneLocal = Object.entries<string>(moduleJson.locals).find(([, v]) => String(v).startsWith('${coalesce(var.zone'))![0];
    for (const [type, resources] of Object.entries<any>(moduleJson.resource)) {
      if (!type.startsWith('scaleway_')) continue;
      const attributes = resourceSchemas[type].block.attributes;
      for (const [name, resource] of Object.entries<any>(resources)) {
        for (const [attribute, expected, key] of [['project_id', '${var.project_id}', 'project'], ['zone', `\${local.${zoneLocal}}`, 'zone'], ['region', '${var.location}', 'region']] as const) {
          // Only where the argument can be set: a frontend or backend follows its load balancer.
          if (!attributes[attribute] || (attributes[attribute].computed && !attributes[attribute].optional) || attributes[attribute].deprecated) continue;
          expect([type, name, attribute, resource[attribute]]).toEqual([type, name, attribute, expected]);
          seen[key] += 1;
        }
      }
    }
    expect(seen.project).toBeGreaterThanOrEqual(10);
    expect(seen.zone).toBeGreaterThanOrEqual(10);
    expect(seen.region).toBeGreaterThanOrEqual(4);
  });

  it('writes the load balancer IP into the kubeconfig', () => {
    expect(moduleJson.output.kubeconfig.value).toMatch(/"server" = join\("", \["https:\/\/", scaleway_lb_ip\.[A-Za-z0-9_-]+\.ip_address, ":6443"\]\)/);
    expect(moduleJson.output.dns_records.value[0].value).toMatch(/^\$\{scaleway_lb_ip\.[A-Za-z0-9_-]+\.ip_address\}$/);
  });
});
