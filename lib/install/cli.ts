#!/usr/bin/env node
// The installation step: cert-manager, Gitpod, monitoring and a CSI driver onto a cluster,
// from the outputs of GitpodInstallationOutputs. See `gitpod-self-hosted install --help`
// and the README ("Installing Gitpod onto the cluster").
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { CLOUDS, CLOUD_NAMES } from '../clouds';
import { installCertManager } from './cert-manager';
import { InstallOptions, Installation, PULL_POLICIES, WorkDir } from './context';
import { installCsi } from './csi';
import { installGitpod, listGitpodImages } from './gitpod';
import { isRegistryPrefix } from './images';
import { DIGEST_VERSION, stopWorkspaces } from './installer';
import { restoreMain } from './restore';
import { InstallError, Log, Runner } from './runner';
import { GITPOD_INSTALLER } from './versions';

const PROGRAM = 'gitpod-self-hosted';

/** The csi step's lines of the usage: the clouds and how each takes its credentials, from the registry. */
function csiUsage(): string {
  const column = (text: string) => text.padEnd(27);
  const names = CLOUD_NAMES.join(', ').replace(/, ([^,]*)$/, ' or $1');
  const lines = [`  ${column('--cloud CLOUD')}${names}`];
  for (const cloud of CLOUDS) {
    cloud.install.csiHelp.forEach((line, i) => lines.push(`  ${column(i === 0 ? cloud.name : '')}${line}`));
  }
  return `${lines.join('\n')}\n`;
}

/** @internal */
export const USAGE = `usage: ${PROGRAM} install <step> [options]
       ${PROGRAM} restore --snapshot NAME [options]   (the etcd restore runbook: restore --help)

Installs Gitpod onto a cluster of cdktf-gitpod-self-hosted from the outputs of
GitpodInstallationOutputs (cert_manager, domain_name, gitpod_config, gitpod_secrets, kubeconfig).

steps:
  csi              the cloud's CSI driver, its storage class the default (needs --cloud)
  cert-manager     cert-manager, the DNS01 solvers' secrets, ClusterIssuer gitpod-issuer,
                   the wildcard certificate (waits for it)
  gitpod           Gitpod's secrets, the SSH gateway host key, the installer, the Helm release
                   (stops running workspaces first; --monitoring adds the monitoring chart)
  stop-workspaces  stops the running workspaces
  all              csi (when --cloud is given), cert-manager, gitpod

outputs (one of):
  --dir DIR                  run \`terraform output -json\` in DIR (default: the current directory;
                             cdktf: cdktf.out/stacks/<stack>)
  --outputs FILE             \`terraform output -json\` saved in FILE, or a cdktf outputs file
                             written with --outputs-file-include-sensitive-outputs ('-': stdin)
  --stack NAME               the stack to use in a cdktf outputs file of several stacks

common:
  --kubeconfig FILE          use FILE instead of the kubeconfig output
  --work-dir DIR             where manifests, config and chart are written, and kept (default: a new
                             folder under the system's temporary folder, TMPDIR, removed at the end)
  --keep-work-dir            keep the temporary work folder (it holds the admin kubeconfig and Secrets)
  --dry-run                  print every command and write every file; nothing touches the cluster
  --helm-timeout DURATION    Helm's --timeout, also for rollouts (default 5m; env HELM_TIMEOUT)
  --no-atomic                keep a failed Helm release to inspect it (env CLEANUP_FAILED_UPGRADE=false)
  -h, --help

cert-manager:
  --webhooks-script COMMAND  run COMMAND with /bin/sh after cert-manager is installed, KUBECONFIG
                             set to the cluster's (env WEBHOOKS_SCRIPT)
  --certificate-timeout DUR  how long to wait for the certificate (default 15m; env TLS_CERT_ISSUE_TIMEOUT)

gitpod:
  --installer-version TAG    installer image tag, or a digest sha256:<64 hex> to pin it (default ${GITPOD_INSTALLER.version};
                             env GITPOD_INSTALLER_VERSION)
  --installer-image IMAGE    installer image, without tag (default ${GITPOD_INSTALLER.image}; env GITPOD_IMAGE_SOURCE)
  --docker-pull POLICY       always (default), missing or never (env DOCKER_PULL)
  --extra-manifests DIR      add DIR's *.yaml and *.yml to the chart (env KUBE_TEMPLATES_DIR)
  --skip-config-check        leave gitpod_config to the installer's own validation
  --monitoring               also install the gitpod-monitoring chart (env MONITORING_INSTALL=true)
  --monitoring-values FILE   a values file for that chart
  --no-image-rewrite         keep images that moved as the installer names them (by default
                             docker.io/bitnami/NAME:TAG becomes docker.io/bitnamilegacy/NAME:TAG;
                             env GITPOD_IMAGE_REWRITE=false)
  --image-mirror REGISTRY    pull every image of the render from REGISTRY/<path without registry>,
                             a copy you made (such as registry.example.com/gitpod; env GITPOD_IMAGE_MIRROR)
  --list-images              render, print every image of the render once (sorted) and stop
  --skip-image-check         do not resolve the images before Helm runs (and the installer image before
                             docker run), for a machine that cannot reach the registries
                             (env GITPOD_SKIP_IMAGE_CHECK=true)
  --image-check-timeout DUR  how long one image may take to resolve (default 30s; env GITPOD_IMAGE_CHECK_TIMEOUT)

csi (secrets from the environment or a file, never from a flag):
${csiUsage()}`;

