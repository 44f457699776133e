// A cdktf starter app: a self-hosted Gitpod cluster on DigitalOcean.
//   export DIGITALOCEAN_TOKEN=...      (read by the digitalocean provider)
//   export GITPOD_DOMAIN=gitpod.example.com
//   npx cdktf deploy
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DigitaloceanProvider } from '@cdktf/provider-digitalocean/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClusterSize } from 'cdktf-gitpod-self-hosted';
import { DigitalOceanGitpodCluster } from 'cdktf-gitpod-self-hosted-digitalocean';
import { Construct } from 'constructs';

function expandHome(file: string): string {
  return file.startsWith('~/') ? path.join(os.homedir(), file.slice(2)) : file;
}

export class GitpodStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Remote state is yours to choose, e.g. new S3Backend(this, { ... }) or new CloudBackend(this, { ... }).
    new DigitaloceanProvider(this, 'digitalocean');
    new TlsProvider(this, 'tls');
    new RandomProvider(this, 'random');

    const cluster = new DigitalOceanGitpodCluster(this, 'gitpod', {
      domainName: process.env.GITPOD_DOMAIN ?? 'gitpod.example.com',
      location: process.env.GITPOD_LOCATION ?? 'fra1',
      size: ClusterSize.of(process.env.GITPOD_SIZE ?? 'small'),
      sshPublicKey: fs.readFileSync(expandHome(process.env.GITPOD_SSH_PUBLIC_KEY ?? '~/.ssh/id_ed25519.pub'), 'utf8'),
    });

    // Create these records with your DNS provider's constructs (DigitalOcean DNS, Cloudflare, ...),
    // e.g. one record per entry of cluster.dnsRecords with name/value as given.
    new TerraformOutput(this, 'dns_records', { value: cluster.dnsRecords });
    new TerraformOutput(this, 'kubeconfig', { value: cluster.kubeconfig, sensitive: true });
    new TerraformOutput(this, 'kubecontext', { value: cluster.kubecontext });
  }
}

if (require.main === module) {
  const app = new App();
  new GitpodStack(app, 'gitpod');
  app.synth();
}
