// `gitpod-self-hosted restore`: the runbook of a restore from an etcd snapshot, rendered for the
// cluster's first manager: the k3s config drop-in that makes its next start a cluster-reset
// from the snapshot, and the commands around it, in order. It touches nothing itself: the
// commands run on the managers, over SSH, by the operator.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import * as YAML from 'yaml';
import { DEFAULT_ETCD_S3_REGION, ETCD_SNAPSHOT_RULES } from '../etcd-snapshots';
import { ruleHolds } from '../validation';
import { InstallError } from './runner';

const PROGRAM = 'gitpod-self-hosted';

/** Where the drop-in goes on the first manager: read after config.yaml, so its values win. @internal */
export const RESTORE_DROP_IN = '/etc/rancher/k3s/config.yaml.d/90-gitpod-restore.yaml';
/** Where k3s keeps the local snapshots. @internal */
export const SNAPSHOT_DIR = '/var/lib/rancher/k3s/server/db/snapshots';
/** find-cluster's drop-in of a first manager that replaced a lost one: it would make the reset join a cluster. @internal */
const JOIN_DROP_IN = '/etc/rancher/k3s/config.yaml.d/20-gitpod-join.yaml';
/** A snapshot name as `k3s etcd-snapshot ls` lists it (no path). @internal */
export const SNAPSHOT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,250}$/;

/** @internal */
export const RESTORE_USAGE = `usage: ${PROGRAM} restore --snapshot NAME [--s3-endpoint HOST --s3-bucket BUCKET [--s3-region REGION] [--s3-folder FOLDER]] [--write FILE]

Prints the runbook of a restore from an etcd snapshot (README, Day two): the k3s config drop-in
for the first manager (${RESTORE_DROP_IN}) and the commands, in order.
It runs nothing: the commands are for the managers (ssh -p 2244 root@<manager>).

  --snapshot NAME       the snapshot, as \`k3s etcd-snapshot ls\` lists it on a manager
  --s3-endpoint HOST    restore from the bucket (the etcd_s3 settings): its endpoint, without https://
  --s3-bucket BUCKET    ... its bucket
  --s3-region REGION    ... its region (default ${DEFAULT_ETCD_S3_REGION})
  --s3-folder FOLDER    ... its folder
  --write FILE          also write the drop-in to FILE (0600), to copy to the first manager
  -h, --help

The bucket's keys are never options: the commands read them on the manager, from the terminal,
into AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, which k3s takes for a restore (it does not read
the cluster's Secret then).
`;

/** What the runbook is made from. @internal */
export interface RestoreOptions {
  readonly snapshot: string;
  readonly s3?: { readonly endpoint: string; readonly bucket: string; readonly region: string; readonly folder: string };
  readonly write?: string;
}

function usageError(message: string): never {
  throw new InstallError(message, 2);
}

/** Parses and checks the command line of `restore` (after the word itself). @internal */
export function parseRestore(argv: string[], cwd: string): { help: true } | { help: false; options: RestoreOptions } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'snapshot': { type: 'string' }, 's3-endpoint': { type: 'string' }, 's3-bucket': { type: 'string' },
        's3-region': { type: 'string' }, 's3-folder': { type: 'string' }, 'write': { type: 'string' }, 'help': { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    const message = (e as Error).message.split('\n')[0];
    // A key on the command line would be in the shell's history and in `ps`.
    if (/s3-(access|secret)/.test(message)) usageError(`${message}: the bucket's keys are never options; the commands read them on the manager`);
    usageError(message);
  }
  if (values.help) return { help: true };
  const str = (name: string) => values[name] as string | undefined;
  const snapshot = str('snapshot');
  if (snapshot === undefined) usageError('--snapshot is needed: the name `k3s etcd-snapshot ls` lists on a manager');
  if (!SNAPSHOT_NAME.test(snapshot)) {
    usageError(`--snapshot: got ${JSON.stringify(snapshot)}. Expected a snapshot name as \`k3s etcd-snapshot ls\` lists it, such as etcd-snapshot-manager-1-1764662400 (letters, digits, . _ -; no path)`);
  }
  const s3Given = ['s3-endpoint', 's3-bucket', 's3-region', 's3-folder'].filter((f) => str(f) !== undefined);
  let s3: RestoreOptions['s3'];
  if (s3Given.length > 0) {
    if (str('s3-endpoint') === undefined || str('s3-bucket') === undefined) usageError(`${s3Given.map((f) => `--${f}`).join(', ')} given: a restore from S3 needs --s3-endpoint and --s3-bucket`);
    s3 = { endpoint: str('s3-endpoint')!, bucket: str('s3-bucket')!, region: str('s3-region') ?? DEFAULT_ETCD_S3_REGION, folder: str('s3-folder') ?? '' };
    // The rules of the etcd_s3 input, so a value the module refuses is refused here too.
    const fields: Array<[string, keyof typeof ETCD_SNAPSHOT_RULES]> = [['endpoint', 'endpoint'], ['bucket', 'bucket'], ['region', 'region'], ['folder', 'folder']];
    for (const [field, rule] of fields) {
      if (!ruleHolds(ETCD_SNAPSHOT_RULES[rule], s3)) {
        usageError(`--s3-${field}: got ${JSON.stringify((s3 as Record<string, string>)[field])}. Expected ${ETCD_SNAPSHOT_RULES[rule].expectation}`);
      }
    }
  }
  const write = str('write') === undefined ? undefined : path.resolve(cwd, str('write')!);
  return { help: false, options: { snapshot, s3, write } };
}

