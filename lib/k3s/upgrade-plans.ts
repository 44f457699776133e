import { SYSTEM_UPGRADE_CONTROLLER } from '../install/versions';
import { InstallWrapper } from './cloud-init';

/** The namespace of the system-upgrade-controller and its Plans (its release manifest's). @internal */
export const UPGRADE_NAMESPACE = 'system-upgrade';
/** The Plan that upgrades the managers. @internal */
export const SERVER_PLAN = 'k3s-server';
/** The Plan that upgrades the workers, once the managers are done. @internal */
export const AGENT_PLAN = 'k3s-agent';
/**
 * Workers upgraded at once: one. A drained worker's workspaces stop (Gitpod workspaces are
 * pods with state, not replicas), so the batch is kept to the smallest that moves.
 * @internal
 */
export const AGENT_UPGRADE_BATCH = 1;
/** How long a drain waits for a pod to go (seconds): a workspace that will not stop must not hold the upgrade. */
const DRAIN_GRACE_SECONDS = 300;

/**
 * The first manager's step before its k3s install that puts the controller's release manifests
 * in k3s's auto-deploy folder (templates/upgrade-controller.sh).
 * @internal
 */
export const UPGRADE_CONTROLLER_WRAPPER: InstallWrapper = {
  template: 'upgrade-controller.sh',
  path: '/usr/local/sbin/gitpod-upgrade-controller',
  args: [SYSTEM_UPGRADE_CONTROLLER.release, SYSTEM_UPGRADE_CONTROLLER.checksums, ...SYSTEM_UPGRADE_CONTROLLER.manifests, '--'],
};

function plan(name: string, version: string, spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'upgrade.cattle.io/v1',
    kind: 'Plan',
    metadata: { name, namespace: UPGRADE_NAMESPACE },
    spec: { version, serviceAccountName: 'system-upgrade', upgrade: { image: SYSTEM_UPGRADE_CONTROLLER.upgradeImage }, ...spec },
  };
}

/**
 * The managers' Plan: one at a time (etcd keeps its quorum), cordoned but not drained (in
 * `small` the one manager runs Gitpod, and a drain would stop it all for a binary swap that
 * keeps the pods running); every taint tolerated (managers are tainted in medium and large).
 * @internal
 */
export function serverPlan(version: string): Record<string, unknown> {
  return plan(SERVER_PLAN, version, {
    concurrency: 1,
    cordon: true,
    nodeSelector: { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'In', values: ['true'] }] },
    tolerations: [{ operator: 'Exists' }],
  });
}

/**
 * The workers' Plan: after the managers (its prepare step waits for the server Plan, as k3s
 * documents), each drained first, in batches of {@link AGENT_UPGRADE_BATCH}.
 * @internal
 */
export function agentPlan(version: string): Record<string, unknown> {
  return plan(AGENT_PLAN, version, {
    concurrency: AGENT_UPGRADE_BATCH,
    nodeSelector: { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'DoesNotExist' }] },
    prepare: { image: SYSTEM_UPGRADE_CONTROLLER.upgradeImage, args: ['prepare', SERVER_PLAN] },
    drain: { force: true, deleteEmptydirData: true, ignoreDaemonSets: true, timeout: `${DRAIN_GRACE_SECONDS}s`, skipWaitForDeleteTimeout: DRAIN_GRACE_SECONDS },
  });
}
