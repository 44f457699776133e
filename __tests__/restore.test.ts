import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { main } from '../lib/install/cli';
import { RESTORE_DROP_IN, restoreDropIn } from '../lib/install/restore';
import { tempDir } from './helpers';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['restore', ...args], {}, { out: (t) => { out += t; }, err: (t) => { err += t; } }, tempDir('restore-'));
  return { code, out, err };
}

/** The drop-in as the runbook prints it (the here-document of step 2). */
function printedDropIn(out: string): unknown {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.includes(`${RESTORE_DROP_IN} <<'EOF'`));
  const end = lines.findIndex((l, i) => i > start && l.trim() === 'EOF');
  return YAML.parse(lines.slice(start + 1, end).map((l) => l.replace(/^ {3}/, '')).join('\n'));
}

describe('gitpod-self-hosted restore: the runbook of a restore from an etcd snapshot', () => {
  it('from the first manager\'s disk: a cluster-reset drop-in with the snapshot\'s path, and the steps in order', async () => {
    const r = await run('--snapshot', 'etcd-snapshot-manager-1-1764662400');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(printedDropIn(r.out)).toEqual({
      'cluster-reset': true, 'cluster-reset-restore-path': '/var/lib/rancher/k3s/server/db/snapshots/etcd-snapshot-manager-1-1764662400',
    });
    const order = ['systemctl stop k3s', '20-gitpod-join.yaml', RESTORE_DROP_IN, 'k3s server', `rm ${RESTORE_DROP_IN}`, 'systemctl start k3s', 'rm -rf /var/lib/rancher/k3s/server/db'];
    const at = order.map((text) => r.out.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(r.out).not.toMatch(/AWS_/);
  });

  it('from the bucket: the S3 settings in the drop-in, the keys read on the manager and never given', async () => {
    const r = await run('--snapshot', 'etcd-snapshot-manager-1-1764662400', '--s3-endpoint', 'fsn1.your-objectstorage.com', '--s3-bucket', 'gitpod-etcd', '--s3-region', 'fsn1', '--s3-folder', 'gitpod');
    expect(r.code).toBe(0);
    expect(printedDropIn(r.out)).toEqual({
      'cluster-reset': true, 'cluster-reset-restore-path': 'etcd-snapshot-manager-1-1764662400', 'etcd-s3': true,
      'etcd-s3-endpoint': 'fsn1.your-objectstorage.com', 'etcd-s3-bucket': 'gitpod-etcd', 'etcd-s3-region': 'fsn1', 'etcd-s3-folder': 'gitpod',
    });
    expect(r.out).toContain('read -r AWS_ACCESS_KEY_ID; read -rs AWS_SECRET_ACCESS_KEY; export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY');
    expect(r.out.indexOf('read -rs AWS_SECRET_ACCESS_KEY')).toBeLessThan(r.out.indexOf('   k3s server'));
    // Once the reset is done the drop-in goes: its etcd-s3-* settings would hide the cluster's S3 Secret from k3s.
    expect(r.out.indexOf(`rm ${RESTORE_DROP_IN}`)).toBeGreaterThan(r.out.indexOf('   k3s server'));
  });

  it('--write puts the drop-in in a 0600 file, the same as printed', async () => {
    const file = path.join(tempDir('restore-write-'), 'drop-in.yaml');
    const r = await run('--snapshot', 'on-demand-manager-1-1764662400', '--write', file);
    expect(r.code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(YAML.parse(fs.readFileSync(file, 'utf8'))).toEqual(restoreDropIn({ snapshot: 'on-demand-manager-1-1764662400' }));
    expect(printedDropIn(r.out)).toEqual(YAML.parse(fs.readFileSync(file, 'utf8')));
  });

  it.each([
    ['no snapshot', [], /--snapshot is needed/],
    ['a path for the snapshot', ['--snapshot', '/tmp/x'], /--snapshot: got "\/tmp\/x"\. Expected a snapshot name as `k3s etcd-snapshot ls` lists it/],
    ['an endpoint with a scheme', ['--snapshot', 's1', '--s3-endpoint', 'https://fsn1.your-objectstorage.com', '--s3-bucket', 'b-1'], /--s3-endpoint: got "https:\/\/fsn1\.your-objectstorage\.com"\. Expected endpoint to be the S3 host name without https:\/\//],
    ['a bad bucket', ['--snapshot', 's1', '--s3-endpoint', 'fsn1.your-objectstorage.com', '--s3-bucket', 'Gitpod_Etcd'], /--s3-bucket: got "Gitpod_Etcd"\. Expected bucket to be an existing bucket's name/],
    ['a bucket without an endpoint', ['--snapshot', 's1', '--s3-bucket', 'gitpod-etcd'], /--s3-bucket given: a restore from S3 needs --s3-endpoint and --s3-bucket/],
    ['a key as an option', ['--snapshot', 's1', '--s3-secret-key', 'x'], /the bucket's keys are never options/],
  ])('refuses %s, naming the option, the value and the fix', async (_what, args, message) => {
    const r = await run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).toMatch(/Run `gitpod-self-hosted restore --help`/);
    expect(r.out).toBe('');
  });

  it('--help, and the install usage points at it', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: gitpod-self-hosted restore --snapshot NAME/);
    let out = '';
    await main(['--help'], {}, { out: (t) => { out += t; }, err: () => undefined }, tempDir('restore-'));
    expect(out).toContain('gitpod-self-hosted restore --snapshot NAME [options]');
  });
});
