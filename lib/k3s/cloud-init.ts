import { IResolvable } from 'cdktf';
import { compressedTemplateFile, shipped, templateFile } from '../templates';
import { concat } from '../expressions';
import { unattendedUpgradesContent } from '../os-updates';
import { fsShiftMethodOf } from '../platform';
import { WriteFile } from './pki';
import { Fn } from '../fn';

/** The pod network of every cluster; the metadata fence is drawn around it. */
export const POD_CIDR = '10.42.0.0/16';

/** Turns a structure into YAML text: Terraform's yamlencode for synthesis, a YAML library in tests. @internal */
export type YamlEncoder = (value: unknown) => string;

/** What makes one node's cloud-config. @internal */
export interface NodeCloudConfig {
  /** `server` for managers, `agent` for workers. */
  readonly role: 'server' | 'agent';
  /** The k3s release. */
  readonly k3sVersion: string;
  /** Whether unattended-upgrades installs security updates (a token in a module). */
  readonly osUpdates: boolean | IResolvable;
  /** The Ubuntu release the node boots (a token in a module): it decides the fsShiftMethod the node prepares. */
  readonly ubuntuRelease: string;
  /** The content of /etc/rancher/k3s/config.yaml (values may be tokens). */
  readonly k3sConfig: Record<string, unknown>;
  /** The address of the cloud's instance metadata service. */
  readonly metadataAddress: string;
  /** A host service beside it that pods may reach for DNS only (Azure's wire server). */
  readonly hostServiceAddress?: string;
  /** How the node finds the cluster's managers before its k3s install (templates/find-cluster.sh). */
  readonly findCluster: FindCluster;
  /** Further files, such as the CA set of the first server. */
  readonly extraFiles?: WriteFile[];
  /**
   * Where the cloud assigns private addresses itself: the private range in which the node
   * finds its own address at boot, for k3s's `node-ip`.
   */
  readonly nodeIpCidr?: string;
  /**
   * The node's private address, where the cloud attaches the private NIC only after the
   * instance has started (Scaleway): cloud-init then waits for it before installing packages.
   */
  readonly waitForAddress?: string;
  /**
   * Scripts from templates/ that run before the k3s install, in order, each given its
   * arguments and then the rest of the command line, which it runs with `exec`.
   */
  readonly installWrappers?: InstallWrapper[];
  /**
   * A Terraform list expression of further write_files entries, for files that exist for
   * some sizes only (it may be empty).
   */
  readonly moreFiles?: IResolvable;
}

/**
 * Where a node looks for the cluster: `first` (the first manager, which joins instead of
 * initialising where another manager already answers) or `join` (every other node, which
 * joins another manager while the first does not answer).
 * @internal
 */
export interface FindCluster {
  readonly mode: 'first' | 'join';
  /** The SHA-256 of the server CA as /cacerts serves it (the join token's hash). */
  readonly caHash: string;
  /** Where managers may answer, comma-separated (for `join`, the first manager first). */
  readonly addresses: string;
}

/** Where the node's unattended-upgrades settings go (after Ubuntu's 20auto-upgrades, which they override). @internal */
export const UNATTENDED_UPGRADES_CONFIG = '/etc/apt/apt.conf.d/52gitpod-unattended-upgrades';

/** The step that points k3s at a manager that answers, before the install. @internal */
export const FIND_CLUSTER = '/usr/local/sbin/gitpod-find-cluster';

/** A script that prepares something for k3s and then runs the rest of its command line. @internal */
export interface InstallWrapper {
  /** The template's file name in templates/. */
  readonly template: string;
  /** Where it is written on the node. */
  readonly path: string;
  /** Its own arguments, before the command it runs. */
  readonly args: string[];
}

/** The step that runs the k3s install only where the metadata fence is up. @internal */
export const REQUIRE_FENCE = '/usr/local/sbin/gitpod-require-fence';
/** The systemd drop-in, in k3s.service.d and k3s-agent.service.d, that ties k3s to the fence. @internal */
export const FENCE_DROP_IN = '10-gitpod-metadata-fence.conf';

/**
 * The step that makes the node fit for workspaces before its k3s install (templates/prepare-node.sh):
 * - Kubernetes 1.35 and later refuse cgroup v1. A node that boots it (Ubuntu 20.04) gets the
 *   unified hierarchy on its kernel command line, installs k3s without starting it (the install
 *   script sees cgroup v1 too) and marks the reboot that cloud-init's power_state makes at its
 *   very end (the marker is in /run, which the reboot empties);
 * - `fuse`: fuse-overlayfs in the workspace needs /dev/fuse, built into every Ubuntu kernel;
 * - `shiftfs`: the module, built only where the kernel lacks it.
 * Each step runs on its own line, not in an && list, where `set -e` would ignore a failure.
 * @internal
 */
export const PREPARE_NODE = '/usr/local/sbin/gitpod-prepare-node';
/** Where the node notes that it booted cgroup v1 and reboots into v2 at the end of cloud-init. @internal */
export const CGROUP_V2_REBOOT_MARKER = '/run/gitpod-reboot-for-cgroup-v2';

/** How long a node waits for a late private address before it goes on without it. */
export const ADDRESS_WAIT_SECONDS = 600;

/**
 * The bootcmd entry that waits for a late private address. bootcmd runs before write_files,
 * so the script travels inline, in base64: quotes and backslashes would not survive inside
 * a Terraform function argument, base64 has neither.
 */
