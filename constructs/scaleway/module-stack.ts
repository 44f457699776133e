import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { ClusterSize } from '../../lib/cluster-size';
import { terraformValidation } from '../../lib/validation';
import { declareClusterOutputs, declareCommonVariables } from '../module-stack';
import { ScalewayGitpodCluster } from './cluster';
import { scalewayRules, zoneInLocationValidation } from './rules';

/** The zone of the original module's default. */
const DEFAULT_ZONE = 'nl-ams-1';

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
    const rules = scalewayRules();
    const inputs = declareCommonVariables(this, {
      defaultLocation: cloudCatalog('scaleway').defaultLocation, location: rules.location, size: rules.size,
    });
    const projectId = new TerraformVariable(this, 'project_id', {
      type: 'string', description: 'The ID of the Scaleway Project that owns every resource', nullable: false,
      validation: [terraformValidation(rules.projectId)],
    });
    const zone = new TerraformVariable(this, 'zone', {
      type: 'string', description: 'Availability Zone of the instances, load balancer and public gateway; it must lie in location',
      default: DEFAULT_ZONE, nullable: false,
      validation: [terraformValidation(rules.zone), zoneInLocationValidation()],
    });
    this.cluster = new ScalewayGitpodCluster(this, 'gitpod', {
      ...inputs,
      size: ClusterSize.of(inputs.size),
      projectId: projectId.stringValue,
      zone: zone.stringValue,
    });
    declareClusterOutputs(this, this.cluster, [this.cluster.ready]);
  }
}
