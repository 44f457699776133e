import { TerraformOutput, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { AuthProvider, GitpodSecret } from '../lib';

function data(secret: GitpodSecret): Record<string, string> | undefined {
  return secret._data;
}

describe('GitpodSecret helpers produce the keys the installer checks', () => {
  it('externalDatabase: host, port (text), username, password; the encryption keys left to the installation', () => {
    const secret = GitpodSecret.externalDatabase({ host: 'mysql.example.com', username: 'gitpod', password: 'pw' });
    expect(secret.secretName).toBe('database');
    expect(data(secret)).toEqual({ host: 'mysql.example.com', port: '3306', username: 'gitpod', password: 'pw' });
    expect(secret.keys).toEqual(['encryptionKeys', 'host', 'password', 'port', 'username']);
    expect(secret._generateEncryptionKeys).toBe(true);
    const given = GitpodSecret.externalDatabase({ host: 'h', port: 3307, username: 'u', password: 'p', encryptionKeys: '[{"name":"general"}]', secretName: 'db' });
    expect(data(given)).toMatchObject({ port: '3307', encryptionKeys: '[{"name":"general"}]' });
    expect(given._generateEncryptionKeys).toBe(false);
  });

  it('azureMysql: the Azure host, and user@server only for a Single Server', () => {
    expect(data(GitpodSecret.azureMysql({ serverName: 'db1', administratorLogin: 'gitpod', administratorPassword: 'pw' })))
      .toEqual({ host: 'db1.mysql.database.azure.com', port: '3306', username: 'gitpod', password: 'pw' });
    expect(data(GitpodSecret.azureMysql({ serverName: 'db1', administratorLogin: 'gitpod', administratorPassword: 'pw', singleServer: true }))!.username).toBe('gitpod@db1');
  });

  it('azureMysql from resource attributes: tokens joined by Terraform', () => {
    const stack = new TerraformStack(Testing.app(), 't');
    const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
    const login = new TerraformVariable(stack, 'login', { type: 'string' }).stringValue;
    const secret = GitpodSecret.azureMysql({ serverName: name, administratorLogin: login, administratorPassword: 'pw', singleServer: true });
    const resolved = JSON.parse(Testing.synthScope((scope) => {
      new TerraformOutput(scope, 'o', { value: data(secret) });
    })).output.o.value;
    expect(resolved.host).toBe('${join("", [var.name, ".mysql.database.azure.com"])}');
    expect(resolved.username).toBe('${join("", [var.login, "@", var.name])}');
  });

  it('the storage, registry and CA secrets', () => {
    expect(data(GitpodSecret.s3Credentials({ accessKeyId: 'a', secretAccessKey: 'b' }))).toEqual({ accessKeyId: 'a', secretAccessKey: 'b' });
    expect(data(GitpodSecret.azureStorageCredentials({ accountName: 'n', accountKey: 'k' }))).toEqual({ accountName: 'n', accountKey: 'k' });
    expect(data(GitpodSecret.registryStorageCredentials({ accessKey: 'a', secretKey: 'b' }))).toEqual({ s3AccessKey: 'a', s3SecretKey: 'b' });
    expect(data(GitpodSecret.databaseCaCertificate({ caCertificate: 'PEM' }))).toEqual({ 'ca.crt': 'PEM' });
    const registry = GitpodSecret.registryCredentials({ server: 'ghcr.io', username: 'me', password: 'pa"ss' });
    expect(registry.secretName).toBe('container-registry');
    expect(JSON.parse(data(registry)!['.dockerconfigjson'])).toEqual({ auths: { 'ghcr.io': { username: 'me', password: 'pa"ss', auth: Buffer.from('me:pa"ss').toString('base64') } } });
  });

  it('fromData and existing', () => {
    expect(data(GitpodSecret.fromData('custom', { a: 'b' }))).toEqual({ a: 'b' });
    const existing = GitpodSecret.existing('made-by-hand');
    expect([existing.isExisting, existing.keys, data(existing)]).toEqual([true, [], undefined]);
  });
});

describe('GitpodSecret input rules', () => {
  it('never shows a secret value', () => {
    expect(() => GitpodSecret.externalDatabase({ host: 'h', username: 'u', password: "o'brien" }))
      .toThrow(/^GitpodSecret.externalDatabase: invalid password: got a secret of 7 characters \(not shown\) containing a single quote. Expected a value without '/);
    expect(() => GitpodSecret.s3Credentials({ accessKeyId: 'a', secretAccessKey: '' })).toThrow(/invalid value of secretAccessKey: got an empty string/);
  });

  it('checks names, keys, ports and hosts', () => {
    expect(() => GitpodSecret.fromData('My Secret', { a: 'b' })).toThrow(/GitpodSecret.fromData: invalid secretName: got "My Secret". Expected a Kubernetes object name/);
    expect(() => GitpodSecret.fromData('s', { 'a key': 'b' })).toThrow(/invalid key "a key"/);
    expect(() => GitpodSecret.fromData('s', {})).toThrow(/invalid data: got \{\}. Expected at least one key/);
    expect(() => GitpodSecret.externalDatabase({ host: 'h', port: 70000, username: 'u', password: 'p' })).toThrow(/invalid port: got 70000. Expected a TCP port/);
    expect(() => GitpodSecret.externalDatabase({ host: '', username: 'u', password: 'p' })).toThrow(/invalid host: got ""/);
    expect(() => GitpodSecret.existing('Bad_Name')).toThrow(/GitpodSecret.existing: invalid secretName/);
    const stack = new TerraformStack(Testing.app(), 't');
    expect(() => GitpodSecret.fromData(new TerraformVariable(stack, 'n', { type: 'string' }).stringValue, { a: 'b' }))
      .toThrow(/invalid secretName: got a token. Expected a literal name: it becomes a map key of the outputs/);
  });
});

describe('AuthProvider', () => {
  it('defaults the host, id and secret name of public services', () => {
    const github = AuthProvider.github({ clientId: 'c', clientSecret: 's' });
    expect([github.id, github.host, github.type, github.secretName]).toEqual(['Public-GitHub', 'github.com', 'GitHub', 'auth-provider-github-com']);
    expect(github.callbackUrl('gitpod.example.com')).toBe('https://gitpod.example.com/auth/github.com/callback');
    const bitbucket = AuthProvider.bitbucket({ clientId: 'c', clientSecret: 's' });
    expect([bitbucket.id, bitbucket.host]).toEqual(['Public-Bitbucket', 'bitbucket.org']);
    const own = AuthProvider.gitlab({ clientId: 'c', clientSecret: 's', host: 'gitlab.example.com', id: 'Company-GitLab', secretName: 'gitlab' });
    expect([own.id, own.host, own.secretName]).toEqual(['Company-GitLab', 'gitlab.example.com', 'gitlab']);
  });

  it('needs the host of a Bitbucket Server, and a plain host name', () => {
    expect(() => AuthProvider.of({ type: 'BitbucketServer' as any, clientId: 'c', clientSecret: 's' }))
      .toThrow(/AuthProvider \(BitbucketServer\): invalid host: got nothing. Expected the host of your BitbucketServer/);
    expect(() => AuthProvider.github({ clientId: 'c', clientSecret: 's', host: 'https://github.example.com' })).toThrow(/invalid host: got "https:\/\/github.example.com". Expected a host name/);
    expect(() => AuthProvider.github({ clientId: '', clientSecret: 's' })).toThrow(/invalid clientId/);
  });
});
