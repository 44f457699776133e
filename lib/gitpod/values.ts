import { Token } from 'cdktf';

export { holdsToken } from '../expressions';

/** A plain JSON object (not an array, not a token). @internal */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Token.isUnresolved(value);
}

/**
 * Deep merge with the semantics of `yq '. *= load(file)'`, which the installation step
 * uses to lay its outputs over its base files: objects merge key by key, everything
 * else (arrays included) is replaced by the overlay. Inputs are not modified.
 * @internal
 */
export function deepMerge(base: unknown, overlay: unknown): unknown {
  if (overlay === undefined) return clone(base);
  if (!isPlainObject(base) || !isPlainObject(overlay)) return clone(overlay);
  const result: Record<string, unknown> = clone(base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(overlay)) {
    result[key] = key in result ? deepMerge(result[key], value) : clone(value);
  }
  return result;
}

/** A copy of JSON-like data; tokens and other non-plain objects are kept as they are. */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  return value;
}

/** Drops undefined members, recursively, so that the outputs hold only what was set. @internal */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as unknown as T;
  if (!isPlainObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) result[key] = compact(member);
  }
  return result as T;
}

/**
 * Shows a value in an error message. Secret values are never shown: only whether they
 * were empty and how long they were.
 * @internal
 */
export function show(value: unknown, secret = false): string {
  if (!secret) return JSON.stringify(value);
  if (typeof value !== 'string') return `a ${typeof value}`;
  return value.length === 0 ? 'an empty string' : `a secret of ${value.length} character${value.length === 1 ? '' : 's'} (not shown)`;
}

/** A Kubernetes object name (a DNS-1123 subdomain). @internal */
export const K8S_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A key of a Kubernetes Secret. @internal */
export const SECRET_KEY_PATTERN = /^[-._a-zA-Z0-9]+$/;

/**
 * Collects the problems of one owner and throws them as one error, one line each.
 * @internal
 */
export class Problems {
  private readonly lines: string[] = [];
  constructor(private readonly owner: string) {}

  /** Records a problem: what is wrong (naming the input) and what to write instead. */
  public add(input: string, got: string, expected: string): void {
    this.lines.push(`${this.owner}: invalid ${input}: got ${got}. Expected ${expected}`);
  }

  /** Records a problem given as a whole sentence. */
  public addText(text: string): void {
    this.lines.push(`${this.owner}: ${text}`);
  }

  public throwIfAny(): void {
    if (this.lines.length > 0) throw new Error(this.lines.join('\n'));
  }
}

/**
 * Checks a Kubernetes name given as a literal; tokens are refused because names become
 * keys of the outputs' maps, which Terraform cannot take from an unknown value.
 * @internal
 */
export function checkName(problems: Problems, input: string, value: string): void {
  if (Token.isUnresolved(value)) {
    problems.add(input, 'a token', 'a literal name: it becomes a map key of the outputs.');
  } else if (value.length > 253 || !K8S_NAME_PATTERN.test(value)) {
    problems.add(input, show(value), 'a Kubernetes object name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, such as "cloudflare-solver".');
  }
}

/**
 * Checks a secret value given as a literal: not empty, and without a single quote, which
 * the installation step cannot pass on (it wraps each value in single quotes for kubectl).
 * The value itself is never shown.
 * @internal
 */
export function checkSecretValue(problems: Problems, input: string, value: string | undefined): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (typeof value !== 'string' || value.length === 0) {
    problems.add(input, show(value, true), 'a non-empty string (a variable or a resource attribute keeps it out of your code).');
  } else if (value.includes("'")) {
    problems.add(input, show(value, true) + ' containing a single quote', "a value without ' : the installation step passes each secret value to kubectl inside single quotes.");
  }
}
