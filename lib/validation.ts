import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { holdsToken } from './expressions';
import { UBUNTU_RELEASE_NAMES } from './platform';

/**
 * The literal values of a cluster's inputs, by prop name, with the defaults applied: what a
 * rule that depends on another input (the size, the location) is judged against.
 * @internal
 */
export type InputValues = Readonly<Record<string, unknown>>;

/**
 * One rule for one input. The same rule checks a literal value at synth time (with ajv and
 * `check`) and becomes a Terraform `validation` block of the module variable.
 * @internal
 */
export interface InputRule {
  /** The construct prop, as a cdktf user writes it; absent for a module variable that no prop has. */
  readonly prop?: string;
  /** The module variable, as a Terraform user writes it; absent for a prop that no module variable has (yet). */
  readonly variable?: string;
  /** JSON schema of a valid literal value. */
  readonly schema?: object;
  /** What a valid value looks like, ending with a period: the "how to fix it" of the message. */
  readonly expectation: string;
  /**
   * The Terraform condition over the variable reference (`var.size`); `refs` holds the
   * references of the inputs named in `after` (`{ size: 'var.size' }`).
   */
  readonly condition: (ref: string, refs?: Readonly<Record<string, string>>) => string;
  /**
   * What JSON schema cannot say (unique names, one field not above another, a value that
   * depends on the size), checked at synth time after the schema; the Terraform condition
   * must say the same.
   */
  readonly check?: (value: unknown, inputs: InputValues) => boolean;
  /** Where the module variable holds something else than the prop (a path for a key): its own condition. */
  readonly variableRule?: { readonly condition: (ref: string) => string; readonly expectation: string };
  /**
   * A rule this one narrows (a cloud's on a common input): judged only where that one held,
   * so that a value gets one message, the most general one that applies.
   */
  readonly narrows?: InputRule;
  /**
   * Inputs whose value this rule depends on (each is a prop and a module variable of the same
   * name, such as `size`): judged only where each is literal and kept all of its own rules.
   */
  readonly after?: string[];
  /** The value is a secret: no message shows it. */
  readonly secret?: boolean;
  /** An unset prop is fine (something else decides, such as the catalog); otherwise unset is broken, as for a Go `nil`. */
  readonly optional?: boolean;
}

/** What the judging of one rule found. @internal */
export type Verdict = 'held' | 'broken' | 'unjudged';

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
/**
 * A k3s release as its installer takes it (`INSTALL_K3S_VERSION`): `v<major>.<minor>.<patch>+k3s<n>`,
 * optionally with a pre-release such as `-rc1`. Channels (`latest`, `stable`) and bare minors
 * (`1.30`) are refused: every node must install the same release.
 * @internal
 */
export const K3S_VERSION_PATTERN = '^v1[.][0-9]{1,2}[.][0-9]{1,2}(-rc[0-9]+)?[+]k3s[0-9]+$';

/** Quotes a value as a Terraform literal inside an expression. @internal */
export function hcl(value: unknown): string {
  return JSON.stringify(value);
}

/** The rule of an allow-list: one or more IPv4 or IPv6 CIDR blocks. */
function cidrListRule(prop: string, variable: string, expectation: string): InputRule {
  return {
    prop,
    variable,
    schema: { type: 'array', minItems: 1, items: { type: 'string', pattern: CIDR_PATTERN } },
    expectation,
    condition: (ref: string) => `length(${ref}) > 0 && alltrue([for c in ${ref} : can(cidrhost(c, 0))])`,
  };
}