const STEPS = ['csi', 'cert-manager', 'gitpod', 'stop-workspaces', 'all'];

const CSI_OPTIONS = [
  'hcloud-token-file', 'digitalocean-token-file', 'scaleway-access-key-file', 'scaleway-secret-key-file', 'scaleway-project-id', 'scaleway-zone',
  'azure-subscription-id', 'azure-tenant-id', 'azure-resource-group', 'azure-location', 'azure-identity-client-id',
];

const OPTIONS = {
  'dir': { type: 'string' },
  'outputs': { type: 'string' },
  'stack': { type: 'string' },
  'kubeconfig': { type: 'string' },
  'work-dir': { type: 'string' },
  'keep-work-dir': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'helm-timeout': { type: 'string' },
  'no-atomic': { type: 'boolean' },
  'help': { type: 'boolean', short: 'h' },
  'webhooks-script': { type: 'string' },
  'certificate-timeout': { type: 'string' },
  'installer-version': { type: 'string' },
  'installer-image': { type: 'string' },
  'docker-pull': { type: 'string' },
  'extra-manifests': { type: 'string' },
  'skip-config-check': { type: 'boolean' },
  'monitoring': { type: 'boolean' },
  'monitoring-values': { type: 'string' },
  'no-image-rewrite': { type: 'boolean' },
  'image-mirror': { type: 'string' },
  'list-images': { type: 'boolean' },
  'skip-image-check': { type: 'boolean' },
  'image-check-timeout': { type: 'string' },
  'cloud': { type: 'string' },
  ...Object.fromEntries(CSI_OPTIONS.map((o) => [o, { type: 'string' }])),
} as const;

function usageError(message: string): never {
  throw new InstallError(message, 2);
}

const DURATION = /^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/;

function duration(flag: string, value: string): string {
  if (!DURATION.test(value)) usageError(`${flag}: got ${JSON.stringify(value)}. Expected a duration such as 5m, 90s or 1h30m`);
  return value;
}

/** A duration of DURATION in milliseconds. */
function durationMs(value: string): number {
  const [, h, m, s] = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value)!;
  return ((Number(h ?? 0) * 60 + Number(m ?? 0)) * 60 + Number(s ?? 0)) * 1000;
}

/** A yes-or-no environment variable: unset, true or false, nothing else. */
function envSwitch(name: string, env: NodeJS.ProcessEnv): boolean | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') usageError(`${name}: got ${JSON.stringify(value)}. Expected true or false`);
  return value === 'true';
}

