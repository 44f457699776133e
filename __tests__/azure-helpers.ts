import { Testing, TerraformStack } from 'cdktf';
import { AzureGitpodCluster, AzureGitpodClusterProps } from '../constructs/azure';
import { SSH_PUBLIC_KEY } from './helpers';

/** A user-assigned identity ID as Azure writes it. */
export const IDENTITY_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/gitpod-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/gitpod';

/** The props the Azure tests build a cluster from: the required ones, with the test group and identity. */
export const AZURE_CLUSTER_PROPS: AzureGitpodClusterProps = {
  domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, resourceGroupName: 'gitpod-rg', userAssignedIdentityId: IDENTITY_ID,
};

/** Synthesizes an Azure cluster in its own stack and returns the JSON text and the parsed object. */
export function synthAzure(props: Partial<AzureGitpodClusterProps> = {}): { text: string; json: any; cluster: AzureGitpodCluster } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const cluster = new AzureGitpodCluster(stack, 'gitpod', { ...AZURE_CLUSTER_PROPS, ...props });
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text), cluster };
}