/** Rules every cloud shares. @internal */
export const COMMON_RULES = {
  domainName: {
    prop: 'domainName',
    variable: 'domain_name',
    schema: { type: 'string', maxLength: 253, pattern: DOMAIN_PATTERN },
    expectation: 'a lowercase fully-qualified domain name of at most 253 characters, such as gitpod.example.com.',
    condition: (ref: string) => `length(${ref}) <= 253 && can(regex(${hcl(DOMAIN_PATTERN)}, ${ref}))`,
  },
  kubecontext: {
    prop: 'kubecontext',
    variable: 'kubecontext',
    schema: { type: 'string', pattern: KUBECONTEXT_PATTERN },
    expectation: 'a context name of letters, digits and - _ . @ : that starts and ends with a letter or digit, such as gitpod-self-hosted.',
    condition: (ref: string) => `can(regex(${hcl(KUBECONTEXT_PATTERN)}, ${ref}))`,
  },
  sshPublicKey: {
    prop: 'sshPublicKey',
    variable: 'ssh_public_key_path',
    schema: { type: 'string', pattern: SSH_PUBLIC_KEY_PATTERN },
    expectation: 'one OpenSSH public key line such as "ssh-ed25519 AAAA... me@host" (the content of ~/.ssh/id_ed25519.pub, not the private key).',
    condition: (ref: string) => `can(regex(${hcl(SSH_PUBLIC_KEY_PATTERN)}, trimspace(${ref})))`,
    variableRule: {
      condition: (ref: string) =>
        `can(regex(${hcl(SSH_PUBLIC_KEY_PATTERN)}, trimspace(file(pathexpand(${ref})))))`,
      expectation: 'the path of a readable OpenSSH public key file such as ~/.ssh/id_ed25519.pub (one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-).',
    },
  },
  sshPrivateKeyPath: {
    variable: 'ssh_private_key_path',
    expectation: 'a path such as ~/.ssh/id_rsa, or nothing: the variable is unused, and a key pasted into it would be written to the plan and the state.',
    condition: (ref: string) => `!strcontains(${ref}, "PRIVATE KEY")`,
  },
  workerCount: {
    prop: 'workerCount',
    variable: 'size_data',
    schema: { type: 'integer', minimum: 1, maximum: 100 },
    expectation: 'size_data.node_count (workerCount) to be a whole number from 1 to 100.',
    condition: (ref: string) => `${ref}.node_count == floor(${ref}.node_count) && ${ref}.node_count >= 1 && ${ref}.node_count <= 100`,
  },
  apiAllowedCidrs: cidrListRule('apiAllowedCidrs', 'api_allowed_cidrs',
    'a non-empty list of CIDR blocks such as ["203.0.113.0/24"] or ["0.0.0.0/0", "::/0"].'),
  sshAllowedCidrs: cidrListRule('sshAllowedCidrs', 'ssh_allowed_cidrs',
    'a non-empty list of CIDR blocks such as ["203.0.113.0/24"] (your office or VPN), or ["0.0.0.0/0", "::/0"] for anywhere.'),
  readyTimeoutMinutes: {
    prop: 'readyTimeoutMinutes',
    variable: 'ready_timeout_minutes',
    schema: { type: 'integer', minimum: 0, maximum: 120 },
    expectation: 'a whole number of minutes from 0 to 120 (0 skips the readiness wait).',
    condition: (ref: string) => `${ref} == floor(${ref}) && ${ref} >= 0 && ${ref} <= 120`,
  },
  k3sVersion: {
    prop: 'k3sVersion',
    variable: 'k3s_version',
    schema: { type: 'string', pattern: K3S_VERSION_PATTERN },
    expectation: 'a k3s release such as "v1.36.3+k3s1" (https://github.com/k3s-io/k3s/releases), not a channel such as "latest" or a minor such as "1.36": every node installs exactly this release.',
    condition: (ref: string) => `can(regex(${hcl(K3S_VERSION_PATTERN)}, ${ref}))`,
  },
  ubuntuRelease: oneOfRule('ubuntuRelease', 'ubuntu_release', UBUNTU_RELEASE_NAMES,
    '24.04 is the default; 20.04 is past standard support and only for clusters that must match old nodes'),
} satisfies Record<string, InputRule>;

/** A rule that the value is a string matching a pattern (free of backslashes where it can be). @internal */
export function patternRule(prop: string, variable: string, pattern: string, expectation: string): InputRule {
  return {
    prop,
    variable,
    schema: { type: 'string', pattern },
    expectation,
    condition: (ref: string) => `can(regex(${hcl(pattern)}, ${ref}))`,
  };
}

/** A rule that the value is one of a fixed list. @internal */
export function oneOfRule(prop: string, variable: string, allowed: string[], hint: string): InputRule {
  return {
    prop,
    variable,
    schema: { type: 'string', enum: allowed },
    expectation: `one of ${allowed.join(', ')}${hint ? ` (${hint})` : ''}.`,
    condition: (ref: string) => `contains(${hcl(allowed)}, ${ref})`,
  };
}

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

