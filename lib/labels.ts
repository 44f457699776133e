/**
 * The node labels Gitpod schedules its components on; every label has the value `true`.
 */
export const GITPOD_NODE_LABELS: string[] = [
  'gitpod.io/workload_meta',
  'gitpod.io/workload_ide',
  'gitpod.io/workload_services',
  'gitpod.io/workload_workspace_regular',
  'gitpod.io/workload_workspace_headless',
];

/** The labels as k3s `node-label` arguments (`key=true`). @internal */
export function gitpodNodeLabelArgs(): string[] {
  return GITPOD_NODE_LABELS.map((label) => `${label}=true`);
}

/**
 * The taint of managers in highly-available sizes, so that Gitpod workloads stay on workers.
 */
export const MANAGER_TAINT = 'app=gitpod-sh:NoSchedule';

/** The toleration of {@link MANAGER_TAINT}, for the few system pods that must run on managers. @internal */
export function managerTaintToleration(): { key: string; operator: string; value: string; effect: string } {
  const [keyValue, effect] = MANAGER_TAINT.split(':');
  const [key, value] = keyValue.split('=');
  return { key, operator: 'Equal', value, effect };
}
