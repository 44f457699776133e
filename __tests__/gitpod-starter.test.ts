import { Testing } from 'cdktf';
import { GitpodStarterStack, settingsFromEnvironment } from '../examples/starter/main';

describe('examples/starter (cdktf app: cluster, Cloudflare DNS, companion outputs)', () => {
  // Defaults only: no environment, no key file (Terraform reads the key at plan time).
  const stack = new GitpodStarterStack(Testing.app(), 'gitpod', settingsFromEnvironment({}));
  const json = JSON.parse(Testing.synth(stack));

  it('synthesizes with its defaults, configuring every provider it uses', () => {
    expect(Object.keys(json.provider).sort()).toEqual(['cloudflare', 'hcloud', 'random', 'tls']);
    expect(json.provider.cloudflare[0].api_token).toBe('${var.cloudflare_api_token}');
    expect(json.variable.cloudflare_api_token.sensitive).toBe(true);
    expect(json.variable.ssh_public_key_path.default).toBe('~/.ssh/id_ed25519.pub');
    expect(JSON.stringify(json.resource.hcloud_server)).toContain('.small.');
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });

  it('creates the three A records in Cloudflare, unproxied, at the load balancer', () => {
    const records = Object.values<any>(json.resource.cloudflare_dns_record);
    expect(records.map((r) => r.name)).toEqual(['gitpod.example.com', '*.gitpod.example.com', '*.ws.gitpod.example.com']);
    for (const r of records) {
      expect(r).toMatchObject({ type: 'A', ttl: 60, proxied: false, zone_id: '${var.cloudflare_zone_id}' });
      expect(r.content).toMatch(/^\$\{hcloud_load_balancer\.gitpod_load-balancer_[0-9A-F]+\.ipv4\}$/);
    }
  });

  it('declares the five outputs of the installation step, with the Cloudflare solver', () => {
    expect(Object.keys(json.output).sort()).toEqual(['cert_manager', 'domain_name', 'gitpod_config', 'gitpod_secrets', 'kubeconfig']);
    expect(json.output.cert_manager.value.secrets).toEqual({ 'cloudflare-solver': { apiToken: '${var.cloudflare_api_token}' } });
    // The cluster's nodes (Ubuntu 24.04) shift file ownership with fuse: the companion says so.
    expect(json.output.gitpod_config.value).toEqual({ domain: 'gitpod.example.com', workspace: { runtime: { fsShiftMethod: 'fuse' } } });
    expect(json.output.kubeconfig.depends_on[0]).toMatch(/^terraform_data\./);
  });

  it('reads its settings from the environment', () => {
    const settings = settingsFromEnvironment({ GITPOD_DOMAIN: 'gitpod.example.org', GITPOD_SIZE: 'medium', GITPOD_PASSLIST: 'example.org, example.net', GITPOD_ACME_EMAIL: 'ops@example.org' });
    const medium = JSON.parse(Testing.synth(new GitpodStarterStack(Testing.app(), 'gitpod', settings)));
    expect(JSON.stringify(medium.resource.hcloud_server)).toContain('.medium.');
    expect(medium.output.gitpod_config.value).toEqual({ domain: 'gitpod.example.org', blockNewUsers: { enabled: true, passlist: ['example.org', 'example.net'] }, workspace: { runtime: { fsShiftMethod: 'fuse' } } });
    expect(medium.output.cert_manager.value.cluster_issuer.spec.acme.email).toBe('ops@example.org');
  });
});
