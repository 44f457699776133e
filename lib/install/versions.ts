// Every version the installation command installs, in one place, each with why it is pinned
// where it is. The clusters run k3s v1.30 (DEFAULT_K3S_VERSION): when that moves to another
// Kubernetes minor, revisit every pin below (a test compares KUBERNETES_MINOR with it).

/** The Kubernetes minor version every pin below was chosen for. @internal */
export const KUBERNETES_MINOR = '1.30';

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
}

/** Kubernetes manifests fetched by URL (`kubectl apply -f <url>`) at a pinned version. @internal */
export interface ManifestPin {
  /** The driver's version. */
  readonly version: string;
  /** The manifest URLs, in the order they are applied. */
  readonly urls: string[];
  /** Why this version. */
  readonly reason: string;
}

/**
 * cert-manager (Jetstack chart). A range within one minor line: patch releases come in,
 * a new minor needs a decision. 1.18 is the newest line whose supported Kubernetes versions
 * (1.29 to 1.33) include 1.30; 1.19 starts at 1.31 (cert-manager.io "Supported releases").
 * The archived step used `^1.11.0`, which today would resolve to a line that no longer
 * supports 1.30.
 * @internal
 */
export const CERT_MANAGER: ChartPin = {
  chart: 'cert-manager',
  repo: 'https://charts.jetstack.io',
  version: '~1.18.0',
  reason: 'the newest cert-manager line that supports Kubernetes 1.30 (1.18 supports 1.29 to 1.33; 1.19 starts at 1.31)',
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

/**
 * Hetzner Cloud CSI driver: the release Hetzner's version policy lists for Kubernetes 1.30
 * (docs/kubernetes/reference/version-policy.md), and its deployment file.
 * @internal
 */
export const HCLOUD_CSI: ManifestPin = {
  version: '2.17.0',
  urls: ['https://raw.githubusercontent.com/hetznercloud/csi-driver/v2.17.0/deploy/kubernetes/hcloud-csi.yml'],
  reason: 'the release Hetzner\'s version policy lists for Kubernetes 1.30 (the archived step pinned 2.1.1)',
};

/** The commit of digitalocean/csi-digitalocean that added the v4.11.0 release manifests (the tag predates them). */
const DO_CSI_COMMIT = '367d33673b9efd932919167e1817b02634f16776';
const DO_CSI_BASE = `https://raw.githubusercontent.com/digitalocean/csi-digitalocean/${DO_CSI_COMMIT}/deploy/kubernetes/releases/csi-digitalocean-v4.11.0`;

/**
 * DigitalOcean block storage CSI driver: v4.9.0 brought Kubernetes 1.30 support and v4.12.0
 * moved to 1.31, so v4.11.0 is the last release of the 1.30 line. The release manifests live
 * under `deploy/kubernetes/releases/` on the main branch, pinned here by the commit that added them.
 * @internal
 */
export const DIGITALOCEAN_CSI: ManifestPin = {
  version: '4.11.0',
  urls: [`${DO_CSI_BASE}/crds.yaml`, `${DO_CSI_BASE}/driver.yaml`, `${DO_CSI_BASE}/snapshot-controller.yaml`],
  reason: 'the last release of the Kubernetes 1.30 line (4.9.0 added 1.30, 4.12.0 moved to 1.31)',
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
};

/**
 * Azure Disk CSI driver, through the project's chart (its kubectl manifests only fit AKS, CAPZ
 * and aks-engine clusters): the v1.30 line, which AKS pairs with Kubernetes 1.30.
 * @internal
 */
export const AZURE_DISK_CSI: ChartPin = {
  chart: 'azuredisk-csi-driver',
  repo: 'https://raw.githubusercontent.com/kubernetes-sigs/azuredisk-csi-driver/master/charts',
  version: 'v1.30.10',
  reason: 'the v1.30 driver line, which AKS runs on Kubernetes 1.30 (the project supports 1.21 and later)',
};

/** Every pin, by the name the README uses. @internal */
export const PINS: Array<{ readonly name: string; readonly version: string; readonly reason: string }> = [
  { name: 'cert-manager chart', version: CERT_MANAGER.version, reason: CERT_MANAGER.reason },
  { name: 'Gitpod installer image', version: GITPOD_INSTALLER.version, reason: GITPOD_INSTALLER.reason },
  { name: 'gitpod-monitoring chart', version: MONITORING.version, reason: MONITORING.reason },
  { name: 'Hetzner Cloud CSI driver', version: HCLOUD_CSI.version, reason: HCLOUD_CSI.reason },
  { name: 'DigitalOcean CSI driver', version: DIGITALOCEAN_CSI.version, reason: DIGITALOCEAN_CSI.reason },
  { name: 'Scaleway CSI chart', version: SCALEWAY_CSI.version, reason: SCALEWAY_CSI.reason },
  { name: 'Azure Disk CSI chart', version: AZURE_DISK_CSI.version, reason: AZURE_DISK_CSI.reason },
];
