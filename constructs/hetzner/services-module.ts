import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { declareServicesModule } from 'cdktf-gitpod-self-hosted/constructs/services-module';
import { HetznerGitpodServices } from './services';
import { hetznerServiceRules } from './services-rules';

/**
 * Hetzner's Object Storage for Gitpod as a plain Terraform module (`modules/hetzner/services`):
 * the bucket and credentials you made as variables, and the `gitpod_config` and `gitpod_secrets`
 * parts that point Gitpod at them. It makes no resource and needs no provider. (The construct's
 * `registryBucketName` has no variable here: the registry's part of the config would exist or
 * not by a variable, which a Terraform output cannot say without giving up its object type.)
 */
export class HetznerServicesModuleStack extends TerraformStack {
  /** The services the module describes. */
  public readonly services: HetznerGitpodServices;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.services = declareServicesModule(this, {
      rules: hetznerServiceRules(),
      overrides: [
        { name: 'location', prop: 'location', type: 'string', required: true, description: 'Where the bucket is: fsn1, nbg1 or hel1' },
        { name: 'bucket_name', prop: 'bucketName', type: 'string', required: true, description: 'The bucket you made for Gitpod\'s workspace content and backups' },
        { name: 'access_key_id', prop: 'accessKeyId', type: 'string', required: true, sensitive: true, description: 'The access key of the bucket\'s S3 credentials' },
        { name: 'secret_access_key', prop: 'secretAccessKey', type: 'string', required: true, sensitive: true, description: 'The secret key of the bucket\'s S3 credentials' },
      ],
      make: (scope, id, props) => new HetznerGitpodServices(scope, id, props as never),
    }) as HetznerGitpodServices;
  }
}
