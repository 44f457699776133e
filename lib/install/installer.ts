import * as fs from 'fs';
import * as YAML from 'yaml';
import { GITPOD_NAMESPACE } from '../gitpod/names';
import { Installation } from './context';
import { Resolver, resolveImage } from './images';
import { InstallError, RunResult } from './runner';

/** Where the installer config and the kubeconfig appear inside the installer container (each mounted alone, read-only). @internal */
export const CONTAINER_CONFIG = '/gitpod/gitpod.config.yaml';
/** @internal */
export const CONTAINER_KUBECONFIG = '/kubeconfig';

/** An installer version that is a digest: the image is pinned to one manifest, not a tag that can move. @internal */
export const DIGEST_VERSION = /^sha256:[0-9a-f]{64}$/;

/** The installer image reference: `IMAGE:TAG`, or `IMAGE@sha256:...` for a digest. @internal */
export function installerImage(ctx: Installation): string {
  const { installerImage: image, installerVersion: version } = ctx.options;
  return `${image}${DIGEST_VERSION.test(version) ? '@' : ':'}${version}`;
}

/** How this run resolves images: with docker's environment (its config, the proxy; CHILD_ENVIRONMENT), printed to its log. @internal */
export function imageResolver(ctx: Installation): Resolver {
  const { runner } = ctx;
  return {
    env: runner.childEnv('docker'), out: (t) => ctx.log.out(t), dryRun: runner.dryRun, timeoutMs: ctx.options.images.checkTimeoutMs,
    track: (child) => runner.track(child), interrupted: () => runner.interrupted,
  };
}

/**
 * The installer image must resolve before the first `docker run`: a moved or deleted image
 * would otherwise fail inside `docker pull` with the registry's words, not ours. A run that
 * will not pull (`never`, or `missing` with a local copy) does not ask the registry.
 */
async function checkInstallerImage(ctx: Installation): Promise<void> {
  const image = installerImage(ctx);
  const o = ctx.options;
  if (!o.images.check) {
    ctx.note(`the installer image ${image} is not checked (--skip-image-check)`);
    return;
  }
  if (o.dockerPull === 'never') {
    ctx.note(`the installer image ${image} is not checked: --docker-pull never runs the local copy`);
    return;
  }
  if (o.dockerPull === 'missing') {
    const local = await ctx.runner.run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], { capture: true, allowFailure: true });
    if (local.skipped) ctx.note('(dry run: the registry is asked only when there is no local copy)');
    if (local.skipped || local.code === 0) return;
    ctx.note('no local copy: docker will pull it, so the registry is asked first');
  }
  const reason = await resolveImage(imageResolver(ctx), image);
  ctx.runner.checkInterrupted();
  if (reason === undefined) return;
  throw new InstallError(`the installer image ${image} does not resolve: ${reason}\n`
    + '  Copy it to a registry you control and point at the copy: --installer-image REGISTRY/PATH (env GITPOD_IMAGE_SOURCE), '
    + 'with --installer-version TAG, or the digest sha256:<64 hex digits> to pin it (env GITPOD_INSTALLER_VERSION); '
    + 'a copy loaded with `docker load` runs with --docker-pull never.\n'
    + '  If this machine cannot ask the registry, pass --skip-image-check (env GITPOD_SKIP_IMAGE_CHECK=true).');
}

const pulled = new WeakMap<Installation, string>();

/**
 * The `--pull` policy of the `docker run`s: with `always` (the default, as before) the image
 * is pulled once, visibly, and the runs then use it as it is.
 */
async function pullPolicy(ctx: Installation): Promise<string> {
  const known = pulled.get(ctx);
  if (known !== undefined) return known;
  await checkInstallerImage(ctx);
  let policy = ctx.options.dockerPull;
  if (policy === 'always') {
    await ctx.runner.run('docker', ['pull', installerImage(ctx)], { waitsFor: `the image ${installerImage(ctx)}` });
    policy = 'never';
  }
  pulled.set(ctx, policy);
  return policy;
}

/** What a run of the installer image needs. @internal */
export interface InstallerRun {
  /** `/app/installer` or `/app/gpctl`. */
  readonly entrypoint: string;
  readonly args: string[];
  /** The installer config to mount read-only at CONTAINER_CONFIG. */
  readonly config?: string;
  /**
   * A kubeconfig to mount read-only at CONTAINER_KUBECONFIG. A run with one talks to the
   * cluster; a run without one gets no network at all (`--network none`).
   */
  readonly kubeconfig?: string;
  readonly capture?: boolean;
  readonly allowFailure?: boolean;
  readonly waitsFor?: string;
}