/** The gitpod step's image options (see lib/install/images.ts). */
function imageOptions(v: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv, step: string): InstallOptions['images'] {
  const mirrorFrom = v['image-mirror'] !== undefined ? '--image-mirror' : 'GITPOD_IMAGE_MIRROR';
  const givenMirror = (v['image-mirror'] as string | undefined) ?? env.GITPOD_IMAGE_MIRROR;
  const mirror = givenMirror?.replace(/\/+$/, '');
  if (givenMirror !== undefined && !isRegistryPrefix(mirror!)) {
    usageError(`${mirrorFrom}: got ${JSON.stringify(givenMirror)}. Expected a registry and an optional path, such as registry.example.com/gitpod or localhost:5000 `
      + '(no https://, no tag; the registry needs a dot or a port, or is localhost)');
  }
  const timeoutFlag = v['image-check-timeout'] !== undefined ? '--image-check-timeout' : 'GITPOD_IMAGE_CHECK_TIMEOUT';
  const timeout = duration(timeoutFlag, (v['image-check-timeout'] as string | undefined) ?? env.GITPOD_IMAGE_CHECK_TIMEOUT ?? '30s');
  if (durationMs(timeout) === 0) usageError(`${timeoutFlag}: got ${JSON.stringify(timeout)}. Expected a duration above zero, such as 30s`);
  const list = v['list-images'] === true;
  if (list && step !== 'gitpod') usageError(`--list-images lists the images of Gitpod's render: use it with \`install gitpod\`, not ${step}`);
  if (list && v['dry-run'] === true) usageError('--list-images needs the render, which a dry run does not run: leave out --dry-run (--list-images changes nothing on the cluster)');
  return {
    rewriteMoved: !(v['no-image-rewrite'] === true || envSwitch('GITPOD_IMAGE_REWRITE', env) === false),
    mirror,
    check: !(v['skip-image-check'] === true || envSwitch('GITPOD_SKIP_IMAGE_CHECK', env) === true),
    checkTimeoutMs: durationMs(timeout),
    list,
  };
}

function existing(flag: string, value: string, cwd: string, kind: 'file' | 'directory'): string {
  const full = path.resolve(cwd, value);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(full);
  } catch {
    stat = undefined;
  }
  const ok = stat !== undefined && (kind === 'file' ? stat.isFile() : stat.isDirectory());
  if (!ok) usageError(`${flag}: ${full} is not ${kind === 'file' ? 'a file' : 'a directory'}`);
  return full;
}

