import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { AuthProvider, Dns01Solver, GitpodInstallation, GitpodInstallationOutputs, GitpodInstallationProps, GitpodSecret } from '../lib';
import { HetznerGitpodCluster } from '../constructs/hetzner';
import { SSH_PUBLIC_KEY } from './helpers';

const OUTPUT_NAMES = ['cert_manager', 'domain_name', 'gitpod_config', 'gitpod_secrets', 'kubeconfig'];

/** An installation with literal domain and kubeconfig in its own stack; returns the synthesized JSON. */
function synthInstallation(props: Partial<GitpodInstallationProps> = {}, withVariables?: (stack: TerraformStack) => Partial<GitpodInstallationProps>): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  const extra = withVariables ? withVariables(stack) : {};
  const installation = new GitpodInstallation(stack, 'installation', {
    domainName: 'gitpod.example.com',
    kubeconfig: 'apiVersion: v1\nkind: Config\n',
    solvers: [Dns01Solver.cloudflare({ apiToken: 'token-value' })],
    ...props,
    ...extra,
  });
  new GitpodInstallationOutputs(stack, 'outputs', { installation });
  return JSON.parse(Testing.synth(stack));
}

function build(props: Partial<GitpodInstallationProps>): GitpodInstallation {
  const stack = new TerraformStack(Testing.app(), 'test');
  return new GitpodInstallation(stack, 'installation', {
    solvers: [Dns01Solver.cloudflare({ apiToken: 'token-value' })],
    domainName: 'gitpod.example.com', kubeconfig: 'kc',
    ...props,
  } as GitpodInstallationProps);
}

