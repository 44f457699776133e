// A cdktf starter app for a self-hosted Gitpod: a k3s cluster, its DNS records in
// Cloudflare, and the five outputs the installation step consumes. Copy this folder,
// then see README.md: `cdktf deploy`, `terraform output`, the installation step.
import { DnsRecord } from '@cdktf/provider-cloudflare/lib/dns-record';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { App, Fn, TerraformStack, TerraformVariable } from 'cdktf';
import { ClusterSize, Dns01Solver, GitpodConfigProps, GitpodInstallation, GitpodInstallationOutputs, IGitpodCluster } from 'cdktf-gitpod-self-hosted';
import { HetznerGitpodCluster } from 'cdktf-gitpod-self-hosted-hetzner';
import { HcloudProvider } from 'cdktf-gitpod-self-hosted-hetzner/gen/provider';
import { Construct } from 'constructs';

/** What you choose. Edit here, or set the environment variables. */
export interface StarterSettings {
  /** Gitpod is served on it, `*.<domain>` and `*.ws.<domain>`; it must be in your Cloudflare zone. */
  readonly domainName: string;
  readonly location: string;
  readonly size: string;
  /** Email domains that may sign up; empty: anyone who can log in. */
  readonly passlist: string[];
  /** For Let's Encrypt's expiry notices; empty: none. */
  readonly acmeEmail: string;
}

export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): StarterSettings {
  return {
    domainName: env.GITPOD_DOMAIN ?? 'gitpod.example.com',
    location: env.GITPOD_LOCATION ?? 'nbg1',
    size: env.GITPOD_SIZE ?? 'small',
    passlist: (env.GITPOD_PASSLIST ?? '').split(',').map((d) => d.trim()).filter((d) => d !== ''),
    acmeEmail: env.GITPOD_ACME_EMAIL ?? '',
  };
}

export class GitpodStarterStack extends TerraformStack {
  public readonly cluster: IGitpodCluster;
  public readonly installation: GitpodInstallation;

  constructor(scope: Construct, id: string, settings: StarterSettings = settingsFromEnvironment()) {
    super(scope, id);
    // Remote state is yours to choose, e.g. new S3Backend(this, { ... }) or new CloudBackend(this, { ... }).

    // Secrets come from Terraform variables (TF_VAR_...), so they stay out of the code and the synthesized JSON.
    const cloudflareApiToken = new TerraformVariable(this, 'cloudflare_api_token', {
      type: 'string', sensitive: true, nullable: false,
      description: 'Cloudflare API token with Zone:DNS:Edit and Zone:Zone:Read on the zone (DNS records, and cert-manager\'s DNS01 challenges)',
    });
    const cloudflareZoneId = new TerraformVariable(this, 'cloudflare_zone_id', {
      type: 'string', nullable: false, description: 'ID of the Cloudflare zone that holds the domain',
    });
    const sshPublicKeyPath = new TerraformVariable(this, 'ssh_public_key_path', {
      type: 'string', default: '~/.ssh/id_ed25519.pub', description: 'Public key allowed to log in to the machines (port 2244)',
    });

    new HcloudProvider(this, 'hcloud'); // reads HCLOUD_TOKEN
    new TlsProvider(this, 'tls');
    new RandomProvider(this, 'random');
    new CloudflareProvider(this, 'cloudflare', { apiToken: cloudflareApiToken.stringValue });

    // 1. The cluster. Another cloud's construct fits here the same way: they all implement IGitpodCluster.
    this.cluster = new HetznerGitpodCluster(this, 'gitpod', {
      domainName: settings.domainName,
      location: settings.location,
      size: ClusterSize.of(settings.size),
      sshPublicKey: Fn.file(Fn.pathexpand(sshPublicKeyPath.stringValue)),
    });

    // 2. DNS: the domain, its wildcard and the workspace wildcard, pointing at the load balancer.
    this.cluster.dnsRecords.forEach((record, i) => {
      new DnsRecord(this, `dns-record-${i}`, {
        zoneId: cloudflareZoneId.stringValue,
        name: record.name,
        type: record.type,
        content: record.value,
        ttl: 60,
        proxied: false, // Gitpod's SSH gateway (22) and workspace ports need the real address
      });
    });

    // 3. The companion: cert-manager's DNS01 solver, Gitpod's config and secrets.
    const config: GitpodConfigProps = settings.passlist.length > 0 ? { blockNewUsers: { passlist: settings.passlist } } : {};
    this.installation = new GitpodInstallation(this, 'installation', {
      cluster: this.cluster,
      solvers: [Dns01Solver.cloudflare({ apiToken: cloudflareApiToken.stringValue })],
      acmeEmail: settings.acmeEmail || undefined,
      config,
    });
    // cert_manager, domain_name, gitpod_config, gitpod_secrets, kubeconfig: what the installation step reads.
    new GitpodInstallationOutputs(this, 'outputs', { installation: this.installation });
  }
}

if (require.main === module) {
  const app = new App();
  new GitpodStarterStack(app, 'gitpod');
  app.synth();
}