/** Parses and checks the command line; flags win over the environment, which wins over defaults. @internal */
export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv, cwd: string): { help: true } | { help: false; step: string; options: InstallOptions } {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS as any, allowPositionals: true, strict: true }) as any;
  } catch (e) {
    usageError((e as Error).message.split('\n')[0]);
  }
  const v = parsed.values;
  if (v.help) return { help: true };
  const [command, step, ...extra] = parsed.positionals;
  if (command === undefined) usageError(`no command: expected \`${PROGRAM} install <step>\` with a step of ${STEPS.join(', ')}`);
  if (command !== 'install') usageError(`unknown command ${JSON.stringify(command)}: expected install or restore`);
  if (step === undefined) usageError(`no step: expected one of ${STEPS.join(', ')}`);
  if (!STEPS.includes(step)) usageError(`unknown step ${JSON.stringify(step)}: expected one of ${STEPS.join(', ')}`);
  if (extra.length > 0) usageError(`unexpected argument ${JSON.stringify(extra[0])}: options start with --`);

  const str = (name: string) => v[name] as string | undefined;
  if (str('dir') !== undefined && str('outputs') !== undefined) usageError('--dir and --outputs both given: the outputs come from one place');
  if (str('stack') !== undefined && str('outputs') === undefined) usageError('--stack chooses a stack in a cdktf outputs file: use it with --outputs (with --dir, point at cdktf.out/stacks/<stack>)');
  const outputsFile = str('outputs');
  const outputs = outputsFile !== undefined
    ? { file: outputsFile === '-' ? '-' : existing('--outputs', outputsFile, cwd, 'file'), stack: str('stack') }
    : { dir: existing('--dir', str('dir') ?? '.', cwd, 'directory') };

  const cloud = str('cloud');
  if (cloud !== undefined && !(CLOUD_NAMES as readonly string[]).includes(cloud)) usageError(`--cloud: got ${JSON.stringify(cloud)}. Expected one of ${CLOUD_NAMES.join(', ')}`);
  if (step === 'csi' && cloud === undefined) usageError(`the csi step needs --cloud (one of ${CLOUD_NAMES.join(', ')}): the outputs do not say which cloud the cluster runs on`);

  const dockerPull = str('docker-pull') ?? env.DOCKER_PULL ?? 'always';
  if (!PULL_POLICIES.includes(dockerPull)) usageError(`--docker-pull: got ${JSON.stringify(dockerPull)}. Expected one of ${PULL_POLICIES.join(', ')}`);
  const installerVersion = str('installer-version') ?? env.GITPOD_INSTALLER_VERSION ?? GITPOD_INSTALLER.version;
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(installerVersion) && !DIGEST_VERSION.test(installerVersion)) {
    usageError(`--installer-version: got ${JSON.stringify(installerVersion)}. Expected an image tag such as latest or 2022.11.3, or a digest sha256:<64 lowercase hex digits>`);
  }
  const installerImage = str('installer-image') ?? env.GITPOD_IMAGE_SOURCE ?? GITPOD_INSTALLER.image;
  const lastSegment = installerImage.slice(installerImage.lastIndexOf('/') + 1);
  if (!/^[a-z0-9][a-z0-9._/:-]*$/.test(installerImage) || lastSegment.includes(':')) {
    usageError(`--installer-image: got ${JSON.stringify(installerImage)}. Expected an image name without its tag, such as ${GITPOD_INSTALLER.image} (the tag is --installer-version)`);
  }

  const workDirGiven = str('work-dir') === undefined ? undefined : path.resolve(cwd, str('work-dir')!);
  if (workDirGiven !== undefined && fs.existsSync(workDirGiven) && !fs.statSync(workDirGiven).isDirectory()) {
    usageError(`--work-dir: ${workDirGiven} exists and is not a directory`);
  }

  const extraManifests = str('extra-manifests') ?? env.KUBE_TEMPLATES_DIR;
  const monitoring = v.monitoring === true || env.MONITORING_INSTALL === 'true';
  const monitoringValues = str('monitoring-values');
  if (monitoringValues !== undefined && !monitoring) usageError('--monitoring-values needs --monitoring');
  const webhooksScript = str('webhooks-script') ?? env.WEBHOOKS_SCRIPT;
  if (webhooksScript !== undefined && webhooksScript.trim() === '') usageError('--webhooks-script: got an empty command');

  const options: InstallOptions = {
    dryRun: v['dry-run'] === true,
    workDir: { given: workDirGiven, keep: v['keep-work-dir'] === true },
    kubeconfig: str('kubeconfig') === undefined ? undefined : existing('--kubeconfig', str('kubeconfig')!, cwd, 'file'),
    outputs,
    cloud,
    webhooksScript,
    certificateTimeout: duration('--certificate-timeout', str('certificate-timeout') ?? env.TLS_CERT_ISSUE_TIMEOUT ?? '15m'),
    helmTimeout: duration('--helm-timeout', str('helm-timeout') ?? env.HELM_TIMEOUT ?? '5m'),
    installerImage,
    installerVersion,
    dockerPull,
    atomic: !(v['no-atomic'] === true || env.CLEANUP_FAILED_UPGRADE === 'false'),
    extraManifests: extraManifests === undefined ? undefined : existing('--extra-manifests', extraManifests, cwd, 'directory'),
    skipConfigCheck: v['skip-config-check'] === true,
    monitoring,
    monitoringValues: monitoringValues === undefined ? undefined : existing('--monitoring-values', monitoringValues, cwd, 'file'),
    images: imageOptions(v, env, step),
    csi: Object.fromEntries(CSI_OPTIONS.map((o) => [o, o.endsWith('-file') && str(o) !== undefined ? path.resolve(cwd, str(o)!) : str(o)])),
  };
  return { help: false, step, options };
}

