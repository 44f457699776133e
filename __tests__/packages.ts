// The jsii packages of the checkout (the core, then one per cloud), as scripts/packages.js
// finds them, and what `npm run package` built for each in dist/<package>/.
import * as fs from 'fs';
import * as path from 'path';

export interface JsiiPackage {
  readonly dir: string;
  readonly name: string;
  readonly pkg: any;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PACKAGES: JsiiPackage[] = require('../scripts/packages').packages();
export const CORE = PACKAGES[0];
export const CLOUD_PACKAGES = PACKAGES.slice(1);

/** A package's built assembly. */
export function assembly(p: JsiiPackage): any {
  return JSON.parse(fs.readFileSync(path.join(p.dir, '.jsii'), 'utf8'));
}

/** Every type of every package's assembly, by FQN. */
export function allTypes(): Record<string, any> {
  return Object.assign({}, ...PACKAGES.map((p) => assembly(p).types));
}

/** What `npm run package` built for one package and one target (js, python, go). */
export function distDir(p: JsiiPackage, target: string): string {
  return path.join(CORE.dir, 'dist', p.name, target);
}

/** The package's npm tarball, which the Python and Go packages embed. */
export function distTarball(p: JsiiPackage): string {
  const dir = distDir(p, 'js');
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.jsii.tgz'));
  if (!file) throw new Error(`no tarball in ${dir}: run npm run package`);
  return path.join(dir, file);
}
