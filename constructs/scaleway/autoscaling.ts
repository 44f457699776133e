import { IResolvable, ITerraformDependable, TerraformCount, TerraformIterator, TerraformLocal, Token, ref } from 'cdktf';
import { SCALE_IN_CPU_PERCENT, SCALE_OUT_CPU_PERCENT, autoscaledWorkerUserData } from 'cdktf-gitpod-self-hosted/lib/autoscaled-workers';
import { Construct } from 'constructs';
import { concat } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { AutoscalingInstanceGroup } from './gen/autoscaling-instance-group';
import { AutoscalingInstancePolicy, AutoscalingInstancePolicyConfig } from './gen/autoscaling-instance-policy';
import { AutoscalingInstanceTemplate } from './gen/autoscaling-instance-template';
import { DataScalewayInstanceImage } from './gen/data-scaleway-instance-image';
import { K3sBootstrap } from 'cdktf-gitpod-self-hosted/lib/k3s/bootstrap';
import { regionalName } from 'cdktf-gitpod-self-hosted/lib/naming';
import { POOL_LABEL, nodeReaperFiles } from 'cdktf-gitpod-self-hosted/lib/node-reaper';
import { WorkerPools } from 'cdktf-gitpod-self-hosted/lib/worker-pools';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';

/** Seconds between two scaling actions of a group. @internal */
export const COOLDOWN_SECONDS = 300;

/** @internal */
export interface ScalewayInstanceGroupsProps {
  readonly pools: WorkerPools;
  /** True for the sizes whose workers are autoscaled. */
  readonly autoscaled: IResolvable;
  readonly bootstrap: K3sBootstrap;
  /** Where the instances register. */
  readonly joinAddress: string;
  /** The region (`location`), for names. */
  readonly location: string;
  readonly zone: string;
  readonly projectId: string;
  readonly privateNetworkId: string;
  /** The private range; an instance finds its address in it at boot. */
  readonly privateSubnet: string;
  readonly securityGroupId: string;
  readonly rootVolumeSizeGb?: number;
  /** The name of the public Instance image of the nodes' Ubuntu release. */
  readonly imageName: string;
  readonly tags: string[];
  readonly loadBalancerId: string;
  /** The load balancer's backends the groups' instances join (Gitpod's ports). */
  readonly backendIds: string[];
  /** What must exist before an instance boots (the way out through the public gateway). */
  readonly dependsOn: ITerraformDependable[];
}

/** The UUID of a zonal ID such as `fr-par-1/<uuid>` (or of a bare UUID). */
function uuid(id: string): string {
  return Token.asString(Fn.element(Fn.split('/', id), 1));
}

/**
 * The autoscaled workers of the sizes that have them (`large`), with Scaleway's own Instance
 * autoscaling: per pool an instance template (the pool's type, the nodes' Ubuntu, a 100 GB block
 * volume, only the private network, the nodes' security group, the agent cloud-config with
 * the pool's labels), an instance group between the pool's min and max that puts its
 * instances into Gitpod's load balancer backends and deletes them when it is destroyed, and
 * two policies on the instances' CPU (Cockpit's managed metric).
 *
 * Why not the cluster-autoscaler: its Scaleway provider scales Kapsule (managed Kubernetes)
 * pools only, not plain instances. Scaleway scales on metrics, not on pending pods, and a
 * scale-in deletes an instance without draining it; the first manager's node reaper deletes
 * the Node objects of instances that are gone.
 * @internal
 */
export class ScalewayInstanceGroups extends Construct {
  /** The worker cloud-config of each pool, by pool name. */
  public readonly workerUserData: TerraformLocal;
  public readonly templates: AutoscalingInstanceTemplate;
  public readonly groups: AutoscalingInstanceGroup;
  public readonly policies: AutoscalingInstancePolicy[];
  /** The first manager's write_files entries: the node reaper where the size autoscales, else none. */
  public readonly reaperFiles: IResolvable;

