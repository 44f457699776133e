import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { KUBECONFIG, CliOptions, FakeTools, cliInvocation, commands, fakeTerraform, mode, runCli, spawnOk } from './install-helpers';
import { tempDir } from './helpers';
import { CLOUD_NAMES } from '../lib/clouds';
import { kubeconfigInNamespace, listedInstances } from '../lib/install/installer';
import { postProcessRender } from '../lib/install/gitpod';
import { parseOutputs } from '../lib/install/outputs';
import { shellQuote } from '../lib/install/runner';
import { generateSshHostKey } from '../lib/install/ssh-key';
import { KUBERNETES_MINOR, PINS } from '../lib/install/versions';
import { DEFAULT_K3S_VERSION } from '../lib/platform';

const ROOT = path.join(__dirname, '..');
const MINIMAL = JSON.stringify({ kubeconfig: { sensitive: true, type: 'string', value: KUBECONFIG } });

describe('install: argument errors (exit 2, one sentence naming the input, then the pointer to --help)', () => {
  const fakes = new FakeTools(['kubectl', 'helm', 'docker', 'terraform']);
  const cases: Array<[string, string[], string]> = [
    ['no command', [], 'no command: expected `gitpod-self-hosted install <step>` with a step of csi, cert-manager, gitpod, stop-workspaces, all'],
    ['another command', ['deploy'], 'unknown command "deploy": expected install'],
    ['no step', ['install'], 'no step: expected one of csi, cert-manager, gitpod, stop-workspaces, all'],
    ['unknown step', ['install', 'certmanager'], 'unknown step "certmanager": expected one of csi, cert-manager, gitpod, stop-workspaces, all'],
    ['extra argument', ['install', 'gitpod', 'now'], 'unexpected argument "now": options start with --'],
    ['unknown option', ['install', 'gitpod', '--dryrun'], "Unknown option '--dryrun'"],
    ['option without value', ['install', 'gitpod', '--work-dir', 'w', '--dir'], "Option '--dir <value>' argument missing"],
    ['--dir and --outputs', ['install', 'gitpod', '--dir', '.', '--outputs', 'x.json'], '--dir and --outputs both given: the outputs come from one place'],
    ['--stack without --outputs', ['install', 'gitpod', '--stack', 'gitpod'], '--stack chooses a stack in a cdktf outputs file: use it with --outputs'],
    ['--dir missing', ['install', 'gitpod', '--dir', 'nowhere'], '--dir: <cwd>/nowhere is not a directory'],
    ['--outputs missing', ['install', 'gitpod', '--outputs', 'outputs.json'], '--outputs: <cwd>/outputs.json is not a file'],
    ['--kubeconfig missing', ['install', 'gitpod', '--kubeconfig', 'kc'], '--kubeconfig: <cwd>/kc is not a file'],
    ['--cloud unknown', ['install', 'csi', '--cloud', 'aws'], `--cloud: got "aws". Expected one of ${CLOUD_NAMES.join(', ')}`],
    ['csi without --cloud', ['install', 'csi'], `the csi step needs --cloud (one of ${CLOUD_NAMES.join(', ')}): the outputs do not say which cloud the cluster runs on`],
    ['--helm-timeout', ['install', 'gitpod', '--helm-timeout', '5 minutes'], '--helm-timeout: got "5 minutes". Expected a duration such as 5m, 90s or 1h30m'],
    ['--certificate-timeout', ['install', 'cert-manager', '--certificate-timeout', '15'], '--certificate-timeout: got "15". Expected a duration such as 5m, 90s or 1h30m'],
    ['--docker-pull', ['install', 'gitpod', '--docker-pull', 'sometimes'], '--docker-pull: got "sometimes". Expected one of always, missing, never'],
    ['--installer-version', ['install', 'gitpod', '--installer-version', 'v1 beta'],
      '--installer-version: got "v1 beta". Expected an image tag such as latest or 2022.11.3, or a digest sha256:<64 lowercase hex digits>'],
    ['--installer-version, a short digest', ['install', 'gitpod', '--installer-version', 'sha256:abc'],
      '--installer-version: got "sha256:abc". Expected an image tag such as latest or 2022.11.3, or a digest sha256:<64 lowercase hex digits>'],
    ['--installer-image with a tag', ['install', 'gitpod', '--installer-image', 'example/installer:2022.11.3'],
      '--installer-image: got "example/installer:2022.11.3". Expected an image name without its tag, such as ghcr.io/mrsimonemms/gitpod-self-hosted/installer (the tag is --installer-version)'],
    ['--extra-manifests missing', ['install', 'gitpod', '--extra-manifests', 'extra'], '--extra-manifests: <cwd>/extra is not a directory'],
    ['--monitoring-values without --monitoring', ['install', 'gitpod', '--monitoring-values', 'v.yaml'], '--monitoring-values needs --monitoring'],
    ['--webhooks-script empty', ['install', 'cert-manager', '--webhooks-script', ' '], '--webhooks-script: got an empty command'],
    ['--work-dir is a file', ['install', 'gitpod', '--work-dir', 'file'], '--work-dir: <cwd>/file exists and is not a directory'],
    ['--image-mirror with a scheme', ['install', 'gitpod', '--image-mirror', 'https://registry.example.com'],
      '--image-mirror: got "https://registry.example.com". Expected a registry and an optional path, such as registry.example.com/gitpod or localhost:5000 (no https://, no tag; the registry needs a dot or a port, or is localhost)'],
    ['--image-mirror without a registry', ['install', 'gitpod', '--image-mirror', 'gitpod'], '--image-mirror: got "gitpod". Expected a registry and an optional path'],
    ['--image-mirror with a tag', ['install', 'gitpod', '--image-mirror', 'registry.example.com/x:1'], '--image-mirror: got "registry.example.com/x:1". Expected a registry'],
    ['--image-check-timeout', ['install', 'gitpod', '--image-check-timeout', '30'], '--image-check-timeout: got "30". Expected a duration such as 5m, 90s or 1h30m'],
    ['--image-check-timeout zero', ['install', 'gitpod', '--image-check-timeout', '0s'], '--image-check-timeout: got "0s". Expected a duration above zero, such as 30s'],
    ['--list-images with another step', ['install', 'cert-manager', '--list-images'], '--list-images lists the images of Gitpod\'s render: use it with `install gitpod`, not cert-manager'],
    ['--list-images in a dry run', ['install', 'gitpod', '--list-images', '--dry-run'],
      '--list-images needs the render, which a dry run does not run: leave out --dry-run (--list-images changes nothing on the cluster)'],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const cwd = tempDir('install-args-');
    fs.writeFileSync(path.join(cwd, 'file'), '');
    const result = runCli(args, { fakes, cwd });
    expect(result.status).toBe(2);
    const prefix = `gitpod-self-hosted: ${message.split('<cwd>').join(fs.realpathSync(cwd))}`;
    const lines = result.stderr.split('\n');
    expect(lines[0].slice(0, prefix.length)).toBe(prefix);
    expect(lines.slice(1)).toEqual(['Run `gitpod-self-hosted install --help` for the steps and options.', '']);
    expect(result.stdout).toBe('');
    expect(fakes.calls()).toEqual([]);
  });

  it('--help prints the usage with every step, and exits 0', () => {
    const result = runCli(['install', '--help']);
    expect(result.status).toBe(0);
    for (const step of ['csi', 'cert-manager', 'gitpod', 'stop-workspaces', 'all', '--dry-run', 'GITPOD_INSTALLER_VERSION', 'HCLOUD_TOKEN']) expect(result.stdout).toContain(step);
    for (const option of ['--no-image-rewrite', 'GITPOD_IMAGE_REWRITE=false', '--image-mirror REGISTRY', 'GITPOD_IMAGE_MIRROR', '--list-images',
      '--skip-image-check', 'GITPOD_SKIP_IMAGE_CHECK=true', '--image-check-timeout DUR', 'GITPOD_IMAGE_CHECK_TIMEOUT', 'sha256:', '--keep-work-dir']) {
      expect(result.stdout).toContain(option);
    }
  });

  it.each([
    ['GITPOD_IMAGE_REWRITE', 'no', 'GITPOD_IMAGE_REWRITE: got "no". Expected true or false'],
    ['GITPOD_SKIP_IMAGE_CHECK', '1', 'GITPOD_SKIP_IMAGE_CHECK: got "1". Expected true or false'],
    ['GITPOD_IMAGE_MIRROR', 'docker://registry.example.com', 'GITPOD_IMAGE_MIRROR: got "docker://registry.example.com". Expected a registry and an optional path'],
    ['GITPOD_IMAGE_CHECK_TIMEOUT', '1 minute', 'GITPOD_IMAGE_CHECK_TIMEOUT: got "1 minute". Expected a duration such as 5m, 90s or 1h30m'],
  ])('the environment variable %s=%s is refused the same way', (name, value, message) => {
    const result = runCli(['install', 'gitpod'], { fakes, env: { [name]: value } });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0].startsWith(`gitpod-self-hosted: ${message}`)).toBe(true);
    expect(fakes.calls()).toEqual([]);
  });
});

