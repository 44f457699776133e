import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { InstallationOutputs, OutputsSource, readOutputs } from './outputs';
import { InstallError, Log, RunOptions, RunResult, Runner } from './runner';

/** `docker run --pull` policies. @internal */
export const PULL_POLICIES = ['always', 'missing', 'never'];

/** What the command was asked to do, parsed and checked. @internal */
export interface InstallOptions {
  readonly dryRun: boolean;
  /** Where manifests, the config and the chart are written (WorkDir). */
  readonly workDir: WorkDirChoice;
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

/** Where the work folder is, as asked: `--work-dir` (absolute) or a temporary one, and `--keep-work-dir`. @internal */
export interface WorkDirChoice {
  readonly given?: string;
  readonly keep: boolean;
}

/** What temporary work folders are called (under os.tmpdir()). @internal */
export const WORK_DIR_PREFIX = 'gitpod-self-hosted-install-';

/**
 * The work folder of one run. It holds the cluster's admin kubeconfig and every Secret, so by
 * default it is a new folder under the system's temporary folder (mode 0700), removed when the
 * command ends: done, failed, dry run or interrupted. `--keep-work-dir` keeps it (to look at a
 * dry run's files); a folder named with `--work-dir` is the user's and is never removed.
 * @internal
 */
export class WorkDir {
  /** Creates the folder (mkdtemp, or the one given, mode 0700). */
  public static open(choice: WorkDirChoice, tmp: string = os.tmpdir()): WorkDir {
    if (choice.given !== undefined) {
      fs.mkdirSync(choice.given, { recursive: true, mode: 0o700 });
      fs.chmodSync(choice.given, 0o700);
      return new WorkDir(choice.given, false);
    }
    let created: string;
    try {
      created = fs.mkdtempSync(path.join(tmp, WORK_DIR_PREFIX));
    } catch (e) {
      throw new InstallError(`cannot create a temporary work folder in ${tmp} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): `
        + 'set TMPDIR to a folder you can write, or pass --work-dir DIR');
    }
    fs.chmodSync(created, 0o700);
    return new WorkDir(created, !choice.keep);
  }

  private removed = false;

  private constructor(
    public readonly path: string,
    /** Removed when the command ends. */
    public readonly removes: boolean,
  ) {}

  /** Where the files go and what becomes of them, for the first line of a run. */
  public describe(choice: WorkDirChoice): string {
    if (choice.given !== undefined) return `files go to ${this.path} (--work-dir: kept)`;
    return this.removes
      ? `files go to ${this.path} (a temporary folder, removed when the command ends; --keep-work-dir keeps it)`
      : `files go to ${this.path} (a temporary folder, kept: --keep-work-dir)`;
  }

  /** Removes the folder unless it is kept; says which. Safe to call twice. */
  public close(log: Log): void {
    if (!this.removes) {
      log.out(`the work folder ${this.path} is kept: it holds the cluster's admin kubeconfig and the Secrets; delete it when done\n`);
      return;
    }
    if (this.removeNow()) log.out(`removed the work folder ${this.path}\n`);
  }

  /** Removes a temporary folder now (also from a signal handler); true the first time. */
  public removeNow(): boolean {
    if (!this.removes || this.removed) return false;
    this.removed = true;
    fs.rmSync(this.path, { recursive: true, force: true });
    return true;
  }
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
    /** Absolute: the work folder (WorkDir). */
    public readonly workDir: string,
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
    return path.join(this.workDir, ...parts);
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
    if (path.resolve(dir) === path.resolve(this.workDir)) fs.chmodSync(dir, 0o700);
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
