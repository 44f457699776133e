import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ProviderRequirement, toChildModule } from './module-json';

/**
 * The providers of the synthesized modules: the versions the bindings were made from,
 * up to the next major version.
 * @internal
 */
export const MODULE_PROVIDERS: Record<string, ProviderRequirement> = {
  azurerm: { source: 'hashicorp/azurerm', version: '~> 4.55' },
  digitalocean: { source: 'digitalocean/digitalocean', version: '~> 2.71' },
  hcloud: { source: 'hetznercloud/hcloud', version: '~> 1.68' },
  random: { source: 'hashicorp/random', version: '~> 3.7' },
  scaleway: { source: 'scaleway/scaleway', version: '~> 2.81' },
  tls: { source: 'hashicorp/tls', version: '~> 4.1' },
};

/**
 * The module of each cloud: its folder name and stack. Each stack is required only when it
 * is made, so that synthesizing one cloud does not load the others' providers.
 * @internal
 */
export const MODULE_STACKS: Array<{ cloud: string; create: (scope: Construct, id: string) => TerraformStack }> = [
  { cloud: 'hetzner', create: (scope, id) => new (require('../constructs/hetzner/module-stack').HetznerModuleStack)(scope, id) },
  { cloud: 'azure', create: (scope, id) => new (require('../constructs/azure/module-stack').AzureModuleStack)(scope, id) },
  { cloud: 'digitalocean', create: (scope, id) => new (require('../constructs/digitalocean/module-stack').DigitalOceanModuleStack)(scope, id) },
  { cloud: 'scaleway', create: (scope, id) => new (require('../constructs/scaleway/module-stack').ScalewayModuleStack)(scope, id) },
];

/**
 * Synthesizes the module stack of the given clouds (default: all) and returns the child-module JSON.
 * @internal
 */
export function synthesizeModules(clouds?: string[]): Array<{ cloud: string; json: Record<string, any> }> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gitpod-modules-'));
  try {
    // Provider presence is not checked: a child module must not configure providers.
    const app = new App({ outdir, skipValidation: true, stackTraces: false });
    const wanted = MODULE_STACKS.filter(({ cloud }) => !clouds || clouds.includes(cloud));
    const stacks = wanted.map(({ cloud, create }) => ({ cloud, stack: create(app, cloud) }));
    app.synth();
    return stacks.map(({ cloud }) => {
      const file = path.join(outdir, 'stacks', cloud, 'cdk.tf.json');
      return { cloud, json: toChildModule(JSON.parse(fs.readFileSync(file, 'utf8')), MODULE_PROVIDERS) };
    });
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