/**
 * `docker run` of the Gitpod installer image (the installer, or gpctl inside it). The container
 * gets the files it reads, each alone and read-only, never the work folder (which holds the
 * kubeconfig and every Secret); what it makes it prints, and the command captures. Only a run
 * that talks to the cluster has a network: `validate config`, `render` and `version` need none,
 * so an image that is not what it claims cannot send the config anywhere.
 * @internal
 */
export async function runInstallerImage(ctx: Installation, run: InstallerRun): Promise<RunResult> {
  const mounts: string[] = [];
  if (run.config) mounts.push('--volume', `${run.config}:${CONTAINER_CONFIG}:ro`);
  if (run.kubeconfig) mounts.push('--volume', `${run.kubeconfig}:${CONTAINER_KUBECONFIG}:ro`);
  const network = run.kubeconfig ? [] : ['--network', 'none'];
  return ctx.runner.run('docker', [
    'run', '--rm', `--pull=${await pullPolicy(ctx)}`, ...network, ...mounts, '--entrypoint', run.entrypoint, installerImage(ctx), ...run.args,
  ], { capture: run.capture, allowFailure: run.allowFailure, waitsFor: run.waitsFor });
}

/**
 * A copy of a kubeconfig whose current context works in the `gitpod` namespace: gpctl has
 * no namespace flag. (The archived step switched the user's own context and back.)
 * @internal
 */
export function kubeconfigInNamespace(text: string, namespace: string): string {
  const config = YAML.parse(text);
  const contexts: Array<{ name: string; context: Record<string, unknown> }> = config?.contexts ?? [];
  const current = contexts.find((c) => c.name === config['current-context']) ?? contexts[0];
  if (!current?.context) throw new InstallError('the kubeconfig has no context to use');
  current.context.namespace = namespace;
  config['current-context'] = current.name;
  return YAML.stringify(config);
}

/** The workspace instances in `gpctl workspaces list --output-format json` (both shapes gpctl has printed). @internal */
export function listedInstances(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'null') return [];
  const json = JSON.parse(trimmed);
  const rows: any[] = Array.isArray(json) ? json : Array.isArray(json?.status) ? json.status : [];
  return rows.map((r) => r?.Instance ?? r?.instance ?? r?.id).filter((id): id is string => typeof id === 'string' && id !== '');
}

const RETRY_DELAY_MS = 10000;

/**
 * Stops the running workspaces with gpctl (in the installer image), as the archived step did
 * before an upgrade: a workspace cannot survive its components being replaced. With `tolerant`
 * (the gitpod step), a listing that fails means nothing to stop (Gitpod not installed yet).
 * @internal
 */
export async function stopWorkspaces(ctx: Installation, tolerant: boolean): Promise<void> {
  const kubeconfig = await ctx.kubeconfig('stop-workspaces');
  ctx.step(`stop-workspaces: list the running workspaces with gpctl (namespace ${GITPOD_NAMESPACE})`);
  const scoped = ctx.write('kubeconfig-gitpod', kubeconfigInNamespace(fs.readFileSync(kubeconfig, 'utf8'), GITPOD_NAMESPACE),
    `the kubeconfig with its context in namespace ${GITPOD_NAMESPACE}, for gpctl`);
  const gpctl = (args: string[], extra: { capture?: boolean; allowFailure?: boolean } = {}) => runInstallerImage(ctx, {
    entrypoint: '/app/gpctl', args: [...args, '--kubeconfig', CONTAINER_KUBECONFIG], kubeconfig: scoped, ...extra,
  });

  const listed = await gpctl(['workspaces', 'list', '--output-format', 'json'], { capture: true, allowFailure: tolerant });
  if (listed.skipped) {
    ctx.note('(dry run: then, for each instance listed, `workspaces stop <instance>`, retried once after 10 s)');
    return;
  }
  let instances: string[];
  if (listed.code !== 0) {
    ctx.note('no workspaces listed (Gitpod is not installed yet, or ws-manager does not answer): nothing to stop');
    return;
  }
  try {
    instances = listedInstances(listed.stdout);
  } catch {
    if (!tolerant) throw new InstallError('gpctl listed the workspaces in a form this command does not know (expected JSON)');
    ctx.note('the workspace list is not JSON: nothing stopped');
    return;
  }
  if (instances.length === 0) ctx.note('no running workspaces');
  for (const instance of instances) {
    ctx.step(`stop-workspaces: stopping ${instance}`);
    const first = await gpctl(['workspaces', 'stop', instance], { allowFailure: true });
    if (first.code === 0) continue;
    ctx.note(`stopping ${instance} failed; retrying in ${RETRY_DELAY_MS / 1000} s`);
    await ctx.runner.sleep(Number(ctx.env.GITPOD_INSTALL_RETRY_MS ?? RETRY_DELAY_MS));
    await gpctl(['workspaces', 'stop', instance]);
  }
}
