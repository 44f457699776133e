import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import {
  CliResult, CompanionOutputs, FakeTools, SECRETS, commands, companionOutputs, decoded, expectNoSecret, fakeTerraform, mode, runCli, spawnOk, yamlDocs,
} from './install-helpers';

const IMAGE = 'ghcr.io/mrsimonemms/gitpod-self-hosted/installer:latest';
const APPLY = 'kubectl --kubeconfig <work>/kubeconfig apply --server-side --force-conflicts --field-manager=gitpod-self-hosted -f';
const RUN = 'docker run --rm --pull=never';
const IN_WORK = '--volume <work>:/gitpod --workdir /gitpod';

function gitpodCommands(image = IMAGE, pull = [`docker pull ${image}`], run = RUN): string[] {
  return [
    'terraform -chdir=<outputs> output -json',
    `${APPLY} <work>/namespace.yaml`,
    `${APPLY} <work>/gitpod-secrets.yaml`,
    'kubectl --kubeconfig <work>/kubeconfig get secret ssh-gateway-host-key --namespace gitpod --ignore-not-found --output=name',
    'kubectl --kubeconfig <work>/kubeconfig create -f <work>/ssh-gateway-host-key.yaml',
    ...pull,
    `${run} ${IN_WORK} --entrypoint /app/installer ${image} validate config --config /gitpod/gitpod.config.yaml`,
    `${run} ${IN_WORK} --volume <work>/kubeconfig:/kubeconfig:ro --entrypoint /app/installer ${image} validate cluster --kubeconfig /kubeconfig --namespace gitpod --config /gitpod/gitpod.config.yaml`,
    `${run} ${IN_WORK} --entrypoint /app/installer ${image} render --namespace gitpod --config /gitpod/gitpod.config.yaml`,
    `${run} --entrypoint /app/installer ${image} version`,
    `${run} --volume <work>/kubeconfig-gitpod:/kubeconfig:ro --entrypoint /app/gpctl ${image} workspaces list --output-format json --kubeconfig /kubeconfig`,
    'helm --kubeconfig <work>/kubeconfig upgrade --install --atomic --cleanup-on-fail --create-namespace --namespace gitpod --reset-values --wait --timeout 5m gitpod <work>/chart',
  ];
}

let companion: CompanionOutputs;
beforeAll(() => {
  companion = companionOutputs();
});

function run(args: string[], options: { env?: Record<string, string>; rules?: ConstructorParameters<typeof FakeTools>[1]; json?: string } = {}): { result: CliResult; fakes: FakeTools; printed: string[] } {
  const fakes = new FakeTools(['kubectl', 'helm', 'docker'], options.rules);
  fakeTerraform(fakes, options.json ?? companion.json);
  const result = runCli(['install', 'gitpod', '--dir', companion.dir, ...args], { fakes, env: options.env });
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

  it('prints the exact commands, in order: secrets, host key (check, create), installer (pull, validate, render, version), workspaces, helm', () => {
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
        fsShiftMethod: 'shiftfs',
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
    expect(flags.printed).toEqual(gitpodCommands('registry.example.com:5000/gitpod/installer:2022.11.3', [], 'docker run --rm --pull=missing'));
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
        + '--reset-values --set gitpodNamespace=gitpod --wait --timeout 15m monitoring gitpod-monitoring',
    ]);
    const env = run(['--dry-run', '--monitoring-values', __filename], { env: { CLEANUP_FAILED_UPGRADE: 'false', MONITORING_INSTALL: 'true' } });
    spawnOk(env.result);
    expect(env.printed[env.printed.length - 1]).toContain(`--set gitpodNamespace=gitpod --values ${__filename} --wait`);
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

describe('install gitpod, run against fake tools that play the installer (not a dry run)', () => {
  const rules = (hostKeyExists: boolean) => ({
    kubectl: [{ match: ' get secret ssh-gateway-host-key ', stdout: hostKeyExists ? 'secret/ssh-gateway-host-key\n' : '' }],
    docker: [
      { match: ' validate config ', stdout: '{"status":"OK"}\n' },
      { match: ' render ', stdout: RENDERED },
      { match: ' version$', stdout: '{"version":"2022.11.3","commit":"abc"}\n' },
      { match: ' workspaces list ', stdout: '[{"Instance":"ws-1"},{"Instance":"ws-2"}]\n' },
      { match: ' workspaces stop ws-2 ', exitCode: 1, stderr: 'stop failed\n', times: 1 },
    ],
  });

  it('creates the host key when missing, post-processes the render, sets appVersion, stops the workspaces (retrying once), then Helm', () => {
    const { result, fakes } = run([], { rules: rules(false), env: { GITPOD_INSTALL_RETRY_MS: '10' } });
    spawnOk(result);
    const calls = fakes.calls().map((c) => {
      if (c.tool === 'docker') return `docker ${c.args[0] === 'pull' ? 'pull' : c.args.slice(c.args.indexOf(IMAGE) + 1, c.args.indexOf(IMAGE) + 4).join(' ')}`;
      if (c.tool === 'terraform') return 'terraform';
      return `${c.tool} ${c.args[2]}`;
    });
    expect(calls).toEqual([
      'terraform', 'kubectl apply', 'kubectl apply', 'kubectl get', 'kubectl create',
      'docker pull', 'docker validate config --config', 'docker validate cluster --kubeconfig', 'docker render --namespace gitpod', 'docker version',
      'docker workspaces list --output-format', 'docker workspaces stop ws-1', 'docker workspaces stop ws-2', 'docker workspaces stop ws-2',
      'helm upgrade',
    ]);
    expect(result.stdout).toContain('stopping ws-2 failed; retrying in 10 s');

    const templates = fs.readFileSync(path.join(result.work, 'chart', 'templates', 'gitpod.yaml'), 'utf8');
    expect(mode(path.join(result.work, 'chart', 'templates', 'gitpod.yaml'))).toBe(0o600);
    const docs = templates.split(/^---$/m).map((d) => YAML.parse(d.split('{{ "{{" }}').join('{{'))).filter((d) => d);
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['Secret/messagebus', 'PersistentVolumeClaim/registry', 'ConfigMap/ide-config']);
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
    r.docker[3] = { match: ' workspaces list ', exitCode: 1, stderr: 'cannot connect to ws-manager\n' } as any;
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
    r.docker.unshift({ match: ' validate cluster ', exitCode: 1, stderr: '{"status":"ERROR","items":[{"name":"affinity labels"}]}\n' } as any);
    const { result, fakes } = run([], { rules: r });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/gitpod-self-hosted: docker failed with exit code 1: docker run .* validate cluster/);
    expect(fakes.calls().some((c) => c.tool === 'helm')).toBe(false);
  });
});

describe('install stop-workspaces', () => {
  it('lists with gpctl and stops each instance; a failed listing is an error here', () => {
    const fakes = new FakeTools(['docker'], { docker: [{ match: ' workspaces list ', stdout: '{"status":[{"id":"a1"}]}' }] });
    fakeTerraform(fakes, companion.json);
    const ok = runCli(['install', 'stop-workspaces', '--dir', companion.dir, '--docker-pull', 'missing'], { fakes });
    spawnOk(ok);
    expect(commands(ok).slice(1)).toEqual([
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
