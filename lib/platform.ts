import { Token } from 'cdktf';
import { Fn } from './fn';

// What the nodes run, in one place: the k3s release (and so the Kubernetes minor every other
// pin is chosen for), the Ubuntu releases a cluster can boot and what each one means for
// Gitpod's workspaces. The install step's pins (lib/install/versions.ts) and the
// cluster-autoscaler's follow KUBERNETES_MINOR; a test fails when one leaves its window.

/**
 * The k3s release every node installs, pinned so that all nodes agree: the stable channel's
 * release since 4 August 2026 (k3s-io/k3s#14492). Kubernetes 1.36 is supported upstream
 * until 28 June 2027 (maintenance from 28 April 2027).
 */
export const DEFAULT_K3S_VERSION = 'v1.36.3+k3s1';

/** The Kubernetes minor of a k3s release (`v1.36.3+k3s1` → `1.36`). @internal */
export function kubernetesMinorOf(k3sVersion: string): string {
  const match = /^v(\d+)\.(\d+)\./.exec(k3sVersion);
  if (!match) throw new Error(`not a k3s release: ${JSON.stringify(k3sVersion)}`);
  return `${match[1]}.${match[2]}`;
}

/** The Kubernetes minor the default k3s release runs, which every version-bound pin is chosen for. @internal */
export const KUBERNETES_MINOR = kubernetesMinorOf(DEFAULT_K3S_VERSION);

/**
 * The cluster-autoscaler (Hetzner `large`): its minor must be the cluster's, as its README's
 * version table says (kubernetes/autoscaler, tag cluster-autoscaler-1.36.1, 23 July 2026).
 * @internal
 */
export const CLUSTER_AUTOSCALER_IMAGE = 'registry.k8s.io/autoscaling/cluster-autoscaler:v1.36.1';

/** How Gitpod's workspaces shift file ownership (`workspace.runtime.fsShiftMethod`). @internal */
export type FsShift = 'fuse' | 'shiftfs';

/** One Ubuntu LTS release the nodes can boot, and what Gitpod needs of it. @internal */
export interface UbuntuRelease {
  /** The release as the input takes it. */
  readonly release: string;
  readonly codename: string;
  /** Until when Canonical's standard support gives it security fixes without Ubuntu Pro. */
  readonly standardSupportUntil: string;
  /** Its GA kernel. */
  readonly kernel: string;
  /**
   * How workspaces shift file ownership on it. `fuse` (fuse-overlayfs in the workspace) needs
   * nothing of the kernel and is the Gitpod installer's own default (`config init`); `shiftfs`
   * needs Ubuntu's out-of-tree module, which Ubuntu deprecated with Noble's 6.8 kernels and which
   * cloud kernels newer than 5.15 may lack.
   */
  readonly fsShift: FsShift;
  /**
   * Whether it boots the unified cgroup hierarchy (cgroup v2). Kubernetes 1.35 and later refuse
   * cgroup v1 by default, so a release that boots v1 gets the kernel parameter and one reboot.
   */
  readonly bootsCgroupV2: boolean;
}

/** The Ubuntu releases a cluster can boot, the default first. @internal */
export const UBUNTU_RELEASES: readonly UbuntuRelease[] = [
  { release: '24.04', codename: 'noble', standardSupportUntil: '2029-05', kernel: '6.8', fsShift: 'fuse', bootsCgroupV2: true },
  { release: '22.04', codename: 'jammy', standardSupportUntil: '2027-05', kernel: '5.15', fsShift: 'fuse', bootsCgroupV2: true },
  // Past standard support since May 2025: kept for clusters that must match old nodes.
  { release: '20.04', codename: 'focal', standardSupportUntil: '2025-05', kernel: '5.4', fsShift: 'shiftfs', bootsCgroupV2: false },
];

/** The Ubuntu release of a cluster unless the user says otherwise. @internal */
export const DEFAULT_UBUNTU_RELEASE = UBUNTU_RELEASES[0].release;

/** The release names the input takes. @internal */
export const UBUNTU_RELEASE_NAMES = UBUNTU_RELEASES.map((u) => u.release);

/**
 * A value that depends on the Ubuntu release: picked here for a literal release, a Terraform
 * `lookup` for a variable one (the module's `ubuntu_release`, judged by its rule first).
 * @internal
 */
export function byUbuntuRelease(release: string, values: Record<string, string>): string {
  if (!Token.isUnresolved(release)) {
    const value = values[release];
    if (value === undefined) throw new Error(`no value for Ubuntu ${JSON.stringify(release)} among ${Object.keys(values).join(', ')}`);
    return value;
  }
  return Token.asString(Fn.lookup(values, release));
}

/** Each release's value of one fact. @internal */
export function perRelease(fact: (u: UbuntuRelease) => string): Record<string, string> {
  return Object.fromEntries(UBUNTU_RELEASES.map((u) => [u.release, fact(u)]));
}

/** The workspaces' fsShiftMethod on a release (a token for a variable release). @internal */
export function fsShiftMethodOf(release: string): string {
  return byUbuntuRelease(release, perRelease((u) => u.fsShift));
}
