import { IResolvable, ITerraformDependable, Op, Token } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformData } from '../terraform-data';
import { when } from '../expressions';
import { template, terraformLiteral } from '../templates';
import { apiUrl } from './kubeconfig';
import { Fn } from '../fn';

/** @internal */
export interface ApiObjectProps {
  readonly apiAddress: string;
  readonly caCertPem: string;
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
  /** The object's API path, such as `/api/v1/namespaces/kube-system/secrets/NAME`. */
  readonly path: string;
  /** The object. */
  readonly object: Record<string, unknown>;
  /** Whether the object exists at all (a token in a module). */
  readonly enabled: boolean | IResolvable;
  /** The object holds a secret: Terraform then shows none of the step's output. */
  readonly sensitive: boolean;
  /** The readiness wait's minutes: 0 (Terraform does not talk to the API) leaves the object to the operator. */
  readonly timeoutMinutes: number;
  readonly dependsOn: ITerraformDependable[];
  /**
   * A Deployment whose pods read the object only when they start (from their environment):
   * after each write its pods are replaced, as `kubectl rollout restart` does (an annotation
   * on its pod template, here the object's hash).
   */
  readonly restart?: DeploymentRef;
}

/** A Deployment by its namespace and name. @internal */
export interface DeploymentRef {
  readonly namespace: string;
  readonly name: string;
}

/**
 * An object that terraform apply keeps in the cluster, such as an autoscaler's node template,
 * and the construct its step is made in (the step's ID is part of the contract).
 * @internal
 */
export interface ClusterObject {
  readonly scope: Construct;
  readonly path: string;
  readonly object: Record<string, unknown>;
  readonly enabled: boolean | IResolvable;
  readonly restart?: DeploymentRef;
}

/** The pod template annotation whose change replaces a Deployment's pods after its object was written. @internal */
export const RESTART_ANNOTATION = 'gitpod-self-hosted/applied-sha256';

/**
 * A `terraform_data` that writes one object to the cluster by server-side apply
 * (templates/apply-object.sh), with the admin client certificate as the readiness wait does,
 * once the cluster is ready and again whenever the object changes (it is keyed on its hash);
 * then, where given, restarts the Deployment that reads it.
 * @internal
 */
export function apiObject(scope: Construct, id: string, props: ApiObjectProps): TerraformData {
  const body = Fn.jsonencode(props.object);
  const restart = props.restart && {
    RESTART_PATH: `/apis/apps/v1/namespaces/${props.restart.namespace}/deployments/${props.restart.name}`,
    // Only the annotation: server-side apply merges it into the Deployment k3s made.
    RESTART_BODY: Fn.jsonencode({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: props.restart.name, namespace: props.restart.namespace },
      spec: { template: { metadata: { annotations: { [RESTART_ANNOTATION]: Fn.sha256(body) } } } },
    }),
  };
  return new TerraformData(scope, id, {
    count: Token.asNumber(when(props.enabled, Fn.conditional(Op.gte(props.timeoutMinutes, 1), 1, 0), 0)),
    triggersReplace: { object: Fn.sha256(body) },
    dependsOn: props.dependsOn,
    provisioners: [{
      type: 'local-exec',
      interpreter: ['bash', '-c'],
      command: terraformLiteral(template('apply-object.sh')),
      environment: {
        API_URL: apiUrl(props.apiAddress),
        CA_CERT: props.caCertPem,
        CLIENT_CERT: props.clientCertPem,
        // Where the object holds no secret, its step's progress stays visible, as the readiness wait's.
        CLIENT_KEY: props.sensitive ? props.clientKeyPem : Fn.nonsensitive(props.clientKeyPem),
        OBJECT_PATH: props.path,
        OBJECT_BODY: body,
        ...restart,
      },
    }],
  });
}
