import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { ClusterSize } from '../../lib/cluster-size';
import { declareClusterOutputs, declareCommonVariables } from '../module-stack';
import { HetznerGitpodCluster } from './cluster';
import { hetznerRules } from './rules';

/**
 * The Hetzner cluster as a plain Terraform module: the variables and outputs of the
 * original `infrastructure/providers/hetzner` module, so that its callers switch by
 * changing only `source`. `npm run synth` writes it to `modules/hetzner/`.
 *
 * The caller configures the `hcloud` provider (token); the module has no provider
 * configuration or backend, so it can be used with `count` or `for_each`.
 */
export class HetznerModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: HetznerGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const inputs = declareCommonVariables(this, { defaultLocation: cloudCatalog('hetzner').defaultLocation, ...hetznerRules() });
    this.cluster = new HetznerGitpodCluster(this, 'gitpod', {
      ...inputs,
      size: ClusterSize.of(inputs.size),
    });
    declareClusterOutputs(this, this.cluster, [this.cluster.ready]);
  }
}
