// Checks what `npm run package` built in dist/ (the test command runs it before jest):
// the Python and Go code that jsii-pacmak generated, API.md, and the public API driven
// through the jsii kernel, which is what the Python and Go runtimes talk to.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './helpers';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function filesUnder(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, suffix) : e.name.endsWith(suffix) ? [full] : [];
  });
}

describe('jsii packages', () => {
  it('Python: the distribution and module are named as package.json says, and every file compiles', () => {
    const { distName, module } = pkg.jsii.targets.python;
    const pyproject = fs.readFileSync(path.join(DIST, 'python', 'setup.py'), 'utf8');
    expect(pyproject).toContain(`"name": "${distName}"`);
    const moduleDir = path.join(DIST, 'python', 'src', module);
    expect(fs.existsSync(path.join(moduleDir, '__init__.py'))).toBe(true);
    expect(fs.existsSync(path.join(moduleDir, 'hcloud', '__init__.py'))).toBe(true);
    expect(filesUnder(path.join(moduleDir, '_jsii'), '.jsii.tgz')).toHaveLength(1);
    execFileSync('python3', ['-m', 'compileall', '-q', path.join(DIST, 'python', 'src')], { stdio: 'pipe' });
    const init = fs.readFileSync(path.join(moduleDir, '__init__.py'), 'utf8');
    expect(init).toMatch(/class HetznerGitpodCluster\(/);
    expect(init).toMatch(/class ClusterSize\(/);
  });

  it('Go: a complete module at the expected path, with the embedded assembly', () => {
    const { moduleName, packageName } = pkg.jsii.targets.go;
    const dir = path.join(DIST, 'go', packageName);
    expect(fs.readFileSync(path.join(dir, 'go.mod'), 'utf8')).toMatch(new RegExp(`^module ${moduleName}/${packageName}$`, 'm'));
    const goFiles = filesUnder(dir, '.go');
    expect(goFiles.length).toBeGreaterThan(10);
    for (const file of goFiles.filter((f) => path.dirname(f) === dir)) {
      expect([path.basename(file), /^package gitpodselfhosted$/m.test(fs.readFileSync(file, 'utf8'))]).toEqual([path.basename(file), true]);
    }
    expect(fs.existsSync(path.join(dir, 'HetznerGitpodCluster.go'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'hcloud'))).toBe(true);
    expect(filesUnder(path.join(dir, 'jsii'), '.tgz')).toHaveLength(1);
  });

  it('every console script is packed executable, in the tarball Python and Go users run it from', () => {
    const [tarball] = filesUnder(path.join(DIST, 'js'), '.jsii.tgz');
    const listing = execFileSync('tar', ['-tvzf', tarball], { encoding: 'utf8' }).split('\n');
    const bins = Object.values<string>(pkg.bin);
    expect(bins.length).toBeGreaterThan(0);
    for (const file of bins) {
      const line = listing.find((l) => l.endsWith(` package/${file}`));
      expect([file, line?.slice(0, 10)]).toEqual([file, '-rwxr-xr-x']);
    }
    // The embedded copies are the same tarball.
    const [python] = filesUnder(path.join(DIST, 'python', 'src', pkg.jsii.targets.python.module, '_jsii'), '.jsii.tgz');
    expect(fs.readFileSync(python).equals(fs.readFileSync(tarball))).toBe(true);
  });

  it('API.md is what jsii-docgen writes from the current TSDoc (run `npm run docgen` and commit)', () => {
    const fresh = path.join(tempDir('docgen-'), 'API.md');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'docgen.js'), '-o', fresh], { cwd: ROOT, stdio: 'pipe' });
    expect(fs.readFileSync(path.join(ROOT, 'API.md'), 'utf8')).toBe(fs.readFileSync(fresh, 'utf8'));
  });

  it('every optional prop of a public struct documents its default', () => {
    const assembly = JSON.parse(fs.readFileSync(path.join(ROOT, '.jsii'), 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values<any>(assembly.types)) {
      // Generated provider bindings document their own (Terraform's) defaults.
      if (type.kind !== 'interface' || !type.datatype || type.locationInModule?.filename.startsWith('lib/gen/')) continue;
      for (const prop of type.properties ?? []) {
        if (prop.optional && prop.docs?.default === undefined) missing.push(`${type.fqn}.${prop.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
