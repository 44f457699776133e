import { TerraformMetaArguments, TerraformResource, anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl } from 'cdktf';
import { Construct } from 'constructs';

/** What a `terraform_data` resource takes: its two arguments and Terraform's meta-arguments. @internal */
export interface TerraformDataConfig extends TerraformMetaArguments {
  readonly input?: { [key: string]: any };
  readonly triggersReplace?: { [key: string]: any };
}

/**
 * Terraform's built-in `terraform_data` resource, synthesized exactly as cdktf's
 * `DataResource` does. cdktf's class also adds a validation that runs `terraform version`
 * in a child process at every synth, once per resource: six of them cost a cluster's synth
 * about 0.3 s (a Python or Go program a fifth of its time) and fail the synth where no
 * `terraform` is on the PATH. The version it checks (1.4) is below the 1.9 that the modules
 * require and the README asks for, and an older Terraform refuses the resource type itself.
 * @internal
 */
export class TerraformData extends TerraformResource {
  private readonly input?: { [key: string]: any };
  private readonly triggersReplace?: { [key: string]: any };

  constructor(scope: Construct, id: string, config: TerraformDataConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this.input = config.input;
    this.triggersReplace = config.triggersReplace;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      input: hashMapper(anyToTerraform)(this.input),
      triggers_replace: hashMapper(anyToTerraform)(this.triggersReplace),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return {
      input: hashMapperHcl(anyToHclTerraform)(this.input),
      triggers_replace: hashMapperHcl(anyToHclTerraform)(this.triggersReplace),
    };
  }
}
