import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { CLOUDS } from '../lib/clouds';
import { AzurermProvider } from '../constructs/azure/gen/provider';
import { HcloudProvider } from '../constructs/hetzner/gen/provider';
import { ScalewayProvider } from '../constructs/scaleway/gen/provider';

/* eslint-disable @typescript-eslint/no-require-imports */
const { pinnedProviders } = require('../scripts/pinned-providers');
const { snapshotTypes, sortedKeys, writeSnapshot } = require('../test-support/terraform/derive-schemas');
/* eslint-enable @typescript-eslint/no-require-imports */

/** The provider constructs of the bindings the cloud packages generate (constructs/<cloud>/gen). */
const GENERATED = [
  ['hcloud', (stack: TerraformStack) => new HcloudProvider(stack, 'hcloud')],
  ['scaleway', (stack: TerraformStack) => new ScalewayProvider(stack, 'scaleway')],
  ['azurerm', (stack: TerraformStack) => new AzurermProvider(stack, 'azurerm', { features: [{}] })],
] as const;

describe('generated provider bindings', () => {
  it.each(GENERATED)('a stack with the %s bindings requires the pinned release from the modules\' source', (name, make) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    make(stack);
    const required = JSON.parse(Testing.synth(stack)).terraform.required_providers[name];
    const cloud = CLOUDS.find((c) => c.provider.name === name)!;
    // cdktf requires the exact release the bindings were generated from (as prebuilt packages
    // do: @cdktf/provider-azurerm 14.23.1 required azurerm 4.55.0), inside the modules' range.
    const pin: string = pinnedProviders()[name].version;
    expect(pinnedProviders()[name].source).toBe(cloud.provider.source);
    expect(required).toEqual({ source: cloud.provider.source, version: pin });
    const [major, minor] = cloud.provider.version.replace('~> ', '').split('.');
    expect(pin.startsWith(`${major}.`) && Number(pin.split('.')[1]) >= Number(minor)).toBe(true);
  });

  it('every cloud on generated bindings is listed (a new cloud gets this check)', () => {
    const generatedClouds = CLOUDS.filter((c) => fs.existsSync(path.join(__dirname, '..', 'constructs', c.name, 'gen')));
    expect(generatedClouds.map((c) => c.provider.name).sort()).toEqual(GENERATED.map(([name]) => name).sort());
  });
});

const SNAPSHOTS = path.join(__dirname, '..', 'provider-schemas');

describe('provider-schemas snapshots', () => {
  // hcloud.json and scaleway.json are the providers' own schemas, as shared/provider-schemas gave them;
  // azurerm.json is derived here from the prebuilt bindings, and refreshed by --snapshot.
  it('azurerm.json is written as --snapshot writes it (keys sorted, so a refresh diffs only what changed)', () => {
    const text = fs.readFileSync(path.join(SNAPSHOTS, 'azurerm.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(sortedKeys(JSON.parse(text)), null, 2)}\n`);
  });

  it('snapshotTypes names data sources as derive-schemas does (azurerm holds the DNS zone the plain Terraform example reads)', () => {
    const types = snapshotTypes(JSON.parse(fs.readFileSync(path.join(SNAPSHOTS, 'azurerm.json'), 'utf8')));
    expect(types).toContain('data.azurerm_dns_zone');
    expect(types).toContain('azurerm_linux_virtual_machine_scale_set');
    expect(types).not.toContain('azurerm_dns_zone');
  });

  it('--snapshot refuses without the prebuilt package, and says how to install it', () => {
    // Only the generated bindings are installed: a refresh must not derive the snapshot from its own output.
    const before = fs.readFileSync(path.join(SNAPSHOTS, 'hcloud.json'), 'utf8');
    expect(() => writeSnapshot('hcloud')).toThrow(/@cdktf\/provider-hcloud is not installed; install .* npm install --no-save/);
    expect(fs.readFileSync(path.join(SNAPSHOTS, 'hcloud.json'), 'utf8')).toBe(before);
  });
});
