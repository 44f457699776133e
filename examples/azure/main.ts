// A cdktf starter app: a self-hosted Gitpod cluster on Microsoft Azure.
//   az login                                  (or ARM_CLIENT_ID/ARM_CLIENT_SECRET/ARM_TENANT_ID)
//   export ARM_SUBSCRIPTION_ID=...            (read by the azurerm provider)
//   export GITPOD_DOMAIN=gitpod.example.com
//   npx cdktf deploy
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// One resource per import path: the package index costs seconds and hundreds of MB to load.
import { AzurermProvider } from 'cdktf-gitpod-self-hosted-azure/gen/provider';
import { ResourceGroup } from 'cdktf-gitpod-self-hosted-azure/gen/resource-group';
import { UserAssignedIdentity } from 'cdktf-gitpod-self-hosted-azure/gen/user-assigned-identity';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClusterSize } from 'cdktf-gitpod-self-hosted';
import { AzureGitpodCluster } from 'cdktf-gitpod-self-hosted-azure';
import { Construct } from 'constructs';

function expandHome(file: string): string {
  return file.startsWith('~/') ? path.join(os.homedir(), file.slice(2)) : file;
}

export class GitpodStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Remote state is yours to choose, e.g. new AzurermBackend(this, { ... }).
    // The azurerm provider needs its (empty) features block; the subscription comes from ARM_SUBSCRIPTION_ID.
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new TlsProvider(this, 'tls');
    new RandomProvider(this, 'random');

    const location = process.env.GITPOD_LOCATION ?? 'uksouth';
    const group = new ResourceGroup(this, 'resource-group', { name: process.env.GITPOD_RESOURCE_GROUP ?? 'gitpod', location });
    // The managers carry this identity, for the Azure Disk CSI controller that the install step
    // runs on them: grant it "Contributor" on the group (cdktf-gitpod-self-hosted-azure/gen/role-assignment).
    // Pods are fenced off the metadata service that hands out its tokens: see the README.
    const identity = new UserAssignedIdentity(this, 'identity', { name: 'gitpod', resourceGroupName: group.name, location });

    const cluster = new AzureGitpodCluster(this, 'gitpod', {
      domainName: process.env.GITPOD_DOMAIN ?? 'gitpod.example.com',
      location,
      size: ClusterSize.of(process.env.GITPOD_SIZE ?? 'small'),
      // Azure takes ssh-rsa and ssh-ed25519 keys.
      sshPublicKey: fs.readFileSync(expandHome(process.env.GITPOD_SSH_PUBLIC_KEY ?? '~/.ssh/id_ed25519.pub'), 'utf8'),
      resourceGroupName: group.name,
      userAssignedIdentityId: identity.id,
    });

    // Create these records in your DNS zone; `subdomain` is the record name Azure DNS uses
    // (`@`, `*`, `*.ws`), e.g. one DnsARecord (cdktf-gitpod-self-hosted-azure/gen/dns-a-record) per entry.
    new TerraformOutput(this, 'dns_records', { value: cluster.dnsRecords });
    new TerraformOutput(this, 'kubeconfig', { value: cluster.kubeconfig, sensitive: true });
    new TerraformOutput(this, 'kubecontext', { value: cluster.kubecontext });
    new TerraformOutput(this, 'identity_client_id', { value: identity.clientId });
  }
}

if (require.main === module) {
  const app = new App();
  new GitpodStack(app, 'gitpod');
  app.synth();
}
