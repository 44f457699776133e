import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { DEFAULT_ETCD_SNAPSHOT_SCHEDULE, ETCD_SNAPSHOT_RULES } from '../lib/etcd-snapshots';
import { primaryServerK3sConfig } from '../lib/k3s/node-config';
import { InputRule, ruleHolds, terraformValidation } from '../lib/validation';
import { resourcesOf, synthHetzner, tempDir, terraform, thrown } from './helpers';

const ROOT = path.join(__dirname, '..');
const SECRET_KEY = 'the-s3-secret-key-0123456789';

/** Evaluates Terraform expressions offline, one result per expression. */
function evaluate(expressions: string[]): string[] {
  const { status, output } = terraform(['console'], tempDir('tf-console-etcd-'), `jsonencode([${expressions.join(', ')}])\n`);
  if (status !== 0) throw new Error(output);
  return (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
}

/** A value both ways: the prop's (for the synth-time check) and the variable's as an HCL expression. */
interface Case { readonly value: unknown; readonly hcl: string; readonly ok: boolean }

function agrees(rule: InputRule, cases: Case[]) {
  const verdicts = cases.map((c) => [c.hcl, c.value === undefined ? true : ruleHolds(rule, c.value)]);
  expect(verdicts).toEqual(cases.map((c) => [c.hcl, c.ok]));
  const condition = rule.variableRule?.condition ?? rule.condition;
  const results = evaluate(cases.map((c) => condition(`(${c.hcl})`)));
  expect(cases.map((c, i) => [c.hcl, results[i]])).toEqual(cases.map((c) => [c.hcl, String(c.ok)]));
}

const s3 = (fields: Record<string, string | null>): Case & { fields: Record<string, string | null> } => ({
  fields,
  value: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
  hcl: `{ ${Object.entries({ region: null, folder: null, ...fields }).map(([k, v]) => `${k} = ${v === null ? 'null' : JSON.stringify(v)}`).join(', ')} }`,
  ok: true,
});
const GOOD = { endpoint: 'fsn1.your-objectstorage.com', bucket: 'gitpod-etcd', region: 'fsn1', folder: 'gitpod/etcd' };

describe('etcd snapshot inputs: each rule at synth time agrees with its Terraform condition', () => {
  it('etcdSnapshotSchedule: five cron fields', () => {
    const good = [DEFAULT_ETCD_SNAPSHOT_SCHEDULE, '30 3 * * *', '0 0,12 * * 1-5', '*/15 * * * *'];
    const bad = ['@daily', '0 */12 * *', '0  */12 * * *', '0 */12 * * * *', 'every day', '', ' 0 */12 * * *'];
    agrees(ETCD_SNAPSHOT_RULES.schedule, [...good.map((v) => ({ value: v, hcl: JSON.stringify(v), ok: true })), ...bad.map((v) => ({ value: v, hcl: JSON.stringify(v), ok: false }))]);
  });

  it('etcdSnapshotRetention: a whole number from 1 to 1000', () => {
    agrees(ETCD_SNAPSHOT_RULES.retention, [[1, true], [5, true], [1000, true], [0, false], [1001, false], [2.5, false], [-1, false]]
      .map(([v, ok]) => ({ value: v, hcl: String(v), ok: ok as boolean })));
  });

  it('etcdS3: endpoint a host name without a scheme, bucket an S3 name, region and folder optional', () => {
    const cases: Array<[keyof typeof ETCD_SNAPSHOT_RULES, Record<string, string | null>, boolean]> = [
      ['endpoint', GOOD, true],
      ['endpoint', { ...GOOD, endpoint: 's3.fr-par.scw.cloud' }, true],
      ['endpoint', { ...GOOD, endpoint: 'minio.example.com:9000' }, true],
      ['endpoint', { ...GOOD, endpoint: 'https://fsn1.your-objectstorage.com' }, false],
      ['endpoint', { ...GOOD, endpoint: 'fsn1.your-objectstorage.com/bucket' }, false],
      ['endpoint', { ...GOOD, endpoint: 'localhost' }, false],
      ['bucket', GOOD, true],
      ['bucket', { ...GOOD, bucket: 'Gitpod_Etcd' }, false],
      ['bucket', { ...GOOD, bucket: 'ab' }, false],
      ['bucket', { ...GOOD, bucket: '-gitpod' }, false],
      ['region', { ...GOOD, region: null }, true],
      ['region', { ...GOOD, region: 'fr-par' }, true],
      ['region', { ...GOOD, region: 'FR PAR' }, false],
      ['folder', { ...GOOD, folder: null }, true],
      ['folder', { ...GOOD, folder: '' }, true],
      ['folder', { ...GOOD, folder: '/gitpod/' }, false],
      ['folder', { ...GOOD, folder: 'a//b' }, false],
    ];
    for (const [rule, fields, ok] of cases) agrees(ETCD_SNAPSHOT_RULES[rule], [{ ...s3(fields), ok }]);
    // Unset: snapshots stay on the managers.
    expect(evaluate([ETCD_SNAPSHOT_RULES.endpoint.condition('null')])).toEqual(['true']);
  });

  it('etcdS3Credentials: two keys without spaces; unset is fine', () => {
    const rule = ETCD_SNAPSHOT_RULES.credentials;
    expect(ruleHolds(rule, { accessKey: 'AK', secretKey: 'SK' })).toBe(true);
    expect(ruleHolds(rule, { accessKey: '', secretKey: 'SK' })).toBe(false);
    expect(ruleHolds(rule, { accessKey: 'AK' })).toBe(false);
    const condition = rule.variableRule!.condition;
    expect(evaluate([
      condition('null'), condition('({ access_key = "AK", secret_key = "SK" })'), condition('({ access_key = "", secret_key = "SK" })'),
      condition('({ access_key = "AK", secret_key = "S K" })'),
    ])).toEqual(['true', 'true', 'false', 'false']);
  });

  it('a message names the input, shows the value and the fix; never a key', () => {
    expect(thrown(() => synthHetzner({ etcdS3: { ...GOOD, endpoint: 'https://fsn1.your-objectstorage.com' } }))).toMatch(
      /invalid etcdS3 \(module variable etcd_s3\): got \{"endpoint":"https:\/\/fsn1\.your-objectstorage\.com".*\}\. Expected endpoint to be the S3 host name without https:\/\//);
    expect(thrown(() => synthHetzner({ etcdSnapshotSchedule: '@daily' }))).toMatch(
      /invalid etcdSnapshotSchedule \(module variable etcd_snapshot_schedule\): got "@daily"\. Expected five cron fields/);
    const message = thrown(() => synthHetzner({ etcdS3: GOOD, etcdS3Credentials: { accessKey: 'AK', secretKey: `${SECRET_KEY} x` } }));
    expect(message).toMatch(/invalid etcdS3Credentials \(module variable etcd_s3_credentials\): got "<a secret, not shown>"/);
    expect(message).not.toContain(SECRET_KEY);
    expect(terraformValidation(ETCD_SNAPSHOT_RULES.credentials).errorMessage).toBe(
      'Invalid etcd_s3_credentials: the value is not shown. Expected access_key and secret_key, both non-empty and without spaces.');
  });

  it('untyped callers: NaN, a string for a number, a bare string for the bucket get the message too (null is unset, as for every prop)', () => {
    expect(thrown(() => synthHetzner({ etcdSnapshotRetention: NaN }))).toMatch(/invalid etcdSnapshotRetention .*got NaN/);
    expect(thrown(() => synthHetzner({ etcdSnapshotRetention: '5' as unknown as number }))).toMatch(/invalid etcdSnapshotRetention .*got "5"/);
    expect(thrown(() => synthHetzner({ etcdS3: 'gitpod-etcd' as never }))).toMatch(/invalid etcdS3 .*got "gitpod-etcd"\. Expected endpoint/);
    expect(() => synthHetzner({ etcdSnapshotSchedule: null as unknown as string })).not.toThrow();
  });
});

describe('the managers take snapshots; S3 comes from a Secret, never user data', () => {
  it('every size runs embedded etcd: the first manager of small initialises it', () => {
    const config = primaryServerK3sConfig({
      apiAddress: '203.0.113.10', managersRunWorkloads: true, secret: 's', token: 't', agentSecret: 'a', agentToken: 'at',
      snapshots: { schedule: DEFAULT_ETCD_SNAPSHOT_SCHEDULE, retention: 5, s3: false },
    }, {});
    expect(config).toMatchObject({ 'cluster-init': true, 'etcd-snapshot-schedule-cron': DEFAULT_ETCD_SNAPSHOT_SCHEDULE, 'etcd-snapshot-retention': 5 });
    expect(Object.keys(config).filter((k) => k.startsWith('etcd-s3'))).toEqual([]);
  });

  const { json } = synthHetzner({
    readyTimeoutMinutes: 5, etcdSnapshotSchedule: '30 3 * * *', etcdSnapshotRetention: 9,
    etcdS3: GOOD, etcdS3Credentials: { accessKey: 'THEACCESSKEY', secretKey: SECRET_KEY },
  });
  const servers = Object.entries<any>(resourcesOf(json, 'hcloud_server'));

  it('the servers name the Secret and no S3 setting or key; the workers have no etcd settings', () => {
    for (const [name, server] of servers) {
      expect([name, server.user_data.includes(SECRET_KEY) || server.user_data.includes('THEACCESSKEY')]).toEqual([name, false]);
      expect([name, server.user_data.includes('your-objectstorage')]).toEqual([name, false]);
    }
    const [, first] = servers.find(([name]) => /manager/.test(name) && !/joining/.test(name))!;
    // config.yaml is yamlencode()d by Terraform: its object is in the user data expression.
    expect(first.user_data).toMatch(/"etcd-s3" = true/);
    expect(first.user_data).toMatch(/"etcd-s3-config-secret" = "gitpod-etcd-s3"/);
    expect(first.user_data).toMatch(/"etcd-snapshot-schedule-cron" = "30 3 \* \* \*"/);
    const [, workers] = servers.find(([name]) => /workers/.test(name))!;
    expect(workers.user_data).not.toMatch(/etcd-/);
  });

  it('a terraform_data writes the Secret over the API after the wait, again when a setting changes', () => {
    const step = Object.values<any>(resourcesOf(json, 'terraform_data')).find((r) => r.provisioner?.[0]?.['local-exec']?.environment?.OBJECT_PATH === '/api/v1/namespaces/kube-system/secrets/gitpod-etcd-s3');
    const env = step.provisioner[0]['local-exec'].environment;
    expect(env.OBJECT_BODY).toMatch(/^\$\{jsonencode\(/);
    // Sensitive: Terraform shows none of this step's output (the key is in its environment).
    expect(env.CLIENT_KEY).not.toMatch(/nonsensitive/);
    expect(step.triggers_replace.object).toMatch(/^\$\{sha256\(/);
    expect(step.provisioner[0]['local-exec'].command).not.toContain(SECRET_KEY);
    expect(step.depends_on).toEqual([expect.stringMatching(/ready/)]);
  });

  it('without a bucket there is no Secret step and no etcd-s3 on the servers', () => {
    const plain = synthHetzner({ readyTimeoutMinutes: 5 }).json;
    const step = Object.values<any>(resourcesOf(plain, 'terraform_data')).find((r) => r.provisioner?.[0]?.['local-exec']?.environment?.OBJECT_PATH === '/api/v1/namespaces/kube-system/secrets/gitpod-etcd-s3');
    expect(step.count).toBe(0);
    for (const server of Object.values<any>(resourcesOf(plain, 'hcloud_server'))) expect(server.user_data).not.toMatch(/etcd-s3/);
  });
});

describe('the Secret step (templates/apply-object.sh)', () => {
  it('sends the Secret as a file by server-side apply: the keys are on no command line', () => {
    const dir = tempDir('s3-secret-');
    fs.writeFileSync(path.join(dir, 'curl'), `#!/bin/bash\nprintf '%s\\n' "$*" >> ${dir}/args\nprev=""; for a; do [ "$prev" = --data-binary ] && cp "\${a#@}" ${dir}/body; prev="$a"; done\n`, { mode: 0o755 });
    const body = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', stringData: { 'etcd-s3-secret-key': SECRET_KEY } });
    const r = spawnSync('bash', [path.join(ROOT, 'templates', 'apply-object.sh')], {
      encoding: 'utf8',
      env: { PATH: `${dir}:/usr/bin:/bin`, API_URL: 'https://203.0.113.10:6443', CA_CERT: 'ca', CLIENT_CERT: 'cert', CLIENT_KEY: 'key', OBJECT_PATH: '/api/v1/namespaces/kube-system/secrets/gitpod-etcd-s3', OBJECT_BODY: body },
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const args = fs.readFileSync(path.join(dir, 'args'), 'utf8');
    expect(args).toMatch(/-X PATCH -H Content-Type: application\/apply-patch\+yaml --data-binary @\S+ https:\/\/203\.0\.113\.10:6443\/api\/v1\/namespaces\/kube-system\/secrets\/gitpod-etcd-s3\?fieldManager=gitpod-self-hosted&force=true/);
    expect(args).not.toContain(SECRET_KEY);
    expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET_KEY);
    expect(YAML.parse(fs.readFileSync(path.join(dir, 'body'), 'utf8')).stringData['etcd-s3-secret-key']).toBe(SECRET_KEY);
  });
});
