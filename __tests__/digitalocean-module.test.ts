import * as fs from 'fs';
import * as path from 'path';
import { MODULE_PROVIDERS, synthesizeModules } from '../lib/module-synth';

// What modules/digitalocean promises beyond the contract every module keeps (module.test.ts):
// the same variables and outputs as the Hetzner module, a DigitalOcean default location.
const modules = synthesizeModules();
const digitalocean = modules.find((m) => m.cloud === 'digitalocean')!.json;
const hetzner = modules.find((m) => m.cloud === 'hetzner')!.json;

describe('modules/digitalocean', () => {
  it('is committed (run `npm run synth`)', () => {
    expect(fs.existsSync(path.join(__dirname, '..', 'modules', 'digitalocean', 'main.tf.json'))).toBe(true);
  });

  it('has the same variables as the Hetzner module, with the same types and defaults, except the location, Hetzner\'s autoscaler token and its own pool scaling', () => {
    const common = Object.keys(hetzner.variable).filter((n) => n !== 'hcloud_token');
    expect(Object.keys(digitalocean.variable).sort()).toEqual([...common, 'pool_scaling'].sort());
    expect(digitalocean.variable.pool_scaling).toMatchObject({ default: {}, nullable: false });
    for (const name of common.filter((n) => n !== 'location')) {
      const { validation: _a, ...ours } = digitalocean.variable[name];
      const { validation: _b, ...theirs } = hetzner.variable[name];
      expect([name, ours]).toEqual([name, theirs]);
    }
    expect(digitalocean.variable.location).toMatchObject({ type: 'string', default: 'fra1' });
  });

  it('validates location and size with DigitalOcean\'s values, large included', () => {
    expect(digitalocean.variable.location.validation[0].condition).toBe('${contains(["fra1","ams3","lon1","nyc1","nyc3","atl1","tor1","sfo2","sfo3","sgp1","blr1","syd1"], var.location)}');
    expect(digitalocean.variable.size.validation[0]).toEqual({
      condition: '${contains(["small","medium","large"], var.size)}',
      error_message: 'Invalid size: got ${jsonencode(var.size)}. Expected one of small, medium, large (large also needs size_data.pools).',
    });
  });

  it('has the same outputs as the Hetzner module, and service_attachment for its services module', () => {
    const shape = (json: any) => Object.fromEntries(Object.entries<any>(json.output).map(([name, o]) => [name, { sensitive: o.sensitive, description: o.description }]));
    const { service_attachment: attachment, ...rest } = shape(digitalocean);
    expect(rest).toEqual(shape(hetzner));
    expect(attachment.sensitive).toBeUndefined();
    expect(Object.keys(digitalocean.output.service_attachment.value).sort()).toEqual(['location', 'name', 'node_tag', 'size', 'vpc_id']);
  });

  it('requires the digitalocean provider at the version of the bindings, and no hcloud', () => {
    expect(digitalocean.terraform.required_providers).toEqual({
      digitalocean: { source: 'digitalocean/digitalocean', version: '~> 2.71' },
      random: MODULE_PROVIDERS.random,
      tls: MODULE_PROVIDERS.tls,
    });
    const bindings = require('@cdktf/provider-digitalocean/package.json');
    expect(bindings.version).toBe('13.14.1');
    const droplet = fs.readFileSync(require.resolve('@cdktf/provider-digitalocean/lib/droplet/index.js'), 'utf8');
    expect(droplet).toMatch(/providerVersion: '2\.71\.0'/);
  });
});
