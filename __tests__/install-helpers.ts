import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as YAML from 'yaml';
import { Dns01Solver, GitpodInstallation, GitpodInstallationOutputs, GitpodSecret } from '../lib';
import { StubCluster, tempDir, terraform } from './helpers';

/** The built command, as `npx gitpod-self-hosted` runs it. */
export const CLI = path.join(__dirname, '..', 'lib', 'install', 'cli.js');

/** Secret values of the synthesized outputs: none may ever appear in the command's output. */
export const SECRETS = {
  cloudflare_api_token: 'cf-TOKEN-0f9e8d7c6b5a',
  db_password: 'db-PASSWORD-"quoted"-$x',
  registry_password: 'reg-PASSWORD-1a2b3c',
  client_key: 'Q0xJRU5ULUtFWS1TRUNSRVQtREFUQQ==',
};

export const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: gitpod-self-hosted
    cluster:
      server: https://203.0.113.10:6443
      certificate-authority-data: Q0EtREFUQQ==
contexts:
  - name: gitpod-self-hosted
    context:
      cluster: gitpod-self-hosted
      user: gitpod-self-hosted
current-context: gitpod-self-hosted
users:
  - name: gitpod-self-hosted
    user:
      client-certificate-data: Q0VSVA==
      client-key-data: ${SECRETS.client_key}
`;


export interface CompanionOutputs {
  /** The Terraform working directory, applied. */
  readonly dir: string;
  /** `terraform output -json` there. */
  readonly json: string;
}

/**
 * Synthesizes a root stack with the companion construct and its outputs (a Cloudflare solver,
 * an external database, an external registry), applies it with the real Terraform (no provider
 * is needed) and returns `terraform output -json`.
 */
export function companionOutputs(): CompanionOutputs {
  const dir = tempDir('install-outputs-');
  const stack = new TerraformStack(Testing.app(), 'gitpod');
  const secretVar = (name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
  const installation = new GitpodInstallation(stack, 'installation', {
    cluster: new StubCluster(stack),
    solvers: [Dns01Solver.cloudflare({ apiToken: secretVar('cloudflare_api_token') })],
    acmeEmail: 'ops@example.com',
    config: {
      blockNewUsers: { passlist: ['example.com'] },
      database: { external: GitpodSecret.externalDatabase({ host: 'mysql.example.com', username: 'gitpod', password: secretVar('db_password'), encryptionKeys: '[]' }) },
      containerRegistry: {
        external: {
          url: 'registry.example.com/gitpod',
          credentials: GitpodSecret.registryCredentials({ server: 'registry.example.com', username: 'robot', password: secretVar('registry_password') }),
        },
      },
    },
  });
  new GitpodInstallationOutputs(stack, 'outputs', { installation });
  const json = JSON.parse(Testing.synth(stack));
  delete json.terraform?.backend;
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(json, null, 2));
  const { client_key: _unused, ...vars } = SECRETS;
  fs.writeFileSync(path.join(dir, 'terraform.tfvars.json'), JSON.stringify({ ...vars, domain_name: 'gitpod.example.com', kubeconfig: KUBECONFIG }));
  const init = terraform(['init', '-input=false', '-no-color'], dir);
  if (init.status !== 0) throw new Error(init.output);
  const apply = terraform(['apply', '-auto-approve', '-input=false', '-no-color'], dir);
  if (apply.status !== 0) throw new Error(apply.output);
  return { dir, json: terraform(['output', '-json'], dir).output };
}

/** What a fake tool does for calls whose arguments (joined by spaces) match `match`. */
export interface FakeRule {
  readonly match: string;
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
  readonly sleepMs?: number;
  /** Only the first N matching calls (then the next rule applies). */
  readonly times?: number;
}

const FAKE_TOOL = `
const fs = require('fs');
const path = require('path');
// The fake's folder is where this script is: the command gives its children no FAKE_DIR (nor
// anything else outside its allow-list), so the environment each got is recorded as it came.
const dir = __dirname;
const tool = path.basename(process.argv[1]);
const args = process.argv.slice(2);
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify({ tool, args, kubeconfig: process.env.KUBECONFIG, env: process.env }) + '\\n');
const rulesFile = path.join(dir, tool + '.json');
const rules = fs.existsSync(rulesFile) ? JSON.parse(fs.readFileSync(rulesFile, 'utf8')) : [];
const countsFile = path.join(dir, 'counts.json');
const counts = fs.existsSync(countsFile) ? JSON.parse(fs.readFileSync(countsFile, 'utf8')) : {};
const joined = args.join(' ');
let rule;
for (let i = 0; i < rules.length; i++) {
  const key = tool + ':' + i;
  if (!new RegExp(rules[i].match).test(joined)) continue;
  if (rules[i].times !== undefined && (counts[key] || 0) >= rules[i].times) continue;
  counts[key] = (counts[key] || 0) + 1;
  rule = rules[i];
  break;
}
// Only rules with a count write, and by rename: the command runs some tools (docker manifest
// inspect) a few at a time, and a reader must never see a half-written file.
if (rule && rule.times !== undefined) {
  const temporary = countsFile + '.' + process.pid;
  fs.writeFileSync(temporary, JSON.stringify(counts));
  fs.renameSync(temporary, countsFile);
}
const finish = () => {
  if (rule && rule.stdout) process.stdout.write(rule.stdout);
  if (rule && rule.stderr) process.stderr.write(rule.stderr);
  process.exitCode = rule && rule.exitCode ? rule.exitCode : 0;
};
if (rule && rule.sleepMs) setTimeout(finish, rule.sleepMs); else finish();
`;

/** A folder of fake tools (node scripts) that record their calls and answer by rules. */
export class FakeTools {
  public readonly dir: string;
  public readonly bin: string;

  constructor(tools: string[], rules: Record<string, FakeRule[]> = {}) {
    this.dir = tempDir('install-fakes-');
    this.bin = path.join(this.dir, 'bin');
    fs.mkdirSync(this.bin);
    const script = path.join(this.dir, 'fake-tool.js');
    fs.writeFileSync(script, FAKE_TOOL);
    for (const tool of tools) {
      fs.writeFileSync(path.join(this.bin, tool), `#!${process.execPath}\nrequire(${JSON.stringify(script)});\n`, { mode: 0o755 });
    }
    for (const [tool, list] of Object.entries(rules)) fs.writeFileSync(path.join(this.dir, `${tool}.json`), JSON.stringify(list));
  }

  /** Every recorded call, in order, with the environment the tool got. */
  public calls(): Array<{ tool: string; args: string[]; kubeconfig?: string; env: Record<string, string> }> {
    const file = path.join(this.dir, 'calls.jsonl');
    if (!fs.existsSync(file)) return [];
    return fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  }
}

