import Ajv from 'ajv';
import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import {
  AuthProvider, AuthProviderType, Dns01Solver, FsShiftMethod, GitpodConfigProps, GitpodInstallation, GitpodInstallerConfig, GitpodLogLevel, GitpodSecret,
} from '../lib';
import { installerDefaults } from '../lib/gitpod/config';
import schema = require('../lib/data/gitpod-installer-config.schema.json');

function configOf(config: GitpodConfigProps, domainName = 'gitpod.example.com'): GitpodInstallation {
  const stack = new TerraformStack(Testing.app(), 'test');
  return new GitpodInstallation(stack, 'installation', {
    domainName, kubeconfig: 'kc', solvers: [Dns01Solver.cloudflare({ apiToken: 't' })], config,
  });
}

const s3 = GitpodSecret.s3Credentials({ accessKeyId: 'a', secretAccessKey: 'b' });

describe('the Installer config schema in lib/data', () => {
  it('compiles under ajv\'s strict mode, and its defaults with a domain are a valid config', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate({ ...installerDefaults(), domain: 'gitpod.example.com' })).toBe(true);
    expect(validate(installerDefaults())).toBe(false); // domain has no default
  });

  it('keeps the fixes we own: an external database or Cloud SQL needs its secret reference', () => {
    expect(GitpodInstallerConfig.problems({ domain: 'gitpod.example.com', database: { inCluster: false, external: {} } }))
      .toEqual(['lacks "certificate" in database.external (Secret with the external database connection. Installer cluster check: the secret must contain encryptionKeys, host, password, port, username).']);
    expect(GitpodInstallerConfig.problems({ domain: 'gitpod.example.com', database: { cloudSQL: { instance: 'p:r:i' } } }))
      .toEqual([expect.stringMatching(/^lacks "serviceAccount" in database.cloudSQL/)]);
  });
});

describe('gitpod_config from typed props', () => {
  it('is the domain alone by default, over the base config the installation step uses', () => {
    const installation = configOf({});
    expect(installation.gitpodConfig).toEqual({ domain: 'gitpod.example.com' });
    expect(installation.mergedGitpodConfig).toEqual({
      apiVersion: 'v1',
      domain: 'gitpod.example.com',
      sshGatewayHostKey: { kind: 'secret', name: 'ssh-gateway-host-key' },
      workspace: { runtime: {
        containerdRuntimeDir: '/run/k3s/containerd/io.containerd.runtime.v2.task/k8s.io',
        containerdSocket: '/run/k3s/containerd/containerd.sock',
        fsShiftMethod: 'fuse',
      } },
    });
    expect(GitpodInstallerConfig.baseConfig()).toEqual({ ...installation.mergedGitpodConfig, domain: undefined, apiVersion: 'v1' });
  });

  it('maps every typed setting to its Installer key', () => {
    const installation = configOf({
      logLevel: GitpodLogLevel.DEBUG,
      blockNewUsers: { passlist: ['example.com', 'example.org'] },
      objectStorage: { s3: { endpoint: 'fsn1.your-objectstorage.com', credentials: s3, bucket: 'gitpod', allowInsecureConnection: false }, region: 'fsn1' },
      containerRegistry: {
        s3Storage: { bucket: 'registry', region: 'fsn1', endpoint: 'fsn1.your-objectstorage.com', credentials: GitpodSecret.registryStorageCredentials({ accessKey: 'a', secretKey: 'b' }) },
        privateBaseImageAllowList: ['ghcr.io'],
      },
      authProviders: [AuthProvider.of({ type: AuthProviderType.BITBUCKET_SERVER, host: 'bitbucket.example.com', clientId: 'c', clientSecret: 's' })],
      workspace: {
        runtime: { fsShiftMethod: FsShiftMethod.FUSE },
        maxLifetime: '12h', timeoutDefault: '30m', timeoutExtended: '180m', timeoutAfterClose: '2m', workspaceImage: 'gitpod/workspace-base',
      },
    });
    expect(installation.gitpodConfig).toEqual({
      domain: 'gitpod.example.com',
      metadata: { region: 'fsn1' },
      observability: { logLevel: 'debug' },
      blockNewUsers: { enabled: true, passlist: ['example.com', 'example.org'] },
      objectStorage: {
        inCluster: false,
        s3: { endpoint: 'fsn1.your-objectstorage.com', credentials: { kind: 'secret', name: 'object-storage' }, bucket: 'gitpod', allowInsecureConnection: false },
      },
      containerRegistry: {
        inCluster: true,
        s3storage: { bucket: 'registry', region: 'fsn1', endpoint: 'fsn1.your-objectstorage.com', certificate: { kind: 'secret', name: 'registry-storage' } },
        privateBaseImageAllowList: ['ghcr.io'],
      },
      authProviders: [{ kind: 'secret', name: 'auth-provider-bitbucket-example-com' }],
      workspace: {
        runtime: { fsShiftMethod: 'fuse' },
        maxLifetime: '12h', timeoutDefault: '30m', timeoutExtended: '180m', timeoutAfterClose: '2m', workspaceImage: 'gitpod/workspace-base',
      },
    });
    // The runtime merges key by key: the k3s paths of the base stay.
    expect(installation.mergedGitpodConfig.workspace.runtime).toEqual({
      containerdRuntimeDir: '/run/k3s/containerd/io.containerd.runtime.v2.task/k8s.io',
      containerdSocket: '/run/k3s/containerd/containerd.sock',
      fsShiftMethod: 'fuse',
    });
    expect(Object.keys(installation.gitpodSecrets).sort()).toEqual(['auth-provider-bitbucket-example-com', 'object-storage', 'registry-storage']);
  });

  it('takes Azure Blob Storage', () => {
    const installation = configOf({ objectStorage: { azure: { credentials: GitpodSecret.azureStorageCredentials({ accountName: 'n', accountKey: 'k' }) } } });
    expect(installation.gitpodConfig.objectStorage).toEqual({ inCluster: false, azure: { credentials: { kind: 'secret', name: 'object-storage' } } });
    expect(installation.gitpodSecrets['object-storage']).toEqual({ accountName: 'n', accountKey: 'k' });
  });

  it('lays overrides last: objects merge key by key, arrays are replaced', () => {
    const installation = configOf({
      blockNewUsers: { passlist: ['example.com'] },
      workspace: { maxLifetime: '12h' },
      overrides: { blockNewUsers: { passlist: ['example.org'] }, workspace: { resources: { requests: { cpu: '2', memory: '4Gi' } } }, components: { proxy: { service: { serviceType: 'ClusterIP' } } } },
    });
    expect(installation.gitpodConfig.blockNewUsers).toEqual({ enabled: true, passlist: ['example.org'] });
    expect(installation.gitpodConfig.workspace).toEqual({ maxLifetime: '12h', resources: { requests: { cpu: '2', memory: '4Gi' } } });
    expect(installation.gitpodConfig.components).toEqual({ proxy: { service: { serviceType: 'ClusterIP' } } });
  });
});

