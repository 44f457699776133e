import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Where the command writes: its progress and the commands to stdout, problems to stderr. @internal */
export interface Log {
  out(text: string): void;
  err(text: string): void;
}

/** An error the user can fix, with the sentence that says how; printed without a stack. @internal */
export class InstallError extends Error {
  constructor(message: string, public readonly exitCode = 1) {
    super(message);
    this.name = 'InstallError';
  }
}

/** Characters a POSIX shell takes literally in a word. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word as a POSIX shell would need it, so that every printed command can be pasted. @internal */
export function shellQuote(word: string): string {
  if (word !== '' && SAFE_WORD.test(word)) return word;
  return `'${word.split("'").join(`'\\''`)}'`;
}

/** A command line as printed: `$ program arg ...`, quoted for a POSIX shell. @internal */
export function commandLine(program: string, args: string[], env: Record<string, string> = {}): string {
  const assignments = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`);
  return ['$', ...assignments, shellQuote(program), ...args.map(shellQuote)].join(' ');
}

/** The tools each step runs, and where to get them. */
const TOOL_HINTS: Record<string, string> = {
  kubectl: 'https://kubernetes.io/docs/tasks/tools/',
  helm: 'https://helm.sh/docs/intro/install/ (Helm 3)',
  docker: 'https://docs.docker.com/engine/install/ (it runs the Gitpod installer image)',
  terraform: 'https://developer.hashicorp.com/terraform/install, or pass --outputs FILE with `terraform output -json` saved elsewhere',
};

/** The full path of an executable on a PATH, or undefined. @internal */
export function findOnPath(tool: string, pathVariable: string | undefined): string | undefined {
  for (const dir of (pathVariable ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, tool);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The environment variables a child gets from ours, by tool; nothing else reaches it. The
 * command's own environment often holds cloud credentials (HCLOUD_TOKEN for the csi step,
 * AWS_*, ARM_*, GOOGLE_* for other work in the same shell), and the tools it runs execute code
 * that is not ours: Helm charts' hooks, kubeconfig exec plugins, docker credential helpers, the
 * installer image. A child gets what lets it find its programs and its own configuration, and
 * reach the network as this machine does, and no more. An entry ending in `*` is a prefix.
 * The one exception is `--webhooks-script`: the user's own command, which gets the whole
 * environment (RunOptions.inheritEnv). `terraform output` gets no cloud credentials either: a
 * backend that needs them (s3, azurerm, gcs) is read with `terraform output -json | ... --outputs -`.
 * @internal
 */
export const CHILD_ENVIRONMENT: Readonly<Record<'every tool' | 'kubectl' | 'helm' | 'docker' | 'terraform', readonly string[]>> = {
  'every tool': [
    'PATH', // the tools find the programs they run (docker its credential helpers, kubectl exec plugins)
    'HOME', // where each tool keeps its configuration by default (~/.docker, ~/.kube/cache, ~/.config/helm, ~/.terraformrc)
    'TMPDIR', // where they write temporary files
    'LANG', 'LC_ALL', 'TZ', // messages and times as the user reads them
    'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', // a machine that reaches the network through a proxy
    'SSL_CERT_FILE', 'SSL_CERT_DIR', // the CAs to trust (a proxy that re-signs TLS); the tools are Go programs, which read these
  ],
  kubectl: [
    'KUBECACHEDIR', // kubectl's discovery cache, when moved from ~/.kube/cache
  ],
  helm: [
    'KUBECACHEDIR', // the same discovery cache, which Helm's Kubernetes client uses
    'XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', // Helm's default folders follow these
    'HELM_CACHE_HOME', 'HELM_CONFIG_HOME', 'HELM_DATA_HOME', // Helm's folders, when moved
    'HELM_REPOSITORY_CACHE', 'HELM_REPOSITORY_CONFIG', 'HELM_REGISTRY_CONFIG', 'HELM_PLUGINS', // the same, one by one
    'HELM_DRIVER', // where Helm keeps its releases: with another driver an earlier release would not be found
  ],
  docker: [
    'DOCKER_HOST', 'DOCKER_CONTEXT', // which daemon runs the installer (a remote one, rootless Docker, Podman)
    'DOCKER_CONFIG', // where docker keeps its logins (registry credentials for the installer image and the image check)
    'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY', // TLS to a daemon reached over TCP
    'DOCKER_DEFAULT_PLATFORM', // the platform of the installer image (linux/amd64 on Apple silicon)
    'XDG_RUNTIME_DIR', // where rootless Docker and Podman keep their socket
    'SSH_AUTH_SOCK', // DOCKER_HOST=ssh://... reaches the daemon through ssh, which asks the agent
    'DBUS_SESSION_BUS_ADDRESS', // docker-credential-secretservice reaches the keyring over D-Bus
  ],
  terraform: [
    'TF_DATA_DIR', 'TF_WORKSPACE', // which state `terraform output` reads
    'TF_CLI_CONFIG_FILE', // Terraform's configuration, when moved from ~/.terraformrc
    'TF_TOKEN_*', // credentials for Terraform's own hosts (an HCP Terraform or Terraform Enterprise backend)
  ],
};

/** The variables of `env` that a child running `program` gets (CHILD_ENVIRONMENT). @internal */
export function childEnvironment(program: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const tool = path.basename(program) as keyof typeof CHILD_ENVIRONMENT;
  const names = [...CHILD_ENVIRONMENT['every tool'], ...(tool in CHILD_ENVIRONMENT ? CHILD_ENVIRONMENT[tool] : [])];
  const allowed = (name: string) => names.some((n) => (n.endsWith('*') ? name.startsWith(n.slice(0, -1)) : name === n));
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && allowed(e[0])));
}

