import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  CliResult, CompanionOutputs, FakeTools, SECRETS, commands, companionOutputs, decoded, expectNoSecret, fakeTerraform, mode, runCli, spawnOk, yamlDocs,
} from './install-helpers';
import { tempDir } from './helpers';

const HELM_CERT_MANAGER = 'helm --kubeconfig <work>/kubeconfig upgrade --install --atomic --cleanup-on-fail --create-namespace --namespace cert-manager '
  + "--repo https://charts.jetstack.io --version v1.21.1 --reset-values --set crds.enabled=true "
  + "--set 'extraArgs={--dns01-recursive-nameservers-only=true,--dns01-recursive-nameservers=8.8.8.8:53\\,1.1.1.1:53}' "
  + '--wait --timeout 5m cert-manager cert-manager';
const APPLY = 'kubectl --kubeconfig <work>/kubeconfig apply --server-side --force-conflicts --field-manager=gitpod-self-hosted -f';

let companion: CompanionOutputs;
beforeAll(() => {
  companion = companionOutputs();
});

describe('install cert-manager --dry-run, from the synthesized companion outputs', () => {
  let fakes: FakeTools;
  let result: CliResult;
  beforeAll(() => {
    fakes = new FakeTools(['kubectl', 'helm']);
    fakeTerraform(fakes, companion.json);
    result = runCli(['install', 'cert-manager', '--dir', companion.dir, '--dry-run'], { fakes });
    spawnOk(result);
  });

  it('prints the exact commands, in order: terraform output, helm, the secrets, the issuer, the namespace, the certificate, the wait', () => {
    expect(commands(result).map((c) => c.split(companion.dir).join('<outputs>'))).toEqual([
      'terraform -chdir=<outputs> output -json',
      HELM_CERT_MANAGER,
      `${APPLY} <work>/cert-manager-secrets.yaml`,
      `${APPLY} <work>/cluster-issuer.yaml`,
      `${APPLY} <work>/namespace.yaml`,
      `${APPLY} <work>/certificate.yaml`,
      'kubectl --kubeconfig <work>/kubeconfig wait --for=condition=Ready --timeout=15m --namespace gitpod certificate/https-certificates',
    ]);
  });

  it('runs nothing but terraform output: no kubectl, no helm', () => {
    expect(fakes.calls().map((c) => c.tool)).toEqual(['terraform']);
    expect(fakes.calls()[0].args).toEqual([`-chdir=${companion.dir}`, 'output', '-json']);
  });

  it('writes the solvers\' secret in cert-manager with the values of the outputs, mode 0600', () => {
    const file = path.join(result.work, 'cert-manager-secrets.yaml');
    expect(mode(file)).toBe(0o600);
    const [secret] = yamlDocs(file);
    expect(secret).toMatchObject({ apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'cloudflare-solver', namespace: 'cert-manager' } });
    expect(decoded(secret)).toEqual({ apiToken: SECRETS.cloudflare_api_token });
  });

  it('writes the ClusterIssuer gitpod-issuer: the base with cert_manager.cluster_issuer laid over it', () => {
    expect(yamlDocs(path.join(result.work, 'cluster-issuer.yaml'))).toEqual([{
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'gitpod-issuer' },
      spec: {
        acme: {
          privateKeySecretRef: { name: 'issuer-account-key' },
          server: 'https://acme-v02.api.letsencrypt.org/directory',
          email: 'ops@example.com',
          solvers: [{ dns01: { cloudflare: { apiTokenSecretRef: { name: 'cloudflare-solver', key: 'apiToken' } } } }],
        },
      },
    }]);
  });

  it('writes the gitpod namespace and the wildcard Certificate for the domain', () => {
    expect(yamlDocs(path.join(result.work, 'namespace.yaml'))).toEqual([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'gitpod' } }]);
    const [certificate] = yamlDocs(path.join(result.work, 'certificate.yaml'));
    expect(certificate.metadata).toEqual({ name: 'https-certificates', namespace: 'gitpod', labels: { app: 'gitpod' } });
    expect(certificate.spec).toEqual({
      secretName: 'https-certificates',
      issuerRef: { name: 'gitpod-issuer', kind: 'ClusterIssuer' },
      dnsNames: ['gitpod.example.com', '*.gitpod.example.com', '*.ws.gitpod.example.com'],
      secretTemplate: { labels: { app: 'gitpod' } },
    });
  });

  it('writes the kubeconfig output to the work folder, mode 0600, in a 0700 folder', () => {
    const file = path.join(result.work, 'kubeconfig');
    expect(fs.readFileSync(file, 'utf8')).toContain(SECRETS.client_key);
    expect(mode(file)).toBe(0o600);
    expect(mode(result.work)).toBe(0o700);
  });

  it('never prints a secret value, and says where the secrets went', () => {
    expectNoSecret(result, Object.values(SECRETS));
    expect(result.stdout).toContain(`wrote ${path.join(result.work, 'cert-manager-secrets.yaml')} (secrets, mode 0600)`);
    expect(result.stdout).toMatch(/dry run: commands are printed, not run; nothing touches the cluster/);
  });
});

