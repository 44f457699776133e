import * as fs from 'fs';
import { isPlainObject } from '../gitpod/values';
import { InstallError, Runner } from './runner';

/** The outputs `GitpodInstallationOutputs` declares. @internal */
export const OUTPUT_NAMES = ['cert_manager', 'domain_name', 'gitpod_config', 'gitpod_secrets', 'kubeconfig'];

/** Where the outputs come from. @internal */
export interface OutputsSource {
  /** A Terraform working directory: `terraform -chdir=<dir> output -json`. */
  readonly dir?: string;
  /** A file: `terraform output -json` saved, a cdktf outputs file, or a map of values by output name. */
  readonly file?: string;
  /** In a cdktf outputs file of several stacks, the stack to use. */
  readonly stack?: string;
}

/** The output values, by output name, and where they came from. @internal */
export class InstallationOutputs {
  constructor(
    public readonly values: Record<string, unknown>,
    /** Says where the values came from, for messages. */
    public readonly from: string,
    /** What to do when an output is missing. */
    private readonly hint: string,
  ) {}

  /** An output the step cannot do without. */
  public require(name: string, step: string): unknown {
    const value = this.values[name];
    if (value === undefined || value === null) {
      throw new InstallError(`the ${step} step needs the ${name} output, and ${this.from} has none. ${this.hint}`);
    }
    return value;
  }

  /** An output that may be absent (`gitpod_secrets` when the config refers to no secret). */
  public optional(name: string): unknown {
    return this.values[name] ?? undefined;
  }

  /** The kubeconfig output, checked to look like one (its content is never shown). */
  public kubeconfig(step: string): string {
    const value = this.require('kubeconfig', step);
    if (typeof value !== 'string' || !/\bclusters\s*:/.test(value)) {
      throw new InstallError(`the kubeconfig output of ${this.from} is not a kubeconfig (a YAML text with clusters, users and contexts): pass --kubeconfig FILE instead`);
    }
    return value;
  }
}

const MISSING_HINT = 'Declare GitpodInstallationOutputs in the root stack (README, "Installing Gitpod"), apply, and run again; '
  + 'or point --dir at the Terraform working directory that has them (for cdktf: cdktf.out/stacks/<stack>), or pass --outputs FILE.';

/** `terraform output -json` entries are `{ sensitive, type, value }`; anything else is the value itself. */
function unwrap(entry: unknown): unknown {
  return isPlainObject(entry) && 'value' in entry && 'type' in entry ? entry.value : entry;
}

function holdsOutputs(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && OUTPUT_NAMES.some((name) => name in value);
}

/** The objects holding installation outputs inside a cdktf outputs file (`{ <stack>: { <construct>: { <output>: value } } }`). */
function findNested(value: unknown, at: string[], found: Array<{ path: string[]; outputs: Record<string, unknown> }>): void {
  if (!isPlainObject(value)) return;
  if (holdsOutputs(value)) {
    found.push({ path: at, outputs: value });
    return;
  }
  for (const [key, member] of Object.entries(value)) findNested(member, [...at, key], found);
}

/**
 * Reads the outputs from the text of `terraform output -json`, a cdktf outputs file
 * (`cdktf output --outputs-file FILE --outputs-file-include-sensitive-outputs`), or a plain map.
 * @internal
 */
export function parseOutputs(text: string, from: string, stack?: string): InstallationOutputs {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InstallError(`${from} is not JSON (${(e as Error).message}): expected what \`terraform output -json\` prints, or a cdktf outputs file`);
  }
  if (!isPlainObject(json)) throw new InstallError(`${from} is not a JSON object of outputs: expected what \`terraform output -json\` prints, or a cdktf outputs file`);

  if (holdsOutputs(json)) {
    const values = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, unwrap(v)]));
    return new InstallationOutputs(values, from, MISSING_HINT);
  }

  const found: Array<{ path: string[]; outputs: Record<string, unknown> }> = [];
  findNested(json, [], found);
  const candidates = stack === undefined ? found : found.filter((f) => f.path[0] === stack);
  if (candidates.length > 1) {
    throw new InstallError(`${from} holds installation outputs in several places (${candidates.map((c) => c.path.join('.')).join(', ')}): choose the stack with --stack NAME`);
  }
  if (candidates.length === 0) {
    const stacks = Object.keys(json);
    const where = stack === undefined ? '' : ` for the stack "${stack}" (stacks in the file: ${stacks.join(', ') || 'none'})`;
    const hint = 'A cdktf outputs file holds them only when written with `--outputs-file-include-sensitive-outputs` '
      + '(all five are sensitive): `npx cdktf output <stack> --outputs-file outputs.json --outputs-file-include-sensitive-outputs`. ' + MISSING_HINT;
    return new InstallationOutputs({}, `${from}${where}`, hint);
  }
  const values = Object.fromEntries(Object.entries(candidates[0].outputs).map(([k, v]) => [k, unwrap(v)]));
  return new InstallationOutputs(values, `${from} (${candidates[0].path.join('.')})`, MISSING_HINT);
}

/**
 * Reads the outputs: `terraform -chdir=<dir> output -json` (run in a dry run too: it reads
 * the state, not the cluster; its stdout holds the secrets and is never printed), or a file.
 * @internal
 */
export async function readOutputs(source: OutputsSource, runner: Runner): Promise<InstallationOutputs> {
  if (source.file !== undefined) {
    const from = source.file === '-' ? 'stdin' : source.file;
    let text: string;
    try {
      text = fs.readFileSync(source.file === '-' ? 0 : source.file, 'utf8');
    } catch (e) {
      throw new InstallError(`--outputs: cannot read ${from} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): give the file \`terraform output -json > FILE\` wrote`);
    }
    return parseOutputs(text, from, source.stack);
  }
  const dir = source.dir ?? '.';
  runner.requireTools('reading the outputs with --dir', ['terraform']);
  const result = await runner.run('terraform', [`-chdir=${dir}`, 'output', '-json'], { capture: true, readOnly: true, allowFailure: true });
  if (result.code !== 0) {
    throw new InstallError(`\`terraform -chdir=${dir} output -json\` failed (exit ${result.code}); its message is above. `
      + `--dir must be the Terraform working directory of the root module (initialized, with its state; for cdktf: cdktf.out/stacks/<stack>), or pass --outputs FILE.`
      + ' terraform gets no cloud credentials from this command (only the TF_* variables it reads the state with): for a backend that needs them (s3, azurerm, gcs),'
      + ` run \`terraform -chdir=${dir} output -json | gitpod-self-hosted install <step> --outputs -\`.`);
  }
  return parseOutputs(result.stdout, `\`terraform output -json\` in ${dir}`, source.stack);
}
