import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { ClusterSize } from '../../lib/cluster-size';
import { declareClusterOutputs, declareCommonVariables } from '../module-stack';
import { DigitalOceanGitpodCluster } from './cluster';
import { digitalOceanRules } from './rules';

/**
 * The DigitalOcean cluster as a plain Terraform module: the variables and outputs of the
 * Hetzner module (and of the unmerged `infrastructure/providers/digitalocean` branch),
 * with a real DigitalOcean region as the `location` default. `npm run synth` writes it to
 * `modules/digitalocean/`.
 *
 * The caller configures the `digitalocean` provider (token); the module has no provider
 * configuration or backend, so it can be used with `count` or `for_each`.
 */
export class DigitalOceanModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: DigitalOceanGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const inputs = declareCommonVariables(this, { defaultLocation: cloudCatalog('digitalocean').defaultLocation, ...digitalOceanRules() });
    this.cluster = new DigitalOceanGitpodCluster(this, 'gitpod', {
      ...inputs,
      size: ClusterSize.of(inputs.size),
    });
    declareClusterOutputs(this, this.cluster, [this.cluster.ready]);
  }
}
