import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { InstallationOutputs, OutputsSource, readOutputs } from './outputs';
import { InstallError, Log, RunOptions, RunResult, Runner } from './runner';

/** `docker run --pull` policies. @internal */
export const PULL_POLICIES = ['always', 'missing', 'never'];

/** What the command was asked to do, parsed and checked. @internal */
export interface InstallOptions {
  readonly dryRun: boolean;
  /** Absolute: where manifests, the config and the chart are written. */
  readonly workDir: string;
  /** Absolute path of a kubeconfig to use instead of the `kubeconfig` output. */
  readonly kubeconfig?: string;
  readonly outputs: OutputsSource;
  readonly cloud?: string;
  readonly webhooksScript?: string;
  readonly certificateTimeout: string;
  readonly helmTimeout: string;
  readonly installerImage: string;
  readonly installerVersion: string;
  readonly dockerPull: string;
  readonly atomic: boolean;
  /** Absolute path of a folder of extra manifests for the Gitpod chart. */
  readonly extraManifests?: string;
  readonly skipConfigCheck: boolean;
  readonly monitoring: boolean;
  /** Absolute path of a values file for the monitoring chart. */
  readonly monitoringValues?: string;
  /** What the gitpod step does with the images of the render and the installer image (lib/install/images.ts). */
  readonly images: {
    /** Rewrite the images that moved since 2022 (docker.io/bitnami to docker.io/bitnamilegacy). */
    readonly rewriteMoved: boolean;
    /** A registry and optional path (no scheme, no trailing slash) holding a copy of every image. */
    readonly mirror?: string;
    /** Resolve every image before anything changes. */
    readonly check: boolean;
    /** How long one image may take to resolve. */
    readonly checkTimeoutMs: number;
    /** Print the images of the render and stop. */
    readonly list: boolean;
  };
  /** The csi step's inputs as given (files, flags); secrets are read from files or the environment. */
  readonly csi: { readonly [key: string]: string | undefined };
}

/** The server-side apply every manifest of ours goes through: our field manager, taking over fields a previous tool set. @internal */
export const FIELD_MANAGER = 'gitpod-self-hosted';

/** Kubernetes objects as multi-document YAML. @internal */
export function manifestsYaml(objects: Array<Record<string, unknown>>): string {
  return objects.map((o) => YAML.stringify(o)).join('---\n');
}

/** An Opaque Secret with its values base64-encoded. @internal */
export function secretObject(name: string, namespace: string, data: Record<string, string>): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace },
    type: 'Opaque',
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')])),
  };
}

/**
 * One run of the command: the options, the runner, the outputs (read once), the kubeconfig
 * and the work folder. Every file it writes is mode 0600 in a 0700 folder: many hold secrets.
 * @internal
 */
export class Installation {
  private outputsRead?: InstallationOutputs;
  private kubeconfigFile?: string;

  constructor(
    public readonly options: InstallOptions,
    public readonly runner: Runner,
    public readonly log: Log,
    public readonly env: NodeJS.ProcessEnv,
  ) {}

  /** A heading for a part of a step. */
  public step(text: string): void {
    this.log.out(`==> ${text}\n`);
  }

  /** A line of explanation. */
  public note(text: string): void {
    this.log.out(`    ${text}\n`);
  }

  public async outputs(): Promise<InstallationOutputs> {
    if (!this.outputsRead) this.outputsRead = await readOutputs(this.options.outputs, this.runner);
    return this.outputsRead;
  }

  /** The path of a file in the work folder. */
  public file(...parts: string[]): string {
    return path.join(this.options.workDir, ...parts);
  }

  /** Writes a file of the work folder (mode 0600) and says so. */
  public write(relative: string, content: string, what: string): string {
    const target = this.file(relative);
    this.ensureDir(path.dirname(target));
    fs.writeFileSync(target, content, { mode: 0o600 });
    fs.chmodSync(target, 0o600);
    this.log.out(`    wrote ${target} (${what})\n`);
    return target;
  }

  public ensureDir(dir: string): void {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (path.resolve(dir) === path.resolve(this.options.workDir)) fs.chmodSync(dir, 0o700);
  }

  /** The kubeconfig every command uses: --kubeconfig, or the `kubeconfig` output written to the work folder. */
  public async kubeconfig(step: string): Promise<string> {
    if (this.options.kubeconfig) return this.options.kubeconfig;
    if (!this.kubeconfigFile) {
      const text = (await this.outputs()).kubeconfig(step);
      this.kubeconfigFile = this.write('kubeconfig', text, 'the kubeconfig output; holds the cluster admin key');
    }
    return this.kubeconfigFile;
  }

  public async kubectl(args: string[], options: RunOptions = {}): Promise<RunResult> {
    return this.runner.run('kubectl', ['--kubeconfig', await this.kubeconfig('kubectl'), ...args], options);
  }

  public async helm(args: string[], options: RunOptions = {}): Promise<RunResult> {
    return this.runner.run('helm', ['--kubeconfig', await this.kubeconfig('helm'), ...args], options);
  }

  /** Server-side apply of a manifest file (or URL) of ours. */
  public async apply(file: string): Promise<RunResult> {
    return this.kubectl(['apply', '--server-side', '--force-conflicts', `--field-manager=${FIELD_MANAGER}`, '-f', file]);
  }

  /** `--atomic --cleanup-on-fail`, unless --no-atomic. */
  public atomicFlags(): string[] {
    return this.options.atomic ? ['--atomic', '--cleanup-on-fail'] : [];
  }

  /** Fails with a usage-level message (exit code 2). */
  public static usage(message: string): never {
    throw new InstallError(message, 2);
  }
}
