import { Testing, TerraformStack } from 'cdktf';
import { DigitalOceanGitpodCluster, DigitalOceanGitpodClusterProps } from '../constructs/digitalocean';
import { SSH_PUBLIC_KEY } from './helpers';

/** Synthesizes a DigitalOcean cluster in its own stack and returns the JSON text and the parsed object. */
export function synthDigitalOcean(props: Partial<DigitalOceanGitpodClusterProps> = {}): { text: string; json: any; cluster: DigitalOceanGitpodCluster } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const cluster = new DigitalOceanGitpodCluster(stack, 'gitpod', {
    domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, ...props,
  });
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text), cluster };
}

/** The Terraform address (`type.name`) of the single resource of a type whose logical name contains `part`. */
export function addressOf(json: any, type: string, part: string): string {
  const names = Object.keys(json.resource?.[type] ?? {}).filter((name) => name.includes(part));
  if (names.length !== 1) throw new Error(`expected one ${type} named like ${part}, found ${names.length}`);
  return `${type}.${names[0]}`;
}
