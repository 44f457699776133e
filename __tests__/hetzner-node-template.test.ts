import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { RESTART_ANNOTATION } from '../lib/k3s/api-object';
import { DEFAULT_K3S_VERSION } from '../lib/platform';
import { GITPOD_NODE_LABELS } from '../lib/labels';
import { synthesizeModules } from '../lib/module-synth';
import { terraformLiteral } from '../lib/templates';
import { MAX_POOLS, MAX_POOL_LABELS } from '../lib/worker-pools';
import { SSH_PUBLIC_KEY, resourceNamed, tempDir } from './helpers';
import { StandIn, evaluateInModule } from './module-eval';

// Hetzner large keeps its autoscaler's node template (every pool's cloud-config, with the k3s
// release) in a Secret that the first manager writes at first boot. terraform apply writes it
// again over the API after the upgrade step whenever it changes, so that the nodes the
// autoscaler makes after a new k3s_version install that release; then it restarts the
// autoscaler, which reads the Secret only when it starts.
const hetzner = synthesizeModules(['hetzner'])[0].json;
const ROOT = path.join(__dirname, '..');
const TOKEN = 'HcloudTokenForTests0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH';
const AGENT_SECRET = 'AgentSecret0123456789';
const NEXT = 'v1.37.1+k3s1';
const LINUX_MAX_ARG_STRLEN = 128 * 1024;

const keyFile = path.join(tempDir('hz-template-'), 'id.pub');
fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

const STAND_INS: StandIn[] = [
  [/random_id\.gitpod_cluster-id_[0-9A-F]+\.hex/g, '"c0ffee"'],
  [/random_password\.gitpod_k3s_token_[0-9A-F]+\.result/g, '"JoinSecret0123456789"'],
  [/random_password\.gitpod_k3s_agent-token_[0-9A-F]+\.result/g, JSON.stringify(AGENT_SECRET)],
  [/hcloud_network\.gitpod_network_[0-9A-F]+\.id/g, '"1001"'],
  [/hcloud_firewall\.gitpod_firewall_[0-9A-F]+\.id/g, '"1002"'],
  [/hcloud_ssh_key\.gitpod_ssh-key_[0-9A-F]+\.id/g, '"1003"'],
];

const POOLS = '{ manager_type = "cx43", pools = [{ name = "workers", machine_type = "cx53", min = 1, max = 10 }] }';

/** The most the rules allow, as in hetzner-large-apply.test.ts: five pools with ten long labels each. */
function biggestPools(): string {
  const pools = Array.from({ length: MAX_POOLS }, (_, i) => {
    const gitpod = GITPOD_NODE_LABELS.filter((_, j) => j % MAX_POOLS === i);
    const own = Array.from({ length: MAX_POOL_LABELS - gitpod.length }, (_, j) =>
      [`team-${i}.example.com/label-${j}-${'k'.repeat(40)}`, `${String.fromCharCode(97 + i)}${j}${'v'.repeat(58)}x`]);
    const labels = [...gitpod.map((l) => [l, 'true']), ...own].map(([k, v]) => `${JSON.stringify(k)} = ${JSON.stringify(v)}`).join(', ');
    return `{ name = "pool-${i}-${'x'.repeat(13)}", machine_type = "cx53", min = 1, max = 100, labels = { ${labels} } }`;
  });
  return `{ manager_type = "cx43", pools = [${pools.join(', ')}] }`;
}

function vars(size: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    domain_name: '"gitpod.example.com"', size: JSON.stringify(size), ssh_public_key_path: JSON.stringify(keyFile),
    hcloud_token: JSON.stringify(TOKEN), ready_timeout_minutes: '5', ...extra,
  };
}

const step = resourceNamed(hetzner, 'terraform_data', 'node-template');
const exec = step.provisioner[0]['local-exec'];
const env = exec.environment;

