import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { GITPOD_NAMESPACE } from '../gitpod/names';
import { installationObjects } from './cert-manager';
import { Installation, manifestsYaml, secretObject } from './context';
import {
  ImagePlan, MOVED_IMAGES, RenderedImage, canonicalImage, movedImage, plannedImage, renderedImages, rewriteImages, unresolvedAdvice, unresolvedImages,
} from './images';
import { CONTAINER_CONFIG, CONTAINER_KUBECONFIG, imageResolver, installerImage, runInstallerImage, stopWorkspaces } from './installer';
import { InstallError } from './runner';
import { generateSshHostKey } from './ssh-key';
import { MONITORING } from './versions';

/** The Helm release (and chart) that carries Gitpod's rendered manifests, as before. */
const RELEASE = 'gitpod';
const CHART_NAME = 'gitpod-self-hosted';
const MONITORING_NAMESPACE = 'monitoring';
/** The Secret the monitoring chart's Grafana keeps its admin password in (`<release>-grafana`). */
const GRAFANA_SECRET = 'monitoring-grafana';
const GRAFANA_PASSWORD_FILE = 'grafana-admin-password';

/** Whether a values file sets Grafana's password (a file that is no YAML sets nothing: helm will say what is wrong with it). */
function setsGrafanaPassword(file: string): boolean {
  try {
    return YAML.parse(fs.readFileSync(file, 'utf8'))?.prometheus?.grafana?.adminPassword !== undefined;
  } catch {
    return false;
  }
}

/**
 * Grafana's admin password: the one the cluster already has (a second install keeps it),
 * or a new random one. The chart's default, "password", is never used.
 */
async function grafanaPassword(ctx: Installation): Promise<string> {
  const fresh = crypto.randomBytes(24).toString('base64url');
  if (ctx.runner.dryRun) return fresh;
  const existing = await ctx.kubectl(['get', 'secret', GRAFANA_SECRET, '--namespace', MONITORING_NAMESPACE, '--ignore-not-found', '-o', 'jsonpath={.data.admin-password}'],
    { capture: true, allowFailure: true, readOnly: true });
  const kept = existing.code === 0 ? Buffer.from(existing.stdout.trim(), 'base64').toString('utf8') : '';
  return kept !== '' && kept !== 'password' ? kept : fresh;
}
/** The key of the host key in its Secret, as before (the gateway reads every key of the Secret). */
const HOST_KEY_FIELD = 'host-key';
/** The installer config in the work folder (the installer container sees it at CONTAINER_CONFIG). */
const CONFIG_FILE = 'gitpod.config.yaml';

/** What the post-processing found and did. @internal */
export interface ProcessedRender {
  readonly text: string;
  readonly registryOnLocalPath: boolean;
  /** Every image of the render, once each, sorted by what the cluster pulls. */
  readonly images: readonly RenderedImage[];
  /** Documents whose images could not be read. */
  readonly unreadable: number;
}

/**
 * What the archived step did to the installer's output before handing it to Helm, and what
 * the registries that moved since 2022 add:
 * - images that moved are rewritten to where they are now, and with a mirror every image
 *   points at its copy (see images.ts; by position, every other byte stays);
 * - the in-cluster registry's PersistentVolumeClaim stays on `local-path` (a network volume
 *   can stay attached to the old node during a Helm upgrade and lock the registry);
 * - Go template braces are escaped, so that Helm prints them instead of evaluating them
 *   (`{{` becomes `{{ "{{" }}`; the archived step wrapped each such line in a raw string,
 *   which breaks on lines holding a backtick).
 * @internal
 */
export function postProcessRender(text: string, plan: ImagePlan = { rewriteMoved: true }): ProcessedRender {
  const rewritten = rewriteImages(text, (image) => plannedImage(image, plan));
  let registryOnLocalPath = false;
  const documents = rewritten.text.split(/^---[ \t]*$/m).map((chunk) => {
    let parsed: any;
    try {
      parsed = YAML.parse(chunk);
    } catch {
      return chunk;
    }
    if (parsed?.kind !== 'PersistentVolumeClaim' || parsed?.metadata?.name !== 'registry') return chunk;
    const doc = YAML.parseDocument(chunk);
    doc.setIn(['spec', 'storageClassName'], 'local-path');
    registryOnLocalPath = true;
    return `\n${doc.toString()}`;
  });
  return {
    text: documents.join('---').split('{{').join('{{ "{{" }}'),
    registryOnLocalPath,
    images: renderedImages(rewritten.written, plan),
    unreadable: rewritten.unreadable,
  };
}