/**
 * The first manager's drop-in: its next start resets etcd's membership to itself and restores
 * the snapshot, from its disk or from the bucket (then with every S3 setting but the keys, which
 * k3s reads from its environment). It must go once the reset is done: with it, k3s would reset
 * again, and its `etcd-s3-*` settings would make k3s ignore the cluster's S3 Secret.
 * @internal
 */
export function restoreDropIn(options: RestoreOptions): Record<string, unknown> {
  if (options.s3 === undefined) {
    return { 'cluster-reset': true, 'cluster-reset-restore-path': `${SNAPSHOT_DIR}/${options.snapshot}` };
  }
  return {
    'cluster-reset': true,
    'cluster-reset-restore-path': options.snapshot,
    'etcd-s3': true,
    'etcd-s3-endpoint': options.s3.endpoint,
    'etcd-s3-bucket': options.s3.bucket,
    'etcd-s3-region': options.s3.region,
    ...options.s3.folder === '' ? {} : { 'etcd-s3-folder': options.s3.folder },
  };
}

/** The runbook: the drop-in's text and the commands, in order. @internal */
export function restoreRunbook(options: RestoreOptions): string {
  const dropIn = YAML.stringify(restoreDropIn(options));
  const keys = options.s3 === undefined ? [] : [
    '   # the bucket\'s keys, typed, never in the shell history or in ps:',
    '   read -r AWS_ACCESS_KEY_ID; read -rs AWS_SECRET_ACCESS_KEY; export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY',
  ];
  return [
    `# Restore from etcd snapshot ${options.snapshot}${options.s3 ? ` (s3://${options.s3.bucket}/${options.s3.folder})` : ` (${SNAPSHOT_DIR} on the first manager)`}.`,
    '# Everything written to the cluster after the snapshot is lost. Run on the managers as root (ssh -p 2244 root@<manager>).',
    '',
    '1. Every manager, the joining ones first, then the first manager: stop k3s.',
    '   systemctl stop k3s',
    '2. The first manager (manager-1): make its next start a reset from the snapshot.',
    `   test ! -e ${JOIN_DROP_IN} || mv ${JOIN_DROP_IN} /root/20-gitpod-join.yaml.before-restore`,
    `   install -m 0600 /dev/stdin ${RESTORE_DROP_IN} <<'EOF'`,
    ...dropIn.trimEnd().split('\n').map((l) => `   ${l}`),
    '   EOF',
    '3. The first manager: reset and restore, in the foreground; k3s stops by itself once done',
    '   ("restart without --cluster-reset").',
    ...keys,
    '   k3s server',
    `   rm ${RESTORE_DROP_IN}`,
    '   systemctl start k3s',
    '4. Each joining manager (medium, large), one at a time: drop its old etcd data, rejoin.',
    '   rm -rf /var/lib/rancher/k3s/server/db',
    '   systemctl start k3s',
    '5. The workers: nothing to do; a worker that stays NotReady: systemctl restart k3s-agent.',
    '6. From your machine: kubectl get nodes; the S3 Secret and the upgrade Plans are in the',
    '   restored data as they were at the snapshot: run terraform apply to write them again.',
    '',
  ].join('\n');
}

/** Runs `restore`; returns the exit code. @internal */
export function restoreMain(argv: string[], out: (text: string) => void, err: (text: string) => void, cwd: string): number {
  try {
    const parsed = parseRestore(argv, cwd);
    if (parsed.help) {
      out(RESTORE_USAGE);
      return 0;
    }
    const { options } = parsed;
    out(restoreRunbook(options));
    if (options.write !== undefined) {
      fs.writeFileSync(options.write, YAML.stringify(restoreDropIn(options)), { mode: 0o600 });
      fs.chmodSync(options.write, 0o600);
      err(`${PROGRAM} restore: wrote the drop-in to ${options.write}: copy it to ${RESTORE_DROP_IN} on the first manager (step 2)\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof InstallError) {
      err(`${PROGRAM} restore: ${e.message}\n`);
      if (e.exitCode === 2) err(`Run \`${PROGRAM} restore --help\` for the options.\n`);
      return e.exitCode;
    }
    err(`${PROGRAM} restore: unexpected error: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}
