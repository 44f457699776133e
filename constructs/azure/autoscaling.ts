import { LinuxVirtualMachineScaleSet } from './gen/linux-virtual-machine-scale-set';
import { MonitorAutoscaleSetting, MonitorAutoscaleSettingProfileRule } from './gen/monitor-autoscale-setting';
import { IResolvable, TerraformIterator, TerraformLocal, Token, ref } from 'cdktf';
import { SCALE_IN_CPU_PERCENT, SCALE_OUT_CPU_PERCENT, autoscaledWorkerUserData } from 'cdktf-gitpod-self-hosted/lib/autoscaled-workers';
import { Construct } from 'constructs';
import { concat } from 'cdktf-gitpod-self-hosted/lib/expressions';
import { K3sBootstrap } from 'cdktf-gitpod-self-hosted/lib/k3s/bootstrap';
import { regionalName } from 'cdktf-gitpod-self-hosted/lib/naming';
import { POOL_LABEL, nodeReaperFiles } from 'cdktf-gitpod-self-hosted/lib/node-reaper';
import { WorkerPools } from 'cdktf-gitpod-self-hosted/lib/worker-pools';
import { Fn } from 'cdktf-gitpod-self-hosted/lib/fn';


/** @internal */
export interface AzureScaleSetsProps {
  readonly pools: WorkerPools;
  /** True for the sizes whose workers are autoscaled. */
  readonly autoscaled: IResolvable;
  readonly bootstrap: K3sBootstrap;
  /** Where the VMs register. */
  readonly joinAddress: string;
  /** The first three letters of the location, for names. */
  readonly region: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly subnetId: string;
  /** The range in which a scale set's VM finds its private address at boot. */
  readonly networkRange: string;
  readonly networkSecurityGroupId: string;
  /** Gitpod's backend pool of the public load balancer. */
  readonly gitpodPoolId: string;
  readonly image: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string };
  readonly adminUsername: string;
  readonly sshPublicKey: string;
}

/**
 * The autoscaled workers of the sizes that have them (`large`): per pool a Linux virtual
 * machine scale set in Gitpod's backend pool, whose VMs join from the same agent cloud-config
 * as every worker (with the pool's labels, finding their private address at boot), and an
 * Azure Monitor autoscale setting between the pool's min and max on the VMs' CPU.
 *
 * Azure Monitor scales on metrics, not on pending pods, and a scale-in deletes a VM without
 * draining it; the first manager's node reaper then deletes the Node objects of VMs that are
 * gone (NotReady for 15 minutes). Set a pool's min to its max for a fixed size.
 * @internal
 */
export class AzureScaleSets extends Construct {
  /** The worker cloud-config of each pool, by pool name. */
  public readonly workerUserData: TerraformLocal;
  /** The scale sets (`for_each` over the pools). */
  public readonly scaleSets: LinuxVirtualMachineScaleSet;
  /** The autoscale settings (`for_each` over the pools). */
  public readonly autoscaleSettings: MonitorAutoscaleSetting;
  /** The first manager's write_files entries: the node reaper where the size autoscales, else none. */
  public readonly reaperFiles: IResolvable;

  constructor(scope: Construct, id: string, props: AzureScaleSetsProps) {
    super(scope, id);
    // Each pool's nodes carry its name, for the node reaper.
    this.workerUserData = autoscaledWorkerUserData(this, {
      pools: props.pools, bootstrap: props.bootstrap, joinAddress: props.joinAddress, nodeIpCidr: props.networkRange,
      poolLabel: `join("=", [${JSON.stringify(POOL_LABEL)}, name])`,
    });

    const pool = TerraformIterator.fromMap(props.pools.byName.asAnyMap);
    const placed = { resourceGroupName: props.resourceGroupName, location: props.location };
    this.scaleSets = new LinuxVirtualMachineScaleSet(scope, 'worker-scale-sets', {
      ...placed,
      forEach: pool,
      name: regionalName(props.region, pool.key),
      computerNamePrefix: concat('gitpod-', props.region, '-', pool.key, '-'),
      sku: pool.getString('machine_type'),
      // The starting size; the autoscale setting owns it afterwards.
      instances: pool.getNumber('min'),
      // Overprovisioned VMs would boot, join k3s and be deleted again.
      overprovision: false,
      upgradeMode: 'Manual',
      scaleIn: { rule: 'NewestVM' },
      adminUsername: props.adminUsername,
      adminSshKey: [{ username: props.adminUsername, publicKey: props.sshPublicKey }],
      disablePasswordAuthentication: true,
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Standard_LRS' },
      sourceImageReference: props.image,
      customData: Fn.base64encode(Token.asString(Fn.lookup(this.workerUserData.expression, pool.key))),
      networkInterface: [{
        name: 'nic',
        primary: true,
        networkSecurityGroupId: props.networkSecurityGroupId,
        ipConfiguration: [{
          name: 'internal',
          primary: true,
          subnetId: props.subnetId,
          loadBalancerBackendAddressPoolIds: [props.gitpodPoolId],
          // A public address per VM, as the other nodes: the way out, and host SSH on 2244.
          publicIpAddress: [{ name: 'public' }],
        }],
      }],
      // The autoscale setting changes the instance count; a key file from another machine must not replace VMs.
      lifecycle: { ignoreChanges: ['instances', 'admin_ssh_key'] },
    });

    const scaleSetId = Token.asString(ref(`${this.scaleSets.terraformResourceType}.${this.scaleSets.friendlyUniqueId}[each.key].id`));
    const cpuRule = (operator: string, threshold: number, direction: string, window: string, cooldown: string): MonitorAutoscaleSettingProfileRule => ({
      metricTrigger: {
        metricName: 'Percentage CPU', metricResourceId: scaleSetId, operator, threshold,
        statistic: 'Average', timeAggregation: 'Average', timeGrain: 'PT1M', timeWindow: window,
      },
      scaleAction: { direction, type: 'ChangeCount', value: 1, cooldown },
    });
    this.autoscaleSettings = new MonitorAutoscaleSetting(scope, 'worker-autoscale-settings', {
      ...placed,
      forEach: pool,
      name: regionalName(props.region, concat(pool.key, '-autoscale')),
      targetResourceId: scaleSetId,
      profile: [{
        name: 'cpu',
        capacity: { default: pool.getNumber('min'), minimum: pool.getNumber('min'), maximum: pool.getNumber('max') },
        rule: [
          cpuRule('GreaterThan', SCALE_OUT_CPU_PERCENT, 'Increase', 'PT10M', 'PT5M'),
          cpuRule('LessThan', SCALE_IN_CPU_PERCENT, 'Decrease', 'PT15M', 'PT10M'),
        ],
      }],
    });

    this.reaperFiles = nodeReaperFiles(this, 'reaper-files', props.autoscaled);
  }
}
