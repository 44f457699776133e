import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { ClusterSize } from '../../lib/cluster-size';
import { declareClusterOutputs, declareCommonVariables } from '../module-stack';
import { HetznerGitpodCluster } from './cluster';
import { autoscalerTokenValidation, hetznerRules } from './rules';

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
    const inputs = declareCommonVariables(this, { defaultLocation: cloudCatalog('hetzner').defaultLocation, ...hetznerRules() });
    const token = new TerraformVariable(this, 'hcloud_token', {
      type: 'string',
      description: 'Hetzner Cloud API token (Read & Write) for the cluster-autoscaler of the large size; kept in a Kubernetes Secret on the cluster and used on destroy to delete the servers it made',
      default: '',
      sensitive: true,
      nullable: false,
      validation: [autoscalerTokenValidation()],
    });
    this.cluster = new HetznerGitpodCluster(this, 'gitpod', {
      ...inputs,
      size: ClusterSize.of(inputs.size),
      autoscalerToken: token.stringValue,
    });
    declareClusterOutputs(this, this.cluster, [this.cluster.ready]);
  }
}
