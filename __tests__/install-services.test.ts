import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliResult, FakeTools, companionOutputs, decoded, expectNoSecret, fakeTerraform, mode, runCli, spawnOk, yamlDocs } from './install-helpers';

/* eslint-disable @typescript-eslint/no-require-imports */
const { createWorkspace, sshPublicKey } = require('../test-support/terraform/harness');
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '..');

/**
 * The install command on the outputs of a cluster with DigitalOcean's managed services: the
 * harness applies the services fixture (the example's wiring) with its fake providers, and the
 * command, given those gitpod_config and gitpod_secrets beside the companion's other outputs,
 * creates every secret the config names, with the values Terraform computed.
 */
describe('install gitpod --dry-run with managed services', () => {
  let result: CliResult;
  let applied: Record<string, { value: any; sensitive: boolean }>;

  beforeAll(async () => {
    const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-services-key-'));
    fs.writeFileSync(path.join(keyDir, 'id_ed25519.pub'), sshPublicKey());
    const ws = createWorkspace({
      moduleDir: path.join(ROOT, 'test-support', 'terraform', 'fixtures', 'digitalocean-services'), name: 'install-services',
      inputs: { domain_name: 'gitpod.example.com', ssh_public_key_path: path.join(keyDir, 'id_ed25519.pub'), ready_timeout_minutes: 0 },
    });
    try {
      for (const step of [ws.get, ws.applyNow]) {
        const r = await step();
        if (r.code !== 0) throw new Error(`${r.command}\n${r.stdout}\n${r.stderr}`);
      }
      applied = (await ws.output()).json;
    } finally {
      ws.cleanup();
    }
    const companion = JSON.parse(companionOutputs().json);
    const outputs = { ...companion, gitpod_config: applied.gitpod_config, gitpod_secrets: applied.gitpod_secrets };
    const fakes = new FakeTools(['kubectl', 'helm', 'docker']);
    fakeTerraform(fakes, JSON.stringify(outputs));
    result = runCli(['install', 'gitpod', '--dir', fs.mkdtempSync(path.join(os.tmpdir(), 'install-services-outputs-')), '--dry-run'], { fakes, env: { GITPOD_INSTALL_RETRY_MS: '10' } });
    spawnOk(result);
  }, 240_000);

  it('creates the secrets the services name, with the keys the installer checks and the values Terraform computed, mode 0600', () => {
    const file = path.join(result.work, 'gitpod-secrets.yaml');
    expect(mode(file)).toBe(0o600);
    const secrets = Object.fromEntries(yamlDocs(file).map((s) => [s.metadata.name, s]));
    expect(Object.keys(secrets).sort()).toEqual(['container-registry', 'database', 'database-cacert', 'object-storage']);
    for (const [name, data] of Object.entries<Record<string, string>>(applied.gitpod_secrets.value)) {
      expect([name, secrets[name].metadata.namespace, decoded(secrets[name])]).toEqual([name, 'gitpod', data]);
    }
    expect(Object.keys(decoded(secrets.database)).sort()).toEqual(['encryptionKeys', 'host', 'password', 'port', 'username']);
    expect(decoded(secrets.database).port).toMatch(/^[0-9]+$/);
    expect(JSON.parse(decoded(secrets.database).encryptionKeys)[0]).toMatchObject({ name: 'general', version: 1, primary: true });
  });

  it('writes the installer config with the services in it', () => {
    const config = fs.readFileSync(path.join(result.work, 'gitpod.config.yaml'), 'utf8');
    expect(config).toMatch(/database:\n(\s+.*\n)*?\s+inCluster: false/);
    expect(config).toContain('.digitaloceanspaces.com');
  });

  it('prints no credential', () => {
    const values = Object.values<Record<string, string>>(applied.gitpod_secrets.value).flatMap((d) => Object.values(d)).filter((v) => v.length >= 8 && !v.includes('BEGIN CERTIFICATE'));
    expect(values.length).toBeGreaterThan(0);
    expectNoSecret(result, values);
  });
});
