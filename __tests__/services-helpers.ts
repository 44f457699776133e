import { InputRule, terraformValidation } from '../lib/validation';
import { tempDir, terraform } from './helpers';

/** The Terraform address (`type.name`) of the one resource of a type whose logical name contains `part`. */
export function addressIn(json: any, type: string, part: string): string {
  const names = Object.keys(json.resource?.[type] ?? {}).filter((n) => n.includes(part));
  if (names.length !== 1) throw new Error(`expected one ${type} named like ${part}, found ${names.length}`);
  return `${type}.${names[0]}`;
}

/**
 * What Terraform makes of the validation blocks of one module variable: `judge(hcl)` is the
 * conjunction of every rule's condition with the variable replaced by the HCL expression `hcl`,
 * and `evaluate` runs such expressions through `terraform console` (offline), one result each.
 */
export function terraformJudge(rules: InputRule[], prefix: string) {
  const dir = tempDir(prefix);
  return {
    judge: (variable: string, hcl: string) => rules.filter((r) => r.variable === variable)
      .map((r) => `(${terraformValidation(r).condition.slice(2, -1)})`).join(' && ')
      .replace(new RegExp(`var\\.${variable}\\b`, 'g'), `(${hcl})`),
    evaluate: (expressions: string[]): string[] => {
      const { status, output } = terraform(['console'], dir, `jsonencode([${expressions.join(', ')}])\n`);
      if (status !== 0) throw new Error(output);
      return (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
    },
  };
}