/** A fake terraform that prints the given `terraform output -json` text for `-chdir=<dir> output -json`. */
export function fakeTerraform(fakes: FakeTools, json: string): void {
  fs.writeFileSync(path.join(fakes.bin, 'terraform'), `#!${process.execPath}\nrequire(${JSON.stringify(path.join(fakes.dir, 'fake-tool.js'))});\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(fakes.dir, 'terraform.json'), JSON.stringify([{ match: '^-chdir=\\S+ output -json$', stdout: json }, { match: '.', exitCode: 1, stderr: 'unexpected call' }]));
}

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly work: string;
}

export interface CliOptions {
  readonly fakes?: FakeTools;
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  readonly extraPath?: string[];
  readonly input?: string;
  /** Leave out `--work-dir <cwd>/work`, so that the command makes its temporary one (under TMPDIR when env sets it). */
  readonly temporaryWorkDir?: boolean;
}

/** The command line and environment of the built command, PATH = the fake tools only (plus `extraPath`); `work` is its --work-dir. */
export function cliInvocation(args: string[], options: CliOptions): { argv: string[]; cwd: string; env: Record<string, string>; work: string } {
  const cwd = options.cwd ?? tempDir('install-cwd-');
  const work = path.join(cwd, 'work');
  const pathDirs = [...(options.fakes ? [options.fakes.bin] : []), ...(options.extraPath ?? [])];
  const own = options.temporaryWorkDir || args.includes('--work-dir');
  return { argv: [CLI, ...args, ...(own ? [] : ['--work-dir', work])], cwd, env: { PATH: pathDirs.join(path.delimiter), HOME: cwd, ...options.env }, work };
}

/** Runs the built command with PATH = the fake tools only (plus `extraPath`), in `cwd`. */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const { argv, cwd, env, work } = cliInvocation(args, options);
  const result = spawnSync(process.execPath, argv, { cwd, input: options.input, encoding: 'utf8', env });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, work };
}

/** The printed commands (`$ ...` lines), the work folder written as <work>. */
export function commands(result: CliResult): string[] {
  return result.stdout.split('\n').filter((l) => l.startsWith('$ ')).map((l) => l.slice(2).split(result.work).join('<work>'));
}

/** The objects of a multi-document YAML file. */
export function yamlDocs(file: string): any[] {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJS());
}

/** A Secret's data, decoded. */
export function decoded(secret: any): Record<string, string> {
  return Object.fromEntries(Object.entries<string>(secret.data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

/** The permission bits of a file. */
export function mode(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

/** Fails if any of the values appears in the text (the command's stdout and stderr). */
export function expectNoSecret(result: CliResult, values: string[]): void {
  const text = `${result.stdout}\n${result.stderr}`;
  const leaked = values.filter((v) => text.includes(v));
  expect(leaked).toEqual([]);
}

/** The command runs at all (the check above would pass vacuously on an empty output). */
export function spawnOk(result: CliResult): void {
  if (result.status !== 0) throw new Error(`exit ${result.status}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
}

export { spawnSync };

/**
 * A render in the shapes Gitpod 2022.11's installer and its vendored Bitnami charts (rabbitmq
 * 11.3.0, mysql 9.4.5, minio 11.10.24) write images, with `${moved}` where an image of
 * docker.io/bitnami stands: `chartRender('bitnami')` is what the installer prints, and
 * `chartRender('bitnamilegacy')` exactly what the rewrite must make of it. Every other mention
 * of bitnami (labels, comments, annotations, `latest`, another registry) must stay. The tags are
 * written for the test.
 */
export function chartRender(moved: string): string {
  return `---
# apps/v1/StatefulSet messagebus
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: messagebus
  namespace: gitpod
  labels:
    app.kubernetes.io/name: rabbitmq
    helm.sh/chart: rabbitmq-11.3.0
  annotations:
    # Bitnami's chart, https://github.com/bitnami/charts (docker.io/bitnami/rabbitmq)
    note: "built from docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0"
spec:
  template:
    spec:
      initContainers:
        - name: volume-permissions
          image: docker.io/${moved}/bitnami-shell:11-debian-11-r54
          imagePullPolicy: IfNotPresent
        - name: credential-injector
          image: "docker.io/library/busybox:1.35"
      containers:
        - name: rabbitmq
          image: docker.io/${moved}/rabbitmq:3.11.2-debian-11-r0
          env:
            - name: BITNAMI_DEBUG
              value: "false"
---
# apps/v1/StatefulSet mysql
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mysql
spec:
  template:
    spec:
      containers:
        - name: mysql
          image: '${moved}/mysql:5.7.40-debian-11-r6'
        - name: metrics
          image: bitnami/mysqld-exporter:latest
---
# helm.toolkit.fluxcd.io/v2/HelmRelease minio: chart values as Bitnami charts write them
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: minio
spec:
  values:
    image:
      registry: docker.io
      repository: ${moved}/minio
      tag: 2022.10.29-debian-11-r0
      digest: ""
    clientImage:
      registry: docker.io
      repository: ${moved}/minio-client
      tag: 2022.10.29
    volumePermissions:
      image:
        registry: docker.io
        repository: ${moved}/bitnami-shell
        tag: 11-debian-11-r54
    mirrored:
      registry: quay.io
      repository: bitnami/minio
      tag: 2022.10.29
---
# helm.cattle.io/v1/HelmChart mysql: chart values in a string, a tag YAML reads as a number
apiVersion: helm.cattle.io/v1
kind: HelmChart
metadata:
  name: mysql
spec:
  chart: mysql
  valuesContent: |-
    image:
      registry: docker.io
      repository: ${moved}/mysql
      tag: 8.0
---
# apps/v1/Deployment server
apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
spec:
  template:
    spec:
      containers:
        - name: server
          image: eu.gcr.io/gitpod-core-dev/build/server:commit-abc
---
# v1/ConfigMap registry-facade: Gitpod's component configs are JSON in a string
apiVersion: v1
kind: ConfigMap
metadata:
  name: registry-facade
data:
  config.json: |-
    {
      "registry": {
        "staticLayer": [
          {
            "ref": "eu.gcr.io/gitpod-core-dev/build/supervisor:commit-abc",
            "type": "image"
          }
        ]
      }
    }
  ide-config.json: |-
    {
      "supervisorImage": "eu.gcr.io/gitpod-core-dev/build/supervisor:commit-abc",
      "ideOptions": { "options": { "code": {
        "image": "eu.gcr.io/gitpod-core-dev/build/ide/code:commit-def",
        "imageLayers": ["eu.gcr.io/gitpod-core-dev/build/ide/code-codehelper:commit-def"]
      } } }
    }
`;
}

/** Every image of chartRender('bitnami') as the cluster pulls it after the rewrite, once each, sorted. */
export const CHART_RENDER_IMAGES = [
  'docker.io/bitnami/mysqld-exporter:latest',
  'docker.io/bitnamilegacy/bitnami-shell:11-debian-11-r54',
  'docker.io/bitnamilegacy/minio-client:2022.10.29',
  'docker.io/bitnamilegacy/minio:2022.10.29-debian-11-r0',
  'docker.io/bitnamilegacy/mysql:5.7.40-debian-11-r6',
  'docker.io/bitnamilegacy/mysql:8.0',
  'docker.io/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0',
  'docker.io/library/busybox:1.35',
  'eu.gcr.io/gitpod-core-dev/build/ide/code-codehelper:commit-def',
  'eu.gcr.io/gitpod-core-dev/build/ide/code:commit-def',
  'eu.gcr.io/gitpod-core-dev/build/server:commit-abc',
  'eu.gcr.io/gitpod-core-dev/build/supervisor:commit-abc',
  'quay.io/bitnami/minio:2022.10.29',
];

/** Fake docker rules: `docker manifest inspect IMAGE` fails for these images, as for an image the registry does not have. */
export function missingImages(images: string[]): FakeRule[] {
  return images.map((image) => ({
    match: `^manifest inspect ${image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    exitCode: 1,
    stderr: `no such manifest: ${image}\n`,
  }));
}
