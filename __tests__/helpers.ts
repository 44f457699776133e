import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DataResource, ITerraformDependable, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { DnsRecord, IGitpodCluster } from '../lib';
import { HetznerGitpodCluster, HetznerGitpodClusterProps } from '../constructs/hetzner';
import { InputRule, ruleHolds } from '../lib/validation';

/** A real-looking OpenSSH public key for tests. */
export const SSH_PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHbY1Z5v9mQ7xkqQ2YtNqk0y3Vq2mWb7f2zZrJ8s5mEo test@example';

/** Synthesizes a Hetzner cluster in its own stack and returns the JSON text and the parsed object. */
export function synthHetzner(props: Partial<HetznerGitpodClusterProps> = {}): { text: string; json: any; cluster: HetznerGitpodCluster } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const cluster = new HetznerGitpodCluster(stack, 'gitpod', {
    domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, ...props,
  });
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text), cluster };
}

/** The resources of one type in a synthesized stack, by logical name. */
export function resourcesOf(json: any, type: string): Record<string, any> {
  return json.resource?.[type] ?? {};
}

/** The single resource of a type whose logical name contains `part`. */
export function resourceNamed(json: any, type: string, part: string): any {
  const matches = Object.entries(resourcesOf(json, type)).filter(([name]) => name.includes(part));
  if (matches.length !== 1) throw new Error(`expected one ${type} named like ${part}, found ${matches.length}`);
  return matches[0][1];
}

/** A temporary folder removed after the test file. */
const madeDirs: string[] = [];
// Each test file runs in its own process: remove its folders when it is done.
process.on('exit', () => madeDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** Runs terraform with a CLI config of its own (the machine's default points at a missing file). */
export function terraform(args: string[], cwd: string, input?: string): { status: number; output: string } {
  const config = path.join(cwd, '.terraformrc-test');
  if (!fs.existsSync(config)) fs.writeFileSync(config, '');
  try {
    const output = execFileSync('terraform', args, {
      cwd, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' },
    });
    return { status: 0, output };
  } catch (err: any) {
    return { status: err.status ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** A cluster made elsewhere (module users): only what the companion needs, with a built-in resource as "ready". */
export class StubCluster implements IGitpodCluster {
  public readonly domainName: string;
  public readonly kubecontext = 'gitpod-self-hosted';
  public readonly kubeconfig: string;
  public readonly k3sToken = 'unused';
  public readonly apiAddress = '203.0.113.10';
  public readonly dnsRecords: DnsRecord[] = [];
  public readonly ready: ITerraformDependable;

  constructor(stack: TerraformStack) {
    this.domainName = new TerraformVariable(stack, 'domain_name', { type: 'string' }).stringValue;
    this.kubeconfig = new TerraformVariable(stack, 'kubeconfig', { type: 'string', sensitive: true }).stringValue;
    this.ready = new DataResource(stack, 'ready', { input: { ready: true } });
  }
}

/** Whether the synth-time check accepts a literal value for a rule. */
export function literalVerdict(rule: InputRule, value: unknown): boolean {
  return ruleHolds(rule, value);
}

/** The message of the error a call throws (and a failure when it throws none). */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}
