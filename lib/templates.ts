import * as fs from 'fs';
import * as path from 'path';

/** The templates folder ships beside lib/ in the package. */
const TEMPLATES_DIR = path.join(__dirname, '..', 'templates');

const cache = new Map<string, string>();

/**
 * The text of a file in templates/, read once per process.
 * @internal
 */
export function template(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * Escapes Terraform template sequences so that a literal string (a shell script, say)
 * reaches Terraform unchanged when it is written as a plain attribute value.
 * @internal
 */
export function terraformLiteral(text: string): string {
  // Function replacers: in a replacement string, `$$` would itself mean one `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