/** The step's count, trigger, Secret and restart body, as Terraform computes them. */
function evaluate(v: Record<string, string>): [number, string, any, any] {
  const [count, trigger, body, restart] = evaluateInModule(hetzner, [step.count, step.triggers_replace.object, env.OBJECT_BODY, env.RESTART_BODY], v, STAND_INS) as any[];
  return [count, trigger, JSON.parse(body), JSON.parse(restart)];
}

/** HCLOUD_CLUSTER_CONFIG of a Secret body: base64 of the JSON, as the autoscaler reads its environment. */
const clusterConfig = (secret: any) => JSON.parse(Buffer.from(secret.stringData.HCLOUD_CLUSTER_CONFIG, 'base64').toString());

describe('the node template step (Hetzner large)', () => {
  const [count, trigger, secret, restart] = evaluate(vars('large', { size_data: POOLS }));
  const [, nextTrigger, nextSecret] = evaluate(vars('large', { size_data: POOLS, k3s_version: JSON.stringify(NEXT) }));

  it('exists for large only, and only where Terraform talks to the API', () => {
    expect(count).toBe(1);
    expect(evaluateInModule(hetzner, [step.count], vars('large', { size_data: POOLS, ready_timeout_minutes: '0' }), STAND_INS)).toEqual([0]);
    for (const size of ['small', 'medium']) expect(evaluateInModule(hetzner, [step.count], vars(size, { hcloud_token: '""' }), STAND_INS)).toEqual([0]);
  });

  it('runs after the upgrade step (no node newer than its API server), again whenever the Secret changes', () => {
    expect(step.depends_on).toEqual([expect.stringMatching(/^terraform_data\.gitpod_k3s_upgrade_plans_/)]);
    expect(Object.keys(step.triggers_replace)).toEqual(['object']);
    expect(trigger).toBe(crypto.createHash('sha256').update(JSON.stringify(secret)).digest('hex'));
    // A new release changes the key: Terraform replaces the step, which runs again.
    expect(nextTrigger).not.toBe(trigger);
  });

  it('writes the autoscaler\'s Secret, whose node template installs the release of k3s_version', () => {
    expect(env.OBJECT_PATH).toBe('/api/v1/namespaces/kube-system/secrets/gitpod-cluster-autoscaler');
    expect(secret.metadata).toEqual({
      name: 'gitpod-cluster-autoscaler', namespace: 'kube-system',
      labels: { 'app.kubernetes.io/name': 'cluster-autoscaler', 'app.kubernetes.io/part-of': 'gitpod-self-hosted' },
    });
    expect(secret.stringData.HCLOUD_TOKEN).toBe(TOKEN);
    for (const [config, release, other] of [[clusterConfig(secret), DEFAULT_K3S_VERSION, NEXT], [clusterConfig(nextSecret), NEXT, DEFAULT_K3S_VERSION]]) {
      const templates = Object.values<any>(config.nodeConfigs);
      expect(templates).toHaveLength(1);
      for (const t of templates) {
        expect(t.cloudInit).toMatch(/^#cloud-config\n/);
        expect(t.cloudInit).toContain(`- "${release}"`);
        expect(t.cloudInit).not.toContain(other);
      }
    }
  });

  it('then restarts the autoscaler, whose pods read the Secret when they start', () => {
    expect(env.RESTART_PATH).toBe('/apis/apps/v1/namespaces/kube-system/deployments/cluster-autoscaler');
    expect(restart).toEqual({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'cluster-autoscaler', namespace: 'kube-system' },
      spec: { template: { metadata: { annotations: { [RESTART_ANNOTATION]: trigger } } } },
    });
  });

  it('keeps its secrets in its environment: sensitive (Terraform shows none of its output), never in its command', () => {
    expect(env.CLIENT_KEY).not.toMatch(/nonsensitive/);
    expect(exec.command).toBe(terraformLiteral(fs.readFileSync(path.join(ROOT, 'templates', 'apply-object.sh'), 'utf8')));
    expect(exec.command).not.toMatch(/hcloud_token|agent-token|private_key_pem/);
  });

  it('stays within what Linux allows one environment variable with the most pools the rules allow', () => {
    const [body] = evaluateInModule(hetzner, [env.OBJECT_BODY], vars('large', { size_data: biggestPools() }), STAND_INS) as string[];
    expect(Object.keys(clusterConfig(JSON.parse(body)).nodeConfigs)).toHaveLength(MAX_POOLS);
    expect(Buffer.byteLength(`OBJECT_BODY=${body}`)).toBeLessThan(LINUX_MAX_ARG_STRLEN);
  });
});

