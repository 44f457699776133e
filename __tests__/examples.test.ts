import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { GitpodStack } from '../examples/hetzner/main';
import { SSH_PUBLIC_KEY, tempDir } from './helpers';

describe('examples/hetzner (cdktf starter app)', () => {
  it('synthesizes a stack with the providers configured and the contract outputs', () => {
    const key = path.join(tempDir('example-'), 'id.pub');
    fs.writeFileSync(key, `${SSH_PUBLIC_KEY}\n`);
    process.env.GITPOD_SSH_PUBLIC_KEY = key;
    process.env.GITPOD_SIZE = 'medium';
    const stack = new GitpodStack(Testing.app(), 'gitpod');
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.provider).sort()).toEqual(['hcloud', 'random', 'tls']);
    expect(Object.keys(json.output).sort()).toEqual(['dns_records', 'kubeconfig', 'kubecontext']);
    expect(json.output.kubeconfig.sensitive).toBe(true);
    expect(Object.keys(json.resource.hcloud_server)).toHaveLength(3);
    expect(JSON.stringify(json.resource.hcloud_server)).toContain('.medium.');
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });
});
