// A cdktf starter app: a self-hosted Gitpod cluster on Scaleway.
//   export SCW_ACCESS_KEY=... SCW_SECRET_KEY=...   (read by the scaleway provider)
//   export SCW_DEFAULT_PROJECT_ID=<your Project ID>
//   export GITPOD_DOMAIN=gitpod.example.com
//   npx cdktf deploy
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClusterSize } from 'cdktf-gitpod-self-hosted';
import { ScalewayGitpodCluster } from 'cdktf-gitpod-self-hosted-scaleway';
import { ScalewayProvider } from 'cdktf-gitpod-self-hosted-scaleway/gen/provider';
import { Construct } from 'constructs';

function expandHome(file: string): string {
  return file.startsWith('~/') ? path.join(os.homedir(), file.slice(2)) : file;
}

export class GitpodStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Remote state is yours to choose, e.g. new S3Backend(this, { ... }) or new CloudBackend(this, { ... }).
    const projectId = process.env.SCW_DEFAULT_PROJECT_ID ?? '11111111-2222-3333-4444-555555555555';
    const location = process.env.GITPOD_LOCATION ?? 'nl-ams';
    const zone = process.env.GITPOD_ZONE ?? `${location}-1`;
    // The cluster sets project, region and zone on each of its resources; the provider's
    // defaults only matter for resources you add yourself.
    new ScalewayProvider(this, 'scaleway', { projectId, region: location, zone });
    new TlsProvider(this, 'tls');
    new RandomProvider(this, 'random');

    const cluster = new ScalewayGitpodCluster(this, 'gitpod', {
      domainName: process.env.GITPOD_DOMAIN ?? 'gitpod.example.com',
      projectId,
      location,
      zone,
      size: ClusterSize.of(process.env.GITPOD_SIZE ?? 'small'),
      sshPublicKey: fs.readFileSync(expandHome(process.env.GITPOD_SSH_PUBLIC_KEY ?? '~/.ssh/id_ed25519.pub'), 'utf8'),
    });

    // Create these records with your DNS provider's constructs (Scaleway Domains, Cloudflare, ...),
    // e.g. one record per entry of cluster.dnsRecords with name/value as given.
    new TerraformOutput(this, 'dns_records', { value: cluster.dnsRecords });
    new TerraformOutput(this, 'kubeconfig', { value: cluster.kubeconfig, sensitive: true });
    new TerraformOutput(this, 'kubecontext', { value: cluster.kubecontext });
    // Host SSH: ssh -J bastion@<bastion>:61000 -p 2244 root@<node private IP>
    new TerraformOutput(this, 'bastion', { value: `${cluster.bastionAddress}:${cluster.bastionPort}` });
  }
}

if (require.main === module) {
  const app = new App();
  new GitpodStack(app, 'gitpod');
  app.synth();
}
