import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { GITPOD_NAMESPACE } from '../gitpod/names';
import { installationObjects } from './cert-manager';
import { Installation, manifestsYaml, secretObject } from './context';
import { CONTAINER_KUBECONFIG, CONTAINER_WORK_DIR, runInstallerImage, stopWorkspaces } from './installer';
import { InstallError } from './runner';
import { generateSshHostKey } from './ssh-key';
import { MONITORING } from './versions';

/** The Helm release (and chart) that carries Gitpod's rendered manifests, as before. */
const RELEASE = 'gitpod';
const CHART_NAME = 'gitpod-self-hosted';
const MONITORING_NAMESPACE = 'monitoring';
/** The key of the host key in its Secret, as before (the gateway reads every key of the Secret). */
const HOST_KEY_FIELD = 'host-key';

/**
 * What the archived step did to the installer's output before handing it to Helm:
 * - the in-cluster registry's PersistentVolumeClaim stays on `local-path` (a network volume
 *   can stay attached to the old node during a Helm upgrade and lock the registry);
 * - Go template braces are escaped, so that Helm prints them instead of evaluating them
 *   (`{{` becomes `{{ "{{" }}`; the archived step wrapped each such line in a raw string,
 *   which breaks on lines holding a backtick).
 * @internal
 */
export function postProcessRender(text: string): { text: string; registryOnLocalPath: boolean } {
  let registryOnLocalPath = false;
  const documents = text.split(/^---[ \t]*$/m).map((chunk) => {
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
  return { text: documents.join('---').split('{{').join('{{ "{{" }}'), registryOnLocalPath };
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

/**
 * Gitpod: its secrets, the SSH gateway host key, the merged config, the installer (validate
 * config, validate cluster, render), the post-processing, stopping running workspaces, then
 * one Helm release of the rendered manifests (and the extra ones); optionally monitoring.
 * @internal
 */
export async function installGitpod(ctx: Installation): Promise<void> {
  ctx.runner.requireTools('the gitpod step', ['kubectl', 'helm', 'docker']);
  const o = ctx.options;
  const outputs = await ctx.outputs();
  outputs.require('gitpod_config', 'gitpod');
  const objects = installationObjects(outputs, 'gitpod');
  const config = objects.rendered.gitpodConfig;
  if (objects.rendered.configProblems.length > 0 && !o.skipConfigCheck) {
    throw new InstallError(`the gitpod_config output does not fit the installer's config schema (lib/data/gitpod-installer-config.schema.json):\n`
      + objects.rendered.configProblems.map((p) => `  gitpod_config ${p}`).join('\n')
      + '\nFix the config (GitpodInstallation `config`), or pass --skip-config-check to let the installer judge it (for an installer newer than 2022.11).');
  }
  if (typeof config.domain !== 'string' || config.domain === '') throw new InstallError('the gitpod_config output has no domain: the installer needs one (GitpodInstallation sets it)');
  const kubeconfig = await ctx.kubeconfig('gitpod');

  ctx.step(`gitpod: namespace ${GITPOD_NAMESPACE} and Gitpod's secrets (${objects.gitpodSecrets.map((s) => s.metadata.name).join(', ') || 'none'})`);
  await ctx.apply(ctx.write('namespace.yaml', manifestsYaml([objects.namespace]), 'the gitpod namespace'));
  if (objects.gitpodSecrets.length > 0) {
    await ctx.apply(ctx.write('gitpod-secrets.yaml', manifestsYaml(objects.gitpodSecrets), 'secrets, mode 0600'));
  }

  const hostKey = config.sshGatewayHostKey;
  if (hostKey?.kind === 'secret' && typeof hostKey.name === 'string') await ensureHostKey(ctx, hostKey.name);

  ctx.step('gitpod: the installer config (the base config with gitpod_config laid over it) and the chart');
  const configFile = ctx.write('gitpod.config.yaml', objects.rendered.gitpodConfigYaml, 'the Installer config');
  const containerConfig = `${CONTAINER_WORK_DIR}/${path.basename(configFile)}`;
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

  ctx.step(`gitpod: the installer (${o.installerImage}:${o.installerVersion}): validate config, validate cluster, render`);
  await runInstallerImage(ctx, { entrypoint: '/app/installer', workDir: true, args: ['validate', 'config', '--config', containerConfig] });
  await runInstallerImage(ctx, {
    entrypoint: '/app/installer', workDir: true, kubeconfig,
    args: ['validate', 'cluster', '--kubeconfig', CONTAINER_KUBECONFIG, '--namespace', GITPOD_NAMESPACE, '--config', containerConfig],
  });
  const experimental = config.experimental === undefined ? [] : ['--use-experimental-config'];
  const rendered = await runInstallerImage(ctx, {
    entrypoint: '/app/installer', workDir: true, capture: true,
    args: ['render', '--namespace', GITPOD_NAMESPACE, '--config', containerConfig, ...experimental],
  });
  const version = await runInstallerImage(ctx, { entrypoint: '/app/installer', args: ['version'], capture: true });
  if (rendered.skipped) {
    ctx.note('(dry run: chart/templates/gitpod.yaml is what render prints, with the registry PVC on local-path and Go template braces escaped; Chart.yaml gets appVersion from `version`)');
  } else {
    const processed = postProcessRender(rendered.stdout);
    ctx.write(path.join('chart', 'templates', 'gitpod.yaml'), processed.text, 'the rendered manifests; holds secrets the installer generated');
    if (processed.registryOnLocalPath) ctx.note('the in-cluster registry\'s volume claim stays on local-path');
    let appVersion: string | undefined;
    try {
      appVersion = JSON.parse(version.stdout).version;
    } catch {
      appVersion = undefined;
    }
    chart.appVersion = typeof appVersion === 'string' ? appVersion : o.installerVersion;
    ctx.write(path.join('chart', 'Chart.yaml'), YAML.stringify(chart), `appVersion ${chart.appVersion}`);
  }

  await stopWorkspaces(ctx, true);

  ctx.step(`gitpod: Helm release ${RELEASE} in ${GITPOD_NAMESPACE} (waits up to ${o.helmTimeout}${o.atomic ? ', rolls back on failure' : ''})`);
  await ctx.helm([
    'upgrade', '--install', ...ctx.atomicFlags(), '--create-namespace', '--namespace', GITPOD_NAMESPACE, '--reset-values',
    '--wait', '--timeout', o.helmTimeout, RELEASE, ctx.file('chart'),
  ], { waitsFor: 'Gitpod\'s pods to be ready' });
  ctx.step(`gitpod: ${o.dryRun ? 'would be' : 'is'} available on https://${config.domain}`);

  if (o.monitoring) {
    ctx.step(`monitoring: chart ${MONITORING.chart} ${MONITORING.version} into ${MONITORING_NAMESPACE} (Prometheus, Grafana)`);
    await ctx.helm([
      'upgrade', '--install', ...ctx.atomicFlags(), '--create-namespace', '--namespace', MONITORING_NAMESPACE,
      '--repo', MONITORING.repo, '--version', MONITORING.version, '--reset-values',
      '--set', `gitpodNamespace=${GITPOD_NAMESPACE}`, ...(o.monitoringValues ? ['--values', o.monitoringValues] : []),
      '--wait', '--timeout', o.helmTimeout, 'monitoring', MONITORING.chart,
    ], { waitsFor: 'the monitoring chart' });
  }
}