function validatorOf(schema: object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    // Loaded on the first literal value: a module synth, all tokens, never needs it.
    // The schemas are this library's own: checking them against the JSON Schema meta-schema
    // at every synth would cost a program about 40 ms, and ajv's strict mode (on) still
    // refuses an unknown keyword.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ajv ??= new (require('ajv').default as typeof Ajv)({ allErrors: true, validateSchema: false });
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/**
 * Whether a literal value keeps a rule: its schema, then its check where it has one.
 * @internal
 */
export function ruleHolds(rule: InputRule, value: unknown, inputs: InputValues = {}): boolean {
  if (rule.schema && !validatorOf(rule.schema)(value)) return false;
  return rule.check === undefined || rule.check(value, inputs);
}

function shown(rule: InputRule, value: unknown): string {
  if (rule.secret) return value === undefined || value === '' ? 'none' : '"<a secret, not shown>"';
  if (typeof value === 'string' && value.includes('PRIVATE KEY')) return '"<a private key, not shown>"';
  // JSON has no NaN or undefined: show what an untyped caller passed.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value);
}

/**
 * The message for a value that breaks a rule: it names the input, shows the value and says
 * what to write instead. `owner` names the construct (its class and path).
 * @internal
 */
export function invalidInputMessage(owner: string, rule: InputRule, value: unknown, inputs: InputValues = {}): string {
  const name = rule.prop ?? rule.variable;
  const variable = rule.variable === undefined ? '' : ` (module variable ${rule.variable})`;
  const context = (rule.after ?? []).map((input) => ` for ${input} ${JSON.stringify(inputs[input])}`).join('');
  return `${owner}: invalid ${name}${variable}: got ${shown(rule, value)}${context}. Expected ${rule.expectation}`;
}

/**
 * Judges literal values against their rules, in order, and returns a message for each broken
 * rule (none when every rule held). Values that are (or contain) tokens are left to Terraform's
 * validation blocks; a rule that narrows another, or depends on another input, is judged only
 * where what it builds on held.
 * @internal
 */
export function inputProblems(owner: string, rules: InputRule[], inputs: InputValues): string[] {
  const verdicts = new Map<InputRule, Verdict>();
  const problems: string[] = [];
  const inputHeld = (prop: string) => !holdsToken(inputs[prop])
    && rules.every((r) => r.prop !== prop || verdicts.get(r) === 'held');
  for (const rule of rules) {
    const value = rule.prop === undefined ? undefined : inputs[rule.prop];
    let verdict: Verdict;
    if (rule.prop === undefined || holdsToken(value)) verdict = 'unjudged';
    else if (rule.narrows && verdicts.get(rule.narrows) !== 'held') verdict = 'unjudged';
    else if (rule.after && !rule.after.every(inputHeld)) verdict = 'unjudged';
    else if (value === undefined && rule.optional) verdict = 'unjudged';
    else verdict = ruleHolds(rule, value, inputs) ? 'held' : 'broken';
    verdicts.set(rule, verdict);
    if (verdict === 'broken') problems.push(invalidInputMessage(owner, rule, value, inputs));
  }
  return problems;
}

/** A rule's Terraform condition over its variable (the variable's own where it holds something else than the prop). */
function variableCondition(rule: InputRule): string {
  if (rule.variable === undefined) throw new Error(`the rule of ${rule.prop} has no module variable`);
  const ref = `var.${rule.variable}`;
  const refs = Object.fromEntries((rule.after ?? []).map((input) => [input, `var.${input}`]));
  return rule.variableRule ? rule.variableRule.condition(ref) : rule.condition(ref, refs);
}

/**
 * The Terraform validation block of a module variable for a rule. A narrowing rule holds where
 * the rule it narrows does not (that one's message says what is wrong), as at synth time.
 * @internal
 */
export function terraformValidation(rule: InputRule): { condition: string; errorMessage: string } {
  const ref = `var.${rule.variable}`;
  const own = variableCondition(rule);
  const condition = rule.narrows ? `!try(${variableCondition(rule.narrows)}, false) || try(${own}, false)` : own;
  const expectation = rule.variableRule ? rule.variableRule.expectation : rule.expectation;
  const context = (rule.after ?? []).map((input) => ` for ${input} \${jsonencode(var.${input})}`).join('');
  // A secret is named, never shown (Terraform would refuse to print a sensitive value anyway).
  const got = rule.secret ? `${context}: the value is not shown.` : `: got \${jsonencode(${ref})}${context}.`;
  return {
    condition: `\${${condition}}`,
    errorMessage: `Invalid ${rule.variable}${got} Expected ${expectation}`,
  };
}