/** Every `.yaml`/`.yml` file under a folder, recursively, as the archived step's `find` found them. */
function manifestFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return manifestFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    });
}

/** The SSH gateway's host key: created once, never replaced (clients pin it). */
async function ensureHostKey(ctx: Installation, secretName: string): Promise<void> {
  ctx.step(`gitpod: the SSH gateway host key (Secret ${secretName}), created only if it does not exist`);
  const check = await ctx.kubectl(['get', 'secret', secretName, '--namespace', GITPOD_NAMESPACE, '--ignore-not-found', '--output=name'], { capture: true });
  if (!check.skipped && check.stdout.trim() !== '') {
    ctx.note(`${check.stdout.trim()} exists: kept`);
    return;
  }
  const key = generateSshHostKey();
  const file = ctx.write('ssh-gateway-host-key.yaml', manifestsYaml([secretObject(secretName, GITPOD_NAMESPACE, { [HOST_KEY_FIELD]: key.privateKey })]),
    'a new Ed25519 host key, OpenSSH format; secret, mode 0600');
  if (check.skipped) ctx.note('(dry run: created only when the check above prints nothing)');
  ctx.note(`host key: ${key.publicKey}`);
  await ctx.kubectl(['create', '-f', file]);
}

type InstallationObjects = ReturnType<typeof installationObjects>;
type GitpodConfig = InstallationObjects['rendered']['gitpodConfig'];

/** The installation objects of the outputs, with gitpod_config checked. */
async function gitpodInputs(ctx: Installation): Promise<{ objects: InstallationObjects; config: GitpodConfig }> {
  const outputs = await ctx.outputs();
  outputs.require('gitpod_config', 'gitpod');
  const objects = installationObjects(outputs, 'gitpod');
  const config = objects.rendered.gitpodConfig;
  if (objects.rendered.configProblems.length > 0 && !ctx.options.skipConfigCheck) {
    throw new InstallError(`the gitpod_config output does not fit the installer's config schema (lib/data/gitpod-installer-config.schema.json):\n`
      + objects.rendered.configProblems.map((p) => `  gitpod_config ${p}`).join('\n')
      + '\nFix the config (GitpodInstallation `config`), or pass --skip-config-check to let the installer judge it (for an installer newer than 2022.11).');
  }
  if (typeof config.domain !== 'string' || config.domain === '') throw new InstallError('the gitpod_config output has no domain: the installer needs one (GitpodInstallation sets it)');
  return { objects, config };
}

/** What the post-processing does to the images, said before it runs (so a dry run lists it too). */
function describeImagePlan(ctx: Installation): void {
  const { images } = ctx.options;
  if (!images.rewriteMoved) ctx.note('images that moved since 2022 are left as the installer names them (--no-image-rewrite)');
  else for (const rule of MOVED_IMAGES) ctx.note(`images that moved are rewritten: ${rule.from}<name>:<tag> becomes ${rule.to}<name>:<tag> (${rule.why})`);
  if (images.mirror !== undefined) ctx.note(`every image is pulled from the mirror: <registry>/<path>:<tag> becomes ${images.mirror}/<path>:<tag>`);
}

/** What the post-processing did to the images of a render. */
function reportImages(ctx: Installation, render: ProcessedRender): void {
  const moved = render.images.filter((i) => ctx.options.images.rewriteMoved && canonicalImage(movedImage(i.written)) !== canonicalImage(i.written));
  for (const image of moved) ctx.note(`moved: ${image.written} -> ${movedImage(image.written)}`);
  const { mirror } = ctx.options.images;
  if (mirror !== undefined) ctx.note(`${render.images.filter((i) => i.pulled !== i.source).length} of ${render.images.length} images point at ${mirror}`);
  if (render.unreadable > 0) ctx.note(`${render.unreadable} documents of the render are not YAML this command reads: their images are neither rewritten nor checked`);
}

/**
 * The installer's part that changes nothing on the cluster: the config, the chart, `validate
 * config`, `render`, `version` and the post-processing. It comes first, so that the images are
 * known (and checked) before anything is applied. Undefined in a dry run (render is not run).
 */
