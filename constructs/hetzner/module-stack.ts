import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { declareModule } from '../module-stack';
import { HetznerGitpodCluster } from './cluster';

/**
 * The Hetzner cluster as a plain Terraform module: the variables and outputs of the
 * original `infrastructure/providers/hetzner` module, so that its callers switch by
 * changing only `source`. `npm run synth` writes it to `modules/hetzner/`.
 *
 * The caller configures the `hcloud` provider (token); the module has no provider
 * configuration or backend, so it can be used with `count` or `for_each`. The `large` size
 * also takes `hcloud_token` for its cluster-autoscaler (the module cannot read the provider's).
 */
export class HetznerModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: HetznerGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = declareModule(this, 'hetzner') as HetznerGitpodCluster;
  }
}
