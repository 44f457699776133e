import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { CLOUDS } from '../lib/clouds';
import { synthesizeModules } from '../lib/module-synth';
import { SSH_PUBLIC_KEY } from './helpers';

// Construct IDs name every resource: renaming one makes Terraform destroy and re-create the
// user's infrastructure. The list was taken from the modules as they were before the clouds
// shared one skeleton; a change to it must be deliberate (and come with a `moved` block).
const PINNED: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'construct-ids.json'), 'utf8'));

function addresses(json: any): string[] {
  const of = (blocks: Record<string, Record<string, unknown>> | undefined, prefix: string) =>
    Object.entries(blocks ?? {}).flatMap(([type, named]) => Object.keys(named).map((name) => `${prefix}${type}.${name}`));
  return [...of(json.resource, ''), ...of(json.data, 'data.')].sort();
}

describe('construct IDs are part of the contract', () => {
  it('pins a list for every cloud of the registry', () => {
    expect(Object.keys(PINNED).sort()).toEqual(CLOUDS.map((c) => c.name).sort());
  });

  it.each(CLOUDS.map((c) => c.name))('%s: the module has exactly the pinned resources and data sources', (cloud) => {
    const [{ json }] = synthesizeModules([cloud]);
    expect(addresses(json)).toEqual(PINNED[cloud]);
  });

  it.each(CLOUDS.map((c) => c.name))('%s: a cdktf app names them alike (same construct paths under the ID "gitpod")', (cloud) => {
    const extra: Record<string, object> = {
      azure: {
        resourceGroupName: 'gitpod',
        userAssignedIdentityId: '/subscriptions/1/resourceGroups/gitpod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/gitpod',
      },
      scaleway: { projectId: '11111111-2222-3333-4444-555555555555' },
    };
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const Cluster = CLOUDS.find((c) => c.name === cloud)!.cluster();
    new Cluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, ...extra[cloud] });
    const names = addresses(JSON.parse(Testing.synth(stack)));
    // Every resource of a literal small cluster carries a pinned name (the size decides counts, not names).
    expect(names.filter((n) => !PINNED[cloud].includes(n))).toEqual([]);
    expect(names.length).toBeGreaterThan(PINNED[cloud].length / 2);
  });
});
