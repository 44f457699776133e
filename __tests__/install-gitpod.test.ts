import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import {
  CHART_RENDER_IMAGES, CliResult, CompanionOutputs, FakeRule, FakeTools, SECRETS, chartRender, commands, companionOutputs, decoded, expectNoSecret, fakeTerraform,
  missingImages, mode, runCli, spawnOk, yamlDocs,
} from './install-helpers';
import { tempDir } from './helpers';

const IMAGE = 'ghcr.io/mrsimonemms/gitpod-self-hosted/installer:latest';
const APPLY = 'kubectl --kubeconfig <work>/kubeconfig apply --server-side --force-conflicts --field-manager=gitpod-self-hosted -f';
const RUN = 'docker run --rm --pull=never';
/** The installer config alone, read-only: the container never sees the rest of the work folder. */
const CONFIG = '--volume <work>/gitpod.config.yaml:/gitpod/gitpod.config.yaml:ro';
/** A run that does not talk to the cluster has no network. */
const OFFLINE = '--network none';

/**
 * The installer's part first (it changes nothing on the cluster, and tells which images the render
 * needs), then what changes the cluster. `pull`: the installer image's check and pull.
 */
function gitpodCommands(image = IMAGE, pull = [`docker manifest inspect ${image}`, `docker pull ${image}`], run = RUN): string[] {
  return [
    'terraform -chdir=<outputs> output -json',
    ...pull,
    `${run} ${OFFLINE} ${CONFIG} --entrypoint /app/installer ${image} validate config --config /gitpod/gitpod.config.yaml`,
    `${run} ${OFFLINE} ${CONFIG} --entrypoint /app/installer ${image} render --namespace gitpod --config /gitpod/gitpod.config.yaml`,
    `${run} ${OFFLINE} --entrypoint /app/installer ${image} version`,
    `${APPLY} <work>/namespace.yaml`,
    `${APPLY} <work>/gitpod-secrets.yaml`,
    'kubectl --kubeconfig <work>/kubeconfig get secret ssh-gateway-host-key --namespace gitpod --ignore-not-found --output=name',
    'kubectl --kubeconfig <work>/kubeconfig create -f <work>/ssh-gateway-host-key.yaml',
    `${run} ${CONFIG} --volume <work>/kubeconfig:/kubeconfig:ro --entrypoint /app/installer ${image} validate cluster --kubeconfig /kubeconfig --namespace gitpod --config /gitpod/gitpod.config.yaml`,
    `${run} --volume <work>/kubeconfig-gitpod:/kubeconfig:ro --entrypoint /app/gpctl ${image} workspaces list --output-format json --kubeconfig /kubeconfig`,
    'helm --kubeconfig <work>/kubeconfig upgrade --install --atomic --cleanup-on-fail --create-namespace --namespace gitpod --reset-values --wait --timeout 5m gitpod <work>/chart',
  ];
}

let companion: CompanionOutputs;
beforeAll(() => {
  companion = companionOutputs();
});

function run(args: string[], options: { env?: Record<string, string>; rules?: Record<string, FakeRule[]>; json?: string; tools?: string[] } = {}): { result: CliResult; fakes: FakeTools; printed: string[] } {
  const fakes = new FakeTools(options.tools ?? ['kubectl', 'helm', 'docker'], options.rules);
  fakeTerraform(fakes, options.json ?? companion.json);
  // The fake installer fails one workspace stop once: retry after 10 ms, not 10 s.
  const result = runCli(['install', 'gitpod', '--dir', companion.dir, ...args], { fakes, env: { GITPOD_INSTALL_RETRY_MS: '10', ...options.env } });
  return { result, fakes, printed: commands(result).map((c) => c.split(companion.dir).join('<outputs>')) };
}

