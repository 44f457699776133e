import { Construct } from 'constructs';
import { GitpodContainerRegistryProps, GitpodObjectStorageProps } from 'cdktf-gitpod-self-hosted/lib/gitpod/config-props';
import { GitpodSecret } from 'cdktf-gitpod-self-hosted/lib/gitpod/secret';
import { serviceCatalog } from 'cdktf-gitpod-self-hosted/lib/services/catalog';
import { IGitpodServices } from 'cdktf-gitpod-self-hosted/lib/services/services';
import { inputProblems } from 'cdktf-gitpod-self-hosted/lib/validation';
import { hetznerServiceRules } from './services-rules';

/** Properties of {@link HetznerGitpodServices}: a bucket you made and its credentials (the hcloud provider cannot make them). */
export interface HetznerGitpodServicesProps {
  /** Where the bucket is: `fsn1`, `nbg1` or `hel1`. Module variable `location`. */
  readonly location: string;
  /** The bucket Gitpod keeps workspace content and backups in ("single bucket mode"). Module variable `bucket_name`. */
  readonly bucketName: string;
  /** The access key of the S3 credentials. Module variable `access_key_id` (sensitive). */
  readonly accessKeyId: string;
  /** Their secret key: a variable or a secret, never a literal in code. Module variable `secret_access_key` (sensitive). */
  readonly secretAccessKey: string;
  /**
   * A second bucket, in the same location, for the in-cluster registry's images
   * (`containerRegistry.s3storage`). Module variable `registry_bucket_name`.
   * @default - the registry keeps its images on the nodes' volume
   */
  readonly registryBucketName?: string;
}

/**
 * Hetzner's Object Storage for Gitpod, from a bucket and credentials you made (the hcloud provider
 * has no resource for them). Hetzner sells no managed MySQL or container registry: Gitpod's
 * database and registry stay in the cluster; with `registryBucketName` the registry keeps its
 * images in a bucket instead of on a node's volume. Give it to `GitpodInstallation` as `services`.
 * It makes no resource.
 */
export class HetznerGitpodServices extends Construct implements IGitpodServices {
  /** The bucket, as the companion's `objectStorage`. */
  public readonly objectStorage?: GitpodObjectStorageProps;
  /** The registry's bucket, as the companion's `containerRegistry`, where one was given. */
  public readonly containerRegistry?: GitpodContainerRegistryProps;

  constructor(scope: Construct, id: string, props: HetznerGitpodServicesProps) {
    super(scope, id);
    const problems = inputProblems(`HetznerGitpodServices at ${this.node.path}`, hetznerServiceRules(), { ...props });
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const endpoint = `${props.location}.${serviceCatalog().hetzner.objectStorageEndpoint}`;
    this.objectStorage = {
      s3: {
        endpoint, bucket: props.bucketName,
        credentials: GitpodSecret.s3Credentials({ accessKeyId: props.accessKeyId, secretAccessKey: props.secretAccessKey }),
      },
      region: props.location,
    };
    if (props.registryBucketName !== undefined) {
      this.containerRegistry = {
        s3Storage: {
          bucket: props.registryBucketName, region: props.location, endpoint,
          credentials: GitpodSecret.registryStorageCredentials({ accessKey: props.accessKeyId, secretKey: props.secretAccessKey }),
        },
      };
    }
  }
}