describe('install: missing tools', () => {
  const cases: Array<[string, string[], string[], string]> = [
    ['cert-manager without helm', ['install', 'cert-manager'], ['kubectl', 'terraform'],
      'the cert-manager step needs kubectl, helm; not found on the PATH: helm\n  helm: https://helm.sh/docs/intro/install/ (Helm 3)'],
    ['gitpod without docker and kubectl', ['install', 'gitpod'], ['helm', 'terraform'],
      'the gitpod step needs kubectl, helm, docker; not found on the PATH: kubectl, docker\n  kubectl: https://kubernetes.io/docs/tasks/tools/\n  docker: https://docs.docker.com/engine/install/ (it runs the Gitpod installer image)'],
    ['all checks every tool first', ['install', 'all'], ['kubectl', 'helm', 'terraform'], 'the all step needs kubectl, helm, docker; not found on the PATH: docker'],
    ['stop-workspaces without docker', ['install', 'stop-workspaces'], ['kubectl', 'terraform'], 'the stop-workspaces step needs docker; not found on the PATH: docker'],
    ['csi on scaleway needs helm', ['install', 'csi', '--cloud', 'scaleway'], ['kubectl', 'terraform'], 'the csi step needs kubectl, helm; not found on the PATH: helm'],
    ['--dir needs terraform', ['install', 'stop-workspaces'], ['docker'],
      'reading the outputs with --dir needs terraform; not found on the PATH: terraform\n  terraform: https://developer.hashicorp.com/terraform/install, or pass --outputs FILE'],
  ];

  it.each(cases)('%s', (_name, args, present, message) => {
    const fakes = new FakeTools(present);
    if (present.includes('terraform')) fakeTerraform(fakes, MINIMAL);
    const result = runCli([...args, '--dry-run'], { fakes });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`gitpod-self-hosted: ${message}`);
    expect(commands(result)).toEqual([]);
  });
});

