import { ref } from 'cdktf';
import { Fn } from './fn';

/**
 * The Terraform workspace with every non-word character removed, as the original
 * modules did, so that several workspaces can share one cloud project.
 * (The regex avoids backslashes: they would need escaping in two languages.)
 * @internal
 */
export function workspaceSuffix(): string {
  return Fn.replace(ref('terraform.workspace') as unknown as string, '/[^a-zA-Z0-9_]/', '');
}

/**
 * The name of a regional resource: `gitpod-<region>-<name>-<workspace>`.
 * @internal
 */
export function regionalName(region: string, name: string): string {
  return `gitpod-${region}-${name}-${workspaceSuffix()}`;
}

/**
 * The name of a global resource: `gitpod-<name>-<workspace>`.
 * @internal
 */
export function globalName(name: string): string {
  return `gitpod-${name}-${workspaceSuffix()}`;
}
