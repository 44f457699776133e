import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from '../../lib/catalog';
import { ClusterSize } from '../../lib/cluster-size';
import { InputRule, terraformValidation } from '../../lib/validation';
import { declareClusterOutputs, declareCommonVariables } from '../module-stack';
import { AzureGitpodCluster } from './cluster';
import { azureRules } from './rules';

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
    const rules = azureRules();
    const inputs = declareCommonVariables(this, { defaultLocation: cloudCatalog('azure').defaultLocation, ...rules });
    // Azure narrows two common inputs: its admin key types, and IPv4 for the API allow-list.
    for (const rule of [rules.sshPublicKey, rules.apiAllowedCidrs]) {
      (this.node.findChild(rule.variable) as TerraformVariable).addValidation(terraformValidation(rule));
    }
    const resourceGroupName = requiredVariable(this, rules.resourceGroupName, 'The name of the existing resource group to create the cluster in');
    const identityId = requiredVariable(this, rules.userAssignedIdentityId,
      'The resource ID of the user-assigned managed identity given to every VM, which cert-manager uses to solve DNS01 challenges in Azure DNS');

    this.cluster = new AzureGitpodCluster(this, 'gitpod', {
      ...inputs,
      size: ClusterSize.of(inputs.size),
      resourceGroupName: resourceGroupName.stringValue,
      userAssignedIdentityId: identityId.stringValue,
    });
    declareClusterOutputs(this, this.cluster, [this.cluster.ready]);
    new TerraformOutput(this.node.findChild('outputs'), 'network_security_group_id', {
      description: 'The ID of the network security group on every node',
      value: this.cluster.networkSecurityGroupId,
    }).overrideLogicalId('network_security_group_id');
  }
}

function requiredVariable(scope: Construct, rule: InputRule, description: string): TerraformVariable {
  return new TerraformVariable(scope, rule.variable, {
    type: 'string',
    description,
    nullable: false,
    validation: [terraformValidation(rule)],
  });
}
