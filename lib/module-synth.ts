import * as os from 'os';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CLOUDS } from './clouds';
import { ProviderRequirement, toChildModule } from './module-json';

/**
 * The providers of the synthesized modules: the versions the bindings were made from,
 * up to the next major version.
 * @internal
 */
export const MODULE_PROVIDERS: Record<string, ProviderRequirement> = {
  // Every cloud's cluster uses these two (the cluster id, the token, the CAs).
  random: { source: 'hashicorp/random', version: '~> 3.7' },
  tls: { source: 'hashicorp/tls', version: '~> 4.1' },
  ...Object.fromEntries(CLOUDS.map(({ provider }) => [provider.name, { source: provider.source, version: provider.version }])),
};

/**
 * The module of each cloud in the registry: its folder name and stack. The cloud's code is
 * required only when its stack is made, so that synthesizing one cloud does not load the
 * others' providers.
 * @internal
 */
export const MODULE_STACKS: Array<{ cloud: string; create: (scope: Construct, id: string) => TerraformStack }> = CLOUDS.map((entry) => ({
  cloud: entry.name,
  create: (scope: Construct, id: string) => new (entry.moduleStack())(scope, id),
}));

/**
 * The services module of each cloud that has one: `modules/<cloud>/services`.
 * @internal
 */
export const SERVICE_MODULE_STACKS: Array<{ cloud: string; create: (scope: Construct, id: string) => TerraformStack }> = CLOUDS
  .filter((entry) => entry.servicesModuleStack !== undefined)
  .map((entry) => ({ cloud: entry.name, create: (scope: Construct, id: string) => new (entry.servicesModuleStack!())(scope, id) }));

/**
 * Synthesizes the module stack of the given clouds (default: all) and returns the child-module JSON.
 *
 * It asks each stack for its Terraform JSON directly rather than running `app.synth()`:
 * that also resolves every token once more to find cross-stack references (a module stack
 * has none), adds a backend (a module must not have one) and writes files to read back,
 * which together cost more than the synthesis itself. No aspects are registered on these
 * stacks, so nothing else of `app.synth()` applies.
 * @internal
 */
export function synthesizeModules(clouds?: string[]): Array<{ cloud: string; json: Record<string, any> }> {
  return synthesize(MODULE_STACKS, clouds);
}

/** Synthesizes the services module of the given clouds (default: all that have one), as {@link synthesizeModules}. @internal */
export function synthesizeServiceModules(clouds?: string[]): Array<{ cloud: string; json: Record<string, any> }> {
  return synthesize(SERVICE_MODULE_STACKS, clouds, '-services');
}

function synthesize(stacks: typeof MODULE_STACKS, clouds?: string[], suffix = ''): Array<{ cloud: string; json: Record<string, any> }> {
  // Provider presence is not checked: a child module must not configure providers.
  const app = new App({ outdir: os.tmpdir(), skipValidation: true, stackTraces: false });
  const wanted = stacks.filter(({ cloud }) => !clouds || clouds.includes(cloud));
  return wanted.map(({ cloud, create }) => {
    const stack = create(app, `${cloud}${suffix}`);
    const json = JSON.parse(JSON.stringify(stack.toTerraform()));
    return { cloud, json: toChildModule(json, MODULE_PROVIDERS) };
  });
}