describe('ajv rejects a bad config at synth time, naming the path', () => {
  const message = (overrides: Record<string, any>) => {
    try {
      configOf({ overrides });
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected the config to be refused');
  };

  it('a misspelled key, with the likely key and the allowed ones', () => {
    expect(message({ database: { inClsuter: false } })).toBe(
      'GitpodInstallation: invalid Gitpod config (output gitpod_config) has an unknown key "inClsuter" in database (did you mean "inCluster"?). Allowed keys: inCluster, external, cloudSQL, ssl.');
    expect(message({ blockNewUser: { enabled: false } })).toMatch(/has an unknown key "blockNewUser" at the top level \(did you mean "blockNewUsers"\?\)\. Allowed keys: apiVersion, kind, domain, /);
    expect(message({ workspace: { runtime: { containerdSocketDir: '/run/k3s/containerd' } } })).toMatch(/unknown key "containerdSocketDir" in workspace.runtime \(did you mean "containerdSocket"\?\)/);
  });

  it('PodSecurityPolicies, which Kubernetes 1.25 removed, are refused with the reason', () => {
    expect(message({ experimental: { common: { usePodSecurityPolicies: true } } })).toMatch(
      /invalid config\.overrides\.experimental\.common\.usePodSecurityPolicies: got true\. Expected false or nothing: PodSecurityPolicy \(policy\/v1beta1\) was removed in Kubernetes 1\.25/);
    expect(() => configOf({ overrides: { experimental: { common: { usePodSecurityPolicies: false } } } })).not.toThrow();
  });

  it('a wrong enum value, with the allowed values', () => {
    expect(message({ workspace: { runtime: { fsShiftMethod: 'shiftFS' } } })).toBe(
      'GitpodInstallation: invalid Gitpod config (output gitpod_config) at workspace.runtime.fsShiftMethod: got "shiftFS". Expected one of fuse, shiftfs (did you mean "shiftfs"?).');
    expect(message({ observability: { logLevel: 'verbose' } })).toMatch(/at observability.logLevel: got "verbose". Expected one of trace, debug, info, warning, error, fatal, panic\./);
    expect(message({ authProviders: [{ kind: 'configmap', name: 'github' }] })).toMatch(/at authProviders\[0\].kind: got "configmap". Expected one of secret\./);
  });

  it('a wrong type, a broken pattern, a missing requirement', () => {
    expect(message({ database: { inCluster: 'no' } })).toMatch(/at database.inCluster: got "no". Expected a value of type boolean \(Run MySQL inside the cluster\)\./);
    expect(message({ workspace: { maxLifetime: 'a day' } })).toMatch(/at workspace.maxLifetime: got "a day". Expected: Go duration string/);
    expect(message({ containerRegistry: { inCluster: false } })).toMatch(/lacks "external" in containerRegistry \(External registry; required when inCluster is false\)\./);
    expect(message({ blockNewUsers: { enabled: true, passlist: ['not a domain'] } })).toMatch(/at blockNewUsers.passlist\[0\]: got "not a domain"/);
  });

  it('lists every problem, one per line', () => {
    expect(message({ kind: 'Everything', openVSX: { url: 'open-vsx.org' } }).split('\n')).toHaveLength(2);
  });

  it('leaves token values to Terraform, but still checks keys around them', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const v = new TerraformVariable(stack, 'x', { type: 'string' }).stringValue;
    const build = (overrides: Record<string, any>) => new GitpodInstallation(stack, `i${Math.random()}`.replace('.', ''), {
      domainName: v, kubeconfig: 'kc', solvers: [Dns01Solver.cloudflare({ apiToken: 't' })], config: { overrides },
    });
    expect(() => build({ workspace: { runtime: { fsShiftMethod: v } }, blockNewUsers: { enabled: true, passlist: [v] } })).not.toThrow();
    expect(() => build({ workspace: { runtim: { fsShiftMethod: v } } })).toThrow(/unknown key "runtim" in workspace \(did you mean "runtime"\?\)/);
  });

  it('is also a static check for configs made elsewhere', () => {
    expect(GitpodInstallerConfig.problems({ domain: 'gitpod.example.com' })).toEqual([]);
    expect(() => GitpodInstallerConfig.validate({ domain: 'gitpod.example.com', kind: 'full' }))
      .toThrow('GitpodInstallerConfig: invalid Gitpod config (output gitpod_config) at kind: got "full". Expected one of IDE, WebApp, Meta, Workspace, Full (did you mean "Full"?).');
  });
});
