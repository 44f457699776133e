import * as fs from 'fs';
import * as path from 'path';
import { tempDir, terraform } from './helpers';

/** A resource reference in a module's expressions and the value that stands in for it. */
export type StandIn = [RegExp, string];

/**
 * Evaluates expressions of a synthesized module with real Terraform, offline: the module's
 * variables (without validation) and locals are written beside the expressions, resource
 * references are replaced by stand-in values, and `terraform console` computes them. What
 * Terraform would compute at plan time for the size-dependent parts, and whether it can.
 *
 * @param module the module JSON (modules/<cloud>/main.tf.json)
 * @param expressions attribute values as they appear in the module (templates such as `${...}`)
 * @param vars variable values, as HCL expressions (e.g. `{ size = "\"medium\"" }`)
 * @param standIns replacements for resource references
 */
export function evaluateInModule(module: any, expressions: string[], vars: Record<string, string>, standIns: StandIn[]): unknown[] {
  const dir = tempDir('module-eval-');
  const variables = Object.fromEntries(Object.entries<any>(module.variable).map(([name, v]) => {
    // Without validation, and not sensitive: the console would hide every value derived from it.
    const { validation: _validation, sensitive: _sensitive, ...rest } = v;
    return [name, rest];
  }));
  const exprs = Object.fromEntries(expressions.map((e, i) => [`expr_${i}`, standIns.reduce((text, [from, to]) => text.replace(from, to), e)]));
  for (const [name, text] of Object.entries(exprs)) {
    const left = /\b(digitalocean|hcloud|tls|random|terraform)_[a-z_]+\.[A-Za-z0-9_-]+/.exec(text);
    if (left) throw new Error(`${name} still refers to ${left[0]}: add a stand-in`);
  }
  // Locals may refer to resources too (the autoscaler's, say): the same stand-ins, then a string for any other.
  const locals = Object.fromEntries(Object.entries<unknown>(module.locals ?? {}).map(([name, value]) => [name, standInLocal(value, standIns)]));
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: variables, locals: { ...locals, ...exprs } }));
  fs.writeFileSync(path.join(dir, 'terraform.tfvars'), Object.entries(vars).map(([k, v]) => `${k} = ${v}\n`).join(''));
  const { status, output } = terraform(['console'], dir, `jsonencode([${expressions.map((_, i) => `local.expr_${i}`).join(', ')}])\n`);
  // The console may print an error and still exit 0: only a JSON answer is an answer.
  try {
    if (status === 0) return JSON.parse(JSON.parse(output.trim()));
  } catch {
    // reported below
  }
  throw new Error(`terraform console could not evaluate the expressions:\n${output.replace(/\x1b\[[0-9;]*m/g, '')}`);
}

/** A resource attribute reference inside an expression. */
const RESOURCE_REFERENCE = /\b(digitalocean|hcloud|tls|random|azurerm|scaleway|terraform)_[a-z_]+\.[A-Za-z0-9_-]+(\[[^\]]*\])?(\.[a-z_][a-z0-9_]*)+/g;

/** A local's value with the stand-ins applied, and any other resource reference as the string "stand-in" (a splat as a list of it). */
function standInLocal(value: unknown, standIns: StandIn[]): unknown {
  if (typeof value === 'string') {
    // A splat (`resource[*].attribute`) is a list: a list stands in for it.
    return standIns.reduce((text, [from, to]) => text.replace(from, to), value)
      .replace(RESOURCE_REFERENCE, (reference) => (reference.includes('[*]') ? '["stand-in"]' : '"stand-in"'));
  }
  if (Array.isArray(value)) return value.map((v) => standInLocal(v, standIns));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, standInLocal(v, standIns)]));
  return value;
}

/** Repeats a value `count` times, as an HCL list. */
export function hclList(value: string, count: number): string {
  return `[${Array.from({ length: count }, () => JSON.stringify(value)).join(', ')}]`;
}
