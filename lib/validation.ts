import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { holdsToken } from './expressions';

/**
 * One rule for one input. The same rule checks a literal value at synth time (with ajv)
 * and becomes a Terraform `validation` block when the input is a module variable.
 * @internal
 */
export interface InputRule {
  /** The construct prop, as a cdktf user writes it. */
  readonly prop: string;
  /** The module variable, as a Terraform user writes it. */
  readonly variable: string;
  /** JSON schema of a valid literal value. */
  readonly schema: object;
  /** What a valid value looks like, ending with a period: the "how to fix it" of the message. */
  readonly expectation: string;
  /** The Terraform condition over the variable reference (e.g. `var.size`). */
  readonly condition: (ref: string) => string;
  /**
   * What JSON schema cannot say (unique names, one field not above another), checked at synth
   * time after the schema; the Terraform condition must say the same.
   */
  readonly check?: (value: unknown) => boolean;
  /** Where the module variable holds something else than the prop (a path for a key): its own rule. */
  readonly variableRule?: { readonly condition: (ref: string) => string; readonly expectation: string };
}

// Patterns avoid backslashes so that one string serves JavaScript, ajv and Terraform's RE2
// through two layers of escaping (JSON, then the HCL string literal).
/** Lowercase DNS name with at least two labels. @internal */
export const DOMAIN_PATTERN = '^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?[.])+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$';
/** A kubeconfig context name. @internal */
export const KUBECONTEXT_PATTERN = '^[a-zA-Z0-9]([-a-zA-Z0-9_.@:]{0,251}[a-zA-Z0-9])?$';
/** An OpenSSH public key line. @internal */
export const SSH_PUBLIC_KEY_PATTERN =
  '^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh[.]com|sk-ecdsa-sha2-nistp256@openssh[.]com) [A-Za-z0-9+/]+={0,3}( .*)?$';
const IPV4_CIDR = '((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])[.]){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])';
const IPV6_CIDR = '[0-9a-fA-F:]*:[0-9a-fA-F:.]*/(12[0-8]|1[01][0-9]|[1-9]?[0-9])';
/** An IPv4 or IPv6 CIDR block. @internal */
export const CIDR_PATTERN = `^(${IPV4_CIDR}|${IPV6_CIDR})$`;

/** Quotes a string as a Terraform string literal inside an expression. */
function hclString(value: string): string {
  return JSON.stringify(value);
}

/** Rules every cloud shares. @internal */
export const COMMON_RULES = {
  domainName: {
    prop: 'domainName',
    variable: 'domain_name',
    schema: { type: 'string', maxLength: 253, pattern: DOMAIN_PATTERN },
    expectation: 'a lowercase fully-qualified domain name of at most 253 characters, such as gitpod.example.com.',
    condition: (ref: string) => `length(${ref}) <= 253 && can(regex(${hclString(DOMAIN_PATTERN)}, ${ref}))`,
  },
  kubecontext: {
    prop: 'kubecontext',
    variable: 'kubecontext',
    schema: { type: 'string', pattern: KUBECONTEXT_PATTERN },
    expectation: 'a context name of letters, digits and - _ . @ : that starts and ends with a letter or digit, such as gitpod-self-hosted.',
    condition: (ref: string) => `can(regex(${hclString(KUBECONTEXT_PATTERN)}, ${ref}))`,
  },
  sshPublicKey: {
    prop: 'sshPublicKey',
    variable: 'ssh_public_key_path',
    schema: { type: 'string', pattern: SSH_PUBLIC_KEY_PATTERN },
    expectation: 'one OpenSSH public key line such as "ssh-ed25519 AAAA... me@host" (the content of ~/.ssh/id_ed25519.pub, not the private key).',
    condition: (ref: string) => `can(regex(${hclString(SSH_PUBLIC_KEY_PATTERN)}, trimspace(${ref})))`,
    variableRule: {
      condition: (ref: string) =>
        `can(regex(${hclString(SSH_PUBLIC_KEY_PATTERN)}, trimspace(file(pathexpand(${ref})))))`,
      expectation: 'the path of a readable OpenSSH public key file such as ~/.ssh/id_ed25519.pub (one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-).',
    },
  },
  workerCount: {
    prop: 'workerCount',
    variable: 'size_data',
    schema: { type: 'integer', minimum: 1, maximum: 100 },
    expectation: 'size_data.node_count (workerCount) to be a whole number from 1 to 100.',
    condition: (ref: string) => `${ref}.node_count == floor(${ref}.node_count) && ${ref}.node_count >= 1 && ${ref}.node_count <= 100`,
  },
  apiAllowedCidrs: {
    prop: 'apiAllowedCidrs',
    variable: 'api_allowed_cidrs',
    schema: { type: 'array', minItems: 1, items: { type: 'string', pattern: CIDR_PATTERN } },
    expectation: 'a non-empty list of CIDR blocks such as ["203.0.113.0/24"] or ["0.0.0.0/0", "::/0"].',
    condition: (ref: string) => `length(${ref}) > 0 && alltrue([for c in ${ref} : can(cidrhost(c, 0))])`,
  },
  readyTimeoutMinutes: {
    prop: 'readyTimeoutMinutes',
    variable: 'ready_timeout_minutes',
    schema: { type: 'integer', minimum: 0, maximum: 120 },
    expectation: 'a whole number of minutes from 0 to 120 (0 skips the readiness wait).',
    condition: (ref: string) => `${ref} == floor(${ref}) && ${ref} >= 0 && ${ref} <= 120`,
  },
} satisfies Record<string, InputRule>;

