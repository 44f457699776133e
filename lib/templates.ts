import * as fs from 'fs';
import * as path from 'path';
import { Fn } from './fn';

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

/**
 * A shell script as the nodes get it: its comment lines and blank lines left out (not inside
 * a here-document), so that the explanations in templates/ cost no user data (Hetzner allows
 * 32 KiB, and the first manager of `large` carries every pool's cloud-config too).
 * Other files are shipped as they are.
 * @internal
 */
export function shipped(name: string): string {
  const text = template(name);
  if (!name.endsWith('.sh')) return text;
  const kept: string[] = [];
  let hereDocEnd: string | undefined;
  text.split('\n').forEach((line, i) => {
    if (hereDocEnd !== undefined) {
      kept.push(line);
      if (line === hereDocEnd) hereDocEnd = undefined;
      return;
    }
    if (i > 0 && (line.trim() === '' || line.trim().startsWith('#'))) return;
    kept.push(line);
    const hereDoc = /<<-?\s*['"]?(\w+)['"]?\s*$/.exec(line);
    if (hereDoc) hereDocEnd = hereDoc[1];
  });
  return `${kept.join('\n')}\n`;
}

/**
 * A script of templates/ as a gzip+base64 write_files entry, compressed by Terraform
 * (`base64gzip`, the same bytes wherever it runs): for the steps of some nodes only, which
 * would otherwise push the first manager of Hetzner `large` past its 32 KiB of user data.
 * @internal
 */
export function compressedTemplateFile(path: string, name: string, permissions: string): Record<string, unknown> {
  // Through base64: a script's quotes, backslashes and `${` would not survive as a function argument.
  const text = Fn.base64decode(Buffer.from(shipped(name)).toString('base64'));
  return { path, permissions, owner: 'root:root', encoding: 'gz+b64', content: Fn.base64gzip(text) };
}

/** A file of templates/ as a base64 write_files entry of cloud-config: scripts then need no escaping anywhere. @internal */
export function templateFile(path: string, name: string, permissions: string): Record<string, unknown> {
  return { path, permissions, owner: 'root:root', encoding: 'b64', content: Buffer.from(shipped(name)).toString('base64') };
}