describe('install gitpod --dry-run, from the synthesized companion outputs', () => {
  let result: CliResult;
  let fakes: FakeTools;
  let printed: string[];
  beforeAll(() => {
    ({ result, fakes, printed } = run(['--dry-run']));
    spawnOk(result);
  });

  it('prints the exact commands, in order: installer (check, pull, validate config, render, version), secrets, host key (check, create), validate cluster, workspaces, helm', () => {
    expect(printed).toEqual(gitpodCommands());
    expect(fakes.calls().map((c) => c.tool)).toEqual(['terraform']);
  });

  it('writes Gitpod\'s secrets in gitpod from gitpod_secrets, mode 0600', () => {
    const file = path.join(result.work, 'gitpod-secrets.yaml');
    expect(mode(file)).toBe(0o600);
    const secrets = yamlDocs(file);
    expect(secrets.map((s) => `${s.kind}/${s.metadata.namespace}/${s.metadata.name}`)).toEqual(['Secret/gitpod/container-registry', 'Secret/gitpod/database']);
    expect(decoded(secrets[1])).toMatchObject({ host: 'mysql.example.com', username: 'gitpod', password: SECRETS.db_password, port: '3306' });
    expect(JSON.parse(decoded(secrets[0])['.dockerconfigjson']).auths['registry.example.com'].password).toBe(SECRETS.registry_password);
  });

  it('writes an Ed25519 host key in OpenSSH format under host-key, which ssh-keygen reads, mode 0600', () => {
    const file = path.join(result.work, 'ssh-gateway-host-key.yaml');
    expect(mode(file)).toBe(0o600);
    const [secret] = yamlDocs(file);
    expect(secret.metadata).toEqual({ name: 'ssh-gateway-host-key', namespace: 'gitpod' });
    const key = decoded(secret)['host-key'];
    expect(key).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----\n[\s\S]+\n-----END OPENSSH PRIVATE KEY-----\n$/);
    const keyFile = path.join(result.work, 'key-for-ssh-keygen');
    fs.writeFileSync(keyFile, key, { mode: 0o600 });
    const publicKey = execFileSync('ssh-keygen', ['-y', '-f', keyFile], { encoding: 'utf8' }).trim();
    expect(publicKey).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA\S+ gitpod-ssh-gateway$/);
    // The public half is printed (it is what clients pin); the private half never is.
    expect(result.stdout).toContain(`host key: ${publicKey}`);
    expect(result.stdout).not.toContain('PRIVATE KEY');
  });

  it('writes the installer config: the base config with gitpod_config laid over it', () => {
    const config = YAML.parse(fs.readFileSync(path.join(result.work, 'gitpod.config.yaml'), 'utf8'));
    expect(config).toEqual({
      apiVersion: 'v1',
      sshGatewayHostKey: { kind: 'secret', name: 'ssh-gateway-host-key' },
      workspace: { runtime: {
        containerdRuntimeDir: '/run/k3s/containerd/io.containerd.runtime.v2.task/k8s.io',
        containerdSocket: '/run/k3s/containerd/containerd.sock',
        fsShiftMethod: 'fuse',
      } },
      domain: 'gitpod.example.com',
      blockNewUsers: { enabled: true, passlist: ['example.com'] },
      database: { inCluster: false, external: { certificate: { kind: 'secret', name: 'database' } } },
      containerRegistry: { inCluster: false, external: { url: 'registry.example.com/gitpod', certificate: { kind: 'secret', name: 'container-registry' } } },
    });
  });

  it('writes the chart (no appVersion until the installer tells it) and a kubeconfig in the gitpod namespace for gpctl', () => {
    expect(YAML.parse(fs.readFileSync(path.join(result.work, 'chart', 'Chart.yaml'), 'utf8'))).toEqual({ apiVersion: 'v2', name: 'gitpod-self-hosted', version: '1.0.0' });
    expect(fs.readdirSync(path.join(result.work, 'chart', 'templates'))).toEqual([]);
    const scoped = YAML.parse(fs.readFileSync(path.join(result.work, 'kubeconfig-gitpod'), 'utf8'));
    expect(scoped.contexts[0].context).toEqual({ cluster: 'gitpod-self-hosted', user: 'gitpod-self-hosted', namespace: 'gitpod' });
    expect(mode(path.join(result.work, 'kubeconfig-gitpod'))).toBe(0o600);
  });

  it('never prints a secret value', () => {
    expectNoSecret(result, Object.values(SECRETS));
    expect(result.stdout).toContain('gitpod: would be available on https://gitpod.example.com');
  });
});