function waitForAddressCommand(address: string): string[] {
  const script = Buffer.from(shipped('wait-for-address.sh')).toString('base64');
  return ['/bin/sh', '-c', `echo ${script} | base64 -d | /bin/sh -s -- $1 $2`, 'gitpod-wait-for-address', address, String(ADDRESS_WAIT_SECONDS)];
}


/**
 * The cloud-config document of a node, as a structure. The original nodes' needs are kept
 * (sshd on 2244 with keys only, upgraded packages, UTC); k3s itself is configured by a config
 * file rather than SSH, pods are fenced off the metadata service, and k3s is installed only
 * where the fence is up and the node is fit for workspaces (cgroup v2, and fuse or shiftfs as
 * its Ubuntu release asks). Not installed any more: Ubuntu's containerd and runc (k3s brings
 * and runs its own; a second containerd only cost memory) and the DKMS build tools (fetched by
 * the shiftfs step only on a kernel without the module).
 * @internal
 */
export function nodeCloudConfig(node: NodeCloudConfig, encodeYaml: YamlEncoder): Record<string, unknown> {
  const files = [
    templateFile('/etc/ssh/sshd_config.d/10-gitpod.conf', 'sshd-gitpod.conf', '0644'),
    templateFile('/usr/local/sbin/gitpod-metadata-fence', 'metadata-fence.sh', '0755'),
    templateFile('/etc/systemd/system/gitpod-metadata-fence.service', 'metadata-fence.service', '0644'),
    // Both roles' units: k3s installs one of them, and neither may run without the fence.
    templateFile(`/etc/systemd/system/k3s.service.d/${FENCE_DROP_IN}`, 'k3s-requires-fence.conf', '0644'),
    templateFile(`/etc/systemd/system/k3s-agent.service.d/${FENCE_DROP_IN}`, 'k3s-requires-fence.conf', '0644'),
    templateFile(REQUIRE_FENCE, 'require-fence.sh', '0755'),
    templateFile(PREPARE_NODE, 'prepare-node.sh', '0755'),
    // The longest script of every node, compressed: the first manager of Hetzner large is near its 32 KiB.
    compressedTemplateFile(FIND_CLUSTER, 'find-cluster.sh', '0755'),
    {
      path: '/etc/default/gitpod-find-cluster',
      permissions: '0644',
      content: concat('MODE=', node.findCluster.mode, '\nCA_HASH=', node.findCluster.caHash, '\nADDRESSES=', node.findCluster.addresses, '\n'),
    },
    templateFile('/usr/local/sbin/gitpod-install-shiftfs', 'install-shiftfs.sh', '0755'),
    templateFile('/usr/local/sbin/gitpod-install-k3s', 'install-k3s.sh', '0755'),
    {
      path: '/etc/default/gitpod-metadata-fence',
      permissions: '0644',
      content: `METADATA_ADDRESS=${node.metadataAddress}\nPOD_CIDR=${POD_CIDR}\n`
        + (node.hostServiceAddress === undefined ? '' : `HOST_SERVICE_ADDRESS=${node.hostServiceAddress}\n`),
    },
    { path: '/etc/rancher/k3s/config.yaml', permissions: '0600', content: encodeYaml(node.k3sConfig) },
    { path: UNATTENDED_UPGRADES_CONFIG, permissions: '0644', encoding: 'b64', content: unattendedUpgradesContent(node.osUpdates) },
    ...(node.extraFiles ?? []).map((f) => ({ path: f.path, permissions: f.permissions, content: f.content })),
    ...(node.nodeIpCidr === undefined ? [] : [templateFile('/usr/local/sbin/gitpod-node-ip', 'node-ip.sh', '0755')]),
    ...(node.installWrappers ?? []).map((w) => compressedTemplateFile(w.path, w.template, '0755')),
  ];
  const installK3s = [
    ...(node.installWrappers ?? []).flatMap((w) => [w.path, ...w.args]),
    '/usr/local/sbin/gitpod-install-k3s', node.role, node.k3sVersion,
  ];
  // Fail closed: the whole install runs only where the fence is up and the node is fit.
  const nodeIp = node.nodeIpCidr === undefined ? [] : ['/usr/local/sbin/gitpod-node-ip', node.nodeIpCidr];
  const bootcmd = node.waitForAddress === undefined ? {} : { bootcmd: [waitForAddressCommand(node.waitForAddress)] };
  return {
    ...bootcmd,
    timezone: 'UTC',
    package_update: true,
    package_upgrade: true,
    package_reboot_if_required: true,
    packages: ['curl'],
    ssh_pwauth: false,
    write_files: node.moreFiles === undefined ? files : Fn.concat([files, node.moreFiles]),
    runcmd: [
      ['systemctl', 'daemon-reload'],
      ['systemctl', 'enable', '--now', 'gitpod-metadata-fence.service'],
      ['systemctl', 'restart', 'ssh'],
      // Where the node finds its address itself, k3s is installed only once it has.
      [REQUIRE_FENCE, PREPARE_NODE, fsShiftMethodOf(node.ubuntuRelease), FIND_CLUSTER, ...nodeIp, ...installK3s],
    ],
    // Only a node that booted cgroup v1 (Ubuntu 20.04) reboots, once, when everything is installed.
    power_state: {
      mode: 'reboot',
      message: 'gitpod: rebooting into cgroup v2, where k3s starts',
      condition: ['test', '-e', CGROUP_V2_REBOOT_MARKER],
    },
  };
}

/**
 * The user data text: the cloud-config header and the document.
 * @internal
 */
export function cloudConfigText(document: Record<string, unknown>, encodeYaml: YamlEncoder): string {
  return `#cloud-config\n${encodeYaml(document)}`;
}
