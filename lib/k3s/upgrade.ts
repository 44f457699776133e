import { ITerraformDependable, Op, Token } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformData } from '../terraform-data';
import { SYSTEM_UPGRADE_CONTROLLER } from '../install/versions';
import { template, terraformLiteral } from '../templates';
import { apiUrl } from './kubeconfig';
import { UPGRADE_NAMESPACE, agentPlan, serverPlan } from './upgrade-plans';
import { Fn } from '../fn';

/** How much longer than the readiness wait the upgrade may take: every node restarts k3s, the workers after a drain. @internal */
export const UPGRADE_TIMEOUT_FACTOR = 3;

/** @internal */
export interface K3sUpgradeProps {
  readonly apiAddress: string;
  readonly caCertPem: string;
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
  /** The k3s release every node should run (a token in a module). */
  readonly k3sVersion: string;
  /** The readiness wait's minutes: 0 (Terraform does not talk to the API) leaves the upgrade out. */
  readonly timeoutMinutes: number;
  readonly dependsOn: ITerraformDependable[];
}

/**
 * Upgrades k3s in place when `k3s_version` changes: a `terraform_data` replaced with the
 * version, whose local-exec checks the move (no downgrade, no skipped minor), hands the
 * system-upgrade-controller its Plans over the API (server-side apply, the admin client
 * certificate, as the readiness wait does) and waits until every node runs the release. It
 * replaces no server: the servers ignore their user data once made.
 * @internal
 */
export class K3sUpgrade extends Construct {
  public readonly resource: TerraformData;

  constructor(scope: Construct, id: string, props: K3sUpgradeProps) {
    super(scope, id);
    this.resource = new TerraformData(this, 'plans', {
      count: Token.asNumber(Fn.conditional(Op.gte(props.timeoutMinutes, 1), 1, 0)),
      triggersReplace: { k3s_version: props.k3sVersion },
      dependsOn: props.dependsOn,
      provisioners: [{
        type: 'local-exec',
        interpreter: ['bash', '-c'],
        command: terraformLiteral(template('apply-upgrade-plans.sh')),
        environment: {
          API_URL: apiUrl(props.apiAddress),
          CA_CERT: props.caCertPem,
          CLIENT_CERT: props.clientCertPem,
          // As in the readiness wait: a sensitive value would silence all of its progress.
          CLIENT_KEY: Fn.nonsensitive(props.clientKeyPem),
          K3S_VERSION: props.k3sVersion,
          SERVER_PLAN: Fn.jsonencode(serverPlan(props.k3sVersion)),
          AGENT_PLAN: Fn.jsonencode(agentPlan(props.k3sVersion)),
          PLANS_PATH: `/apis/upgrade.cattle.io/v1/namespaces/${UPGRADE_NAMESPACE}/plans`,
          CONTROLLER_MANIFESTS: SYSTEM_UPGRADE_CONTROLLER.manifests.map((m) => `${SYSTEM_UPGRADE_CONTROLLER.release}/${m}`).join(' '),
          TIMEOUT_SECONDS: Token.asString(Op.mul(props.timeoutMinutes, 60 * UPGRADE_TIMEOUT_FACTOR)),
        },
      }],
    });
  }
}