describe('install gitpod --dry-run: options', () => {
  it('takes the installer version and image from the flags or the archived environment variables, and the pull policy', () => {
    const flags = run(['--dry-run', '--installer-version', '2022.11.3', '--installer-image', 'registry.example.com:5000/gitpod/installer', '--docker-pull', 'missing']);
    spawnOk(flags.result);
    const pinned = 'registry.example.com:5000/gitpod/installer:2022.11.3';
    expect(flags.printed).toEqual(gitpodCommands(pinned, [`docker image inspect --format '{{.Id}}' ${pinned}`], 'docker run --rm --pull=missing'));
    const env = run(['--dry-run'], { env: { GITPOD_INSTALLER_VERSION: 'nightly', GITPOD_IMAGE_SOURCE: 'example/installer', DOCKER_PULL: 'never' } });
    spawnOk(env.result);
    expect(env.printed).toEqual(gitpodCommands('example/installer:nightly', [], 'docker run --rm --pull=never'));
  });

  it('--no-atomic (or CLEANUP_FAILED_UPGRADE=false) and --helm-timeout change the Helm release; --monitoring adds the pinned monitoring chart', () => {
    const { result, printed } = run(['--dry-run', '--no-atomic', '--helm-timeout', '15m', '--monitoring']);
    spawnOk(result);
    expect(printed.slice(-2)).toEqual([
      'helm --kubeconfig <work>/kubeconfig upgrade --install --create-namespace --namespace gitpod --reset-values --wait --timeout 15m gitpod <work>/chart',
      'helm --kubeconfig <work>/kubeconfig upgrade --install --create-namespace --namespace monitoring --repo https://helm.simonemms.com --version 0.2.0 '
        + '--reset-values --set gitpodNamespace=gitpod --set-file prometheus.grafana.adminPassword=<work>/grafana-admin-password --wait --timeout 15m monitoring gitpod-monitoring',
    ]);
    const env = run(['--dry-run', '--monitoring-values', __filename], { env: { CLEANUP_FAILED_UPGRADE: 'false', MONITORING_INSTALL: 'true' } });
    spawnOk(env.result);
    expect(env.printed[env.printed.length - 1]).toContain(`--set gitpodNamespace=gitpod --set-file prometheus.grafana.adminPassword=<work>/grafana-admin-password --values ${__filename} --wait`);
    expect(env.printed[env.printed.length - 2]).not.toContain('--atomic');
  });

  it('copies the extra manifests (KUBE_TEMPLATES_DIR) into the chart\'s templates', () => {
    const extra = fs.mkdtempSync(path.join(companion.dir, 'extra-'));
    fs.mkdirSync(path.join(extra, 'sub'));
    fs.writeFileSync(path.join(extra, 'a.yaml'), 'kind: ConfigMap\n');
    fs.writeFileSync(path.join(extra, 'sub', 'b.yml'), 'kind: Secret\n');
    fs.writeFileSync(path.join(extra, 'notes.txt'), 'not a manifest\n');
    for (const args of [['--extra-manifests', extra], []]) {
      const { result } = run(['--dry-run', ...args], { env: args.length === 0 ? { KUBE_TEMPLATES_DIR: extra } : {} });
      spawnOk(result);
      expect(fs.readdirSync(path.join(result.work, 'chart', 'templates')).sort()).toEqual(['extra_a.yaml', 'extra_sub_b.yml']);
    }
  });

  it('refuses a gitpod_config the schema rejects, naming the path, unless --skip-config-check', () => {
    const outputs = JSON.parse(companion.json);
    outputs.gitpod_config.value.workspace = { runtime: { fsShiftMethod: 'overlay' } };
    const bad = run(['--dry-run'], { json: JSON.stringify(outputs) });
    expect(bad.result.status).toBe(1);
    expect(bad.result.stderr).toContain('gitpod_config at workspace.runtime.fsShiftMethod: got "overlay". Expected one of fuse, shiftfs.');
    expect(bad.result.stderr).toContain('--skip-config-check');
    expect(bad.printed).toEqual(['terraform -chdir=<outputs> output -json']);
    const skipped = run(['--dry-run', '--skip-config-check'], { json: JSON.stringify(outputs) });
    spawnOk(skipped.result);
  });

  it('renders with --use-experimental-config when gitpod_config has an experimental section', () => {
    const outputs = JSON.parse(companion.json);
    outputs.gitpod_config.value.experimental = { webapp: {} };
    const { result, printed } = run(['--dry-run', '--skip-config-check'], { json: JSON.stringify(outputs) });
    spawnOk(result);
    expect(printed.find((c) => c.includes(' render '))).toMatch(/ render --namespace gitpod --config \/gitpod\/gitpod.config.yaml --use-experimental-config$/);
  });
});

const RENDERED = `---
# v1/Secret messagebus
apiVersion: v1
kind: Secret
metadata:
  name: messagebus
data:
  password: R0VORVJBVEVELUJZLUlOU1RBTExFUg==
---
# v1/PersistentVolumeClaim registry
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: registry
  namespace: gitpod
spec:
  accessModes:
  - ReadWriteOnce
  resources:
    requests:
      storage: 64Gi
---
# v1/ConfigMap ide-config
apiVersion: v1
kind: ConfigMap
metadata:
  name: ide-config
data:
  template: "Hello {{ .Name }} \`quoted\`"
`;

/** Fake tools that play the installer; `docker` rules in `first` win over these. */
function rules(hostKeyExists: boolean, first: FakeRule[] = []): Record<string, FakeRule[]> {
  return {
    kubectl: [{ match: ' get secret ssh-gateway-host-key ', stdout: hostKeyExists ? 'secret/ssh-gateway-host-key\n' : '' }],
    docker: [
      ...first,
      { match: ' validate config ', stdout: '{"status":"OK"}\n' },
      { match: ' render ', stdout: RENDERED + chartRender('bitnami') },
      { match: ' version$', stdout: '{"version":"2022.11.3","commit":"abc"}\n' },
      { match: ' workspaces list ', stdout: '[{"Instance":"ws-1"},{"Instance":"ws-2"}]\n' },
      { match: ' workspaces stop ws-2 ', exitCode: 1, stderr: 'stop failed\n', times: 1 },
    ],
  };
}

/** The calls, each named by its tool and what it was asked (for docker run: the installer's subcommand). */
function callNames(fakes: FakeTools): string[] {
  return fakes.calls().map((c) => {
    if (c.tool === 'terraform') return 'terraform';
    if (c.tool !== 'docker') return `${c.tool} ${c.args[2]}`;
    if (c.args[0] !== 'run') return `docker ${c.args.slice(0, c.args[0] === 'pull' ? 1 : 2).join(' ')}`;
    const entrypoint = c.args.indexOf('--entrypoint');
    return `docker ${c.args.slice(entrypoint + 3, entrypoint + 6).join(' ')}`;
  });
}

