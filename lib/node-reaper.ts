import { IResolvable, TerraformLocal } from 'cdktf';
import { Construct } from 'constructs';
import { when } from './expressions';
import { InstallWrapper } from './k3s/cloud-init';
import { templateFile } from './templates';

/**
 * The label of an autoscaled worker's pool (Azure, Scaleway), which the node reaper looks for.
 * @internal
 */
export const POOL_LABEL = 'gitpod-self-hosted/pool';

/**
 * The first manager's step before k3s starts: it enables the node reaper's timer where the
 * size writes one (the sizes whose cloud scales VMs in by itself).
 * @internal
 */
export const NODE_REAPER_WRAPPER: InstallWrapper = { template: 'enable-node-reaper.sh', path: '/usr/local/sbin/gitpod-enable-node-reaper', args: [] };

/**
 * The first manager's write_files entries of the node reaper (a script, a service and its
 * timer) where `autoscaled` holds, else none. A cloud that scales VMs in deletes them
 * without telling Kubernetes; the reaper deletes the Node objects of autoscaled workers
 * that have not been Ready for 15 minutes (a VM that was only down registers again).
 * @internal
 */
export function nodeReaperFiles(scope: Construct, id: string, autoscaled: IResolvable): IResolvable {
  return new TerraformLocal(scope, id, when<unknown>(autoscaled, [
    templateFile('/usr/local/sbin/gitpod-node-reaper', 'reap-nodes.sh', '0755'),
    templateFile('/etc/systemd/system/gitpod-node-reaper.service', 'node-reaper.service', '0644'),
    templateFile('/etc/systemd/system/gitpod-node-reaper.timer', 'node-reaper.timer', '0644'),
  ], [])).expression;
}
