// Checks what `npm run package` built in dist/<package>/ (the test command runs it before
// jest) for every jsii package, the core and one per cloud: the Python and Go code that
// jsii-pacmak generated, the npm tarball they embed, API.md, and that a cloud's package
// carries and requires nothing of another cloud.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLOUD_NAMES, cloudEntry, cloudPackage } from '../lib/clouds';
import { tempDir } from './helpers';
import { CLOUD_PACKAGES, CORE, JsiiPackage, PACKAGES, assembly, distDir, distTarball } from './packages';

function filesUnder(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, suffix) : e.name.endsWith(suffix) ? [full] : [];
  });
}

const cloudOf = (p: JsiiPackage) => cloudEntry(p.name.slice(CORE.name.length + 1));

/** The npm packages a cloud's constructs may build on: the core, the framework, random and the registry's provider of that cloud. */
function allowedPeers(cloud: JsiiPackage): string[] {
  return ['cdktf', 'constructs', CORE.name, '@cdktf/provider-random', `@cdktf/provider-${cloudOf(cloud).provider.name}`];
}

/** The other clouds' package names, provider packages and bindings' namespaces. */
function foreign(cloud: JsiiPackage): string[] {
  const others = CLOUD_PACKAGES.filter((p) => p !== cloud);
  return others.flatMap((p) => [p.name, ...Object.keys(p.pkg.peerDependencies).filter((d) => d.startsWith('@cdktf/provider-') && d !== '@cdktf/provider-random' && !(d in cloud.pkg.peerDependencies))]);
}

