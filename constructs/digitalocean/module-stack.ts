import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { declareModule } from '../module-stack';
import { DigitalOceanGitpodCluster } from './cluster';

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
    this.cluster = declareModule(this, 'digitalocean') as DigitalOceanGitpodCluster;
  }
}