/** The images `docker manifest inspect` was asked about, sorted (they are asked a few at a time). */
function inspected(fakes: FakeTools): string[] {
  return fakes.calls().filter((c) => c.tool === 'docker' && c.args[0] === 'manifest').map((c) => c.args[2]).sort();
}

describe('install gitpod, run against fake tools that play the installer (not a dry run)', () => {

  describe('--monitoring: Grafana never keeps the chart\'s default password', () => {
    const grafana = (fakes: FakeTools) => fakes.calls().find((c) => c.tool === 'helm' && c.args.includes('gitpod-monitoring'))!;
    const passwordFile = (args: string[]) => args[args.indexOf('--set-file') + 1].replace(/^prometheus\.grafana\.adminPassword=/, '');

    it('a new cluster gets a random one, from a file (not the command line), kept 0600 in the work folder', () => {
      const { result, fakes } = run(['--monitoring', '--keep-work-dir'], { rules: rules(false) });
      spawnOk(result);
      const file = passwordFile(grafana(fakes).args);
      expect(file).toBe(path.join(result.work, 'grafana-admin-password'));
      const password = fs.readFileSync(file, 'utf8');
      expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(mode(file)).toBe(0o600);
      expectNoSecret(result, [password]);
      for (const c of fakes.calls()) expect(c.args.join(' ')).not.toContain(password);
    });

    it('a cluster that has one keeps it, the user\'s own (--monitoring-values) wins, and the chart\'s "password" is replaced', () => {
      const existing = (value: string) => ({ ...rules(false), kubectl: [{ match: ' get secret monitoring-grafana ', stdout: Buffer.from(value).toString('base64') }, ...rules(false).kubectl] });
      const kept = run(['--monitoring', '--keep-work-dir'], { rules: existing('kept-secret-value') });
      spawnOk(kept.result);
      expect(fs.readFileSync(passwordFile(grafana(kept.fakes).args), 'utf8')).toBe('kept-secret-value');
      const values = path.join(tempDir('monitoring-values-'), 'values.yaml');
      fs.writeFileSync(values, 'prometheus:\n  grafana:\n    adminPassword: mine\n');
      const mine = run(['--monitoring', '--monitoring-values', values], { rules: rules(false) });
      spawnOk(mine.result);
      expect(grafana(mine.fakes).args).not.toContain('--set-file');
      const weak = run(['--monitoring', '--keep-work-dir'], { rules: existing('password') });
      spawnOk(weak.result);
      expect(fs.readFileSync(passwordFile(grafana(weak.fakes).args), 'utf8')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    });
  });

  it('renders and checks every image first, then creates the host key when missing, sets appVersion, stops the workspaces (retrying once), then Helm', () => {
    const { result, fakes } = run([], { rules: rules(false) });
    spawnOk(result);
    expect(callNames(fakes)).toEqual([
      'terraform', 'docker manifest inspect', 'docker pull', 'docker validate config --config', 'docker render --namespace gitpod', 'docker version',
      ...CHART_RENDER_IMAGES.map(() => 'docker manifest inspect'),
      'kubectl apply', 'kubectl apply', 'kubectl get', 'kubectl create', 'docker validate cluster --kubeconfig',
      'docker workspaces list --output-format', 'docker workspaces stop ws-1', 'docker workspaces stop ws-2', 'docker workspaces stop ws-2',
      'helm upgrade',
    ]);
    expect(inspected(fakes)).toEqual([IMAGE, ...CHART_RENDER_IMAGES].sort());
    expect(result.stdout).toContain(`    all ${CHART_RENDER_IMAGES.length} images resolve`);
    expect(result.stdout).toContain('stopping ws-2 failed; retrying in 10 s');

    const templates = fs.readFileSync(path.join(result.work, 'chart', 'templates', 'gitpod.yaml'), 'utf8');
    expect(mode(path.join(result.work, 'chart', 'templates', 'gitpod.yaml'))).toBe(0o600);
    const docs = templates.split(/^---$/m).map((d) => YAML.parse(d.split('{{ "{{" }}').join('{{'))).filter((d) => d);
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Secret/messagebus', 'PersistentVolumeClaim/registry', 'ConfigMap/ide-config',
      'StatefulSet/messagebus', 'StatefulSet/mysql', 'HelmRelease/minio', 'HelmChart/mysql', 'Deployment/server', 'ConfigMap/registry-facade',
    ]);
    expect(docs[1].spec.storageClassName).toBe('local-path');
    expect(docs[2].data.template).toBe('Hello {{ .Name }} `quoted`');
    expect(templates).toContain('template: "Hello {{ "{{" }} .Name }} `quoted`"');
    expect(templates).toContain('# v1/PersistentVolumeClaim registry');
    expect(YAML.parse(fs.readFileSync(path.join(result.work, 'chart', 'Chart.yaml'), 'utf8'))).toEqual({ apiVersion: 'v2', name: 'gitpod-self-hosted', version: '1.0.0', appVersion: '2022.11.3' });
    // The installer's generated secret is in the file, never in the output.
    expectNoSecret(result, [...Object.values(SECRETS), 'R0VORVJBVEVELUJZLUlOU1RBTExFUg==']);
    expect(result.stdout).toContain('gitpod: is available on https://gitpod.example.com');
  });

  it('keeps an existing host key, and treats a failed workspace listing as nothing to stop (first install)', () => {
    const r = rules(true);
    r.docker[3] = { match: ' workspaces list ', exitCode: 1, stderr: 'cannot connect to ws-manager\n' };
    const { result, fakes } = run([], { rules: r });
    spawnOk(result);
    expect(fakes.calls().filter((c) => c.tool === 'kubectl').map((c) => c.args[2])).toEqual(['apply', 'apply', 'get']);
    expect(result.stdout).toContain('secret/ssh-gateway-host-key exists: kept');
    expect(result.stdout).toContain('no workspaces listed (Gitpod is not installed yet, or ws-manager does not answer): nothing to stop');
    expect(fs.existsSync(path.join(result.work, 'ssh-gateway-host-key.yaml'))).toBe(false);
    expect(fakes.calls().filter((c) => c.args.includes('stop'))).toEqual([]);
  });

  it('stops at the first failing installer check, before Helm', () => {
    const r = rules(true);
    r.docker.unshift({ match: ' validate cluster ', exitCode: 1, stderr: '{"status":"ERROR","items":[{"name":"affinity labels"}]}\n' });
    const { result, fakes } = run([], { rules: r });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/gitpod-self-hosted: docker failed with exit code 1: docker run .* validate cluster/);
    expect(fakes.calls().some((c) => c.tool === 'helm')).toBe(false);
  });
});