/** A rule that the value is one of a fixed list. @internal */
export function oneOfRule(prop: string, variable: string, allowed: string[], hint: string): InputRule {
  return {
    prop,
    variable,
    schema: { type: 'string', enum: allowed },
    expectation: `one of ${allowed.join(', ')}${hint ? ` (${hint})` : ''}.`,
    condition: (ref: string) => `contains(${JSON.stringify(allowed)}, ${ref})`,
  };
}

let ajv: Ajv | undefined;
const compiled = new Map<InputRule, ValidateFunction>();

function validatorOf(rule: InputRule): ValidateFunction {
  let fn = compiled.get(rule);
  if (!fn) {
    // Loaded on the first literal value: a module synth, all tokens, never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ajv ??= new (require('ajv').default as typeof Ajv)({ allErrors: true });
    fn = ajv.compile(rule.schema);
    compiled.set(rule, fn);
  }
  return fn;
}

/**
 * Whether a literal value keeps a rule: its schema, then its check where it has one.
 * @internal
 */
export function ruleHolds(rule: InputRule, value: unknown): boolean {
  if (!validatorOf(rule)(value)) return false;
  return rule.check === undefined || rule.check(value);
}

/**
 * The message for a value that breaks a rule: it names the input, shows the value
 * and says what to write instead.
 * @internal
 */
export function invalidInputMessage(owner: string, rule: InputRule, value: unknown): string {
  const shown = rule.prop === 'sshPublicKey' && typeof value === 'string' && value.includes('PRIVATE KEY')
    ? '"<a private key, not shown>"'
    : JSON.stringify(value);
  return `${owner}: invalid ${rule.prop} (module variable ${rule.variable}): got ${shown}. Expected ${rule.expectation}`;
}

/**
 * Checks literal values against their rules and throws one error listing every broken
 * rule. Values that are (or contain) tokens are left to Terraform's validation blocks.
 * @internal
 */
export function validateInputs(owner: string, checks: Array<[InputRule, unknown]>): void {
  const problems: string[] = [];
  for (const [rule, value] of checks) {
    if (value === undefined || holdsToken(value)) continue;
    if (!ruleHolds(rule, value)) problems.push(invalidInputMessage(owner, rule, value));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/**
 * The Terraform validation block of a module variable for a rule.
 * @internal
 */
export function terraformValidation(rule: InputRule): { condition: string; errorMessage: string } {
  const ref = `var.${rule.variable}`;
  const own = rule.variableRule;
  const condition = own ? own.condition(ref) : rule.condition(ref);
  const expectation = own ? own.expectation : rule.expectation;
  return {
    condition: `\${${condition}}`,
    errorMessage: `Invalid ${rule.variable}: got \${jsonencode(${ref})}. Expected ${expectation}`,
  };
}
