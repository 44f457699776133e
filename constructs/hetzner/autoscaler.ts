import { IResolvable, ITerraformDependable, TerraformCount, TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import { autoscaledWorkerUserData } from 'cdktf-gitpod-self-hosted/lib/autoscaled-workers';
import { when } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { ClusterObject } from 'cdktf-gitpod-self-hosted/lib/k3s/api-object';
import { K3sBootstrap } from 'cdktf-gitpod-self-hosted/lib/k3s/bootstrap';
import { MANAGER_TAINT } from 'cdktf-gitpod-self-hosted/lib/labels';
import { manifestYaml } from 'cdktf-gitpod-self-hosted/lib/manifest-yaml';
// The autoscaler's image is pinned beside the k3s release it must match.
import { CLUSTER_AUTOSCALER_IMAGE } from 'cdktf-gitpod-self-hosted/lib/platform';
import { template, terraformLiteral } from 'cdktf-gitpod-self-hosted/lib/templates';
import { TerraformData } from 'cdktf-gitpod-self-hosted/lib/terraform-data';
import { WorkerPools, localRef } from 'cdktf-gitpod-self-hosted/lib/worker-pools';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';


/** Where k3s applies manifests from on its own (auto-deploy), on the first manager. @internal */
export const AUTOSCALER_MANIFEST_PATH = '/var/lib/rancher/k3s/server/manifests/gitpod-cluster-autoscaler.yaml';

/** The Kubernetes Secret that holds the token and the node groups' cloud-config (templates/autoscaler-secret.sh writes it). @internal */
export const AUTOSCALER_SECRET = 'gitpod-cluster-autoscaler';

/** Where cloud-init writes the Secret's parts on the first manager. @internal */
export const AUTOSCALER_SOURCE_DIR = '/etc/gitpod/autoscaler';

/**
 * The first manager's step before k3s starts: the Secret's manifest from its parts (a no-op
 * where they are not written, the sizes without an autoscaler).
 * @internal
 */
export const AUTOSCALER_SECRET_WRAPPER = { template: 'autoscaler-secret.sh', path: '/usr/local/sbin/gitpod-autoscaler-secret', args: [] };

/** The label the Hetzner provider of the cluster-autoscaler puts on its servers and nodes. @internal */
export const NODE_GROUP_LABEL = 'hcloud/node-group';

/** Where each autoscaled worker writes its provider ID before k3s starts. */
const PROVIDER_ID_WRAPPER = { template: 'hcloud-provider-id.sh', path: '/usr/local/sbin/gitpod-hcloud-provider-id', args: [] };

/**
 * How long the autoscaler waits for a new server to become a Ready node before it gives
 * up on it: the nodes upgrade their packages (maybe rebooting) before k3s starts.
 */
const MAX_NODE_PROVISION_TIME = '30m';

/** @internal */
export interface HetznerAutoscalerProps {
  /** The cluster's random label, which makes the node group names unique in the project. */
  readonly clusterLabel: string;
  readonly pools: WorkerPools;
  /** True for the sizes whose workers are autoscaled. */
  readonly autoscaled: IResolvable;
  readonly bootstrap: K3sBootstrap;
  /** Where the autoscaled nodes register. */
  readonly joinAddress: string;
  /** The Hetzner location of the node groups. */
  readonly location: string;
  /** The image of the nodes. */
  readonly image: string;
  /** The private network's range, in which an autoscaled node finds its address at boot. */
  readonly networkRange: string;
  readonly networkId: string;
  readonly firewallId: string;
  readonly sshKeyId: string;
  /** The Hetzner Cloud API token the autoscaler uses (sensitive). */
  readonly token: string;
  /** What the destroy-time cleanup waits for before it can run (the network, firewall, key). */
  readonly cleanupAfter: ITerraformDependable[];
}


/**
 * The Kubernetes cluster-autoscaler with its Hetzner Cloud provider, for the sizes whose
 * workers are autoscaled pools (`large`).
 *
 * k3s deploys it from manifests on the first manager (auto-deploy): RBAC and a Deployment on
 * the managers, which cloud-init writes, and a Secret with the API token and the node groups'
 * configuration (each pool's worker cloud-config and labels), which a step before the k3s
 * install makes from the two parts cloud-init writes to /etc/gitpod/autoscaler (so that the
 * configuration travels compressed: the first manager's user data also carries the CA set,
 * and Hetzner allows 32 KiB), and removes once k3s has applied it (k3s would apply it again
 * at each start, taking back a newer node template); `terraform apply` writes the Secret again
 * over the API whenever its content changes (a new k3s release), after the upgrade step. Each pool is a node group
 * `gitpod-<cluster id>-<pool>`; its servers join from the same agent cloud-config as every
 * worker, over the private network, and carry the pool's labels and their server ID as
 * provider ID. A destroy-time step deletes what the autoscaler made.
 * @internal
 */
export class HetznerAutoscaler extends Construct {
  /** The node group name of each pool, by pool name. */
  public readonly groupIds: TerraformLocal;
  /** The worker cloud-config of each pool, by pool name. */
  public readonly workerUserData: TerraformLocal;
  /** The JSON of `HCLOUD_CLUSTER_CONFIG` (the Secret holds its base64). */
  public readonly clusterConfig: string;
  /** The manifest k3s applies, but for the Secret (YAML documents). */
  public readonly manifest: string;
  /** The write_files entries of the first manager: the manifest and the Secret's parts where the size autoscales, else none. */
  public readonly manifestFiles: IResolvable;
  /** The destroy-time cleanup of the autoscaled servers. */
  public readonly cleanup: TerraformData;
  /** The Secret as terraform apply writes it after an upgrade, and the Deployment that reads it at start. */
  public readonly nodeTemplate: ClusterObject;

  constructor(scope: Construct, id: string, props: HetznerAutoscalerProps) {
    super(scope, id);
    const pools = props.pools;
    // Raw expressions name locals (localRef); values that are tokens get a local of their own first.
    const clusterLabel = localRef(new TerraformLocal(this, 'cluster-label', props.clusterLabel));
    const location = localRef(new TerraformLocal(this, 'location', props.location));
    const image = localRef(new TerraformLocal(this, 'image', props.image));
    const byName = localRef(pools.byName);
    const poolLabels = localRef(pools.labels);
    this.groupIds = new TerraformLocal(this, 'group-ids',
      `\${{ for name, p in ${byName} : name => join("-", ["gitpod", ${clusterLabel}, name]) }}`);
    const groupIds = localRef(this.groupIds);

    // Each pool's nodes carry its node group (the autoscaler's fallback when it cannot find a server).
    this.workerUserData = autoscaledWorkerUserData(this, {
      pools, bootstrap: props.bootstrap, joinAddress: props.joinAddress, nodeIpCidr: props.networkRange,
      poolLabel: `join("=", [${JSON.stringify(NODE_GROUP_LABEL)}, ${groupIds}[name]])`,
      installWrappers: [PROVIDER_ID_WRAPPER],
    });

    // HCLOUD_CLUSTER_CONFIG: the image, and per node group its cloud-config and labels (which
    // the autoscaler gives its template node, so that pods that select a pool scale it up).
    this.clusterConfig = new TerraformLocal(this, 'cluster-config',
      `\${jsonencode({ imagesForArch = { amd64 = ${image}, arm64 = ${image} }, `
      + `nodeConfigs = { for name, gid in ${groupIds} : gid => { cloudInit = ${localRef(this.workerUserData)}[name], labels = ${poolLabels}[name], taints = [] } } })}`).asString;
    const nodeGroupArgs = new TerraformLocal(this, 'node-group-args',
      `\${[for name, p in ${byName} : format("--nodes=%d:%d:%s:%s:%s", p.min, p.max, p.machine_type, ${location}, ${groupIds}[name])]}`).asList;

    const documents = autoscalerDocuments({ nodeGroupArgs, networkId: props.networkId, firewallId: props.firewallId, sshKeyId: props.sshKeyId });
    // The documents without tokens (RBAC) are written as YAML here; Terraform encodes the Deployment.
    // (Deeply nested literal structures inside function calls are slow for cdktf to resolve.)
    const literal = documents.filter((doc) => !Token.isUnresolved(JSON.stringify(doc)) && !JSON.stringify(doc).includes('${'));
    const withTokens = documents.filter((doc) => !literal.includes(doc));
    // A plain string local: inside a function call cdktf would not escape the YAML's quotes.
    const rbac = new TerraformLocal(this, 'rbac-manifest', manifestYaml(literal));
    this.manifest = Fn.join('---\n', [rbac.asString, ...withTokens.map((doc) => Fn.yamlencode(doc))]);
    // Compressed: the first manager's user data also carries the CA set, and Hetzner allows 32 KiB.
    const file = (path: string, content: string) => ({ path, permissions: '0600', encoding: 'gz+b64', content: Fn.base64gzip(content) });
    this.manifestFiles = new TerraformLocal(this, 'manifest-files', when<unknown>(props.autoscaled, [
      file(AUTOSCALER_MANIFEST_PATH, this.manifest),
      file(`${AUTOSCALER_SOURCE_DIR}/cluster-config.json`, this.clusterConfig),
      // The token as it is: 64 characters, which gzip and base64 would only lengthen.
      { path: `${AUTOSCALER_SOURCE_DIR}/token`, permissions: '0600', encoding: 'text/plain', content: props.token },
    ], [])).expression;

    // The node template of a running cluster follows the inputs (a new k3s release, say): the
    // Secret that the first manager wrote at first boot, written again over the API.
    this.nodeTemplate = {
      scope: this, path: `/api/v1/namespaces/${NAMESPACE}/secrets/${AUTOSCALER_SECRET}`, object: autoscalerSecretObject(props.token, this.clusterConfig),
      enabled: props.autoscaled, restart: { namespace: NAMESPACE, name: NAME },
    };

    this.cleanup = new TerraformData(this, 'cleanup', {
      count: TerraformCount.of(Token.asNumber(Fn.conditional(props.autoscaled, 1, 0))),
      // Changes to either update it in place: a new token does not run the destroy step.
      input: { token: props.token, node_groups: Fn.join(' ', Token.asList(Fn.values(this.groupIds.expression))) },
      dependsOn: props.cleanupAfter,
      provisioners: [{
        type: 'local-exec',
        when: 'destroy',
        interpreter: ['bash', '-c'],
        command: terraformLiteral(template('delete-autoscaled-servers.sh')),
        environment: {
          AUTOSCALER_TOKEN: '${self.input.token}',
          NODE_GROUPS: '${self.input.node_groups}',
        },
      }],
    });
  }
}

/**
 * The autoscaler's Secret as terraform apply writes it: the object templates/autoscaler-secret.sh
 * makes at first boot, with its labels, and the values as `stringData` (the API server encodes
 * them into `data`): HCLOUD_CLUSTER_CONFIG is base64 of the JSON, as the autoscaler reads it from
 * its environment. Encoded once, not twice, the object stays within what Linux allows one
 * environment variable (128 KiB) with the most pools the rules allow.
 * @internal
 */
export function autoscalerSecretObject(token: string, clusterConfig: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: AUTOSCALER_SECRET, namespace: NAMESPACE, labels: LABELS },
    type: 'Opaque',
    stringData: { HCLOUD_TOKEN: token, HCLOUD_CLUSTER_CONFIG: Fn.base64encode(clusterConfig) },
  };
}

