import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { SYSTEM_UPGRADE_CONTROLLER } from '../lib/install/versions';
import { AGENT_PLAN, SERVER_PLAN, agentPlan, serverPlan } from '../lib/k3s/upgrade-plans';
import { DEFAULT_K3S_VERSION } from '../lib/platform';
import { resourcesOf, synthHetzner, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..');
const APPLY = path.join(ROOT, 'templates', 'apply-upgrade-plans.sh');
const CONTROLLER = path.join(ROOT, 'templates', 'upgrade-controller.sh');
const KEY = '-----BEGIN EC PRIVATE KEY-----\nTHE-CLIENT-KEY\n-----END EC PRIVATE KEY-----';

describe('the upgrade Plans', () => {
  it('upgrade the managers one at a time, cordoned, tolerating their taint', () => {
    const plan: any = serverPlan('v1.37.1+k3s1');
    expect(plan.metadata).toEqual({ name: SERVER_PLAN, namespace: 'system-upgrade' });
    expect(plan.spec).toMatchObject({
      version: 'v1.37.1+k3s1', concurrency: 1, cordon: true, serviceAccountName: 'system-upgrade',
      upgrade: { image: SYSTEM_UPGRADE_CONTROLLER.upgradeImage }, tolerations: [{ operator: 'Exists' }],
    });
    expect(plan.spec.nodeSelector.matchExpressions).toEqual([{ key: 'node-role.kubernetes.io/control-plane', operator: 'In', values: ['true'] }]);
  });

  it('upgrade the workers after the managers, drained, one batch at a time', () => {
    const plan: any = agentPlan('v1.37.1+k3s1');
    expect(plan.metadata.name).toBe(AGENT_PLAN);
    expect(plan.spec.prepare).toEqual({ image: SYSTEM_UPGRADE_CONTROLLER.upgradeImage, args: ['prepare', SERVER_PLAN] });
    expect(plan.spec.drain).toMatchObject({ force: true, ignoreDaemonSets: true, deleteEmptydirData: true, timeout: '300s' });
    expect(plan.spec.concurrency).toBe(1);
    expect(plan.spec.nodeSelector.matchExpressions).toEqual([{ key: 'node-role.kubernetes.io/control-plane', operator: 'DoesNotExist' }]);
  });
});

describe('a cluster hands a new k3s_version to its running nodes', () => {
  const { json } = synthHetzner({ readyTimeoutMinutes: 5 });
  const data = Object.values<any>(resourcesOf(json, 'terraform_data'));
  const upgrade = data.find((r) => r.provisioner?.[0]?.['local-exec']?.environment?.K3S_VERSION);

  it('through a terraform_data replaced with the version, after the readiness wait', () => {
    expect(upgrade.triggers_replace).toEqual({ k3s_version: DEFAULT_K3S_VERSION });
    expect(upgrade.depends_on).toEqual([expect.stringMatching(/^terraform_data\.[\w-]*ready[\w-]*$/)]);
    expect(upgrade.count).toBe('${(5 >= 1) ? 1 : 0}');
  });

  it('whose credentials are in its environment, never in its command', () => {
    const exec = upgrade.provisioner[0]['local-exec'];
    expect(exec.command).not.toMatch(/PRIVATE KEY|private_key_pem|cert_pem/);
    expect(exec.environment.CLIENT_KEY).toMatch(/private_key_pem/);
    expect(exec.environment.SERVER_PLAN).toMatch(/^\$\{jsonencode\(/);
  });

  it('the first manager deploys the controller at first boot, the workers do not', () => {
    const servers = Object.entries<any>(resourcesOf(json, 'hcloud_server'));
    const [, first] = servers.find(([name]) => /manager/.test(name) && !/joining/.test(name))!;
    const [, workers] = servers.find(([name]) => /workers/.test(name))!;
    expect(first.user_data).toContain('/usr/local/sbin/gitpod-upgrade-controller');
    expect(first.user_data).toContain(SYSTEM_UPGRADE_CONTROLLER.release);
    expect(first.user_data).toContain(SYSTEM_UPGRADE_CONTROLLER.checksums);
    expect(workers.user_data).not.toContain('gitpod-upgrade-controller');
  });
});

/** A stand-in curl for the API: nodes at given versions, the Plans' API group, Plans taken by PATCH. */
function fakeApi(versions: string[], options: { upgraded?: boolean; noController?: boolean } = {}) {
  const dir = tempDir('upgrade-');
  const node = (v: string, i: number) => `{"metadata":{"name":"node-${i}"},"status":{"nodeInfo":{"kubeletVersion":"${v}"}}}`;
  fs.writeFileSync(path.join(dir, 'before.json'), `{"items":[${versions.map(node).join(',')}]}`);
  fs.writeFileSync(path.join(dir, 'after.json'), `{"items":[${versions.map((_, i) => node('v1.37.1+k3s1', i)).join(',')}]}`);
  fs.writeFileSync(path.join(dir, 'curl'), [
    '#!/bin/bash',
    `printf '%s\\n' "$*" >> ${dir}/args`,
    'for a; do url="$a"; done',
    'body=""; prev=""; for a; do [ "$prev" = --data-binary ] && body="${a#@}"; prev="$a"; done',
    'case "$url" in',
    `  */api/v1/nodes*) if [ -e ${dir}/patched ] && [ "${options.upgraded ? 'yes' : 'no'}" = yes ]; then cat ${dir}/after.json; else cat ${dir}/before.json; fi ;;`,
    `  */apis/upgrade.cattle.io/v1) ${options.noController ? 'exit 22' : 'echo "{}"'} ;;`,
    `  */plans/*) cp "$body" ${dir}/plan-$(basename "\${url%%\\?*}").json; touch ${dir}/patched; cat "$body" ;;`,
    '  *) exit 22 ;;',
    'esac',
  ].join('\n'), { mode: 0o755 });
  const r = spawnSync('bash', [APPLY], {
    encoding: 'utf8',
    env: {
      PATH: `${dir}:/usr/bin:/bin`, API_URL: 'https://203.0.113.10:6443', CA_CERT: 'ca', CLIENT_CERT: 'cert', CLIENT_KEY: KEY,
      K3S_VERSION: 'v1.37.1+k3s1', SERVER_PLAN: JSON.stringify(serverPlan('v1.37.1+k3s1')), AGENT_PLAN: JSON.stringify(agentPlan('v1.37.1+k3s1')),
      PLANS_PATH: '/apis/upgrade.cattle.io/v1/namespaces/system-upgrade/plans', CONTROLLER_MANIFESTS: 'https://x/crd.yaml https://x/suc.yaml', TIMEOUT_SECONDS: '0',
    },
  });
  const args = fs.existsSync(path.join(dir, 'args')) ? fs.readFileSync(path.join(dir, 'args'), 'utf8') : '';
  const plan = (name: string) => (fs.existsSync(path.join(dir, `plan-${name}.json`)) ? JSON.parse(fs.readFileSync(path.join(dir, `plan-${name}.json`), 'utf8')) : undefined);
  return { ...r, args, plan };
}

describe('the upgrade step (templates/apply-upgrade-plans.sh)', () => {
  it('applies both Plans by server-side apply and returns once every node runs the release', () => {
    const r = fakeApi(['v1.36.3+k3s1', 'v1.36.3+k3s1'], { upgraded: true });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.plan(SERVER_PLAN).spec.version).toBe('v1.37.1+k3s1');
    expect(r.plan(AGENT_PLAN).spec.prepare.args).toEqual(['prepare', SERVER_PLAN]);
    expect(r.args).toMatch(/-X PATCH -H Content-Type: application\/apply-patch\+yaml --data-binary @\S+server\.json https:\/\/203\.0\.113\.10:6443\/apis\/upgrade\.cattle\.io\/v1\/namespaces\/system-upgrade\/plans\/k3s-server\?fieldManager=gitpod-self-hosted&force=true/);
    expect(r.stdout).toMatch(/every node runs k3s v1\.37\.1\+k3s1/);
  });

  it('never puts the client key on curl\'s command line (a file, 0600)', () => {
    const r = fakeApi(['v1.36.3+k3s1'], { upgraded: true });
    expect(r.args).not.toContain('THE-CLIENT-KEY');
    expect(r.args).toMatch(/--key \S+client\.key/);
  });

  it('refuses a downgrade, naming the node, its release and the way back', () => {
    const r = fakeApi(['v1.37.2+k3s1', 'v1.37.1+k3s1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/k3s_version v1\.37\.1\+k3s1 is older than v1\.37\.2\+k3s1, which node-0 runs: k3s cannot be downgraded in place\. Set k3s_version back to v1\.37\.2\+k3s1 or later/);
    expect(r.plan(SERVER_PLAN)).toBeUndefined();
  });

  it('refuses a skipped minor, saying which release comes first', () => {
    const r = fakeApi(['v1.35.4+k3s1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/k3s_version v1\.37\.1\+k3s1 skips a minor: node-0 runs v1\.35\.4\+k3s1, and Kubernetes upgrades one minor at a time\. Upgrade to the newest v1\.36\.x release first/);
    expect(r.plan(SERVER_PLAN)).toBeUndefined();
  });

  it('says how to install the controller on a cluster made without it', () => {
    const r = fakeApi(['v1.36.3+k3s1'], { noController: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no system-upgrade-controller .*kubectl apply -f https:\/\/x\/crd\.yaml -f https:\/\/x\/suc\.yaml/);
  });

  it('times out naming the nodes still behind', () => {
    const r = fakeApi(['v1.36.3+k3s1', 'v1.36.3+k3s1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/still behind: node-0 \(v1\.36\.3\+k3s1\), node-1 \(v1\.36\.3\+k3s1\)/);
  });
});

describe('the controller\'s manifests at first boot (templates/upgrade-controller.sh)', () => {
  function boot(tamper: boolean) {
    const dir = tempDir('suc-');
    const crd = 'kind: CustomResourceDefinition\n';
    const suc = 'kind: Deployment\n';
    const sum = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
    fs.writeFileSync(path.join(dir, 'crd.yaml'), tamper ? 'kind: Something else\n' : crd);
    fs.writeFileSync(path.join(dir, 'system-upgrade-controller.yaml'), suc);
    fs.writeFileSync(path.join(dir, 'sha256sum-amd64.txt'), `${sum(crd)}  dist/artifacts/crd.yaml\n${sum(suc)}  dist/artifacts/system-upgrade-controller.yaml\n`);
    fs.writeFileSync(path.join(dir, 'curl'), `#!/bin/bash\nout=""; prev=""; for a; do [ "$prev" = -o ] && out="$a"; prev="$a"; url="$a"; done\nfor a; do case "$a" in https://*) url="$a" ;; esac; done\ncp "${dir}/\${url##*/}" "$out"\n`, { mode: 0o755 });
    const manifests = path.join(dir, 'manifests');
    const r = spawnSync('bash', [CONTROLLER, 'https://r/v1', 'sha256sum-amd64.txt', 'crd.yaml', 'system-upgrade-controller.yaml', '--', 'touch', path.join(dir, 'installed')], {
      encoding: 'utf8', env: { PATH: `${dir}:/usr/bin:/bin`, GITPOD_K3S_MANIFESTS: manifests, GITPOD_DOWNLOAD_SLEEP: '0' },
    });
    return { ...r, dir, manifests };
  }

  it('writes both where k3s deploys them, then installs k3s', () => {
    const r = boot(false);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(r.manifests).sort()).toEqual(['gitpod-system-upgrade-crd.yaml', 'gitpod-system-upgrade-system-upgrade-controller.yaml']);
    expect(fs.existsSync(path.join(r.dir, 'installed'))).toBe(true);
  });

  it('stops the install when a manifest does not match the release\'s sum', () => {
    const r = boot(true);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/crd\.yaml does not match the release's sum/);
    expect(fs.existsSync(path.join(r.dir, 'installed'))).toBe(false);
  });
});
