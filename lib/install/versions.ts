// Every version the installation command installs, in one place, each with why it is pinned
// where it is. The version-bound ones carry the Kubernetes minors their upstream supports;
// a test fails when KUBERNETES_MINOR (from the k3s pin in lib/platform.ts) leaves one of them.
import { CLUSTER_AUTOSCALER_IMAGE, DEFAULT_K3S_VERSION, KUBERNETES_MINOR } from '../platform';

export { KUBERNETES_MINOR };

/**
 * The Kubernetes minors an upstream release supports, as it says so itself.
 * @internal
 */
export interface KubernetesWindow {
  /** The oldest supported minor, such as `1.33`. */
  readonly min: string;
  /** The newest, such as `1.36`; absent where upstream names only a minimum. */
  readonly max?: string;
  /** Where upstream says so. */
  readonly source: string;
}

/** A Helm chart from a chart repository. @internal */
export interface ChartPin {
  /** The chart's name in its repository. */
  readonly chart: string;
  /** The repository URL (`helm --repo`). */
  readonly repo: string;
  /** A version or a range (`helm --version`). */
  readonly version: string;
  /** Why this version. */
  readonly reason: string;
  /** The Kubernetes minors it supports, where it is bound to them. */
  readonly kubernetes?: KubernetesWindow;
}

/** Kubernetes manifests fetched by URL (`kubectl apply -f <url>`) at a pinned version. @internal */
export interface ManifestPin {
  /** The driver's version. */
  readonly version: string;
  /** The manifest URLs, in the order they are applied. */
  readonly urls: string[];
  /** Why this version. */
  readonly reason: string;
  readonly kubernetes: KubernetesWindow;
}

/**
 * cert-manager (Jetstack chart), one exact release: a range would let a new release in
 * unreviewed. 1.21 is the line whose supported Kubernetes versions (1.33 to 1.36) include
 * the cluster's 1.36; 1.20 ends at 1.35. v1.21.1 is its patch release of 29 July 2026.
 * @internal
 */
export const CERT_MANAGER: ChartPin = {
  chart: 'cert-manager',
  repo: 'https://charts.jetstack.io',
  version: 'v1.21.1',
  reason: 'the cert-manager line that supports Kubernetes 1.36 (1.21 supports 1.33 to 1.36; 1.20 ends at 1.35), exactly, not a range',
  kubernetes: { min: '1.33', max: '1.36', source: 'cert-manager.io/docs/releases (supported releases)' },
};

/**
 * The Gitpod installer image the archived project published (its `latest` tag is the last
 * monthly build, 2022.11.x, whose config schema `lib/data/gitpod-installer-config.schema.json`
 * describes). `GITPOD_INSTALLER_VERSION` or `--installer-version` chooses another tag.
 * @internal
 */
export const GITPOD_INSTALLER = {
  image: 'ghcr.io/mrsimonemms/gitpod-self-hosted/installer',
  version: 'latest',
  reason: 'the archived project\'s default: its latest monthly installer (2022.11.x), which the config schema describes',
};

/**
 * The optional monitoring chart (MrSimonEmms/gitpod-monitoring): the archived step installed
 * whatever was newest; 0.2.0 is its last release (August 2022), bundling kube-prometheus-stack
 * 35.6.2, so it is pinned rather than left to float.
 * @internal
 */
export const MONITORING: ChartPin = {
  chart: 'gitpod-monitoring',
  repo: 'https://helm.simonemms.com',
  version: '0.2.0',
  reason: 'the chart\'s last release (August 2022); the archived step left it unpinned',
};

/** The commit of hetznercloud/csi-driver's tag v2.22.1: a tag can move, a commit cannot. */
const HCLOUD_CSI_COMMIT = '3186e78786031b759e875315a64eb79869f277e4';

/**
 * Hetzner Cloud CSI driver: v2.21.0 added Kubernetes 1.36 and dropped 1.32
 * (hetznercloud/csi-driver#1354, CHANGELOG v2.21.0); v2.22.1 (August 2026) is the newest
 * release, with bug fixes only since. Its deployment file, by commit.
 * @internal
 */
export const HCLOUD_CSI: ManifestPin = {
  version: '2.22.1',
  urls: [`https://raw.githubusercontent.com/hetznercloud/csi-driver/${HCLOUD_CSI_COMMIT}/deploy/kubernetes/hcloud-csi.yml`],
  reason: 'the newest release (August 2026) of the line that supports Kubernetes 1.36 (added in 2.21.0, which dropped 1.32), by the commit of its tag; the archived step pinned 2.1.1',
  kubernetes: { min: '1.33', max: '1.36', source: 'hetznercloud/csi-driver docs/kubernetes (version policy), CHANGELOG v2.21.0' },
};

