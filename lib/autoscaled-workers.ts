import { TerraformIterator, TerraformLocal, Token, ref } from 'cdktf';
import { Construct } from 'constructs';
import { InstallWrapper } from './k3s/cloud-init';
import { K3sBootstrap } from './k3s/bootstrap';
import { WorkerPools, localRef } from './worker-pools';

/**
 * Scale a pool out by one machine when its average CPU stays above this (the clouds that
 * scale on metrics: Azure, Scaleway).
 * @internal
 */
export const SCALE_OUT_CPU_PERCENT = 70;
/** Scale a pool in by one machine when its average CPU stays below this. @internal */
export const SCALE_IN_CPU_PERCENT = 25;

/** @internal */
export interface AutoscaledWorkerUserDataProps {
  readonly pools: WorkerPools;
  readonly bootstrap: K3sBootstrap;
  /** Where the nodes register. */
  readonly joinAddress: string;
  /** The private range in which a node finds its own address at boot. */
  readonly nodeIpCidr: string;
  /**
   * The label that ties a node to its pool, as an HCL expression over `name` (the pool's
   * name) that gives `key=value`: the node reaper's pool label, or the autoscaler's node group.
   */
  readonly poolLabel: string;
  /** Scripts that run before the k3s install. */
  readonly installWrappers?: InstallWrapper[];
  /** Where the private NIC comes up late: a pattern of the node's address to wait for. */
  readonly waitForAddress?: string;
}

/**
 * The agent cloud-config of each autoscaled pool, by pool name, as locals of `scope`: each
 * joins like every worker, with its pool's labels and the label that ties it to the pool.
 * @internal
 */
export function autoscaledWorkerUserData(scope: Construct, props: AutoscaledWorkerUserDataProps): TerraformLocal {
  const nodeLabelArgs = new TerraformLocal(scope, 'node-label-args',
    `\${{ for name, labels in ${localRef(props.pools.labels)} : name => concat([for k, v in labels : "\${k}=\${v}"], [${props.poolLabel}]) }}`);
  return new TerraformLocal(scope, 'worker-user-data',
    TerraformIterator.fromMap(nodeLabelArgs.asAnyMap).forExpressionForMap('key', props.bootstrap.autoscaledAgentUserData({
      joinAddress: props.joinAddress,
      nodeLabels: Token.asList(ref('val')),
      nodeIpCidr: props.nodeIpCidr,
      installWrappers: props.installWrappers,
      waitForAddress: props.waitForAddress,
    })));
}
