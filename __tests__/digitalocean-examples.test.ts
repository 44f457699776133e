import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { GitpodStack } from '../examples/digitalocean/main';
import { SSH_PUBLIC_KEY, tempDir } from './helpers';

describe('examples/digitalocean (cdktf starter app)', () => {
  const env = { ...process.env };
  afterAll(() => {
    process.env = env;
  });

  it('synthesizes a stack with the providers configured and the contract outputs', () => {
    const key = path.join(tempDir('do-example-'), 'id.pub');
    fs.writeFileSync(key, `${SSH_PUBLIC_KEY}\n`);
    Object.assign(process.env, { GITPOD_SSH_PUBLIC_KEY: key, GITPOD_SIZE: 'medium', GITPOD_LOCATION: 'ams3', GITPOD_DOMAIN: 'gitpod.example.org' });
    const stack = new GitpodStack(Testing.app(), 'gitpod');
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.provider).sort()).toEqual(['digitalocean', 'random', 'tls']);
    expect(Object.keys(json.output).sort()).toEqual(['dns_records', 'kubeconfig', 'kubecontext']);
    expect(json.output.kubeconfig.sensitive).toBe(true);
    expect(Object.keys(json.resource.digitalocean_droplet)).toHaveLength(3);
    expect(JSON.stringify(json.resource.digitalocean_droplet)).toContain('.medium.');
    expect(Object.values<any>(json.resource.digitalocean_vpc)[0].region).toBe('ams3');
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });

  it('the plain Terraform example calls the module with a DigitalOcean region and configures the provider', () => {
    const main = fs.readFileSync(path.join(__dirname, '..', 'examples', 'terraform-digitalocean', 'main.tf'), 'utf8');
    expect(main).toMatch(/source\s+=\s+"\.\.\/\.\.\/modules\/digitalocean"/);
    expect(main).toMatch(/location\s+=\s+"fra1"/);
    expect(main).toMatch(/source\s+=\s+"digitalocean\/digitalocean"/);
    expect(main).toMatch(/provider "digitalocean"/);
  });
});
