import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { declareModule } from '../module-stack';
import { ScalewayGitpodCluster } from './cluster';

/**
 * The Scaleway cluster as a plain Terraform module: the variables and outputs of the
 * original `infrastructure/providers/scaleway` module (`project_id`, `zone` and the common
 * ones), so that its callers switch by changing only `source`. `npm run synth` writes it
 * to `modules/scaleway/`.
 *
 * The module has no provider configuration or backend, so it can be used with `count` or
 * `for_each`. It sets `project_id`, `zone` and `region` (from `location`) on every
 * resource itself, so the caller's `scaleway` provider needs only credentials.
 */
export class ScalewayModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: ScalewayGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = declareModule(this, 'scaleway') as ScalewayGitpodCluster;
  }
}