describe('install: missing or unusable outputs', () => {
  const outputsFile = (content: string) => {
    const file = path.join(tempDir('install-outputs-'), 'outputs.json');
    fs.writeFileSync(file, content);
    return file;
  };
  const fails = (file: string, step: string, message: string, extra: string[] = []) => {
    const fakes = new FakeTools(['kubectl', 'helm', 'docker']);
    const result = runCli(['install', step, '--outputs', file, '--dry-run', ...extra], { fakes });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    return result;
  };

  it('names the missing output and where it looked', () => {
    const file = outputsFile(MINIMAL);
    fails(file, 'cert-manager', `the cert-manager step needs the cert_manager output, and ${file} has none. Declare GitpodInstallationOutputs in the root stack`);
    const noKubeconfig = outputsFile(JSON.stringify({ domain_name: { value: 'gitpod.example.com', type: 'string', sensitive: true } }));
    fails(noKubeconfig, 'stop-workspaces', `the stop-workspaces step needs the kubeconfig output, and ${noKubeconfig} has none.`);
  });

  it('explains that a cdktf outputs file needs --outputs-file-include-sensitive-outputs', () => {
    const file = outputsFile(JSON.stringify({ gitpod: { outputs: {} } }));
    fails(file, 'gitpod', 'A cdktf outputs file holds them only when written with `--outputs-file-include-sensitive-outputs`');
  });

  it('asks for --stack when a cdktf outputs file holds several installations, and uses the one named', () => {
    const values = { kubeconfig: KUBECONFIG };
    const file = outputsFile(JSON.stringify({ blue: { outputs: values }, green: { outputs: values } }));
    fails(file, 'stop-workspaces', `${file} holds installation outputs in several places (blue.outputs, green.outputs): choose the stack with --stack NAME`);
    fails(file, 'stop-workspaces', 'for the stack "red" (stacks in the file: blue, green)', ['--stack', 'red']);
    const fakes = new FakeTools(['docker']);
    const ok = runCli(['install', 'stop-workspaces', '--outputs', file, '--stack', 'green', '--dry-run'], { fakes });
    spawnOk(ok);
  });

  it('refuses a file that is not JSON, a kubeconfig that is not one, and a terraform that fails', () => {
    fails(outputsFile('kubeconfig = <sensitive>'), 'gitpod', 'is not JSON (');
    fails(outputsFile(JSON.stringify({ kubeconfig: 'sensitive' })), 'stop-workspaces', 'is not a kubeconfig (a YAML text with clusters, users and contexts): pass --kubeconfig FILE instead');
    const fakes = new FakeTools(['docker', 'terraform'], { terraform: [{ match: '.', exitCode: 1, stderr: 'Error: No state\n' }] });
    const result = runCli(['install', 'stop-workspaces', '--dry-run'], { fakes });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--dir must be the Terraform working directory of the root module (initialized, with its state; for cdktf: cdktf.out/stacks/<stack>), or pass --outputs FILE.');
  });
});