describe('install cert-manager: other sources and options', () => {
  it('reads the outputs with the real terraform in the applied directory, with the same result', () => {
    const fakes = new FakeTools(['kubectl', 'helm']);
    const terraformDir = path.dirname(execFileSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).trim());
    const result = runCli(['install', 'cert-manager', '--dir', companion.dir, '--dry-run'], {
      fakes, extraPath: [terraformDir], env: { TF_CLI_CONFIG_FILE: path.join(companion.dir, '.terraformrc-test') },
    });
    spawnOk(result);
    expect(commands(result)[1]).toBe(HELM_CERT_MANAGER);
    expect(decoded(yamlDocs(path.join(result.work, 'cert-manager-secrets.yaml'))[0])).toEqual({ apiToken: SECRETS.cloudflare_api_token });
    expectNoSecret(result, Object.values(SECRETS));
  });

  it('reads a cdktf outputs file (nested by stack and construct) and a saved `terraform output -json`', () => {
    const fakes = new FakeTools(['kubectl', 'helm']);
    const values = Object.fromEntries(Object.entries<any>(JSON.parse(companion.json)).map(([k, v]) => [k, v.value]));
    const dir = fs.mkdtempSync(path.join(fakes.dir, 'files-'));
    fs.writeFileSync(path.join(dir, 'cdktf.json'), JSON.stringify({ gitpod: { outputs: values } }));
    fs.writeFileSync(path.join(dir, 'terraform.json'), companion.json);
    for (const file of ['cdktf.json', 'terraform.json']) {
      const result = runCli(['install', 'cert-manager', '--outputs', path.join(dir, file), '--dry-run'], { fakes });
      spawnOk(result);
      expect(commands(result)).toHaveLength(6); // no terraform run
      expect(yamlDocs(path.join(result.work, 'certificate.yaml'))[0].spec.dnsNames[0]).toBe('gitpod.example.com');
    }
    const stdin = runCli(['install', 'cert-manager', '--outputs', '-', '--dry-run'], { fakes, input: companion.json });
    spawnOk(stdin);
    expect(commands(stdin)[0]).toBe(HELM_CERT_MANAGER);
  });

  it('runs the webhooks script with /bin/sh and KUBECONFIG, right after cert-manager, before the secrets', () => {
    const fakes = new FakeTools(['kubectl', 'helm']);
    fakeTerraform(fakes, companion.json);
    const result = runCli(['install', 'cert-manager', '--dir', companion.dir, '--dry-run', '--webhooks-script', 'bash ./install-webhooks.sh',
      '--certificate-timeout', '20m', '--helm-timeout', '10m', '--no-atomic'], { fakes });
    spawnOk(result);
    const printed = commands(result);
    expect(printed[1]).toBe(HELM_CERT_MANAGER.replace('--atomic --cleanup-on-fail ', '').replace('--timeout 5m', '--timeout 10m'));
    expect(printed[2]).toBe("KUBECONFIG=<work>/kubeconfig /bin/sh -c 'bash ./install-webhooks.sh'");
    expect(printed[3]).toBe(`${APPLY} <work>/cert-manager-secrets.yaml`);
    expect(printed[printed.length - 1]).toContain('--timeout=20m');
  });

  it('gives the webhooks script, the user\'s own command, the whole environment and KUBECONFIG; helm and kubectl get no credential of it', () => {
    const fakes = new FakeTools(['kubectl', 'helm']);
    fakeTerraform(fakes, companion.json);
    const out = path.join(tempDir('install-hook-'), 'seen');
    const result = runCli(['install', 'cert-manager', '--dir', companion.dir, '--webhooks-script', 'printf "%s|%s" "$DNS_API_TOKEN" "$KUBECONFIG" > "$HOOK_OUT"'], {
      fakes, env: { DNS_API_TOKEN: 'dns-SECRET', HOOK_OUT: out },
    });
    spawnOk(result);
    expect(fs.readFileSync(out, 'utf8')).toBe(`dns-SECRET|${path.join(result.work, 'kubeconfig')}`);
    const tools = fakes.calls().filter((c) => c.tool !== 'terraform');
    expect(tools.map((c) => c.tool)).toContain('helm');
    for (const call of tools) expect(Object.keys(call.env)).not.toContain('DNS_API_TOKEN');
  });

  it('takes the archived step\'s environment variables: WEBHOOKS_SCRIPT, TLS_CERT_ISSUE_TIMEOUT, HELM_TIMEOUT', () => {
    const fakes = new FakeTools(['kubectl', 'helm']);
    fakeTerraform(fakes, companion.json);
    const result = runCli(['install', 'cert-manager', '--dir', companion.dir, '--dry-run'], {
      fakes, env: { WEBHOOKS_SCRIPT: './hook.sh', TLS_CERT_ISSUE_TIMEOUT: '30m', HELM_TIMEOUT: '7m' },
    });
    spawnOk(result);
    const printed = commands(result);
    expect(printed[1]).toContain('--timeout 7m');
    expect(printed[2]).toBe('KUBECONFIG=<work>/kubeconfig /bin/sh -c ./hook.sh');
    expect(printed[printed.length - 1]).toContain('--timeout=30m');
  });

  it('uses --kubeconfig instead of the output, and writes no kubeconfig', () => {
    const fakes = new FakeTools(['kubectl', 'helm']);
    fakeTerraform(fakes, companion.json);
    const own = path.join(fakes.dir, 'my-kubeconfig');
    fs.writeFileSync(own, 'clusters: []\n');
    const result = runCli(['install', 'cert-manager', '--dir', companion.dir, '--dry-run', '--kubeconfig', own], { fakes });
    spawnOk(result);
    expect(commands(result)[1]).toContain(`helm --kubeconfig ${own} upgrade`);
    expect(fs.existsSync(path.join(result.work, 'kubeconfig'))).toBe(false);
  });
});

