import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './helpers';

/* eslint-disable @typescript-eslint/no-require-imports */
const { createWorkspace, sshPublicKey } = require('../test-support/terraform/harness');
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '..');

/**
 * The plain Terraform examples, with their managed-services switches, are valid Terraform: each is
 * validated by the real CLI against the harness's fake providers (the fixture of the same cloud's
 * services scenario gives the workspace; the cloud's provider schema is its snapshot in
 * provider-schemas/, or for DigitalOcean derived from its installed bindings for the fixture's types).
 */
describe.each([
  ['terraform-digitalocean', 'digitalocean-services'],
  ['terraform-azure', 'azure-services'],
  ['terraform-hetzner', 'hetzner-services'],
])('examples/%s', (example, fixture) => {
  it('validates, services module included', () => {
    const ws = createWorkspace({ moduleDir: path.join(ROOT, 'test-support', 'terraform', 'fixtures', fixture), name: `example-${example}` });
    try {
      // The example as a user has it: examples/<name>/ beside modules/, and a key in ~/.ssh.
      const home = tempDir('example-home-');
      fs.mkdirSync(path.join(home, 'examples', example), { recursive: true });
      fs.symlinkSync(path.join(ROOT, 'modules'), path.join(home, 'modules'));
      fs.copyFileSync(path.join(ROOT, 'examples', example, 'main.tf'), path.join(home, 'examples', example, 'main.tf'));
      fs.mkdirSync(path.join(home, '.ssh'));
      fs.writeFileSync(path.join(home, '.ssh', 'id_ed25519.pub'), sshPublicKey());
      const cwd = path.join(home, 'examples', example);
      const env = {
        ...process.env, HOME: home, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: path.join(ws.dir, 'cli.tfrc'), TF_FAKE_SCHEMA_DIR: path.join(ws.dir, 'schemas'),
        TF_FAKE_PROVIDER_STATE: path.join(home, 'fake-provider'), TF_FAKE_PROVIDER_LOG: path.join(home, 'fake-provider.log'),
      };
      execFileSync('terraform', ['get', '-no-color'], { cwd, env, stdio: 'pipe' });
      const result = JSON.parse(execFileSync('terraform', ['validate', '-json', '-no-color'], { cwd, env, encoding: 'utf8', stdio: 'pipe' }));
      expect(result.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
      expect(result.valid).toBe(true);
    } finally {
      ws.cleanup();
    }
  });
});
