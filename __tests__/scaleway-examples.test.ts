import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { GitpodStack } from '../examples/scaleway/main';
import { SSH_PUBLIC_KEY, tempDir } from './helpers';
import { PROJECT_ID } from './scaleway-helpers';

describe('examples/scaleway (cdktf starter app)', () => {
  it('synthesizes a stack with the providers configured and the contract outputs', () => {
    const key = path.join(tempDir('example-scw-'), 'id.pub');
    fs.writeFileSync(key, `${SSH_PUBLIC_KEY}\n`);
    process.env.GITPOD_SSH_PUBLIC_KEY = key;
    process.env.GITPOD_SIZE = 'medium';
    process.env.GITPOD_LOCATION = 'fr-par';
    process.env.SCW_DEFAULT_PROJECT_ID = PROJECT_ID;
    const stack = new GitpodStack(Testing.app(), 'gitpod');
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.provider).sort()).toEqual(['random', 'scaleway', 'tls']);
    expect(json.provider.scaleway).toEqual([{ project_id: PROJECT_ID, region: 'fr-par', zone: 'fr-par-1' }]);
    expect(Object.keys(json.output).sort()).toEqual(['bastion', 'dns_records', 'kubeconfig', 'kubecontext']);
    expect(json.output.kubeconfig.sensitive).toBe(true);
    expect(Object.keys(json.resource.scaleway_instance_server)).toHaveLength(3);
    expect(JSON.stringify(json.resource.scaleway_instance_server)).toContain('.medium.');
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });
});