const DO_CSI_BASE = 'https://raw.githubusercontent.com/digitalocean/csi-digitalocean/v4.17.0/deploy/kubernetes/releases/csi-digitalocean-v4.17.0';

/**
 * DigitalOcean block storage CSI driver: v4.17.0 is the release for Kubernetes 1.36
 * (digitalocean/csi-digitalocean#648 and #649, May 2026; its README's table gives each minor
 * its first release: 1.35 v4.16.0+). Since v4.14.0 each release tag holds its own manifests
 * under `deploy/kubernetes/releases/`.
 * @internal
 */
export const DIGITALOCEAN_CSI: ManifestPin = {
  version: '4.17.0',
  urls: [`${DO_CSI_BASE}/crds.yaml`, `${DO_CSI_BASE}/driver.yaml`, `${DO_CSI_BASE}/snapshot-controller.yaml`],
  reason: 'the release for Kubernetes 1.36 (4.16.0 is the 1.35 one), its manifests from its release tag',
  kubernetes: { min: '1.33', max: '1.36', source: 'digitalocean/csi-digitalocean README (Kubernetes compatibility), #648' },
};

/**
 * Scaleway block volume CSI driver, through Scaleway's chart (their documented way to install
 * it on your own instances): chart 0.2.1 ships driver v0.3.4 and requires Kubernetes 1.25 or later.
 * @internal
 */
export const SCALEWAY_CSI: ChartPin = {
  chart: 'scaleway-csi',
  repo: 'https://helm.scw.cloud/',
  version: '0.2.1',
  reason: 'the current chart (driver v0.3.4, Kubernetes >= 1.25); Scaleway documents no per-minor matrix',
  kubernetes: { min: '1.25', source: 'scaleway/helm-charts charts/scaleway-csi/Chart.yaml (kubeVersion >= 1.25.0)' },
};

/** A Helm chart archive fetched by URL at a commit (no chart repository index on a moving branch). @internal */
export interface ChartArchivePin {
  /** The chart's version. */
  readonly version: string;
  /** The .tgz (`helm upgrade --install NAME URL`). */
  readonly url: string;
  readonly reason: string;
  readonly kubernetes: KubernetesWindow;
}

/** The commit of kubernetes-sigs/azuredisk-csi-driver that added the v1.34.5 chart. */
const AZURE_DISK_CSI_COMMIT = '976a9f7adb0e33ae970c3c7590ca84e768abe932';

/**
 * Azure Disk CSI driver, through the project's chart (its kubectl manifests only fit AKS, CAPZ
 * and aks-engine clusters): the v1.34 line is the newest, the one kops runs on Kubernetes 1.36
 * (kubernetes/kops#18528, release-1.36), and its README gives every line Kubernetes 1.21+. The
 * chart archive comes by the commit that added it: the project's chart index lives on master.
 * @internal
 */
export const AZURE_DISK_CSI: ChartArchivePin = {
  version: '1.34.5',
  url: `https://raw.githubusercontent.com/kubernetes-sigs/azuredisk-csi-driver/${AZURE_DISK_CSI_COMMIT}/charts/v1.34.5/azuredisk-csi-driver-1.34.5.tgz`,
  reason: 'the newest driver line (v1.34), which kops runs on Kubernetes 1.36; the driver supports 1.21 and later; the chart archive by commit, not the index on master',
  kubernetes: { min: '1.21', source: 'kubernetes-sigs/azuredisk-csi-driver README (driver versions), kubernetes/kops#18528' },
};

/**
 * The cluster-autoscaler of Hetzner `large` (its image is pinned in lib/platform.ts, beside
 * the k3s release it must match).
 * @internal
 */
export const CLUSTER_AUTOSCALER = {
  version: CLUSTER_AUTOSCALER_IMAGE.split(':').pop()!,
  reason: 'its minor must be the cluster\'s (kubernetes/autoscaler README, releases table); 1.36.1 of 23 July 2026',
  kubernetes: { min: '1.36', max: '1.36', source: 'kubernetes/autoscaler cluster-autoscaler README (Releases)' } as KubernetesWindow,
};

const SUC_RELEASE = 'https://github.com/rancher/system-upgrade-controller/releases/download/v0.20.1';

/**
 * The system-upgrade-controller, which upgrades k3s in place from Plans (rancher/system-upgrade-controller):
 * v0.20.1 (19 May 2026) is its newest release, built on the Kubernetes 1.36 client libraries
 * (its go.mod: k8s.io/client-go v0.36.0). Its release publishes the manifests the first manager
 * gives k3s to deploy, and their SHA-256 sums, which the node checks before it writes them.
 * The upgrade jobs run `rancher/k3s-upgrade` at the tag of the target k3s release.
 * @internal
 */
