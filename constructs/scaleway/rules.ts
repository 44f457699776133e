import { cloudCatalog, supportedSizes } from '../../lib/catalog';
import { InputRule, oneOfRule } from '../../lib/validation';

/** The Availability Zones of each Scaleway region (the module's `location`). @internal */
export const SCALEWAY_ZONES: Record<string, string[]> = {
  'fr-par': ['fr-par-1', 'fr-par-2', 'fr-par-3'],
  'nl-ams': ['nl-ams-1', 'nl-ams-2', 'nl-ams-3'],
  'pl-waw': ['pl-waw-1', 'pl-waw-2', 'pl-waw-3'],
};

/** A Scaleway Project ID: a lowercase UUID. (No backslashes: one string serves ajv and Terraform.) @internal */
export const PROJECT_ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** The Scaleway inputs that depend on the cloud: its regions, zones, Project and the sizes built there. @internal */
export function scalewayRules(): { location: InputRule; size: InputRule; zone: InputRule; projectId: InputRule } {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('scaleway').locations), 'a Scaleway region'),
    size: oneOfRule('size', 'size', supportedSizes('scaleway'), 'large also needs size_data.pools'),
    zone: oneOfRule('zone', 'zone', Object.values(SCALEWAY_ZONES).flat(), 'a Scaleway Availability Zone'),
    projectId: {
      prop: 'projectId',
      variable: 'project_id',
      schema: { type: 'string', pattern: PROJECT_ID_PATTERN },
      expectation: 'the ID of a Scaleway Project, a lowercase UUID such as 11111111-2222-3333-4444-555555555555 (console: Project settings).',
      condition: (ref: string) => `can(regex(${JSON.stringify(PROJECT_ID_PATTERN)}, ${ref}))`,
    },
  };
}

/**
 * The rule that a zone lies in a region, for a literal region: the zone must be one of its zones.
 * @internal
 */
export function zoneInLocationRule(location: string): InputRule {
  const zones = SCALEWAY_ZONES[location] ?? [];
  return oneOfRule('zone', 'zone', zones, `a zone of location ${location}`);
}

/**
 * The Terraform validation that the zone lies in the location: a second block on the
 * `zone` variable, which refers to `var.location` (Terraform 1.9 and later).
 * @internal
 */
export function zoneInLocationValidation(): { condition: string; errorMessage: string } {
  return {
    condition: '${startswith(var.zone, join("", [var.location, "-"]))}',
    errorMessage: 'Invalid zone: got ${jsonencode(var.zone)}, which is not in location ${jsonencode(var.location)}. '
      + 'Expected a zone of that location: ${var.location}-1, ${var.location}-2 or ${var.location}-3.',
  };
}
