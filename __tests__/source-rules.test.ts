import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';
import { HOST_SSH_PORT } from '../lib/firewall';
import { CLOUD_PACKAGES, CORE } from './packages';

const ROOT = path.join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // gen: generated bindings; node_modules: what `npm install` in an example folder leaves
    if (entry.isDirectory()) return ['gen', 'node_modules'].includes(entry.name) ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Imports that load a whole provider package: requiring @cdktf/provider-azurerm through
 * its index cost about 6 s and 420 MB, one resource from its own path about 0.2 s. A cloud's
 * generated bindings (constructs/<cloud>/gen) are held to the same rule.
 * Static imports, re-exports, require() and import() with either quote are caught.
 */
export function indexImports(source: string): string[] {
  const found: string[] = [];
  const target = `(@cdktf/provider-[a-z0-9-]+|[./]*gen|cdktf-gitpod-self-hosted-[a-z]+/gen)/?`;
  const pattern = new RegExp(`(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*)(['"])${target}\\1`, 'g');
  for (const match of source.matchAll(pattern)) found.push(match[2]);
  return found;
}

describe('source rules', () => {
  it('detects an index import and lets a deep import pass (the rule bites)', () => {
    expect(indexImports("import { x } from '@cdktf/provider-azurerm';")).toEqual(['@cdktf/provider-azurerm']);
    expect(indexImports("import { x } from './gen';")).toEqual(['./gen']);
    expect(indexImports("import { x } from 'cdktf-gitpod-self-hosted-hetzner/gen/';")).toEqual(['cdktf-gitpod-self-hosted-hetzner/gen']);
    expect(indexImports("import { HcloudProvider } from 'cdktf-gitpod-self-hosted-hetzner/gen/provider';")).toEqual([]);
    expect(indexImports("import { x } from '@cdktf/provider-azurerm/lib/linux-virtual-machine';")).toEqual([]);
    expect(indexImports("import { Server } from './gen/server';")).toEqual([]);
    expect(indexImports('import { Lb } from "@cdktf/provider-azurerm";')).toEqual(['@cdktf/provider-azurerm']);
    expect(indexImports("const azurerm = require('@cdktf/provider-azurerm');")).toEqual(['@cdktf/provider-azurerm']);
    expect(indexImports("const azurerm = await import('@cdktf/provider-azurerm/');")).toEqual(['@cdktf/provider-azurerm']);
    expect(indexImports("export * from '@cdktf/provider-azurerm';")).toEqual(['@cdktf/provider-azurerm']);
    expect(indexImports("import { Lb } from '@cdktf/provider-azurerm/lib/lb';\nconst x = require('@cdktf/provider-tls/lib/private-key');")).toEqual([]);
  });

  it('constructs, building blocks and examples import every provider resource from its own path', () => {
    const files = [...sourceFiles(path.join(ROOT, 'lib')), ...sourceFiles(path.join(ROOT, 'constructs')), ...sourceFiles(path.join(ROOT, 'examples'))];
    expect(files.some((f) => f.includes(path.join('constructs', 'azure')))).toBe(true);
    const offenders = files
      // The packages' entry points: the core's, and each cloud's, whose namespace is its bindings.
      .filter((file) => !file.endsWith(path.join('lib', 'index.ts')) && !/constructs[\\/][a-z]+[\\/]index\.ts$/.test(file))
      .flatMap((file) => indexImports(fs.readFileSync(file, 'utf8')).map((i) => `${path.relative(ROOT, file)}: ${i}`));
    expect(offenders).toEqual([]);
  });

  it("the library takes Fn from lib/fn (whose calls keep their rendering), never from cdktf", () => {
    const files = [...sourceFiles(path.join(ROOT, 'lib')), ...sourceFiles(path.join(ROOT, 'constructs'))];
    const fromCdktf = /import\s*\{[^}]*\bFn\b[^}]*\}\s*from\s*['"]cdktf['"]/;
    expect(fromCdktf.test("import { Annotations, Fn, Token } from 'cdktf';")).toBe(true);
    expect(fromCdktf.test("import { Fn } from '../lib/fn';\nimport { FnGenerated, Token } from 'cdktf';")).toBe(false);
    const offenders = files.filter((file) => file !== path.join(ROOT, 'lib', 'fn.ts') && fromCdktf.test(fs.readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it('loading the packages and synthesizing every module loads no provider package index (nothing is timed)', () => {
    // A fresh process, so that nothing this test file loaded counts. Runs the built JavaScript.
    const script = `
      const { synthesizeModules } = require('./lib/module-synth');
      require('./lib/index');
      for (const { name } of require('./scripts/packages').packages()) require(name);
      synthesizeModules();
      const loaded = Object.keys(require.cache);
      console.log(JSON.stringify({
        indexes: loaded.filter((f) => /@cdktf[\\\\/]provider-[a-z0-9-]+[\\\\/]lib[\\\\/]index\\.js$/.test(f)),
        digitalocean: loaded.filter((f) => f.includes('provider-digitalocean')).length,
      }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(result.indexes).toEqual([]);
    // The rule has something to check: the DigitalOcean module (the one cloud on a prebuilt
    // provider package) did load its resources, one file each.
    expect(result.digitalocean).toBeGreaterThan(5);
  });

  it.each([CORE, ...CLOUD_PACKAGES].map((p) => [p.name, p] as const))('%s imports only the packages its package.json declares', (_name, p) => {
    const files = p === CORE
      ? [...sourceFiles(path.join(ROOT, 'lib')), ...sourceFiles(path.join(ROOT, 'constructs'))].filter((f) => !CLOUD_PACKAGES.some((c) => f.startsWith(c.dir + path.sep)))
      : [...sourceFiles(p.dir), ...(fs.existsSync(path.join(p.dir, 'gen')) ? [path.join(p.dir, 'gen', 'index.ts')] : [])];
    const declared = new Set([p.name, ...Object.keys({ ...p.pkg.peerDependencies, ...p.pkg.dependencies })]);
    const used = files.flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|(?<![.\w])require\s*\(\s*)'([^'.][^']*)'/g)]
      .map((m) => m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0])
      .filter((name) => !builtinModules.includes(name))
      .map((name) => `${path.relative(ROOT, file)}: ${name}`));
    expect(files.length).toBeGreaterThan(2);
    expect(used.filter((u) => !declared.has(u.split(': ')[1]))).toEqual([]);
  });

  it('the shell templates pass shellcheck', () => {
    const scripts = fs.readdirSync(path.join(ROOT, 'templates')).filter((f) => f.endsWith('.sh')).map((f) => path.join(ROOT, 'templates', f));
    expect(scripts.length).toBeGreaterThan(3);
    expect(execFileSync('shellcheck', ['--severity=style', ...scripts], { encoding: 'utf8' })).toBe('');
  });

  it('sshd listens where the firewall and the manager load balancer expect it', () => {
    const sshd = fs.readFileSync(path.join(ROOT, 'templates', 'sshd-gitpod.conf'), 'utf8');
    expect(sshd).toMatch(new RegExp(`^Port ${HOST_SSH_PORT}$`, 'm'));
  });
});
