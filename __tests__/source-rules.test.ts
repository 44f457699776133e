import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { HOST_SSH_PORT } from '../lib/firewall';

const ROOT = path.join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gen' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Imports that load a whole provider package: requiring @cdktf/provider-azurerm through
 * its index costs about 6 s and 420 MB, one resource from its own path about 0.2 s.
 */
export function indexImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /from\s+'(@cdktf\/provider-[a-z0-9-]+|[./]*(?:lib\/)?gen\/[a-z0-9-]+)'/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

describe('source rules', () => {
  it('detects an index import and lets a deep import pass (the rule bites)', () => {
    expect(indexImports("import { x } from '@cdktf/provider-azurerm';")).toEqual(['@cdktf/provider-azurerm']);
    expect(indexImports("import { x } from '../../lib/gen/hcloud';")).toEqual(['../../lib/gen/hcloud']);
    expect(indexImports("import { x } from '@cdktf/provider-azurerm/lib/linux-virtual-machine';")).toEqual([]);
    expect(indexImports("import { Server } from '../../lib/gen/hcloud/server';")).toEqual([]);
  });

  it('constructs and building blocks import every provider resource from its own path', () => {
    const offenders = [...sourceFiles(path.join(ROOT, 'lib')), ...sourceFiles(path.join(ROOT, 'constructs'))]
      .filter((file) => !file.endsWith(path.join('lib', 'index.ts')))
      .flatMap((file) => indexImports(fs.readFileSync(file, 'utf8')).map((i) => `${path.relative(ROOT, file)}: ${i}`));
    expect(offenders).toEqual([]);
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
