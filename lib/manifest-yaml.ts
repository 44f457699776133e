import * as YAML from 'yaml';

/**
 * Kubernetes objects as one multi-document YAML manifest. It lives in the core package,
 * which bundles `yaml`, so that the cloud packages need no YAML library of their own.
 * @internal
 */
export function manifestYaml(docs: readonly object[]): string {
  // An object that appears twice is written in full both times, not as a YAML alias.
  return docs.map((doc) => YAML.stringify(doc, { aliasDuplicateObjects: false })).join('---\n');
}