describe('install gitpod: what the installer container gets (not a dry run, the fake docker records its arguments)', () => {
  /** The options of each `docker run` before the image, by the installer's subcommand. */
  const dockerRuns = (fakes: FakeTools) => fakes.calls().filter((c) => c.tool === 'docker' && c.args[0] === 'run').map((c) => {
    const entrypoint = c.args.indexOf('--entrypoint');
    const options = c.args.slice(0, entrypoint);
    const volumes = options.flatMap((o, i) => (options[i - 1] === '--volume' ? [o] : []));
    return { what: c.args.slice(entrypoint + 3, entrypoint + 5).join(' '), options, volumes };
  });

  it('validate config, render and version: no network, the installer config alone and read-only; the runs that need the cluster: its kubeconfig read-only', () => {
    const { result, fakes } = run([], { rules: rules(false) });
    spawnOk(result);
    const runs = dockerRuns(fakes);
    const config = `${path.join(result.work, 'gitpod.config.yaml')}:/gitpod/gitpod.config.yaml:ro`;
    const offline = runs.filter((r) => ['validate config', 'render --namespace', 'version'].includes(r.what));
    expect(offline.map((r) => r.what)).toEqual(['validate config', 'render --namespace', 'version']);
    for (const r of offline) {
      expect(r.options.join(' ')).toContain('--network none');
      expect(r.volumes).toEqual(r.what === 'version' ? [] : [config]);
    }
    const online = runs.filter((r) => !offline.includes(r));
    expect(online.map((r) => r.what)).toEqual(['validate cluster', 'workspaces list', 'workspaces stop', 'workspaces stop', 'workspaces stop']);
    for (const r of online) {
      expect(r.options).not.toContain('none');
      expect(r.volumes.filter((v) => v.endsWith(':/kubeconfig:ro'))).toHaveLength(1);
    }
    // Every mount is a file, read-only; the work folder itself (every Secret, the admin kubeconfig) is never mounted.
    for (const volume of runs.flatMap((r) => r.volumes)) {
      expect(volume).toMatch(/:ro$/);
      expect(fs.statSync(volume.split(':')[0]).isFile()).toBe(true);
    }
    expect(runs.flatMap((r) => r.volumes).filter((v) => v.startsWith(`${result.work}:`))).toEqual([]);
  });
});