export const SYSTEM_UPGRADE_CONTROLLER = {
  version: 'v0.20.1',
  /** Where the release's artifacts are. */
  release: SUC_RELEASE,
  /** The manifests, the CRD first, then the controller (namespace, RBAC, Deployment), as the release names them. */
  manifests: ['crd.yaml', 'system-upgrade-controller.yaml'],
  /** The release's sums of its artifacts, the manifests among them (made on amd64). */
  checksums: 'sha256sum-amd64.txt',
  /** The image of the upgrade jobs; its tag is the plan's version. */
  upgradeImage: 'rancher/k3s-upgrade',
  reason: 'the newest release (May 2026), built on the Kubernetes 1.36 client libraries; its manifests checked against the release\'s sha256sum file',
  kubernetes: { min: '1.34', max: '1.36', source: 'rancher/system-upgrade-controller v0.20.1 go.mod (k8s.io/client-go v0.36.0; client-go supports its minor and the two before)' } as KubernetesWindow,
};

/**
 * kured, which reboots the nodes that a security update asks to reboot, one at a time, drained,
 * in the reboot window: its chart 6.1.0 (kubereboot/charts, June 2026) ships kured 1.23.0,
 * built on the Kubernetes 1.36 client libraries and tested on 1.36 and 1.35. k3s's helm
 * controller installs it from the HelmChart the first manager writes at first boot.
 * @internal
 */
export const KURED: ChartPin = {
  chart: 'kured',
  repo: 'https://kubereboot.github.io/charts',
  version: '6.1.0',
  reason: 'the chart of kured 1.23.0 (June 2026), the release tested on Kubernetes 1.36 and 1.35, exactly',
  kubernetes: { min: '1.35', max: '1.36', source: 'kubereboot/kured 1.23.0 CI (kind clusters of Kubernetes 1.36 and 1.35), go.mod k8s.io/client-go v0.36.2' },
};

/** Every pin, by the name the README uses. @internal */
export const PINS: Array<{ readonly name: string; readonly version: string; readonly reason: string; readonly kubernetes?: KubernetesWindow }> = [
  { name: 'k3s', version: DEFAULT_K3S_VERSION, reason: 'the stable channel\'s release (k3s-io/k3s#14492, August 2026); Kubernetes 1.36, supported upstream until June 2027' },
  { name: 'cert-manager chart', version: CERT_MANAGER.version, reason: CERT_MANAGER.reason, kubernetes: CERT_MANAGER.kubernetes },
  { name: 'Gitpod installer image', version: GITPOD_INSTALLER.version, reason: GITPOD_INSTALLER.reason },
  { name: 'gitpod-monitoring chart', version: MONITORING.version, reason: MONITORING.reason },
  { name: 'Hetzner Cloud CSI driver', version: HCLOUD_CSI.version, reason: HCLOUD_CSI.reason, kubernetes: HCLOUD_CSI.kubernetes },
  { name: 'DigitalOcean CSI driver', version: DIGITALOCEAN_CSI.version, reason: DIGITALOCEAN_CSI.reason, kubernetes: DIGITALOCEAN_CSI.kubernetes },
  { name: 'Scaleway CSI chart', version: SCALEWAY_CSI.version, reason: SCALEWAY_CSI.reason, kubernetes: SCALEWAY_CSI.kubernetes },
  { name: 'Azure Disk CSI chart', version: AZURE_DISK_CSI.version, reason: AZURE_DISK_CSI.reason, kubernetes: AZURE_DISK_CSI.kubernetes },
  { name: 'cluster-autoscaler (Hetzner large)', version: CLUSTER_AUTOSCALER.version, reason: CLUSTER_AUTOSCALER.reason, kubernetes: CLUSTER_AUTOSCALER.kubernetes },
  { name: 'kured chart', version: KURED.version, reason: KURED.reason, kubernetes: KURED.kubernetes },
  { name: 'system-upgrade-controller', version: SYSTEM_UPGRADE_CONTROLLER.version, reason: SYSTEM_UPGRADE_CONTROLLER.reason, kubernetes: SYSTEM_UPGRADE_CONTROLLER.kubernetes },
];

/** A minor as a number pair, so that 1.9 comes before 1.33. */
function minorParts(minor: string): [number, number] {
  const [major, rest] = minor.split('.').map(Number);
  return [major, rest];
}

function compareMinors(a: string, b: string): number {
  const [am, an] = minorParts(a);
  const [bm, bn] = minorParts(b);
  return am - bm || an - bn;
}

/**
 * The version-bound pins whose upstream does not support a Kubernetes minor (empty for the
 * cluster's own minor: a test holds it so).
 * @internal
 */
export function pinsOutside(minor: string): typeof PINS {
  return PINS.filter((p) => p.kubernetes !== undefined
    && (compareMinors(minor, p.kubernetes.min) < 0 || (p.kubernetes.max !== undefined && compareMinors(minor, p.kubernetes.max) > 0)));
}
