import { DataResource, Fn, ITerraformDependable, Op, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ETCD_S3_SECRET, EtcdSnapshotSettings } from '../etcd-snapshots';
import { when } from '../expressions';
import { template, terraformLiteral } from '../templates';
import { apiUrl } from './kubeconfig';

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
  public readonly resource: DataResource;

  constructor(scope: Construct, id: string, props: EtcdS3SecretProps) {
    super(scope, id);
    const settings = props.snapshots.s3Settings ?? {};
    const body = Fn.jsonencode(etcdS3SecretObject(settings));
    const talks = Op.gte(props.timeoutMinutes, 1);
    this.resource = new DataResource(this, 'apply', {
      count: Token.asNumber(when(props.snapshots.s3, Fn.conditional(talks, 1, 0), 0)),
      triggersReplace: { secret: Fn.sha256(body) },
      dependsOn: props.dependsOn,
      provisioners: [{
        type: 'local-exec',
        interpreter: ['bash', '-c'],
        command: terraformLiteral(template('apply-etcd-s3-secret.sh')),
        environment: {
          API_URL: apiUrl(props.apiAddress),
          CA_CERT: props.caCertPem,
          CLIENT_CERT: props.clientCertPem,
          CLIENT_KEY: props.clientKeyPem,
          SECRET_PATH: `/api/v1/namespaces/kube-system/secrets/${ETCD_S3_SECRET}`,
          SECRET_BODY: body,
        },
      }],
    });
  }
}