describe('install gitpod: the environment each child gets (CHILD_ENVIRONMENT)', () => {
  /** Credentials a shell that deploys clusters often holds; none is any tool's business here. */
  const CLOUD_CREDENTIALS = {
    HCLOUD_TOKEN: 'hcloud-SECRET-1', DIGITALOCEAN_TOKEN: 'do-SECRET-2', DIGITALOCEAN_ACCESS_TOKEN: 'do-SECRET-3', ARM_CLIENT_SECRET: 'arm-SECRET-4',
    SCW_SECRET_KEY: 'scw-SECRET-5', AWS_SECRET_ACCESS_KEY: 'aws-SECRET-6', AWS_ACCESS_KEY_ID: 'AKIA-SECRET-7', GOOGLE_CREDENTIALS: 'google-SECRET-8',
    GOOGLE_APPLICATION_CREDENTIALS: '/secret/google-9.json', TF_VAR_hcloud_token: 'tfvar-SECRET-10', HELM_KUBETOKEN: 'helm-SECRET-11', KUBECONFIG: '/elsewhere/kubeconfig',
  };
  /** What a child may need, each for its own tool or for all. */
  const ALLOWED = {
    HTTPS_PROXY: 'http://proxy.example.com:3128', NO_PROXY: '10.0.0.0/8', LANG: 'C.UTF-8',
    DOCKER_CONFIG: '/home/u/.docker-alt', HELM_CACHE_HOME: '/home/u/.helm-cache', TF_DATA_DIR: '.terraform-alt', TF_TOKEN_app_terraform_io: 'tf-token',
  };

  it('gets PATH, HOME, the proxy and locale, and its own tool\'s variables; never a cloud credential, even with every step run for real', () => {
    const { result, fakes } = run([], { rules: rules(false), env: { ...CLOUD_CREDENTIALS, ...ALLOWED } });
    spawnOk(result);
    const calls = fakes.calls();
    expect([...new Set(calls.map((c) => c.tool))].sort()).toEqual(['docker', 'helm', 'kubectl', 'terraform']);
    const common = ['HOME', 'HTTPS_PROXY', 'LANG', 'NO_PROXY', 'PATH'];
    const own: Record<string, string[]> = { docker: ['DOCKER_CONFIG'], helm: ['HELM_CACHE_HOME'], kubectl: [], terraform: ['TF_DATA_DIR', 'TF_TOKEN_app_terraform_io'] };
    for (const call of calls) {
      expect({ tool: call.tool, env: Object.keys(call.env).sort() }).toEqual({ tool: call.tool, env: [...common, ...own[call.tool]].sort() });
      const values = Object.values(call.env).join('\n');
      expect(Object.values(CLOUD_CREDENTIALS).filter((secret) => values.includes(secret))).toEqual([]);
    }
    expect(calls.find((c) => c.tool === 'docker')!.env.HTTPS_PROXY).toBe(ALLOWED.HTTPS_PROXY);
  });
});

describe('install stop-workspaces', () => {
  it('lists with gpctl and stops each instance; a failed listing is an error here', () => {
    const fakes = new FakeTools(['docker'], { docker: [{ match: ' workspaces list ', stdout: '{"status":[{"id":"a1"}]}' }] });
    fakeTerraform(fakes, companion.json);
    const ok = runCli(['install', 'stop-workspaces', '--dir', companion.dir, '--docker-pull', 'missing'], { fakes });
    spawnOk(ok);
    expect(commands(ok).slice(1)).toEqual([
      `docker image inspect --format '{{.Id}}' ${IMAGE}`,
      `docker run --rm --pull=missing --volume <work>/kubeconfig-gitpod:/kubeconfig:ro --entrypoint /app/gpctl ${IMAGE} workspaces list --output-format json --kubeconfig /kubeconfig`,
      `docker run --rm --pull=missing --volume <work>/kubeconfig-gitpod:/kubeconfig:ro --entrypoint /app/gpctl ${IMAGE} workspaces stop a1 --kubeconfig /kubeconfig`,
    ]);

    const failing = new FakeTools(['docker'], { docker: [{ match: ' workspaces list ', exitCode: 1 }] });
    fakeTerraform(failing, companion.json);
    const bad = runCli(['install', 'stop-workspaces', '--dir', companion.dir], { fakes: failing });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('gitpod-self-hosted: docker failed with exit code 1');
  });
});

