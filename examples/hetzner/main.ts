// A cdktf starter app: a self-hosted Gitpod cluster on Hetzner Cloud.
//   export HCLOUD_TOKEN=...            (read by the hcloud provider)
//   export GITPOD_DOMAIN=gitpod.example.com
//   npx cdktf deploy
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { ClusterSize } from 'cdktf-gitpod-self-hosted';
import { HetznerGitpodCluster } from 'cdktf-gitpod-self-hosted-hetzner';
import { HcloudProvider } from 'cdktf-gitpod-self-hosted-hetzner/gen/provider';
import { Construct } from 'constructs';

function expandHome(file: string): string {
  return file.startsWith('~/') ? path.join(os.homedir(), file.slice(2)) : file;
}

export class GitpodStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Remote state is yours to choose, e.g. new S3Backend(this, { ... }) or new CloudBackend(this, { ... }).
    new HcloudProvider(this, 'hcloud');
    new TlsProvider(this, 'tls');
    new RandomProvider(this, 'random');

    // large: the cluster-autoscaler's token from a sensitive variable (TF_VAR_hcloud_token): a literal
    // string would be written into the synthesized JSON.
    const hcloudToken = new TerraformVariable(this, 'hcloud_token', { type: 'string', sensitive: true, default: '' });
    const cluster = new HetznerGitpodCluster(this, 'gitpod', {
      domainName: process.env.GITPOD_DOMAIN ?? 'gitpod.example.com',
      location: process.env.GITPOD_LOCATION ?? 'nbg1',
      size: ClusterSize.of(process.env.GITPOD_SIZE ?? 'small'),
      sshPublicKey: fs.readFileSync(expandHome(process.env.GITPOD_SSH_PUBLIC_KEY ?? '~/.ssh/id_ed25519.pub'), 'utf8'),
      // Used by large only: autoscaled pools (here one pool for every Gitpod workload).
      workerPools: [{ name: 'workers', machineType: 'cx43', minNodes: 1, maxNodes: 10 }],
      autoscalerToken: hcloudToken.stringValue,
    });

    // Create these records with your DNS provider's constructs (Cloudflare, Route53, ...),
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
