import { InputRule, hcl } from '../validation';

/**
 * A rule for an optional input that, when given, is one of a fixed list. Its module variable
 * defaults to null (the catalog decides), which the Terraform condition lets through.
 * @internal
 */
export function optionalOneOfRule(prop: string, variable: string, allowed: readonly (string | number)[], hint: string): InputRule {
  const numbers = allowed.every((a) => typeof a === 'number');
  return {
    prop,
    variable,
    optional: true,
    schema: numbers ? { type: 'integer', enum: allowed } : { type: 'string', enum: allowed },
    expectation: `one of ${allowed.join(', ')}, or nothing${hint ? ` (${hint})` : ''}.`,
    // A conditional, not ||: Terraform evaluates both sides of ||, and contains() refuses a null.
    condition: (ref: string) => `${ref} == null ? true : contains(${hcl(allowed)}, ${ref})`,
  };
}

/**
 * The S3 bucket name rules the clouds share (DigitalOcean Spaces, Scaleway Object Storage,
 * Hetzner Object Storage): 3 to 63 lowercase letters, digits and hyphens, starting and ending
 * with a letter or digit. No dots: TLS wildcard certificates do not match a dotted bucket host.
 * @internal
 */
export const BUCKET_NAME_PATTERN = '^[a-z0-9][-a-z0-9]{1,61}[a-z0-9]$';

const BUCKET_NAME = '3 to 63 lowercase letters, digits and hyphens that start and end with a letter or digit (no dots, no underscores), such as gitpod-objects';

/** The rule of an optional bucket name (`orElse`: what nothing means). @internal */
export function optionalBucketNameRule(prop: string, variable: string, orElse = 'a name from the cluster\'s'): InputRule {
  return {
    prop,
    variable,
    optional: true,
    schema: { type: 'string', pattern: BUCKET_NAME_PATTERN },
    expectation: `${BUCKET_NAME}, or nothing for ${orElse}.`,
    condition: (ref: string) => `${ref} == null ? true : can(regex(${hcl(BUCKET_NAME_PATTERN)}, ${ref}))`,
  };
}

/** The rule of a bucket name the user must give. @internal */
export function bucketNameRule(prop: string, variable: string, hint: string): InputRule {
  return {
    prop,
    variable,
    schema: { type: 'string', pattern: BUCKET_NAME_PATTERN },
    expectation: `${BUCKET_NAME}: ${hint}.`,
    condition: (ref: string) => `can(regex(${hcl(BUCKET_NAME_PATTERN)}, ${ref}))`,
  };
}

/** A credential the user must give: not empty, never shown. @internal */
export function credentialRule(prop: string, variable: string, what: string): InputRule {
  return {
    prop,
    variable,
    secret: true,
    schema: { type: 'string', minLength: 1, pattern: '^[^ ]+$' },
    expectation: `${what}, without spaces.`,
    condition: (ref: string) => `length(${ref}) > 0 && !strcontains(${ref}, " ")`,
  };
}
