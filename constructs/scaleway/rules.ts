import { Token } from 'cdktf';
import { cloudCatalog, supportedSizes } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { concat } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { CloudInputs } from 'cdktf-gitpod-self-hosted/lib/inputs';
import { InputRule, hcl, oneOfRule, patternRule } from 'cdktf-gitpod-self-hosted/lib/validation';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/** The Availability Zones of each Scaleway region (the module's `location`). @internal */
export const SCALEWAY_ZONES: Record<string, string[]> = {
  'fr-par': ['fr-par-1', 'fr-par-2', 'fr-par-3'],
  'nl-ams': ['nl-ams-1', 'nl-ams-2', 'nl-ams-3'],
  'pl-waw': ['pl-waw-1', 'pl-waw-2', 'pl-waw-3'],
};

/** A Scaleway Project ID: a lowercase UUID. (No backslashes: one string serves ajv and Terraform.) @internal */
export const PROJECT_ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

const ALL_ZONES = Object.values(SCALEWAY_ZONES).flat();

/** The rule of the zone: a Scaleway Availability Zone; unset (null), the location's first. @internal */
export const ZONE_RULE: InputRule = {
  prop: 'zone',
  variable: 'zone',
  // Judged once the location is right: an unset zone follows it.
  after: ['location'],
  schema: { type: 'string', enum: ALL_ZONES },
  expectation: `one of ${ALL_ZONES.join(', ')} (a Scaleway Availability Zone), or unset for the location's first zone.`,
  condition: (ref) => `${ref} == null ? true : contains(${hcl(ALL_ZONES)}, ${ref})`,
};

/** The rule that the zone lies in the location (zones are named after their region). @internal */
export const ZONE_IN_LOCATION_RULE: InputRule = {
  prop: 'zone',
  variable: 'zone',
  narrows: ZONE_RULE,
  after: ['location'],
  check: (zone, inputs) => typeof zone === 'string' && zone.startsWith(`${String(inputs.location)}-`),
  expectation: 'a zone of the location, named after it: <location>-1, -2 or -3, such as nl-ams-2 for nl-ams.',
  condition: (ref, refs) => `${ref} == null ? true : startswith(${ref}, join("", [${refs?.location ?? "var.location"}, "-"]))`,
};

/** The rule of the Project. @internal */
export const PROJECT_ID_RULE: InputRule = patternRule('projectId', 'project_id', PROJECT_ID_PATTERN,
  'the ID of a Scaleway Project, a lowercase UUID such as 11111111-2222-3333-4444-555555555555 (console: Project settings).');

/**
 * The zone: the given one, or the location's first. A token may stand for null (the module's
 * unset `zone`), so Terraform decides between the two then.
 * @internal
 */
export function defaultZone(zone: string | undefined, location: string): string {
  const first = concat(location, '-1');
  if (zone === undefined) return first;
  return Token.isUnresolved(zone) ? Token.asString(Fn.coalesce([zone, first])) : zone;
}

/** What Scaleway decides about the inputs: its regions, sizes, the Project and the zone. @internal */
export function scalewayInputs(): CloudInputs {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('scaleway').locations), 'a Scaleway region'),
    size: oneOfRule('size', 'size', supportedSizes('scaleway'), 'large also needs size_data.pools'),
    rules: [PROJECT_ID_RULE, ZONE_RULE, ZONE_IN_LOCATION_RULE],
    variables: [
      {
        name: 'project_id', type: 'string', description: 'The ID of the Scaleway Project that owns every resource',
        props: (v) => ({ projectId: v.stringValue }),
      },
      {
        name: 'zone', type: 'string', default: null, nullable: true,
        description: 'Availability Zone of the instances, load balancer and public gateway; it must lie in location (default: its first zone, such as nl-ams-1)',
        props: (v) => ({ zone: v.stringValue }),
      },
    ],
    defaults: (props) => ({ zone: defaultZone(props.zone as string | undefined, props.location as string) }),
  };
}