describe('install: progress on long waits (not a dry run)', () => {
  it('prints what it still waits for while a long command runs', () => {
    const fakes = new FakeTools(['kubectl'], { kubectl: [{ match: ' rollout status ', sleepMs: 1600 }] });
    fakeTerraform(fakes, MINIMAL);
    const result = runCli(['install', 'csi', '--cloud', 'hetzner'], { fakes, env: { HCLOUD_TOKEN: 'a'.repeat(64), GITPOD_INSTALL_PROGRESS_SECONDS: '0.5' } });
    spawnOk(result);
    expect(result.stdout).toMatch(/ {4}\.\.\. still waiting for deployment\/hcloud-csi-controller \(\d+s so far\)/);
    expect(result.stdout).toMatch(/==> csi: hcloud-volumes becomes the default storage class, local-path no longer is/);
  });
});

describe('install: the work folder (it holds the admin kubeconfig and every Secret)', () => {
  const PREFIX = 'gitpod-self-hosted-install-';
  const HCLOUD = { HCLOUD_TOKEN: 'h'.repeat(64) };
  /** A real csi run (kubectl plays the cluster) with TMPDIR a folder of the test's own, so that what the command leaves there is seen. */
  const setup = (rules: Record<string, any[]> = {}) => {
    const fakes = new FakeTools(['kubectl'], rules);
    fakeTerraform(fakes, MINIMAL);
    const tmp = tempDir('install-tmp-');
    const options: CliOptions = { fakes, env: { ...HCLOUD, TMPDIR: tmp }, temporaryWorkDir: true };
    return { fakes, tmp, options };
  };
  /** The work folder the command used: where kubectl found the kubeconfig. */
  const usedWorkDir = (fakes: FakeTools) => path.dirname(fakes.calls().find((c) => c.tool === 'kubectl')!.args[1]);

  it('is a new folder under TMPDIR by default, not ./gitpod-install, and is gone after success', () => {
    const { fakes, tmp, options } = setup();
    const cwd = tempDir('install-cwd-');
    const result = runCli(['install', 'csi', '--cloud', 'hetzner'], { ...options, cwd });
    spawnOk(result);
    const work = usedWorkDir(fakes);
    expect(path.dirname(work)).toBe(tmp);
    expect(path.basename(work).startsWith(PREFIX)).toBe(true);
    expect(result.stdout).toContain(`files go to ${work} (a temporary folder, removed when the command ends; --keep-work-dir keeps it)`);
    expect(result.stdout).toContain(`removed the work folder ${work}`);
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('is gone after a failing step', () => {
    const { fakes, tmp, options } = setup({ kubectl: [{ match: ' apply ', exitCode: 1, stderr: 'the server is unreachable\n' }] });
    const result = runCli(['install', 'csi', '--cloud', 'hetzner'], options);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('gitpod-self-hosted: kubectl failed with exit code 1');
    expect(usedWorkDir(fakes).startsWith(path.join(tmp, PREFIX))).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('is gone after --dry-run, whose files were written there', () => {
    const { tmp, options } = setup();
    const result = runCli(['install', 'csi', '--cloud', 'hetzner', '--dry-run'], options);
    spawnOk(result);
    const wrote = /wrote (\S+)\/csi-hetzner-secret\.yaml/.exec(result.stdout);
    expect(wrote?.[1].startsWith(path.join(tmp, PREFIX))).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('stays with --keep-work-dir (mode 0700, its files 0600), and the command says what it holds', () => {
    const { fakes, tmp, options } = setup();
    const result = runCli(['install', 'csi', '--cloud', 'hetzner', '--keep-work-dir'], options);
    spawnOk(result);
    const work = usedWorkDir(fakes);
    expect(fs.readdirSync(tmp)).toEqual([path.basename(work)]);
    expect(mode(work)).toBe(0o700);
    expect(fs.readdirSync(work).sort()).toEqual(['csi-hetzner-secret.yaml', 'kubeconfig']);
    expect(mode(path.join(work, 'kubeconfig'))).toBe(0o600);
    expect(result.stdout).toContain(`the work folder ${work} is kept: it holds the cluster's admin kubeconfig and the Secrets; delete it when done`);
  });

  it('named with --work-dir is the user\'s: created 0700 if missing, never removed, nothing left in TMPDIR', () => {
    const { tmp, options } = setup();
    const dir = path.join(tempDir('install-own-'), 'mine');
    const result = runCli(['install', 'csi', '--cloud', 'hetzner', '--work-dir', dir], options);
    spawnOk(result);
    expect(mode(dir)).toBe(0o700);
    expect(fs.readdirSync(dir).sort()).toEqual(['csi-hetzner-secret.yaml', 'kubeconfig']);
    expect(result.stdout).toContain(`files go to ${dir} (--work-dir: kept)`);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it.each([['SIGINT', 130], ['SIGTERM', 143]])('is gone after %s to the command: the running kubectl gets the signal too, the step stops (exit %i)', async (signal, code) => {
    const { fakes, tmp, options } = setup({ kubectl: [{ match: ' rollout status ', sleepMs: 30000 }] });
    const { argv, cwd, env } = cliInvocation(['install', 'csi', '--cloud', 'hetzner'], options);
    const child = spawn(process.execPath, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    const started = Date.now();
    while (!fakes.calls().some((c) => c.args.includes('rollout'))) {
      if (Date.now() - started > 20000) throw new Error(`the command never reached the rollout wait\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const work = usedWorkDir(fakes);
    expect(fs.existsSync(path.join(work, 'kubeconfig'))).toBe(true);
    child.kill(signal as NodeJS.Signals);
    expect(await exited).toBe(code);
    expect(Date.now() - started).toBeLessThan(20000);
    expect(stderr).toContain(`gitpod-self-hosted: interrupted by ${signal}`);
    expect(fs.readdirSync(tmp)).toEqual([]);
    // Nothing after the interrupted command ran.
    expect(fakes.calls().filter((c) => c.tool === 'kubectl').pop()!.args).toContain('rollout');
  });
});

describe('install: building blocks', () => {
  it('quotes printed words for a POSIX shell', () => {
    expect(shellQuote('a/b-c.d=e:f,g')).toBe('a/b-c.d=e:f,g');
    expect(shellQuote('~1.18.0')).toBe("'~1.18.0'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote("a 'b' {c}\\,$d")}`], { encoding: 'utf8' })).toBe("a 'b' {c}\\,$d");
  });

  it('generates Ed25519 host keys ssh-keygen reads, different every time', () => {
    const dir = tempDir('install-key-');
    const a = generateSshHostKey();
    const file = path.join(dir, 'key');
    fs.writeFileSync(file, a.privateKey, { mode: 0o600 });
    expect(execFileSync('ssh-keygen', ['-y', '-f', file], { encoding: 'utf8' }).trim()).toBe(a.publicKey);
    expect(generateSshHostKey().publicKey).not.toBe(a.publicKey);
  });

  it('post-processes the render: only the registry claim changes, every {{ is escaped', () => {
    const input = '---\n# c\nkind: PersistentVolumeClaim\nmetadata:\n  name: other\nspec: {}\n---\nkind: PersistentVolumeClaim\nmetadata:\n  name: registry\nspec:\n  storageClassName: hcloud-volumes\n---\nx: "{{a}} {{b}}"\n';
    const out = postProcessRender(input);
    expect(out.registryOnLocalPath).toBe(true);
    expect(out.text).toBe('---\n# c\nkind: PersistentVolumeClaim\nmetadata:\n  name: other\nspec: {}\n---\nkind: PersistentVolumeClaim\nmetadata:\n  name: registry\nspec:\n  storageClassName: local-path\n---\nx: "{{ "{{" }}a}} {{ "{{" }}b}}"\n');
    expect(postProcessRender('kind: ConfigMap\n').registryOnLocalPath).toBe(false);
  });

  it('reads the workspace instances of both gpctl shapes, and scopes a kubeconfig to a namespace', () => {
    expect(listedInstances('[{"Instance":"a"},{"Instance":"b"}]')).toEqual(['a', 'b']);
    expect(listedInstances('{"status":[{"id":"c"}]}')).toEqual(['c']);
    expect(listedInstances('null')).toEqual([]);
    expect(() => listedInstances('OWNER WORKSPACE')).toThrow();
    const scoped = kubeconfigInNamespace(KUBECONFIG, 'gitpod');
    expect(scoped).toContain('namespace: gitpod');
    expect(scoped).toContain('client-key-data');
  });

  it('finds the outputs in each format', () => {
    const flat = parseOutputs(JSON.stringify({ kubeconfig: { sensitive: true, type: 'string', value: 'k' } }), 'x');
    expect(flat.values).toEqual({ kubeconfig: 'k' });
    expect(parseOutputs(JSON.stringify({ kubeconfig: 'k' }), 'x').values).toEqual({ kubeconfig: 'k' });
    const nested = parseOutputs(JSON.stringify({ gitpod: { outputs: { kubeconfig: 'k', domain_name: 'd' } } }), 'f');
    expect(nested.values).toEqual({ kubeconfig: 'k', domain_name: 'd' });
    expect(nested.from).toBe('f (gitpod.outputs)');
  });
});

describe('install: the pins', () => {
  it('were chosen for the Kubernetes minor of the pinned k3s (revisit them when it moves)', () => {
    expect(DEFAULT_K3S_VERSION).toMatch(new RegExp(`^v${KUBERNETES_MINOR.replace('.', '\\.')}\\.`));
  });

  it('are listed in the README with their reasons, exactly as in lib/install/versions.ts', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const pin of PINS) {
      expect(readme).toContain(`| ${pin.name} | \`${pin.version}\` | ${pin.reason} |`);
    }
  });

  it('the package ships the command as a bin, built and executable by node', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin['gitpod-self-hosted']).toBe('lib/install/cli.js');
    expect(fs.readFileSync(path.join(ROOT, 'lib', 'install', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('keeps the command out of the jsii API (nothing of lib/install is exported from the package entry)', () => {
    const index = fs.readFileSync(path.join(ROOT, 'lib', 'index.ts'), 'utf8');
    expect(index).not.toMatch(/['"]\.\/install\//);
    const assembly = JSON.parse(fs.readFileSync(path.join(ROOT, '.jsii'), 'utf8'));
    const names = Object.keys(assembly.types).map((fqn) => fqn.slice(fqn.lastIndexOf('.') + 1));
    expect(names).toContain('GitpodInstallationOutputs'); // the check looks at real names
    expect(names.filter((n) => ['Runner', 'InstallError', 'InstallOptions', 'Installation', 'InstallationOutputs', 'FakeRule'].includes(n))).toEqual([]);
  });
});
