import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformData } from '../terraform-data';
import { ETCD_S3_SECRET, EtcdSnapshotSettings } from '../etcd-snapshots';
import { apiObject } from './api-object';

/** @internal */
export interface EtcdS3SecretProps {
  readonly apiAddress: string;
  readonly caCertPem: string;
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
  readonly snapshots: EtcdSnapshotSettings;
  /** The readiness wait's minutes: 0 (Terraform does not talk to the API) leaves the Secret to the operator. */
  readonly timeoutMinutes: number;
  readonly dependsOn: ITerraformDependable[];
}

/** The Secret k3s reads its S3 settings from, by its keys (`etcd-s3-endpoint`, ...). @internal */
export function etcdS3SecretObject(settings: Record<string, string>): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: ETCD_S3_SECRET, namespace: 'kube-system', labels: { 'app.kubernetes.io/managed-by': 'gitpod-self-hosted' } },
    type: 'Opaque',
    stringData: settings,
  };
}

/**
 * Writes the S3 settings and keys of the snapshots to their kube-system Secret, by server-side
 * apply over the API, again whenever they change. The keys are in this resource's environment
 * (sensitive, so Terraform shows none of its output) and in the state, as every input is; they
 * reach curl as a 0600 file and the cluster as a Secret encrypted at rest, never user data.
 * @internal
 */
export class EtcdS3Secret extends Construct {
  public readonly resource: TerraformData;

  constructor(scope: Construct, id: string, props: EtcdS3SecretProps) {
    super(scope, id);
    this.resource = apiObject(this, 'apply', {
      ...props,
      path: `/api/v1/namespaces/kube-system/secrets/${ETCD_S3_SECRET}`,
      object: etcdS3SecretObject(props.snapshots.s3Settings ?? {}),
      enabled: props.snapshots.s3,
      sensitive: true,
    });
  }
}