const tarList = (p: JsiiPackage) => execFileSync('tar', ['-tvzf', distTarball(p)], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('jsii packages', () => {
  it('there is one package per cloud of the registry, named after the core', () => {
    expect(CLOUD_PACKAGES.map((p) => p.name).sort()).toEqual(CLOUD_NAMES.map((c) => cloudPackage(c)).sort());
    for (const p of CLOUD_PACKAGES) expect([p.name, p.pkg.version]).toEqual([p.name, CORE.pkg.version]);
    // The core compiles none of a cloud's files: each is its package's.
    expect(CORE.pkg.jsii.excludeTypescript).toEqual(expect.arrayContaining(CLOUD_PACKAGES.map((p) => path.relative(CORE.dir, p.dir))));
  });

  it.each(PACKAGES.map((p) => [p.name, p] as const))('%s: each assembly holds only its own types', (_name, p) => {
    const types = Object.keys(assembly(p).types);
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((fqn) => !fqn.startsWith(`${p.name}.`))).toEqual([]);
  });

  it('the core depends on no cloud package and no cloud provider', () => {
    const deps = Object.keys(assembly(CORE).dependencyClosure ?? {});
    const providers = CLOUD_PACKAGES.flatMap((p) => Object.keys(p.pkg.peerDependencies)).filter((d) => d.startsWith('@cdktf/provider-') && d !== '@cdktf/provider-random');
    expect(deps.filter((d) => providers.includes(d) || d.startsWith(`${CORE.name}-`))).toEqual([]);
    expect(Object.keys(CORE.pkg.peerDependencies).filter((d) => providers.includes(d))).toEqual([]);
  });

  it.each(CLOUD_PACKAGES.map((p) => [p.name, p] as const))('%s: peers on the core, the framework and its own provider only', (_name, p) => {
    expect(Object.keys(p.pkg.peerDependencies).filter((d) => !allowedPeers(p).includes(d))).toEqual([]);
    expect(p.pkg.peerDependencies[CORE.name]).toBe(`^${CORE.pkg.version}`);
    const closure = Object.keys(assembly(p).dependencyClosure ?? {});
    expect(closure.filter((d) => foreign(p).includes(d))).toEqual([]);
    // The registry's provider is the one whose bindings the package uses (generated in gen/, or a prebuilt package).
    const provider = cloudOf(p).provider;
    const prebuilt = Object.keys(p.pkg.peerDependencies).filter((d) => d.startsWith('@cdktf/provider-') && d !== '@cdktf/provider-random');
    expect(prebuilt.length ? prebuilt : [fs.existsSync(path.join(p.dir, 'gen', 'provider', 'index.ts'))]).toEqual(prebuilt.length ? [`@cdktf/provider-${provider.name}`] : [true]);
  });

  it.each(PACKAGES.map((p) => [p.name, p] as const))('%s, Python: named as package.json says, requiring no other cloud, and every file compiles', (_name, p) => {
    const { distName, module } = p.pkg.jsii.targets.python;
    const dir = distDir(p, 'python');
    const setup = fs.readFileSync(path.join(dir, 'setup.py'), 'utf8');
    expect(setup).toContain(`"name": "${distName}"`);
    const requires = JSON.parse(setup.match(/"install_requires": (\[[^\]]*\])/)![1]).map((r: string) => r.split(/[<>=]/)[0]);
    // Exactly the providers it peers on, and of this project's packages the core only.
    const providers = Object.keys(p.pkg.peerDependencies).filter((d) => d.startsWith('@cdktf/provider-')).map((d) => `cdktf-cdktf-provider-${d.slice('@cdktf/provider-'.length)}`);
    expect(requires.filter((r: string) => r.startsWith('cdktf-cdktf-provider-')).sort()).toEqual(providers.sort());
    expect(requires.filter((r: string) => r.startsWith(CORE.name))).toEqual(p === CORE ? [] : [CORE.pkg.jsii.targets.python.distName]);
    const moduleDir = path.join(dir, 'src', module);
    expect(fs.existsSync(path.join(moduleDir, '__init__.py'))).toBe(true);
    expect(filesUnder(path.join(moduleDir, '_jsii'), '.jsii.tgz')).toHaveLength(1);
    execFileSync('python3', ['-m', 'compileall', '-q', path.join(dir, 'src')], { stdio: 'pipe' });
    const init = fs.readFileSync(path.join(moduleDir, '__init__.py'), 'utf8');
    for (const type of Object.values<any>(assembly(p).types).filter((t) => t.kind === 'class' && !t.namespace)) {
      expect(init).toMatch(new RegExp(`class ${type.name}\\(`));
    }
    // The embedded copy is the npm tarball.
    const [embedded] = filesUnder(path.join(moduleDir, '_jsii'), '.jsii.tgz');
    expect(fs.readFileSync(embedded).equals(fs.readFileSync(distTarball(p)))).toBe(true);
  });

  it.each(PACKAGES.map((p) => [p.name, p] as const))('%s, Go: a complete module at the expected path, requiring no other cloud', (_name, p) => {
    const { moduleName, packageName } = p.pkg.jsii.targets.go;
    const dir = path.join(distDir(p, 'go'), packageName);
    const goMod = fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
    expect(goMod).toMatch(new RegExp(`^module ${moduleName}/${packageName}$`, 'm'));
    const others = CLOUD_PACKAGES.filter((c) => c !== p).map((c) => `${moduleName}/${c.pkg.jsii.targets.go.packageName}`);
    expect(others.filter((m) => goMod.includes(m))).toEqual([]);
    // Of the providers, those it peers on (required directly) and the core's (indirectly), no other.
    const providerOf = (q: JsiiPackage) => Object.keys(q.pkg.peerDependencies).filter((d) => d.startsWith('@cdktf/provider-')).map((d) => d.slice('@cdktf/provider-'.length));
    const required = [...goMod.matchAll(/cdktf-provider-([a-z]+)-go/g)].map((m) => m[1]);
    expect([...new Set(required)].sort()).toEqual([...new Set([...providerOf(p), ...providerOf(CORE)])].sort());
    if (p !== CORE) expect(goMod).toContain(`${moduleName}/${CORE.pkg.jsii.targets.go.packageName} `);
    const goFiles = filesUnder(dir, '.go');
    expect(goFiles.length).toBeGreaterThan(3);
    for (const file of goFiles.filter((f) => path.dirname(f) === dir)) {
      expect([path.basename(file), new RegExp(`^package ${packageName}$`, 'm').test(fs.readFileSync(file, 'utf8'))]).toEqual([path.basename(file), true]);
    }
    for (const type of Object.values<any>(assembly(p).types).filter((t) => t.kind === 'class' && !t.namespace)) {
      expect(fs.existsSync(path.join(dir, `${type.name}.go`))).toBe(true);
    }
    expect(filesUnder(path.join(dir, 'jsii'), '.tgz')).toHaveLength(1);
  });

  it('the bindings a cloud generates are in its own package, as a namespace of it', () => {
    for (const p of CLOUD_PACKAGES.filter((c) => fs.existsSync(path.join(c.dir, 'gen')))) {
      const submodules = Object.keys(assembly(p).submodules ?? {});
      expect(submodules.length).toBeGreaterThan(10);
      expect(submodules.every((s) => s.startsWith(`${p.name}.`))).toBe(true);
    }
    expect(Object.keys(assembly(CORE).submodules ?? {})).toEqual([]);
  });

  it.each(PACKAGES.map((p) => [p.name, p] as const))('%s: the npm tarball holds its own files, no other package\'s', (_name, p) => {
    const files = tarList(p).map((l) => l.split(/\s+/).pop()!.replace(/^package\//, ''));
    for (const required of ['package.json', '.jsii', 'README.md', 'API.md', p.pkg.main]) expect(files).toContain(required);
    if (p === CORE) {
      expect(files.filter((f) => CLOUD_PACKAGES.some((c) => f.startsWith(`${path.relative(CORE.dir, c.dir)}/`)))).toEqual([]);
    } else {
      expect(files.filter((f) => f.startsWith('node_modules/') || f.startsWith('dist/'))).toEqual([]);
    }
  });

  it('every console script is packed executable, in the tarball Python and Go users run it from', () => {
    const listing = tarList(CORE);
    const bins = Object.values<string>(CORE.pkg.bin);
    expect(bins.length).toBeGreaterThan(0);
    for (const file of bins) {
      const line = listing.find((l) => l.endsWith(` package/${file}`));
      expect([file, line?.slice(0, 10)]).toEqual([file, '-rwxr-xr-x']);
    }
    for (const p of CLOUD_PACKAGES) expect(p.pkg.bin).toBeUndefined();
  });

  it.each(PACKAGES.map((p) => [p.name, p] as const))('%s: API.md is what jsii-docgen writes from the current TSDoc (run `npm run docgen` and commit)', (name, p) => {
    const fresh = path.join(tempDir('docgen-'), 'API.md');
    execFileSync(process.execPath, [path.join(CORE.dir, 'scripts', 'docgen.js'), name, '-o', fresh], { cwd: CORE.dir, stdio: 'pipe' });
    expect(fs.readFileSync(path.join(p.dir, 'API.md'), 'utf8')).toBe(fs.readFileSync(fresh, 'utf8'));
  });

  it('every optional prop of a public struct documents its default', () => {
    const missing: string[] = [];
    for (const p of PACKAGES) {
      for (const type of Object.values<any>(assembly(p).types)) {
        // Generated provider bindings document their own (Terraform's) defaults.
        if (type.kind !== 'interface' || !type.datatype || type.locationInModule?.filename.startsWith('gen/')) continue;
        for (const prop of type.properties ?? []) {
          if (prop.optional && prop.docs?.default === undefined) missing.push(`${type.fqn}.${prop.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
