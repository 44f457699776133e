import { tempDir, terraform } from './helpers';

/**
 * Evaluates expressions of a synthesized stack or module with real Terraform
 * (`terraform console`), offline: `local.<name>` becomes the stack's local value, and the
 * given references (`var.size`, `terraform.workspace`, ...) become literal values.
 * Resource attributes cannot be evaluated this way; the expressions must not use them.
 */
export function evaluateExpressions(json: any, expressions: string[], values: Record<string, unknown> = {}): unknown[] {
  const substitutions: Array<[string, unknown]> = [
    ...Object.entries<unknown>(json.locals ?? {}).map(([name, value]) => [`local.${name}`, value] as [string, unknown]),
    ...Object.entries(values),
  ].sort((a, b) => b[0].length - a[0].length);
  const bodies = expressions.map((expression) => {
    const match = /^\$\{([\s\S]*)\}$/.exec(expression);
    let body = match ? match[1] : JSON.stringify(expression);
    // A local that is an expression (`${...}`) goes in as that expression; locals may refer to locals.
    for (let pass = 0; pass === 0 || (pass < 10 && /\blocal\./.test(body)); pass++) {
      for (const [reference, value] of substitutions) {
        const escaped = reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const inner = typeof value === 'string' ? /^\$\{([\s\S]*)\}$/.exec(value) : null;
        body = body.replace(new RegExp(`${escaped}(?![A-Za-z0-9_-])`, 'g'), () => `(${inner ? inner[1] : JSON.stringify(value)})`);
      }
    }
    return body;
  });
  const dir = tempDir('tf-eval-');
  // The console prints only its last input's value: ask for one JSON list of them all.
  const { status, output } = terraform(['console'], dir, `jsonencode([${bodies.join(', ')}])\n`);
  if (status !== 0) throw new Error(`terraform console failed for:\n${bodies.join('\n')}\n${output}`);
  return JSON.parse(JSON.parse(output.trim()));
}