/** The tools of each step, checked before anything runs (an `all` must not fail at its last step for want of docker). */
function toolsOf(step: string, options: InstallOptions): string[] {
  const csi = options.cloud === 'scaleway' || options.cloud === 'azure' ? ['kubectl', 'helm'] : ['kubectl'];
  switch (step) {
    case 'csi': return csi;
    case 'cert-manager': return ['kubectl', 'helm'];
    case 'stop-workspaces': return ['docker'];
    case 'gitpod': return options.images.list ? ['docker'] : ['kubectl', 'helm', 'docker'];
    default: return [...new Set([...(options.cloud ? csi : []), 'kubectl', 'helm', 'docker'])];
  }
}

/** The signals that stop a run; it passes them on to its children and removes its temporary folder. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Until `dispose`, a first SIGINT or SIGTERM interrupts the run (its children get the signal,
 * the steps stop, the work folder is removed on the way out); a second one removes the folder
 * and exits at once.
 */
function onStopSignals(runner: Runner, work: WorkDir, log: Log): { dispose(): void } {
  const handler = (signal: NodeJS.Signals) => {
    if (runner.interrupted) {
      work.removeNow();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    log.err(`${PROGRAM}: ${signal}: stopping the running command${work.removes ? ' and removing the work folder' : ''} (again to stop at once)\n`);
    runner.interrupt(signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return { dispose: () => STOP_SIGNALS.forEach((signal) => process.off(signal, handler)) };
}

/** The steps of a run, in their order. */
async function runStep(step: string, ctx: Installation, log: Log): Promise<void> {
  const { options } = ctx;
  if (options.images.list) {
    const images = await listGitpodImages(ctx);
    log.out(images.map((i) => `${i}\n`).join(''));
    return;
  }
  if (step === 'csi' || (step === 'all' && options.cloud !== undefined)) await installCsi(ctx);
  else if (step === 'all') ctx.step('csi: skipped (no --cloud; the step is optional)');
  if (step === 'cert-manager' || step === 'all') await installCertManager(ctx);
  if (step === 'gitpod' || step === 'all') await installGitpod(ctx);
  if (step === 'stop-workspaces') await stopWorkspaces(ctx, false);
  log.out(`${PROGRAM} install ${step}: ${options.dryRun ? 'dry run complete' : 'done'}\n`);
}

function reportError(e: unknown, log: Log): number {
  if (e instanceof InstallError) {
    log.err(`${PROGRAM}: ${e.message}\n`);
    if (e.exitCode === 2) log.err(`Run \`${PROGRAM} install --help\` for the steps and options.\n`);
    return e.exitCode;
  }
  log.err(`${PROGRAM}: unexpected error: ${(e as Error).stack ?? e}\n`);
  return 1;
}

/** Runs the command; returns the exit code. @internal */
export async function main(argv: string[], env: NodeJS.ProcessEnv, log: Log, cwd: string): Promise<number> {
  // The restore runbook (lib/install/restore.ts) shares the program, not the install's options.
  if (argv[0] === 'restore') return restoreMain(argv.slice(1), log.out, log.err, cwd);
  let work: WorkDir | undefined;
  let signals: { dispose(): void } | undefined;
  // With --list-images, stdout is the list alone (to pipe into a copy loop); the progress goes to stderr.
  let progress: Log = log;
  try {
    const parsed = parseCommandLine(argv, env, cwd);
    if (parsed.help) {
      log.out(USAGE);
      return 0;
    }
    const { step, options } = parsed;
    if (options.images.list) progress = { out: (t) => log.err(t), err: (t) => log.err(t) };
    const runner = new Runner(options.dryRun, progress, env);
    runner.requireTools(`the ${step} step`, toolsOf(step, options));
    work = WorkDir.open(options.workDir);
    signals = onStopSignals(runner, work, progress);
    const ctx = new Installation(options, work.path, runner, progress, env);
    progress.out(`${PROGRAM} install ${step}${options.dryRun ? ' (dry run: commands are printed, not run; nothing touches the cluster)' : ''}; ${work.describe(options.workDir)}\n`);
    await runStep(step, ctx, log);
    return 0;
  } catch (e) {
    return reportError(e, log);
  } finally {
    signals?.dispose();
    work?.close(progress);
  }
}

if (require.main === module) {
  const log: Log = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  void main(process.argv.slice(2), process.env, log, process.cwd()).then((code) => {
    process.exitCode = code;
  });
}
