import { ITerraformDependable, Lazy, TerraformModule, TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { GitpodInstallation } from './installation';

/** Properties of {@link GitpodInstallationOutputs}. */
export interface GitpodInstallationOutputsProps {
  /** The installation whose values become outputs. */
  readonly installation: GitpodInstallation;
}

/**
 * The outputs of the archived starter repo's root module, which the installation step
 * consumes, with their exact names, shapes and sensitivity: `cert_manager`, `domain_name`,
 * `gitpod_config`, `gitpod_secrets` and `kubeconfig`, all sensitive. Declare it once, in the
 * root stack (output names are global to a stack).
 *
 * ```shell
 * terraform output -json cert_manager | jq -cr '.secrets | @base64'
 * ```
 */
export class GitpodInstallationOutputs extends Construct {
  /** `cert_manager`: the ClusterIssuer spec and its secrets. */
  public readonly certManager: TerraformOutput;
  /** `domain_name`. */
  public readonly domainName: TerraformOutput;
  /** `gitpod_config`: the Installer config overrides. */
  public readonly gitpodConfig: TerraformOutput;
  /** `gitpod_secrets`: the secrets of the `gitpod` namespace. */
  public readonly gitpodSecrets: TerraformOutput;
  /** `kubeconfig`: waits for the cluster to be ready. */
  public readonly kubeconfig: TerraformOutput;

  constructor(scope: Construct, id: string, props: GitpodInstallationOutputsProps) {
    super(scope, id);
    const installation = props.installation;
    const output = (name: string, description: string, value: unknown, dependsOn = installation.ready) => {
      const addresses = dependsOn.map(bareAddress);
      const known = addresses.every((a) => a !== undefined);
      const out = new TerraformOutput(this, name, {
        description, value, sensitive: true, dependsOn: dependsOn.length > 0 && !known ? dependsOn : undefined,
      });
      out.overrideLogicalId(name);
      // cdktf writes an output's depends_on as "${address}", which Terraform refuses ("a single
      // static variable reference is required"); the bare address is what it takes.
      if (dependsOn.length > 0 && known) out.addOverride('depends_on', addresses);
      return out;
    };
    this.certManager = output('cert_manager', 'cert-manager configuration: the secrets of the DNS01 solvers and the ClusterIssuer spec', installation.certManager, []);
    this.domainName = output('domain_name', 'The domain name Gitpod will be accessed on', installation.domainName, []);
    this.gitpodConfig = output('gitpod_config', 'Gitpod Installer config overrides, merged over the base config by the installation step', installation.gitpodConfig, []);
    this.gitpodSecrets = output('gitpod_secrets', 'Secrets of the gitpod namespace, by name, as key/value pairs', installation.gitpodSecrets, []);
    this.kubeconfig = output('kubeconfig', 'Kubernetes config YAML file', installation.kubeconfig);
  }
}

/** The address Terraform takes in `depends_on` (`terraform_data.name`, `module.name`), when it can be known. */
function bareAddress(dependable: ITerraformDependable): string | undefined {
  if (dependable instanceof TerraformResource) {
    return Lazy.stringValue({ produce: () => `${dependable.terraformResourceType}.${dependable.friendlyUniqueId}` });
  }
  if (dependable instanceof TerraformModule) return Lazy.stringValue({ produce: () => `module.${dependable.friendlyUniqueId}` });
  return undefined;
}
