import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { declareModule } from '../module-stack';
import { AzureGitpodCluster } from './cluster';

/**
 * The Azure cluster as a plain Terraform module: the variables and outputs of the
 * original `infrastructure/providers/azure` module, so that its callers switch by
 * changing only `source`. `npm run synth` writes it to `modules/azure/`.
 *
 * Unlike the original, the module configures no provider: the caller configures
 * `azurerm`, which needs a `features {}` block (and, from azurerm 4, a subscription ID).
 * With no provider configuration or backend inside, the module can be used with
 * `count` or `for_each`.
 */
export class AzureModuleStack extends TerraformStack {
  /** The cluster the module builds. */
  public readonly cluster: AzureGitpodCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = declareModule(this, 'azure') as AzureGitpodCluster;
  }
}