describe('install gitpod: the images of the render (moved images, a mirror, the check before anything changes)', () => {
  const RABBITMQ = 'docker.io/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0';
  const SERVER = 'eu.gcr.io/gitpod-core-dev/build/server:commit-abc';
  const template = (work: string) => fs.readFileSync(path.join(work, 'chart', 'templates', 'gitpod.yaml'), 'utf8');
  const touchedCluster = (fakes: FakeTools) => fakes.calls().filter((c) => c.tool === 'kubectl' || c.tool === 'helm' || c.args.includes('cluster'));
  /** The images the error names, in its order. */
  const named = (stderr: string) => stderr.split('\n').filter((l) => /^  \S+: /.test(l)).map((l) => l.trim().split(': ')[0]);

  it('rewrites docker.io/bitnami images in the render, says which, and leaves every other byte', () => {
    const { result } = run([], { rules: rules(true) });
    spawnOk(result);
    expect(template(result.work)).toContain(chartRender('bitnamilegacy'));
    expect(template(result.work)).not.toMatch(/image: ["']?(docker\.io\/)?bitnami\/\S+:(?!latest)/);
    expect(result.stdout).toContain('    images that moved are rewritten: docker.io/bitnami/<name>:<tag> becomes docker.io/bitnamilegacy/<name>:<tag> (Bitnami moved its versioned tags between 28 August and 29 September 2025, bitnami/containers#83267)');
    expect(result.stdout).toContain('    moved: docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0 -> docker.io/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0');
    expect(result.stdout).toContain('    moved: bitnami/mysql:5.7.40-debian-11-r6 -> bitnamilegacy/mysql:5.7.40-debian-11-r6');
    expect(result.stdout).not.toContain('moved: bitnami/mysqld-exporter:latest');
    expectNoSecret(result, [...Object.values(SECRETS), 'R0VORVJBVEVELUJZLUlOU1RBTExFUg==']);
  });

  it('--no-image-rewrite (or GITPOD_IMAGE_REWRITE=false) leaves the render\'s images as the installer names them', () => {
    for (const [args, env] of [[['--no-image-rewrite'], {}], [[], { GITPOD_IMAGE_REWRITE: 'false' }]] as Array<[string[], Record<string, string>]>) {
      const { result, fakes } = run(args, { rules: rules(true), env });
      spawnOk(result);
      expect(template(result.work)).toContain(chartRender('bitnami'));
      expect(result.stdout).toContain('images that moved since 2022 are left as the installer names them (--no-image-rewrite)');
      expect(inspected(fakes)).toContain('docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0');
    }
  });

  it('lists the rewrite and the check in a dry run', () => {
    const { result } = run(['--dry-run']);
    spawnOk(result);
    expect(result.stdout).toContain('==> gitpod: post-processing the render (the registry\'s claim on local-path, Go template braces escaped, the images)\n'
      + '    images that moved are rewritten: docker.io/bitnami/<name>:<tag> becomes docker.io/bitnamilegacy/<name>:<tag>');
    expect(result.stdout).toContain('(dry run: each image of the render is resolved with `docker manifest inspect IMAGE` once the render exists)');
    const mirrored = run(['--dry-run', '--image-mirror', 'registry.example.com/mirror', '--no-image-rewrite']);
    spawnOk(mirrored.result);
    expect(mirrored.result.stdout).toContain('    every image is pulled from the mirror: <registry>/<path>:<tag> becomes registry.example.com/mirror/<path>:<tag>');
    expect(mirrored.result.stdout).toContain('left as the installer names them');
  });

  it('stops before anything changes when images do not resolve, naming exactly those, each with what to do', () => {
    const { result, fakes } = run([], { rules: rules(false, missingImages([RABBITMQ, SERVER])) });
    expect(result.status).toBe(1);
    expect(named(result.stderr)).toEqual([RABBITMQ, SERVER]);
    expect(result.stderr).toContain(`gitpod-self-hosted: 2 of the ${CHART_RENDER_IMAGES.length} images of the render do not resolve; nothing on the cluster was changed:\n`
      + `  ${RABBITMQ}: no such manifest: ${RABBITMQ}\n    what to do: copy it to a registry you control and pass --image-mirror REGISTRY\n`
      + `  ${SERVER}: no such manifest: ${SERVER}\n    what to do: copy it to a registry you control and pass --image-mirror REGISTRY\n`);
    expect(result.stderr).toContain('`gitpod-self-hosted install gitpod --list-images`');
    expect(result.stderr).toContain('pass --skip-image-check (env GITPOD_SKIP_IMAGE_CHECK=true)');
    expect(inspected(fakes)).toEqual([IMAGE, ...CHART_RENDER_IMAGES].sort());
    expect(touchedCluster(fakes)).toEqual([]);
    expect(fs.existsSync(path.join(result.work, 'gitpod-secrets.yaml'))).toBe(false);
  });

  it('--skip-image-check (or GITPOD_SKIP_IMAGE_CHECK=true) asks no registry, and goes on', () => {
    for (const [args, env] of [[['--skip-image-check'], {}], [[], { GITPOD_SKIP_IMAGE_CHECK: 'true' }]] as Array<[string[], Record<string, string>]>) {
      const { result, fakes } = run(args, { rules: rules(true, missingImages([IMAGE, RABBITMQ])), env });
      spawnOk(result);
      expect(inspected(fakes)).toEqual([]);
      expect(result.stdout).toContain(`the installer image ${IMAGE} is not checked (--skip-image-check)`);
      expect(result.stdout).toContain('    not checked (--skip-image-check)');
      expect(callNames(fakes).slice(-1)).toEqual(['helm upgrade']);
    }
  });

  it('gives up on an image after --image-check-timeout (env GITPOD_IMAGE_CHECK_TIMEOUT)', () => {
    const slow = [{ match: `^manifest inspect ${SERVER}$`, sleepMs: 4000 }];
    for (const [args, env] of [[['--image-check-timeout', '1s'], {}], [[], { GITPOD_IMAGE_CHECK_TIMEOUT: '1s' }]] as Array<[string[], Record<string, string>]>) {
      const { result, fakes } = run(args, { rules: rules(true, slow), env });
      expect(result.status).toBe(1);
      expect(named(result.stderr)).toEqual([SERVER]);
      expect(result.stderr).toContain(`  ${SERVER}: no answer within 1 s\n`);
      expect(touchedCluster(fakes)).toEqual([]);
    }
  });

  it('--image-mirror (or GITPOD_IMAGE_MIRROR) points every image at the mirror, Gitpod\'s own included, and checks the copies there', () => {
    const mirror = 'registry.example.com/mirror';
    const copies = CHART_RENDER_IMAGES.map((i) => `${mirror}/${i.slice(i.indexOf('/') + 1)}`).sort();
    for (const [args, env] of [[['--image-mirror', `${mirror}/`], {}], [[], { GITPOD_IMAGE_MIRROR: mirror }]] as Array<[string[], Record<string, string>]>) {
      const { result, fakes } = run(args, { rules: rules(true), env });
      spawnOk(result);
      expect(inspected(fakes)).toEqual([IMAGE, ...copies].sort());
      const text = template(result.work);
      for (const line of ['image: registry.example.com/mirror/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0', '"ref": "registry.example.com/mirror/gitpod-core-dev/build/supervisor:commit-abc"',
        'image: \'registry.example.com/mirror/bitnamilegacy/mysql:5.7.40-debian-11-r6\'', 'registry: registry.example.com\n      repository: mirror/bitnamilegacy/minio\n']) {
        expect(text).toContain(line);
      }
      expect(text).not.toContain('image: eu.gcr.io/');
      expect(result.stdout).toContain(`    ${CHART_RENDER_IMAGES.length} of ${CHART_RENDER_IMAGES.length} images point at ${mirror}`);
    }
    const { result } = run(['--image-mirror', mirror], { rules: rules(true, missingImages([`${mirror}/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0`])) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`    what to do: copy ${RABBITMQ} to ${mirror}/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0`);
  });

  it('--list-images prints every image of the render once, sorted, and nothing else on stdout; it needs only docker and changes nothing', () => {
    const { result, fakes } = run(['--list-images'], { rules: rules(true), tools: ['docker'] });
    spawnOk(result);
    expect(result.stdout).toBe(`${CHART_RENDER_IMAGES.join('\n')}\n`);
    expect(result.stderr).toContain('==> gitpod: the installer (');
    expect(callNames(fakes)).toEqual(['terraform', 'docker manifest inspect', 'docker pull', 'docker validate config --config', 'docker render --namespace gitpod', 'docker version']);
    expect(inspected(fakes)).toEqual([IMAGE]);
    expectNoSecret(result, [...Object.values(SECRETS), 'R0VORVJBVEVELUJZLUlOU1RBTExFUg==']);
    // What to copy: the sources, with or without a mirror given; without the rewrite, Bitnami's old names.
    expect(run(['--list-images', '--image-mirror', 'registry.example.com/mirror'], { rules: rules(true) }).result.stdout).toBe(result.stdout);
    const old = run(['--list-images', '--no-image-rewrite'], { rules: rules(true) }).result.stdout.trim().split('\n');
    expect(old).toContain('docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0');
    expect(old).toEqual([...old].sort());
    expect(new Set(old).size).toBe(old.length);
  });

  it('resolves the installer image before docker run, and says how to point at a copy or pin one', () => {
    const { result, fakes } = run([], { rules: rules(true, missingImages([IMAGE])) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`gitpod-self-hosted: the installer image ${IMAGE} does not resolve: no such manifest: ${IMAGE}\n`
      + '  Copy it to a registry you control and point at the copy: --installer-image REGISTRY/PATH (env GITPOD_IMAGE_SOURCE), with --installer-version TAG, '
      + 'or the digest sha256:<64 hex digits> to pin it (env GITPOD_INSTALLER_VERSION); a copy loaded with `docker load` runs with --docker-pull never.\n'
      + '  If this machine cannot ask the registry, pass --skip-image-check (env GITPOD_SKIP_IMAGE_CHECK=true).\n');
    expect(callNames(fakes)).toEqual(['terraform', 'docker manifest inspect']);
  });

  it('asks the registry about the installer only when docker would pull it', () => {
    const present = run(['--docker-pull', 'missing'], { rules: rules(true) });
    spawnOk(present.result);
    expect(callNames(present.fakes).slice(0, 3)).toEqual(['terraform', 'docker image inspect', 'docker validate config --config']);
    expect(inspected(present.fakes)).not.toContain(IMAGE);
    const absent = run(['--docker-pull', 'missing'], { rules: rules(true, [{ match: '^image inspect ', exitCode: 1, stderr: 'No such image\n' }]) });
    spawnOk(absent.result);
    expect(callNames(absent.fakes).slice(0, 4)).toEqual(['terraform', 'docker image inspect', 'docker manifest inspect', 'docker validate config --config']);
    const never = run(['--docker-pull', 'never'], { rules: rules(true) });
    spawnOk(never.result);
    expect(inspected(never.fakes)).not.toContain(IMAGE);
    expect(never.result.stdout).toContain(`the installer image ${IMAGE} is not checked: --docker-pull never runs the local copy`);
  });

  it('pins the installer by digest: --installer-version sha256:... (or GITPOD_INSTALLER_VERSION) runs IMAGE@sha256:...', () => {
    const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
    const pinned = `ghcr.io/mrsimonemms/gitpod-self-hosted/installer@${digest}`;
    for (const [args, env] of [[['--installer-version', digest], {}], [[], { GITPOD_INSTALLER_VERSION: digest }]] as Array<[string[], Record<string, string>]>) {
      const { result, printed } = run(['--dry-run', ...args], { env });
      spawnOk(result);
      expect(printed).toEqual(gitpodCommands(pinned));
    }
  });
});
