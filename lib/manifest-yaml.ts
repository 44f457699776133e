import type * as YAMLModule from 'yaml';

/**
 * The yaml library, loaded on first use rather than with the package: a program that writes
 * no YAML (a cluster without the autoscaler's manifest or the companion) skips its load.
 * @internal
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const yaml = (): typeof YAMLModule => require('yaml');

/**
 * Kubernetes objects as one multi-document YAML manifest. It lives in the core package,
 * which bundles `yaml`, so that the cloud packages need no YAML library of their own.
 * @internal
 */
export function manifestYaml(docs: readonly object[]): string {
  // An object that appears twice is written in full both times, not as a YAML alias.
  return docs.map((doc) => yaml().stringify(doc, { aliasDuplicateObjects: false })).join('---\n');
}