async function renderChart(ctx: Installation, objects: InstallationObjects, config: GitpodConfig): Promise<ProcessedRender | undefined> {
  const o = ctx.options;
  ctx.step('gitpod: the installer config (the base config with gitpod_config laid over it) and the chart');
  const configFile = ctx.write(CONFIG_FILE, objects.rendered.gitpodConfigYaml, 'the Installer config');
  const templates = ctx.file('chart', 'templates');
  fs.rmSync(templates, { recursive: true, force: true });
  ctx.ensureDir(templates);
  const chart: Record<string, unknown> = { apiVersion: 'v2', name: CHART_NAME, version: '1.0.0' };
  ctx.write(path.join('chart', 'Chart.yaml'), YAML.stringify(chart), 'the chart of the rendered manifests');
  if (o.extraManifests) {
    for (const file of manifestFiles(o.extraManifests)) {
      const name = `extra_${path.relative(o.extraManifests, file).split(path.sep).join('_')}`;
      fs.copyFileSync(file, path.join(templates, name));
      fs.chmodSync(path.join(templates, name), 0o600);
      ctx.note(`copied ${file} to ${path.join(templates, name)}`);
    }
  }

  ctx.step(`gitpod: the installer (${installerImage(ctx)}): validate config, render`);
  await runInstallerImage(ctx, { entrypoint: '/app/installer', config: configFile, args: ['validate', 'config', '--config', CONTAINER_CONFIG] });
  const experimental = config.experimental === undefined ? [] : ['--use-experimental-config'];
  const rendered = await runInstallerImage(ctx, {
    entrypoint: '/app/installer', config: configFile, capture: true,
    args: ['render', '--namespace', GITPOD_NAMESPACE, '--config', CONTAINER_CONFIG, ...experimental],
  });
  const version = await runInstallerImage(ctx, { entrypoint: '/app/installer', args: ['version'], capture: true });

  ctx.step('gitpod: post-processing the render (the registry\'s claim on local-path, Go template braces escaped, the images)');
  describeImagePlan(ctx);
  if (rendered.skipped) {
    ctx.note('(dry run: chart/templates/gitpod.yaml is what render prints, post-processed so; Chart.yaml gets appVersion from `version`)');
    return undefined;
  }
  const processed = postProcessRender(rendered.stdout, o.images);
  ctx.write(path.join('chart', 'templates', 'gitpod.yaml'), processed.text, 'the rendered manifests; holds secrets the installer generated');
  if (processed.registryOnLocalPath) ctx.note('the in-cluster registry\'s volume claim stays on local-path');
  reportImages(ctx, processed);
  let appVersion: string | undefined;
  try {
    appVersion = JSON.parse(version.stdout).version;
  } catch {
    appVersion = undefined;
  }
  chart.appVersion = typeof appVersion === 'string' ? appVersion : o.installerVersion;
  ctx.write(path.join('chart', 'Chart.yaml'), YAML.stringify(chart), `appVersion ${chart.appVersion}`);
  return processed;
}

/**
 * Every image of the render must resolve before anything changes: a missing one otherwise
 * shows only as ImagePullBackOff, then a Helm timeout and a rollback.
 */
async function checkRenderImages(ctx: Installation, render: ProcessedRender | undefined): Promise<void> {
  const { images } = ctx.options;
  ctx.step(`gitpod: every image of the render resolves (docker manifest inspect asks the registry and pulls nothing; up to ${images.checkTimeoutMs / 1000} s each)`);
  if (!images.check) {
    ctx.note('not checked (--skip-image-check)');
    return;
  }
  if (render === undefined) {
    ctx.note('(dry run: each image of the render is resolved with `docker manifest inspect IMAGE` once the render exists)');
    return;
  }
  const missing = await unresolvedImages(imageResolver(ctx), render.images.map((i) => i.pulled));
  ctx.runner.checkInterrupted();
  if (missing.length === 0) {
    ctx.note(`all ${render.images.length} images resolve`);
    return;
  }
  const byPulled = new Map(render.images.map((i) => [i.pulled, i]));
  throw new InstallError(`${missing.length} of the ${render.images.length} images of the render do not resolve; nothing on the cluster was changed:\n`
    + missing.map((m) => `  ${m.image}: ${m.reason}\n    what to do: ${unresolvedAdvice(byPulled.get(m.image)!, m.reason, images)}`).join('\n')
    + '\nEvery image of the render: `gitpod-self-hosted install gitpod --list-images` (the README shows how to copy them to a mirror for --image-mirror, env GITPOD_IMAGE_MIRROR).'
    + '\nIf this machine cannot reach the registries the cluster pulls from, pass --skip-image-check (env GITPOD_SKIP_IMAGE_CHECK=true).');
}

/**
 * The images of the render, once each, sorted, as they are pulled without a mirror: what to
 * copy into one. Renders (and validates the config) without touching the cluster.
 * @internal
 */
