import { KURED } from '../install/versions';
import { OsUpdateSettings } from '../os-updates';
import { Fn } from '../fn';

/** How long a drain before a reboot may take: a node whose pods will not go is left for the next hour. */
const DRAIN_TIMEOUT = '30m';

/** kured's chart values: the window, one node at a time, every node (managers are tainted). @internal */
export function kuredValues(settings: OsUpdateSettings): Record<string, unknown> {
  return {
    configuration: {
      startTime: settings.start,
      endTime: settings.end,
      rebootDays: settings.days,
      timeZone: settings.timeZone,
      concurrency: 1,
      drainTimeout: DRAIN_TIMEOUT,
      period: '1h',
    },
    tolerations: [{ operator: 'Exists' }],
  };
}

/** kured's HelmChart (k3s's helm controller), with its values as YAML text. @internal */
export function kuredHelmChart(settings: OsUpdateSettings): Record<string, unknown> {
  return {
    apiVersion: 'helm.cattle.io/v1',
    kind: 'HelmChart',
    metadata: { name: 'kured', namespace: 'kube-system' },
    spec: {
      repo: KURED.repo,
      chart: KURED.chart,
      version: KURED.version,
      targetNamespace: 'kube-system',
      valuesContent: Fn.yamlencode(kuredValues(settings)),
    },
  };
}

/** kured's HelmChart's API path. @internal */
export const KURED_CHART_PATH = '/apis/helm.cattle.io/v1/namespaces/kube-system/helmcharts/kured';