describe('GitpodInstallation with a cluster construct', () => {
  const stack = new TerraformStack(Testing.app(), 'test');
  const cluster = new HetznerGitpodCluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY });
  const installation = new GitpodInstallation(stack, 'installation', {
    cluster, solvers: [Dns01Solver.cloudflare({ apiToken: 'token-value' })],
  });
  new GitpodInstallationOutputs(stack, 'outputs', { installation });
  const json = JSON.parse(Testing.synth(stack));

  it('declares exactly the five outputs of the old starter repo, all sensitive', () => {
    expect(Object.keys(json.output).sort()).toEqual(OUTPUT_NAMES);
    for (const name of OUTPUT_NAMES) expect([name, json.output[name].sensitive]).toEqual([name, true]);
  });

  it('passes the cluster\'s kubeconfig through, waiting for the cluster to be ready', () => {
    expect(json.output.kubeconfig.value).toMatch(/^\$\{yamlencode\(\{"apiVersion" = "v1", "kind" = "Config", "clusters" = \[\{"name" = "gitpod-self-hosted"/);
    expect(json.output.kubeconfig.value).toContain('tls_locally_signed_cert.gitpod_k3s_pki_admin');
    expect(json.output.kubeconfig.depends_on).toHaveLength(1);
    // The bare address: Terraform refuses "${...}" in an output's depends_on.
    expect(json.output.kubeconfig.depends_on[0]).toMatch(/^terraform_data\.gitpod_k3s_ready_wait_[0-9A-F]{8}$/);
    expect(Object.keys(json.resource.terraform_data)).toContain(json.output.kubeconfig.depends_on[0].split('.')[1]);
    expect(json.output.domain_name.value).toBe('gitpod.example.com');
  });

  it('exposes the domain\'s certificate names and the cluster\'s DNS records', () => {
    expect(installation.certificateDnsNames).toEqual(['gitpod.example.com', '*.gitpod.example.com', '*.ws.gitpod.example.com']);
    expect(installation.dnsRecords.map((r) => r.name)).toEqual(installation.certificateDnsNames);
    expect(installation.clusterIssuerName).toBe('gitpod-issuer');
  });
});

describe('GitpodInstallation outputs keep the shapes of the old HCL examples', () => {
  it('Cloudflare (examples/hetzner/output.tf): cert_manager, gitpod_config and gitpod_secrets are the same values', () => {
    const json = synthInstallation({}, (stack) => ({
      solvers: [Dns01Solver.cloudflare({ apiToken: new TerraformVariable(stack, 'cloudflare_api_token', { type: 'string', sensitive: true }).stringValue })],
    }));
    expect(json.output.cert_manager.value).toEqual({
      secrets: { 'cloudflare-solver': { apiToken: '${var.cloudflare_api_token}' } },
      cluster_issuer: { spec: { acme: { solvers: [{ dns01: { cloudflare: { apiTokenSecretRef: { name: 'cloudflare-solver', key: 'apiToken' } } } }] } } },
    });
    expect(json.output.gitpod_config.value).toEqual({ domain: 'gitpod.example.com' });
    expect(json.output.gitpod_secrets.value).toEqual({});
  });

  it('Azure (examples/azure/output.tf): Azure DNS by managed identity, external registry and MySQL with its CA', () => {
    const json = synthInstallation({
      solvers: [Dns01Solver.azureDns({
        subscriptionId: '00000000-0000-0000-0000-000000000000', resourceGroupName: 'gitpod', hostedZoneName: 'gitpod.example.com',
        managedIdentityClientId: 'client-id',
      })],
      config: {
        containerRegistry: { external: { url: 'gitpod.azurecr.io', credentials: GitpodSecret.registryCredentials({ server: 'gitpod.azurecr.io', username: 'admin', password: 'pw' }) } },
        database: {
          external: GitpodSecret.azureMysql({ serverName: 'db', administratorLogin: 'gitpod', administratorPassword: 'pw', singleServer: true, encryptionKeys: '[]' }),
          caCertificate: GitpodSecret.databaseCaCertificate({ caCertificate: '-----BEGIN CERTIFICATE-----\n...' }),
        },
      },
    });
    expect(json.output.cert_manager.value).toEqual({
      secrets: {},
      cluster_issuer: { spec: { acme: { solvers: [{ dns01: { azureDNS: {
        hostedZoneName: 'gitpod.example.com', resourceGroupName: 'gitpod', subscriptionID: '00000000-0000-0000-0000-000000000000',
        environment: 'AzurePublicCloud', managedIdentity: { clientID: 'client-id' },
      } } }] } } },
    });
    expect(json.output.gitpod_config.value).toEqual({
      containerRegistry: { inCluster: false, external: { url: 'gitpod.azurecr.io', certificate: { kind: 'secret', name: 'container-registry' } } },
      domain: 'gitpod.example.com',
      database: {
        inCluster: false,
        external: { certificate: { kind: 'secret', name: 'database' } },
        ssl: { caCert: { kind: 'secret', name: 'database-cacert' } },
      },
    });
    const secrets = json.output.gitpod_secrets.value;
    expect(Object.keys(secrets).sort()).toEqual(['container-registry', 'database', 'database-cacert']);
    expect(secrets.database).toEqual({ encryptionKeys: '[]', host: 'db.mysql.database.azure.com', password: 'pw', port: '3306', username: 'gitpod@db' });
    expect(JSON.parse(secrets['container-registry']['.dockerconfigjson'])).toEqual({
      auths: { 'gitpod.azurecr.io': { username: 'admin', password: 'pw', auth: Buffer.from('admin:pw').toString('base64') } },
    });
    expect(secrets['database-cacert']).toEqual({ 'ca.crt': '-----BEGIN CERTIFICATE-----\n...' });
  });

  it('adds the ACME email and server to the issuer spec only when given', () => {
    const json = synthInstallation({ acmeEmail: 'admin@example.com', acmeServer: 'https://acme-staging-v02.api.letsencrypt.org/directory' });
    expect(json.output.cert_manager.value.cluster_issuer.spec.acme).toMatchObject({
      email: 'admin@example.com', server: 'https://acme-staging-v02.api.letsencrypt.org/directory',
    });
    expect(Object.keys(synthInstallation().output.cert_manager.value.cluster_issuer.spec.acme)).toEqual(['solvers']);
  });

  it('generates the database encryption key with random_bytes when none is given, and keeps secrets out of other outputs', () => {
    const json = synthInstallation({ config: { database: { external: GitpodSecret.externalDatabase({ host: 'mysql.internal', username: 'gitpod', password: 'secret-pw' }) } } });
    expect(json.resource.random_bytes).toBeDefined();
    const [[name, bytes]] = Object.entries<any>(json.resource.random_bytes);
    expect(bytes.length).toBe(32);
    expect(json.output.gitpod_secrets.value.database.encryptionKeys).toBe(
      `\${jsonencode([{"name" = "general", "version" = 1, "primary" = true, "material" = random_bytes.${name}.base64}])}`);
    const notSecret = JSON.stringify([json.output.gitpod_config, json.output.cert_manager, json.output.domain_name]);
    expect(notSecret).not.toContain('secret-pw');
  });

  it('makes the auth providers\' secrets with the callback URL of the domain', () => {
    const json = synthInstallation({ config: { authProviders: [AuthProvider.github({ clientId: 'id', clientSecret: 'shh' }), AuthProvider.gitlab({ clientId: 'id2', clientSecret: 'shh2', host: 'git.example.com' })] } });
    expect(json.output.gitpod_config.value.authProviders).toEqual([
      { kind: 'secret', name: 'auth-provider-github-com' }, { kind: 'secret', name: 'auth-provider-git-example-com' },
    ]);
    const YAML = require('yaml');
    expect(YAML.parse(json.output.gitpod_secrets.value['auth-provider-github-com'].provider)).toEqual({
      id: 'Public-GitHub', host: 'github.com', type: 'GitHub',
      oauth: { clientId: 'id', clientSecret: 'shh', callBackUrl: 'https://gitpod.example.com/auth/github.com/callback' },
    });
    expect(YAML.parse(json.output.gitpod_secrets.value['auth-provider-git-example-com'].provider)).toMatchObject({ id: 'git.example.com', type: 'GitLab' });
  });

  it('takes tokens for the domain and kubeconfig of a cluster made by a module, checking them in Terraform instead', () => {
    const json = synthInstallation({ config: { blockNewUsers: { passlist: ['example.com'] } } }, (stack) => ({
      domainName: new TerraformVariable(stack, 'domain_name', { type: 'string' }).stringValue,
      kubeconfig: new TerraformVariable(stack, 'kubeconfig', { type: 'string' }).stringValue,
    }));
    expect(json.output.domain_name.value).toBe('${var.domain_name}');
    expect(json.output.kubeconfig.value).toBe('${var.kubeconfig}');
    expect(json.output.kubeconfig.depends_on).toBeUndefined();
    expect(json.output.gitpod_config.value).toEqual({ domain: '${var.domain_name}', blockNewUsers: { enabled: true, passlist: ['example.com'] } });
  });
});

describe('GitpodInstallation input rules', () => {
  it('wants a cluster, or a domain with a kubeconfig, not both', () => {
    expect(() => build({ domainName: undefined, kubeconfig: undefined })).toThrow(/give cluster \(a cluster construct such as HetznerGitpodCluster\), or domainName with kubeconfig/);
    expect(() => build({ kubeconfig: undefined })).toThrow(/or domainName with kubeconfig/);
    const stack = new TerraformStack(Testing.app(), 'x');
    const cluster = new HetznerGitpodCluster(stack, 'c', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY });
    expect(() => new GitpodInstallation(stack, 'i', { cluster, domainName: 'a.example.com', solvers: [Dns01Solver.cloudflare({ apiToken: 't' })] }))
      .toThrow(/give either cluster, or domainName with kubeconfig .*not both/);
  });

  it('checks a literal domain', () => {
    expect(() => build({ domainName: 'Gitpod.Example.com' })).toThrow(/GitpodInstallation: invalid domainName: got "Gitpod.Example.com". Expected a lowercase fully-qualified domain name/);
  });

  it('needs at least one DNS01 solver', () => {
    expect(() => build({ solvers: [] })).toThrow(/invalid solvers: got \[\]. Expected at least one DNS01 solver.*only be issued through DNS01/);
  });

  it('refuses two solvers sharing a secret name', () => {
    expect(() => build({ solvers: [Dns01Solver.cloudflare({ apiToken: 'a', dnsZones: ['a.com'] }), Dns01Solver.cloudflare({ apiToken: 'b', dnsZones: ['b.com'] })] }))
      .toThrow(/invalid solvers: got two solvers using the secret "cloudflare-solver". Expected a different secretName for each solver/);
    expect(() => build({ solvers: [Dns01Solver.cloudflare({ apiToken: 'a', dnsZones: ['a.com'] }), Dns01Solver.cloudflare({ apiToken: 'b', dnsZones: ['b.com'], secretName: 'cf-b' })] }))
      .not.toThrow();
  });

  it('checks the ACME email and server', () => {
    expect(() => build({ acmeEmail: 'admin' })).toThrow(/invalid acmeEmail: got "admin". Expected an email address/);
    expect(() => build({ acmeServer: 'http://acme.example.com' })).toThrow(/invalid acmeServer: got "http:\/\/acme.example.com". Expected an https URL/);
  });

  it('refuses two different secrets of the same name', () => {
    const a = GitpodSecret.s3Credentials({ accessKeyId: 'a', secretAccessKey: 'b', secretName: 'shared' });
    const b = GitpodSecret.fromData('shared', { x: 'y' });
    expect(() => build({ config: { objectStorage: { s3: { endpoint: 's3.example.com', credentials: a } } }, secrets: [b] }))
      .toThrow(/invalid secrets: got a second secret named "shared". Expected a different secretName for each secret/);
    expect(() => build({ config: { objectStorage: { s3: { endpoint: 's3.example.com', credentials: a } } }, secrets: [a] })).not.toThrow();
  });

  it('checks that a secret has the keys the installer looks for where the config uses it', () => {
    expect(() => build({ config: { database: { external: GitpodSecret.fromData('db', { host: 'h', password: 'p' }) } } }))
      .toThrow(/invalid config database.external.certificate: got the secret "db" with keys host, password. Expected a secret with encryptionKeys, host, password, port, username \(missing encryptionKeys, port, username\)/);
    expect(() => build({ config: { database: { external: GitpodSecret.existing('db') } } })).not.toThrow();
  });

  it('refuses settings that contradict each other', () => {
    const creds = GitpodSecret.s3Credentials({ accessKeyId: 'a', secretAccessKey: 'b' });
    expect(() => build({ config: { database: { caCertificate: GitpodSecret.databaseCaCertificate({ caCertificate: 'pem' }) } } }))
      .toThrow(/invalid config.database.caCertificate: .* Expected database.external too/);
    expect(() => build({ config: { objectStorage: { s3: { endpoint: 'e', credentials: creds }, azure: { credentials: GitpodSecret.azureStorageCredentials({ accountName: 'n', accountKey: 'k' }) } } } }))
      .toThrow(/invalid config.objectStorage: got both s3 and azure. Expected one of them/);
    expect(() => build({ config: { blockNewUsers: { passlist: [] } } })).toThrow(/invalid config.blockNewUsers.passlist: got \[\]. Expected at least one email domain/);
    expect(() => build({ config: { blockNewUsers: { passlist: [], enabled: false } } })).not.toThrow();
    expect(() => build({ config: { overrides: { domain: 'other.example.com' } } })).toThrow(/invalid config.overrides.domain: got "other.example.com". Expected no domain in overrides/);
    expect(() => build({ config: { workspace: { maxLifetime: '0h' } } })).toThrow(/invalid config.workspace.maxLifetime: got "0h". Expected a positive Go duration/);
  });

  it('reports every broken input at once', () => {
    expect(() => build({ solvers: [], acmeEmail: 'x' })).toThrow(/invalid solvers[\s\S]*\n.*invalid acmeEmail/);
  });
});
