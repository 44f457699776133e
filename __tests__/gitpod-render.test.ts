import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as YAML from 'yaml';
import {
  Dns01Solver, GitpodInstallation, GitpodInstallationOutputs, GitpodSecret, InstallationManifests, RenderedInstallation,
} from '../lib';
import { encryptionKeysJson } from '../lib/gitpod/secret';
import { StubCluster, tempDir, terraform } from './helpers';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'lib', 'gitpod', 'manifests-cli.js');

function kinds(rendered: RenderedInstallation): string[] {
  return rendered.manifests.map((m) => `${m.kind}/${m.metadata.namespace ?? '-'}/${m.metadata.name}`);
}

function decoded(secret: any): Record<string, string> {
  return Object.fromEntries(Object.entries<string>(secret.data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

describe('InstallationManifests.render', () => {
  const values = {
    certManager: {
      secrets: { 'cloudflare-solver': { apiToken: 'cf-token' } },
      cluster_issuer: { spec: { acme: { email: 'admin@example.com', solvers: [{ dns01: { cloudflare: { apiTokenSecretRef: { name: 'cloudflare-solver', key: 'apiToken' } } } }] } } },
    },
    domainName: 'gitpod.example.com',
    gitpodConfig: { domain: 'gitpod.example.com', workspace: { runtime: { fsShiftMethod: 'fuse' } }, blockNewUsers: { enabled: true, passlist: ['example.com'] } },
    // The old Azure example wrote the port as a number; the step passes values through `jq -r`.
    gitpodSecrets: { database: { host: 'db.example.com', port: 3306, username: 'gitpod', password: 'pw', encryptionKeys: '[]' } },
  };
  const rendered = InstallationManifests.render(values);

  it('renders the objects the installation step applies, in its order, with their kinds, names and namespaces', () => {
    expect(kinds(rendered)).toEqual([
      'Namespace/-/gitpod',
      'Secret/cert-manager/cloudflare-solver',
      'ClusterIssuer/-/gitpod-issuer',
      'Certificate/gitpod/https-certificates',
      'Secret/gitpod/database',
    ]);
  });

  it('writes multi-document YAML that parses back to the same objects', () => {
    const docs = YAML.parseAllDocuments(rendered.manifestsYaml).map((d) => d.toJS());
    expect(docs).toEqual(rendered.manifests);
    expect(docs.map((d) => d.apiVersion)).toEqual(['v1', 'v1', 'cert-manager.io/v1', 'cert-manager.io/v1', 'v1']);
  });

  it('merges cluster_issuer over the base ClusterIssuer: account key, Let\'s Encrypt production, the solvers', () => {
    const issuer = rendered.manifests[2];
    expect(issuer.spec.acme).toEqual({
      privateKeySecretRef: { name: 'issuer-account-key' },
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'admin@example.com',
      solvers: values.certManager.cluster_issuer.spec.acme.solvers,
    });
  });

  it('issues https-certificates from gitpod-issuer for the domain and both wildcards', () => {
    expect(rendered.manifests[3].spec).toEqual({
      secretName: 'https-certificates',
      issuerRef: { name: 'gitpod-issuer', kind: 'ClusterIssuer' },
      dnsNames: ['gitpod.example.com', '*.gitpod.example.com', '*.ws.gitpod.example.com'],
      secretTemplate: { labels: { app: 'gitpod' } },
    });
  });

  it('makes Opaque secrets with base64 data, values as jq -r prints them', () => {
    expect(rendered.manifests[1].type).toBe('Opaque');
    expect(decoded(rendered.manifests[1])).toEqual({ apiToken: 'cf-token' });
    expect(decoded(rendered.manifests[4])).toEqual({ host: 'db.example.com', port: '3306', username: 'gitpod', password: 'pw', encryptionKeys: '[]' });
  });

  it('merges gitpod_config over the base config the step uses', () => {
    expect(rendered.gitpodConfig).toEqual({
      apiVersion: 'v1',
      sshGatewayHostKey: { kind: 'secret', name: 'ssh-gateway-host-key' },
      workspace: { runtime: {
        containerdRuntimeDir: '/run/k3s/containerd/io.containerd.runtime.v2.task/k8s.io',
        containerdSocket: '/run/k3s/containerd/containerd.sock',
        fsShiftMethod: 'fuse',
      } },
      domain: 'gitpod.example.com',
      blockNewUsers: { enabled: true, passlist: ['example.com'] },
    });
    expect(YAML.parse(rendered.gitpodConfigYaml)).toEqual(rendered.gitpodConfig);
    expect(rendered.configProblems).toEqual([]);
  });

  it('reports a broken config and a malformed output', () => {
    const bad = InstallationManifests.render({ ...values, gitpodConfig: { domain: 'gitpod.example.com', workspace: { runtime: { fsShiftMethod: 'overlay' } } } });
    expect(bad.configProblems).toEqual(['at workspace.runtime.fsShiftMethod: got "overlay". Expected one of fuse, shiftfs.']);
    expect(() => InstallationManifests.render({ ...values, certManager: { secrets: {} } })).toThrow(/cert_manager: expected \{ secrets = \{...\}, cluster_issuer = \{ spec = \{...\} \} \}/);
    expect(() => InstallationManifests.render({ ...values, gitpodSecrets: { db: 'x' } as any })).toThrow(/gitpod_secrets.db: expected a map of keys to values/);
  });
});


describe('the outputs through real Terraform, then rendered by the CLI', () => {
  const dir = tempDir('gitpod-outputs-');
  const stack = new TerraformStack(Testing.app(), 'root');
  const secretVar = (name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
  const installation = new GitpodInstallation(stack, 'installation', {
    cluster: new StubCluster(stack),
    solvers: [Dns01Solver.cloudflare({ apiToken: secretVar('cloudflare_api_token') })],
    config: {
      blockNewUsers: { passlist: ['example.com'] },
      database: { external: GitpodSecret.externalDatabase({ host: 'mysql.example.com', username: 'gitpod', password: secretVar('db_password'), encryptionKeys: '[]' }) },
      containerRegistry: {
        external: {
          url: 'registry.example.com/gitpod',
          credentials: GitpodSecret.registryCredentials({ server: secretVar('registry_server'), username: 'robot$gitpod', password: secretVar('registry_password') }),
        },
      },
    },
  });
  new GitpodInstallationOutputs(stack, 'outputs', { installation });
  new TerraformOutput(stack, 'probe_encryption_keys', { value: encryptionKeysJson(secretVar('key_material')), sensitive: true });
  const json = JSON.parse(Testing.synth(stack));
  delete json.terraform?.backend;
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(json, null, 2));

  const vars = {
    domain_name: 'gitpod.example.com',
    kubeconfig: 'apiVersion: v1\nkind: Config\n',
    cloudflare_api_token: 'cf-token',
    db_password: 'p"a\\ss{}$',
    registry_server: 'registry.example.com',
    registry_password: 'pa"ss\\word',
    key_material: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
  };
  fs.writeFileSync(path.join(dir, 'test.tfvars.json'), JSON.stringify(vars));

  let outputs: any;
  beforeAll(() => {
    const init = terraform(['init', '-input=false', '-no-color'], dir);
    expect(init.output).toContain('Terraform has been successfully initialized');
    const apply = terraform(['apply', '-auto-approve', '-input=false', '-no-color', '-var-file=test.tfvars.json'], dir);
    expect(apply.output).toContain('Apply complete!');
    outputs = JSON.parse(terraform(['output', '-json'], dir).output);
  });

  it('gives the five outputs, all marked sensitive, that terraform output -raw/-json can read', () => {
    for (const name of ['cert_manager', 'domain_name', 'gitpod_config', 'gitpod_secrets', 'kubeconfig']) {
      expect([name, outputs[name].sensitive]).toEqual([name, true]);
    }
    expect(terraform(['output', '-raw', 'domain_name'], dir).output).toBe('gitpod.example.com');
    expect(terraform(['output', '-no-color'], dir).output).toMatch(/^cert_manager = <sensitive>$/m);
  });

  it('has the values the installation step expects, escaped by Terraform', () => {
    expect(outputs.cert_manager.value.secrets).toEqual({ 'cloudflare-solver': { apiToken: 'cf-token' } });
    expect(outputs.gitpod_config.value.domain).toBe('gitpod.example.com');
    expect(outputs.gitpod_secrets.value.database.password).toBe(vars.db_password);
    expect(JSON.parse(outputs.gitpod_secrets.value['container-registry']['.dockerconfigjson'])).toEqual({
      auths: { 'registry.example.com': { username: 'robot$gitpod', password: vars.registry_password, auth: Buffer.from(`robot$gitpod:${vars.registry_password}`).toString('base64') } },
    });
    expect(JSON.parse(outputs.probe_encryption_keys.value)).toEqual([{ name: 'general', version: 1, primary: true, material: vars.key_material }]);
    expect(outputs.kubeconfig.value).toBe(vars.kubeconfig);
  });

  it('renders manifests from `terraform output -json` with the CLI', () => {
    const text = terraform(['output', '-json'], dir).output;
    const manifests = YAML.parseAllDocuments(execFileSync('node', [CLI], { input: text, encoding: 'utf8' })).map((d) => d.toJS());
    expect(manifests.map((m) => `${m.kind}/${m.metadata.namespace ?? '-'}/${m.metadata.name}`)).toEqual([
      'Namespace/-/gitpod',
      'Secret/cert-manager/cloudflare-solver',
      'ClusterIssuer/-/gitpod-issuer',
      'Certificate/gitpod/https-certificates',
      'Secret/gitpod/container-registry',
      'Secret/gitpod/database',
    ]);
    expect(decoded(manifests[5]).password).toBe(vars.db_password);
    const config = YAML.parse(execFileSync('node', [CLI, '--gitpod-config'], { input: text, encoding: 'utf8' }));
    expect(config).toMatchObject({ apiVersion: 'v1', domain: 'gitpod.example.com', containerRegistry: { inCluster: false }, database: { inCluster: false } });

    const out = path.join(dir, 'rendered');
    fs.writeFileSync(path.join(dir, 'outputs.json'), text);
    execFileSync('node', [CLI, '--out', out, path.join(dir, 'outputs.json')]);
    expect(fs.readdirSync(out).sort()).toEqual(['gitpod.config.yaml', 'manifests.yaml']);
    expect(fs.statSync(path.join(out, 'manifests.yaml')).mode & 0o077).toBe(0);
  });

  it('fails on a config the schema refuses, naming the path', () => {
    const text = JSON.stringify({ ...outputs, gitpod_config: { ...outputs.gitpod_config, value: { domain: 'gitpod.example.com', databse: {} } } });
    let status = 0;
    let stderr = '';
    try {
      execFileSync('node', [CLI], { input: text, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (err: any) {
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('gitpod_config has an unknown key "databse" at the top level (did you mean "database"?)');
  });
});
