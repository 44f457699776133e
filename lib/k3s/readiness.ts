import { ITerraformDependable, Op, Token } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformData } from '../terraform-data';
import { template, terraformLiteral } from '../templates';
import { apiUrl } from './kubeconfig';
import { Fn } from '../fn';

/** @internal */
export interface ReadinessCheckProps {
  readonly apiAddress: string;
  readonly caCertPem: string;
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
  /** Managers plus workers. */
  readonly expectedNodes: number;
  /** 0 skips the wait. */
  readonly timeoutMinutes: number;
  /** Replace (and so wait again) when any of these change: the node IDs. */
  readonly triggers: Record<string, string>;
  /** The fixed nodes' names, space-separated, so that a timeout names the ones that are not Ready. */
  readonly nodeNames: string;
  readonly dependsOn: ITerraformDependable[];
}

/**
 * Makes `terraform apply` return only when the cluster is usable: the API answers
 * `/readyz` at the kubeconfig address and the expected nodes are Ready. It runs once
 * per set of nodes (a `terraform_data` replaced when they change), so plans stay empty.
 * @internal
 */
export class ReadinessCheck extends Construct {
  public readonly resource: TerraformData;

  constructor(scope: Construct, id: string, props: ReadinessCheckProps) {
    super(scope, id);
    this.resource = new TerraformData(this, 'wait', {
      // The timeout is a whole number; `>= 1` because cdktf renders a literal 0 operand as `undefined`.
      count: Token.asNumber(Fn.conditional(Op.gte(props.timeoutMinutes, 1), 1, 0)),
      triggersReplace: props.triggers,
      dependsOn: props.dependsOn,
      provisioners: [{
        type: 'local-exec',
        interpreter: ['bash', '-c'],
        command: terraformLiteral(template('wait-for-ready.sh')),
        environment: {
          API_URL: apiUrl(props.apiAddress),
          CA_CERT: props.caCertPem,
          CLIENT_CERT: props.clientCertPem,
          // Terraform hides all of a provisioner's output when its environment holds a
          // sensitive value, and the wait would then be silent for up to two hours. The
          // script never prints the key, and provisioner environments appear in no plan.
          CLIENT_KEY: Fn.nonsensitive(props.clientKeyPem),
          EXPECTED_NODES: Token.asString(props.expectedNodes),
          EXPECTED_NAMES: props.nodeNames,
          TIMEOUT_SECONDS: Token.asString(Op.mul(props.timeoutMinutes, 60)),
        },
      }],
    });
  }
}
