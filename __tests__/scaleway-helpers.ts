import { Testing, TerraformStack } from 'cdktf';
import { ScalewayGitpodCluster, ScalewayGitpodClusterProps } from '../constructs/scaleway';
import { SSH_PUBLIC_KEY } from './helpers';

/** A Project ID in the shape Scaleway gives them. */
export const PROJECT_ID = '6a1d3c0e-4b7f-4e2a-9c1d-0f5e8b2a7c31';

/** Synthesizes a Scaleway cluster in its own stack and returns the JSON text and the parsed object. */
export function synthScaleway(props: Partial<ScalewayGitpodClusterProps> = {}): { text: string; json: any; cluster: ScalewayGitpodCluster } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const cluster = new ScalewayGitpodCluster(stack, 'gitpod', {
    domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, projectId: PROJECT_ID, ...props,
  });
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text), cluster };
}