/** The exit code of a run stopped by a signal, as a shell reports it. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** Options of one command. @internal */
export interface RunOptions {
  /** Return the command's stdout instead of passing it through (it may hold secrets: never printed). */
  readonly capture?: boolean;
  /** A long wait: progress lines every few seconds while it runs, naming what it waits for. */
  readonly waitsFor?: string;
  /** Variables added to the environment (printed with the command: never put secrets here). */
  readonly env?: Record<string, string>;
  /** The user's own command (--webhooks-script): it gets our whole environment, not CHILD_ENVIRONMENT. */
  readonly inheritEnv?: boolean;
  /** A failure is returned, not thrown. */
  readonly allowFailure?: boolean;
  /** Reads and changes nothing on the cluster: runs in a dry run too (terraform output). */
  readonly readOnly?: boolean;
}

/** @internal */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the command was only printed. */
  readonly skipped: boolean;
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * Runs (or, in a dry run, prints) the commands of the installation. Every command is printed
 * before it runs, quoted so that it can be pasted. Secrets never travel on a command line:
 * they go in files (mode 0600) that the commands read.
 * @internal
 */
export class Runner {
  private readonly progressMs: number;
  /** The children running now: an interrupted run passes the signal on to them. */
  private readonly children = new Set<ChildProcess>();
  private interruptedBy?: string;
  private readonly wakeUps = new Set<() => void>();

  constructor(
    public readonly dryRun: boolean,
    private readonly log: Log,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    const seconds = Number(env.GITPOD_INSTALL_PROGRESS_SECONDS ?? '30');
    this.progressMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 30000;
  }

  /** Fails with one message naming every missing tool and where to get it. */
  public requireTools(step: string, tools: string[]): void {
    const missing = tools.filter((t) => findOnPath(t, this.env.PATH) === undefined);
    if (missing.length === 0) return;
    const lines = missing.map((t) => `  ${t}: ${TOOL_HINTS[t] ?? 'install it'}`);
    throw new InstallError(
      `${step} needs ${tools.join(', ')}; not found on the PATH: ${missing.join(', ')}\n${lines.join('\n')}`,
    );
  }

  /** The environment a child running `program` gets: CHILD_ENVIRONMENT of ours. */
  public childEnv(program: string): Record<string, string> {
    return childEnvironment(program, this.env);
  }

  /** Counts a child of the run as running until it exits, so that an interruption reaches it. */
  public track(child: ChildProcess): void {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    if (this.interruptedBy !== undefined) child.kill(this.interruptedBy as NodeJS.Signals);
  }

  /**
   * Stops the run on a signal: the running children get the same signal (as from a terminal's
   * Ctrl-C, which reaches them too), waits end, and the next command fails instead of starting.
   */
  public interrupt(signal: string): void {
    this.interruptedBy = signal;
    for (const child of this.children) child.kill(signal as NodeJS.Signals);
    for (const wakeUp of this.wakeUps) wakeUp();
  }

  public get interrupted(): boolean {
    return this.interruptedBy !== undefined;
  }

  /** Fails when the run was interrupted (exit code 130 for SIGINT, 143 for SIGTERM). */
  public checkInterrupted(): void {
    if (this.interruptedBy !== undefined) {
      throw new InstallError(`interrupted by ${this.interruptedBy}; the step stopped where it was (running it again continues)`, SIGNAL_EXIT[this.interruptedBy] ?? 1);
    }
  }

  /** Waits, or less when the run is interrupted. */
  public async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const wakeUp = () => {
        clearTimeout(timer);
        this.wakeUps.delete(wakeUp);
        resolve();
      };
      const timer = setTimeout(wakeUp, ms);
      this.wakeUps.add(wakeUp);
    });
    this.checkInterrupted();
  }

  public async run(program: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    this.checkInterrupted();
    this.log.out(`${commandLine(program, args, options.env)}\n`);
    if (this.dryRun && !options.readOnly) return { code: 0, stdout: '', stderr: '', skipped: true };

    const started = Date.now();
    const timer = options.waitsFor === undefined ? undefined : setInterval(() => {
      this.log.out(`    ... still waiting for ${options.waitsFor} (${formatDuration(Date.now() - started)} so far)\n`);
    }, this.progressMs);
    const env = { ...(options.inheritEnv ? this.env : this.childEnv(program)), ...options.env };
    try {
      return await new Promise<RunResult>((resolve, reject) => {
        const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        this.track(child);
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => (options.capture ? out.push(chunk) : this.log.out(chunk.toString())));
        child.stderr.on('data', (chunk: Buffer) => {
          err.push(chunk);
          this.log.err(chunk.toString());
        });
        child.on('error', (e: NodeJS.ErrnoException) => {
          reject(new InstallError(e.code === 'ENOENT' ? `${program} was not found on the PATH (${TOOL_HINTS[program] ?? 'install it'})` : `${program}: ${e.message}`));
        });
        child.on('close', (code) => {
          const result = { code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), skipped: false };
          try {
            this.checkInterrupted();
          } catch (e) {
            reject(e);
            return;
          }
          if (result.code !== 0 && !options.allowFailure) {
            reject(new InstallError(`${program} failed with exit code ${result.code}: ${commandLine(program, args, options.env).slice(2)}`));
          } else {
            resolve(result);
          }
        });
      });
    } finally {
      if (timer) clearInterval(timer);
    }
  }
}
