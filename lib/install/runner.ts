import { spawn } from 'child_process';
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

/** Options of one command. @internal */
export interface RunOptions {
  /** Return the command's stdout instead of passing it through (it may hold secrets: never printed). */
  readonly capture?: boolean;
  /** A long wait: progress lines every few seconds while it runs, naming what it waits for. */
  readonly waitsFor?: string;
  /** Variables added to the environment (printed with the command: never put secrets here). */
  readonly env?: Record<string, string>;
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

  public async run(program: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    this.log.out(`${commandLine(program, args, options.env)}\n`);
    if (this.dryRun && !options.readOnly) return { code: 0, stdout: '', stderr: '', skipped: true };

    const started = Date.now();
    const timer = options.waitsFor === undefined ? undefined : setInterval(() => {
      this.log.out(`    ... still waiting for ${options.waitsFor} (${formatDuration(Date.now() - started)} so far)\n`);
    }, this.progressMs);
    try {
      return await new Promise<RunResult>((resolve, reject) => {
        const child = spawn(program, args, { env: { ...this.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
