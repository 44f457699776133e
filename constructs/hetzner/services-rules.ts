import { serviceCatalog } from 'cdktf-gitpod-self-hosted/lib/services/catalog';
import { bucketNameRule, credentialRule, optionalBucketNameRule } from 'cdktf-gitpod-self-hosted/lib/services/rules';
import { InputRule, oneOfRule } from 'cdktf-gitpod-self-hosted/lib/validation';

/**
 * The rules of `HetznerGitpodServices` and its module (`modules/hetzner/services`): a bucket you
 * made, where Hetzner sells Object Storage, and its S3 credentials.
 * @internal
 */
export function hetznerServiceRules(): InputRule[] {
  const locations = serviceCatalog().hetzner.objectStorageLocations;
  return [
    oneOfRule('location', 'location', locations, 'where Hetzner sells Object Storage and you made the bucket; a cluster in ash, hil or sin can use one of them'),
    bucketNameRule('bucketName', 'bucket_name', 'the name of the bucket you made in the Hetzner Console'),
    // A prop only: the module has no variable for it (see HetznerServicesModuleStack).
    { ...optionalBucketNameRule('registryBucketName', 'registry_bucket_name', 'the registry on the nodes\' volume'), variable: undefined },
    credentialRule('accessKeyId', 'access_key_id', 'the access key of the S3 credentials you made (Object Storage, Security)'),
    credentialRule('secretAccessKey', 'secret_access_key', 'the secret key shown once when you made those credentials'),
  ];
}
