import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { Dns01Solver, GitpodInstallation, GitpodInstallationOutputs, GitpodInstallerConfig } from '../lib';
import { HetznerGitpodCluster, HetznerGitpodServices, HetznerGitpodServicesProps } from '../constructs/hetzner';
import { hetznerServiceRules } from '../constructs/hetzner/services-rules';
import { synthesizeServiceModules } from '../lib/module-synth';
import { terraformValidation } from '../lib/validation';
import { SSH_PUBLIC_KEY, thrown } from './helpers';
import { terraformJudge } from './services-helpers';

const ROOT = path.join(__dirname, '..');
const SECRET = 'do-not-show-this-secret-key';
const BUCKET: HetznerGitpodServicesProps = { location: 'fsn1', bucketName: 'gitpod-objects', accessKeyId: 'EXAMPLEACCESSKEY', secretAccessKey: SECRET };

function synthWith(props: Partial<HetznerGitpodServicesProps> = {}) {
  const stack = new TerraformStack(Testing.app(), 'test');
  const cluster = new HetznerGitpodCluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY });
  const secretKey = new TerraformVariable(stack, 'bucket_secret_key', { type: 'string', sensitive: true }).stringValue;
  const services = new HetznerGitpodServices(stack, 'services', { ...BUCKET, secretAccessKey: secretKey, ...props });
  const installation = new GitpodInstallation(stack, 'installation', { cluster, services, solvers: [Dns01Solver.cloudflare({ apiToken: 'token-value' })] });
  new GitpodInstallationOutputs(stack, 'outputs', { installation });
  return { json: JSON.parse(Testing.synth(stack)), installation, services };
}

describe('HetznerGitpodServices', () => {
  it('points Gitpod\'s object storage at the bucket; the database and registry stay in the cluster', () => {
    const { installation, json } = synthWith();
    const config = installation.gitpodConfig;
    expect(config.objectStorage).toEqual({
      inCluster: false,
      s3: { endpoint: 'fsn1.your-objectstorage.com', bucket: 'gitpod-objects', credentials: { kind: 'secret', name: 'object-storage' } },
    });
    expect(config.metadata).toEqual({ region: 'fsn1' });
    expect(config.database).toBeUndefined();
    expect(config.containerRegistry).toBeUndefined();
    expect(GitpodInstallerConfig.problems(config)).toEqual([]);
    expect(json.output.gitpod_secrets.value['object-storage']).toEqual({ accessKeyId: 'EXAMPLEACCESSKEY', secretAccessKey: '${var.bucket_secret_key}' });
    // It makes no resource: the user made the bucket.
    expect(Object.keys(json.resource).filter((t) => /bucket|object/.test(t))).toEqual([]);
    expect(json.output.gitpod_secrets.sensitive).toBe(true);
  });

  it('with registryBucketName, the in-cluster registry keeps its images in that bucket', () => {
    const { installation } = synthWith({ registryBucketName: 'gitpod-registry' });
    expect(installation.gitpodConfig.containerRegistry).toEqual({
      inCluster: true,
      s3storage: { bucket: 'gitpod-registry', region: 'fsn1', endpoint: 'fsn1.your-objectstorage.com', certificate: { kind: 'secret', name: 'registry-storage' } },
    });
    expect(Object.keys(installation.gitpodSecrets['registry-storage']).sort()).toEqual(['s3AccessKey', 's3SecretKey']);
    expect(GitpodInstallerConfig.problems(installation.gitpodConfig)).toEqual([]);
  });
});

describe('HetznerGitpodServices: bad input', () => {
  const refused = (props: Record<string, unknown>) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    return thrown(() => new HetznerGitpodServices(stack, 'services', { ...BUCKET, ...props } as HetznerGitpodServicesProps));
  };

  it.each([
    [{ location: 'ash' }, /invalid location \(module variable location\): got "ash"\. Expected one of fsn1, nbg1, hel1 \(where Hetzner sells Object Storage/],
    [{ location: undefined }, /invalid location \(module variable location\): got undefined\./],
    [{ bucketName: 'Gitpod_Objects' }, /invalid bucketName \(module variable bucket_name\): got "Gitpod_Objects"\. Expected 3 to 63 lowercase letters/],
    [{ registryBucketName: 'a.b' }, /invalid registryBucketName: got "a\.b"\. Expected 3 to 63 lowercase letters.*or nothing for the registry on the nodes' volume\./],
    [{ accessKeyId: '' }, /invalid accessKeyId \(module variable access_key_id\): got none\. Expected the access key/],
    [{ secretAccessKey: null }, /invalid secretAccessKey \(module variable secret_access_key\): got "<a secret, not shown>"\./],
  ])('%j is refused, naming the input and the fix', (props, message) => {
    expect(refused(props)).toMatch(new RegExp(`^HetznerGitpodServices at test/services: ${message.source}`));
  });

  it('never shows a credential', () => {
    const message = refused({ secretAccessKey: `${SECRET} with spaces` });
    expect(message).toMatch(/invalid secretAccessKey/);
    expect(message).not.toContain(SECRET);
  });
});

describe('Hetzner services: the Terraform validation says the same', () => {
  const rules = hetznerServiceRules();
  const { judge, evaluate } = terraformJudge(rules, 'tf-console-hetzner-services-');
  const condition = (variable: string, value: string) => judge(variable, JSON.stringify(value));

  it.each([
    ['location', ['fsn1', 'hel1'], ['ash', 'FSN1']],
    ['bucket_name', ['gitpod-objects'], ['Gitpod_Objects', 'a.b', 'ab']],
    ['secret_access_key', ['abc123'], ['', 'a b']],
  ])('%s', (variable, good, bad) => {
    expect(evaluate([...good, ...bad].map((v) => condition(variable, v)))).toEqual([...good.map(() => 'true'), ...bad.map(() => 'false')]);
  });

  it('a secret\'s message names it and shows nothing', () => {
    const rule = rules.find((r) => r.variable === 'secret_access_key')!;
    expect(terraformValidation(rule).errorMessage).toBe('Invalid secret_access_key: the value is not shown. Expected the secret key shown once when you made those credentials, without spaces.');
  });
});

describe('modules/hetzner/services', () => {
  const [{ json }] = synthesizeServiceModules(['hetzner']);

  it('is committed exactly as a fresh synth writes it (run `npm run synth` and commit)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'modules', 'hetzner', 'services', 'main.tf.json'), 'utf8')).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('takes the bucket and its credentials (sensitive), makes nothing, and outputs sensitive gitpod_config and gitpod_secrets', () => {
    expect(json.resource).toBeUndefined();
    expect(Object.keys(json.variable).sort()).toEqual(['access_key_id', 'bucket_name', 'location', 'secret_access_key']);
    expect(json.variable.access_key_id.sensitive).toBe(true);
    expect(json.variable.secret_access_key.sensitive).toBe(true);
    for (const [name, variable] of Object.entries<any>(json.variable)) expect([name, variable.validation?.length > 0, variable.default]).toEqual([name, true, undefined]);
    for (const output of Object.values<any>(json.output)) expect(output.sensitive).toBe(true);
    expect(GitpodInstallerConfig.problems({ domain: 'gitpod.example.com', ...json.output.gitpod_config.value })).toEqual([]);
  });
});