describe('the step\'s script (templates/apply-object.sh with a restart)', () => {
  const [, , secret, restart] = evaluate(vars('large', { size_data: POOLS }));
  const body = JSON.stringify(secret);

  /** Runs the script with a curl that records its arguments and the bodies it got. */
  function apply(failOn?: string) {
    const dir = tempDir('node-template-');
    fs.writeFileSync(path.join(dir, 'curl'), [
      '#!/bin/bash',
      `printf '%s\\n' "$*" >> ${dir}/args`,
      'prev=""; for a; do [ "$prev" = --data-binary ] && cat "${a#@}" >> ' + `${dir}/bodies && echo >> ${dir}/bodies; prev="$a"; done`,
      failOn ? `case "$*" in *${failOn}*) exit 22;; esac` : '',
      '',
    ].join('\n'), { mode: 0o755 });
    const r = spawnSync('bash', [path.join(ROOT, 'templates', 'apply-object.sh')], {
      encoding: 'utf8',
      env: {
        PATH: `${dir}:/usr/bin:/bin`, API_URL: 'https://203.0.113.10:6443', CA_CERT: 'ca', CLIENT_CERT: 'cert', CLIENT_KEY: 'key',
        OBJECT_PATH: env.OBJECT_PATH, OBJECT_BODY: body, RESTART_PATH: env.RESTART_PATH, RESTART_BODY: JSON.stringify(restart),
      },
    });
    const read = (f: string) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : '');
    return { ...r, args: read('args'), bodies: read('bodies').trim().split('\n').filter(Boolean).map((b) => JSON.parse(b)) };
  }

  it('applies the Secret, then the restart, both by server-side apply from 0600 files: no secret on a command line or in its output', () => {
    const r = apply();
    expect([r.status, r.stderr]).toEqual([0, '']);
    const calls = r.args.trim().split('\n');
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/-X PATCH -H Content-Type: application\/apply-patch\+yaml --data-binary @\S+ https:\/\/203\.0\.113\.10:6443\/api\/v1\/namespaces\/kube-system\/secrets\/gitpod-cluster-autoscaler\?fieldManager=gitpod-self-hosted&force=true$/);
    expect(calls[1]).toMatch(/--data-binary @\S+ https:\/\/203\.0\.113\.10:6443\/apis\/apps\/v1\/namespaces\/kube-system\/deployments\/cluster-autoscaler\?fieldManager=gitpod-self-hosted&force=true$/);
    expect(r.bodies).toEqual([secret, restart]);
    for (const value of [TOKEN, AGENT_SECRET, secret.stringData.HCLOUD_CLUSTER_CONFIG.slice(0, 40)]) {
      expect(r.args).not.toContain(value);
      expect(`${r.stdout}${r.stderr}`).not.toContain(value);
    }
    // The agent token is in the node template, so in the body (a file), and nowhere else.
    expect(JSON.stringify(clusterConfig(secret))).toContain(AGENT_SECRET);
    expect(r.stdout).toMatch(/applied \/api\/v1\/namespaces\/kube-system\/secrets\/gitpod-cluster-autoscaler\n.*restarted \/apis\/apps\/v1\/namespaces\/kube-system\/deployments\/cluster-autoscaler/);
  });

  it('fails naming the path where the API refuses the Secret, and restarts nothing then', () => {
    const r = apply('secrets/gitpod-cluster-autoscaler');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/did not take \/api\/v1\/namespaces\/kube-system\/secrets\/gitpod-cluster-autoscaler/);
    expect(r.args.trim().split('\n')).toHaveLength(1);
  });
});