describe('install cert-manager, run against fake tools (not a dry run)', () => {
  it('runs each command once, in order, and fails with the certificate\'s hint when the wait times out', () => {
    const fakes = new FakeTools(['kubectl', 'helm'], { kubectl: [{ match: '^--kubeconfig \\S+ wait ', exitCode: 1, stderr: 'error: timed out waiting for the condition\n' }] });
    fakeTerraform(fakes, companion.json);
    const result = runCli(['install', 'cert-manager', '--dir', companion.dir, '--certificate-timeout', '1s'], { fakes });
    expect(result.status).toBe(1);
    expect(fakes.calls().map((c) => (c.tool === 'terraform' ? `terraform ${c.args[1]}` : `${c.tool} ${c.args[2]}`))).toEqual([
      'terraform output', 'helm upgrade', 'kubectl apply', 'kubectl apply', 'kubectl apply', 'kubectl apply', 'kubectl wait',
    ]);
    expect(result.stderr).toContain('error: timed out waiting for the condition');
    expect(result.stderr).toContain('gitpod-self-hosted: certificate/https-certificates was not Ready within 1s (--certificate-timeout). '
      + '`kubectl describe certificaterequests,orders,challenges --namespace gitpod` says why');
    expectNoSecret(result, Object.values(SECRETS));
  });
});
