import { IResolvable, TerraformResource, Token, ref } from 'cdktf';
import { Fn } from './fn';

function address(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

/**
 * `resource[*].attribute` of a resource that has `count`: the list of that attribute
 * over its instances (empty when the count is 0).
 * @internal
 */
export function splat(resource: TerraformResource, attribute: string): string[] {
  return Token.asList(ref(`${address(resource)}[*].${attribute}`));
}

/**
 * `resource[count.index].attribute`: for a resource with the same `count` as the one
 * that uses it, the instance of the same index.
 * @internal
 */
export function sameIndex(resource: TerraformResource, attribute: string): string {
  return Token.asString(ref(`${address(resource)}[count.index].${attribute}`));
}

/**
 * Joins strings that may be tokens. cdktf cannot render a template string with tokens
 * inside a function argument (yamlencode of a structure, say), so such strings are
 * built with `join` instead.
 * @internal
 */
export function concat(...parts: string[]): string {
  return parts.some((p) => Token.isUnresolved(p)) ? Fn.join('', parts) : parts.join('');
}

/**
 * `whenTrue` or `whenFalse`: decided here when the condition is a literal, by Terraform
 * when it is a token (module mode, or a size-dependent fact).
 * @internal
 */
export function when<T>(condition: boolean | IResolvable, whenTrue: T, whenFalse: T): T {
  if (typeof condition === 'boolean') return condition ? whenTrue : whenFalse;
  return Fn.conditional(condition, whenTrue, whenFalse) as T;
}

/**
 * True when a value holds a token anywhere (itself, an element, a property, at any
 * depth): Terraform decides it, so only Terraform can check it.
 * @internal
 */
export function holdsToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Token.isUnresolved(value)) return true;
  if (Array.isArray(value)) return value.some(holdsToken);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(holdsToken);
  return false;
}