export async function listGitpodImages(ctx: Installation): Promise<string[]> {
  const { objects, config } = await gitpodInputs(ctx);
  const render = await renderChart(ctx, objects, config);
  if (render === undefined) throw new InstallError('--list-images needs the render, which a dry run does not run');
  return [...new Set(render.images.map((i) => i.source))].sort();
}

/**
 * Gitpod: the installer's config, validate config, render and its post-processing, every image
 * checked; then Gitpod's secrets, the SSH gateway host key, validate cluster, stopping running
 * workspaces, and one Helm release of the rendered manifests (and the extra ones); optionally
 * monitoring. Nothing is applied before the render and its images are known to be good.
 * @internal
 */
export async function installGitpod(ctx: Installation): Promise<void> {
  ctx.runner.requireTools('the gitpod step', ['kubectl', 'helm', 'docker']);
  const o = ctx.options;
  const { objects, config } = await gitpodInputs(ctx);
  const kubeconfig = await ctx.kubeconfig('gitpod');
  const render = await renderChart(ctx, objects, config);
  await checkRenderImages(ctx, render);

  ctx.step(`gitpod: namespace ${GITPOD_NAMESPACE} and Gitpod's secrets (${objects.gitpodSecrets.map((s) => s.metadata.name).join(', ') || 'none'})`);
  await ctx.apply(ctx.write('namespace.yaml', manifestsYaml([objects.namespace]), 'the gitpod namespace'));
  if (objects.gitpodSecrets.length > 0) {
    await ctx.apply(ctx.write('gitpod-secrets.yaml', manifestsYaml(objects.gitpodSecrets), 'secrets, mode 0600'));
  }

  const hostKey = config.sshGatewayHostKey;
  if (hostKey?.kind === 'secret' && typeof hostKey.name === 'string') await ensureHostKey(ctx, hostKey.name);

  // After the secrets: the installer checks that the ones the config names exist.
  ctx.step('gitpod: the installer checks the cluster (validate cluster)');
  await runInstallerImage(ctx, {
    entrypoint: '/app/installer', config: ctx.file(CONFIG_FILE), kubeconfig,
    args: ['validate', 'cluster', '--kubeconfig', CONTAINER_KUBECONFIG, '--namespace', GITPOD_NAMESPACE, '--config', CONTAINER_CONFIG],
  });

  await stopWorkspaces(ctx, true);

  ctx.step(`gitpod: Helm release ${RELEASE} in ${GITPOD_NAMESPACE} (waits up to ${o.helmTimeout}${o.atomic ? ', rolls back on failure' : ''})`);
  await ctx.helm([
    'upgrade', '--install', ...ctx.atomicFlags(), '--create-namespace', '--namespace', GITPOD_NAMESPACE, '--reset-values',
    '--wait', '--timeout', o.helmTimeout, RELEASE, ctx.file('chart'),
  ], { waitsFor: 'Gitpod\'s pods to be ready' });
  ctx.step(`gitpod: ${o.dryRun ? 'would be' : 'is'} available on https://${config.domain}`);

  if (o.monitoring) {
    ctx.step(`monitoring: chart ${MONITORING.chart} ${MONITORING.version} into ${MONITORING_NAMESPACE} (Prometheus, Grafana)`);
    // The user's own password (--monitoring-values) wins: --set-file would override it.
    const own = o.monitoringValues !== undefined && setsGrafanaPassword(o.monitoringValues);
    const password = own ? undefined
      : ctx.write(GRAFANA_PASSWORD_FILE, await grafanaPassword(ctx), `Grafana's admin password, also in the Secret ${GRAFANA_SECRET} of ${MONITORING_NAMESPACE}`);
    await ctx.helm([
      'upgrade', '--install', ...ctx.atomicFlags(), '--create-namespace', '--namespace', MONITORING_NAMESPACE,
      '--repo', MONITORING.repo, '--version', MONITORING.version, '--reset-values',
      '--set', `gitpodNamespace=${GITPOD_NAMESPACE}`,
      // The chart's own default is "password"; a file keeps the value off the command line.
      ...(password === undefined ? [] : ['--set-file', `prometheus.grafana.adminPassword=${password}`]),
      ...(o.monitoringValues ? ['--values', o.monitoringValues] : []),
      '--wait', '--timeout', o.helmTimeout, 'monitoring', MONITORING.chart,
    ], { waitsFor: 'the monitoring chart' });
  }
}
