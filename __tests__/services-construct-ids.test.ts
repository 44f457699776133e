import * as fs from 'fs';
import * as path from 'path';
import { CLOUDS } from '../lib/clouds';
import { synthesizeServiceModules } from '../lib/module-synth';

// The services' construct IDs name the user's database, bucket and registry: renaming one would
// make Terraform destroy them, data and all. A change to this list must be deliberate (and come
// with a `moved` block).
const PINNED: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'service-construct-ids.json'), 'utf8'));

const addresses = (json: any): string[] => {
  const of = (blocks: Record<string, Record<string, unknown>> | undefined, prefix: string) =>
    Object.entries(blocks ?? {}).flatMap(([type, named]) => Object.keys(named).map((name) => `${prefix}${type}.${name}`));
  return [...of(json.resource, ''), ...of(json.data, 'data.')].sort();
};

describe('the services\' construct IDs are part of the contract', () => {
  it('pins a list for every cloud whose registry row has a services module', () => {
    expect(Object.keys(PINNED).sort()).toEqual(CLOUDS.filter((c) => c.servicesModuleStack).map((c) => c.name).sort());
  });

  it.each(synthesizeServiceModules().map((m) => [m.cloud, m.json] as const))('%s: the services module has exactly the pinned resources and data sources', (cloud, json) => {
    expect(addresses(json)).toEqual(PINNED[cloud]);
  });
});