  constructor(scope: Construct, id: string, props: ScalewayInstanceGroupsProps) {
    super(scope, id);
    // Each pool's nodes carry its name, for the node reaper. The private NIC may come up
    // after boot: they wait for any address of the private network.
    this.workerUserData = autoscaledWorkerUserData(this, {
      pools: props.pools, bootstrap: props.bootstrap, joinAddress: props.joinAddress, nodeIpCidr: props.privateSubnet,
      poolLabel: `join("=", [${JSON.stringify(POOL_LABEL)}, name])`,
      waitForAddress: props.privateSubnet.replace(/0\/24$/, '[0-9]*'),
    });

    // Read only where a pool exists: the other sizes ask the API nothing new.
    const image = new DataScalewayInstanceImage(this, 'image', {
      count: TerraformCount.of(Token.asNumber(Fn.conditional(props.autoscaled, 1, 0))),
      name: props.imageName, architecture: 'x86_64', latest: true, zone: props.zone,
    });
    const imageAttribute = (name: string) => Token.asString(ref(`data.${image.terraformResourceType}.${image.friendlyUniqueId}[0].${name}`));

    const pool = TerraformIterator.fromMap(props.pools.byName.asAnyMap);
    const zonal = { zone: props.zone, projectId: props.projectId };
    this.templates = new AutoscalingInstanceTemplate(scope, 'worker-templates', {
      ...zonal,
      forEach: pool,
      name: regionalName(props.location, pool.key),
      commercialType: pool.getString('machine_type'),
      imageId: uuid(imageAttribute('id')),
      volumes: [{
        name: 'root', volumeType: 'sbs', boot: true,
        fromSnapshot: { snapshotId: uuid(imageAttribute('root_volume_id')), size: props.rootVolumeSizeGb },
      }],
      // As the fixed nodes: no public address, the private network, the nodes' security group.
      publicIpsV4Count: 0,
      privateNetworkIds: [props.privateNetworkId],
      securityGroupId: props.securityGroupId,
      cloudInit: Token.asString(Fn.lookup(this.workerUserData.expression, pool.key)),
      tags: props.tags,
      // The image the template was made with stays: a new image of the release does not change the template.
      lifecycle: { ignoreChanges: ['image_id', 'volumes'] },
    });
    const templateId = Token.asString(ref(`${this.templates.terraformResourceType}.${this.templates.friendlyUniqueId}[each.key].id`));
    this.groups = new AutoscalingInstanceGroup(scope, 'worker-groups', {
      ...zonal,
      forEach: pool,
      name: regionalName(props.location, pool.key),
      templateId,
      capacity: [{ minReplicas: pool.getNumber('min'), maxReplicas: pool.getNumber('max'), cooldownDelay: COOLDOWN_SECONDS }],
      loadBalancer: [{ id: props.loadBalancerId, backendIds: props.backendIds, privateNetworkId: props.privateNetworkId }],
      // Destroy takes the group's instances with it: nothing stays behind.
      deleteServersOnDestroy: true,
      tags: props.tags,
      dependsOn: props.dependsOn,
    });
    const groupId = Token.asString(ref(`${this.groups.terraformResourceType}.${this.groups.friendlyUniqueId}[each.key].id`));
    const policy = (policyId: string, config: Pick<AutoscalingInstancePolicyConfig, 'action' | 'priority'>, operator: string, threshold: number) =>
      new AutoscalingInstancePolicy(scope, policyId, {
        ...zonal,
        ...config,
        forEach: pool,
        instanceGroupId: groupId,
        name: concat(pool.key, `-${config.action}`),
        type: 'flat_count',
        value: 1,
        metric: [{
          name: `cpu ${config.action}`, managedMetric: 'managed_metric_instance_cpu', operator, aggregate: 'aggregate_average',
          samplingRangeMin: 5, threshold,
        }],
      });
    this.policies = [
      policy('worker-scale-up', { action: 'scale_up', priority: 1 }, 'operator_greater_than', SCALE_OUT_CPU_PERCENT),
      policy('worker-scale-down', { action: 'scale_down', priority: 2 }, 'operator_less_than', SCALE_IN_CPU_PERCENT),
    ];
    this.reaperFiles = nodeReaperFiles(this, 'reaper-files', props.autoscaled);
  }
}
