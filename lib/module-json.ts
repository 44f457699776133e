/** Where a provider comes from and which versions a module accepts. @internal */
export interface ProviderRequirement {
  readonly source: string;
  readonly version: string;
}

/**
 * Turns a synthesized cdktf stack into a proper child module: no provider configuration
 * (the caller configures providers, and may use count/for_each on the module), no
 * backend, no cdktf metadata; provider version constraints and a Terraform version floor.
 * @internal
 */
export function toChildModule(stackJson: Record<string, any>, providers: Record<string, ProviderRequirement>): Record<string, any> {
  const module: Record<string, any> = JSON.parse(JSON.stringify(stackJson));
  delete module['//'];
  delete module.provider;
  const terraform = module.terraform ?? {};
  delete terraform.backend;
  const required: Record<string, ProviderRequirement> = {};
  for (const name of usedProviders(module)) {
    const requirement = providers[name];
    if (!requirement) throw new Error(`the module uses provider "${name}", which has no source and version constraint`);
    required[name] = requirement;
  }
  // Validation messages that show the bad value need Terraform 1.9.
  module.terraform = { required_version: '>= 1.9.0', required_providers: required };
  stripComments(module);
  for (const output of Object.values<Record<string, any>>(module.output ?? {})) {
    // cdktf writes an output's depends_on as templates; Terraform wants bare references.
    if (output.depends_on) output.depends_on = output.depends_on.map((d: string) => d.replace(/^\$\{(.*)\}$/, '$1'));
  }
  return sortKeys(module) as Record<string, any>;
}

/** Keys in alphabetical order at every level, so that a changed module reads as a small diff. */
function sortKeys(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (!node || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sortKeys(record[key])]));
}

/** The local names of the providers whose resources and data sources a module uses. */
function usedProviders(module: Record<string, any>): string[] {
  const types = [...Object.keys(module.resource ?? {}), ...Object.keys(module.data ?? {})];
  const names = types.filter((t) => t !== 'terraform_data').map((t) => t.split('_')[0]);
  return [...new Set(names)].sort();
}

/** cdktf leaves `//` metadata (construct paths) on every block; a module does not need it. */
function stripComments(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach(stripComments);
    return;
  }
  const record = node as Record<string, unknown>;
  delete record['//'];
  Object.values(record).forEach(stripComments);
}