/** @internal */
interface AutoscalerDocumentsProps {
  readonly nodeGroupArgs: string[];
  readonly networkId: string;
  readonly firewallId: string;
  readonly sshKeyId: string;
}

const NAME = 'cluster-autoscaler';
const NAMESPACE = 'kube-system';
const LABELS = { 'app.kubernetes.io/name': NAME, 'app.kubernetes.io/part-of': 'gitpod-self-hosted' };

function rule(apiGroups: string[], resources: string[], verbs: string[], resourceNames?: string[]): Record<string, unknown> {
  return resourceNames ? { apiGroups, resources, resourceNames, verbs } : { apiGroups, resources, verbs };
}

/**
 * The Kubernetes objects of the cluster-autoscaler but its Secret: RBAC as its chart grants
 * (unchanged in its Hetzner example from 1.30 to 1.36), and a Deployment pinned to the managers (so that it never runs on a node
 * it may delete), tolerating their taint.
 * @internal
 */
export function autoscalerDocuments(props: AutoscalerDocumentsProps): Array<Record<string, unknown>> {
  const metadata = { name: NAME, namespace: NAMESPACE, labels: LABELS };
  const read = ['get', 'list', 'watch'];
  const [taintKey, taintRest] = MANAGER_TAINT.split('=');
  const [taintValue, taintEffect] = taintRest.split(':');
  const secretEnv = (name: string) => ({ name, valueFrom: { secretKeyRef: { name: AUTOSCALER_SECRET, key: name } } });
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: NAME, labels: LABELS },
      rules: [
        rule([''], ['events', 'endpoints'], ['create', 'patch']),
        rule([''], ['pods/eviction'], ['create']),
        rule([''], ['pods/status'], ['update']),
        rule([''], ['endpoints'], ['get', 'update'], [NAME]),
        rule([''], ['nodes'], ['watch', 'list', 'create', 'delete', 'get', 'update']),
        rule([''], ['namespaces', 'pods', 'services', 'replicationcontrollers', 'persistentvolumeclaims', 'persistentvolumes'], read),
        rule(['batch'], ['jobs', 'cronjobs'], read),
        rule(['batch', 'extensions'], ['jobs'], ['get', 'list', 'patch', 'watch']),
        rule(['extensions'], ['replicasets', 'daemonsets'], read),
        rule(['policy'], ['poddisruptionbudgets'], ['watch', 'list']),
        rule(['apps'], ['daemonsets', 'replicasets', 'statefulsets'], read),
        rule(['storage.k8s.io'], ['storageclasses', 'csinodes', 'csidrivers', 'csistoragecapacities'], read),
        rule([''], ['configmaps'], read),
        rule(['coordination.k8s.io'], ['leases'], ['create']),
        rule(['coordination.k8s.io'], ['leases'], ['get', 'update'], [NAME]),
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata,
      rules: [
        rule([''], ['configmaps'], ['create', 'list', 'watch']),
        rule([''], ['configmaps'], ['delete', 'get', 'update', 'watch'], ['cluster-autoscaler-status', 'cluster-autoscaler-priority-expander']),
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: NAME, labels: LABELS },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: NAME },
      subjects: [{ kind: 'ServiceAccount', name: NAME, namespace: NAMESPACE }],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: NAME },
      subjects: [{ kind: 'ServiceAccount', name: NAME, namespace: NAMESPACE }],
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: {
        replicas: 1,
        strategy: { type: 'Recreate' },
        selector: { matchLabels: { 'app.kubernetes.io/name': NAME } },
        template: {
          metadata: { labels: LABELS },
          spec: {
            serviceAccountName: NAME,
            priorityClassName: 'system-cluster-critical',
            nodeSelector: { 'node-role.kubernetes.io/control-plane': 'true' },
            tolerations: [
              { key: taintKey, operator: 'Equal', value: taintValue, effect: taintEffect },
              { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' },
            ],
            containers: [{
              name: NAME,
              image: CLUSTER_AUTOSCALER_IMAGE,
              command: Fn.concat([[
                './cluster-autoscaler',
                '--cloud-provider=hetzner',
                // Each pool starts at its min: nothing else would make the first nodes.
                '--enforce-node-group-min-size=true',
                `--max-node-provision-time=${MAX_NODE_PROVISION_TIME}`,
                '--stderrthreshold=info',
              ], props.nodeGroupArgs]),
              env: [
                secretEnv('HCLOUD_TOKEN'),
                secretEnv('HCLOUD_CLUSTER_CONFIG'),
                { name: 'HCLOUD_NETWORK', value: props.networkId },
                { name: 'HCLOUD_FIREWALL', value: props.firewallId },
                { name: 'HCLOUD_SSH_KEY', value: props.sshKeyId },
                // As the other nodes: a public IPv4 address (the way out), no IPv6.
                { name: 'HCLOUD_PUBLIC_IPV4', value: 'true' },
                { name: 'HCLOUD_PUBLIC_IPV6', value: 'false' },
              ],
              resources: {
                requests: { cpu: '100m', memory: '300Mi' },
                limits: { cpu: '100m', memory: '300Mi' },
              },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
            }],
          },
        },
      },
    },
  ];
}

