import { Fn, IResolvable } from 'cdktf';
import { template } from '../templates';
import { WriteFile } from './pki';

/** The pod network of every cluster; the metadata fence is drawn around it. */
export const POD_CIDR = '10.42.0.0/16';

/** The k3s release every node installs, pinned so that all nodes agree. */
export const DEFAULT_K3S_VERSION = 'v1.30.14+k3s2';

/** Turns a structure into YAML text: Terraform's yamlencode for synthesis, a YAML library in tests. @internal */
export type YamlEncoder = (value: unknown) => string;

/** What makes one node's cloud-config. @internal */
export interface NodeCloudConfig {
  /** `server` for managers, `agent` for workers. */
  readonly role: 'server' | 'agent';
  /** The k3s release. */
  readonly k3sVersion: string;
  /** The content of /etc/rancher/k3s/config.yaml (values may be tokens). */
  readonly k3sConfig: Record<string, unknown>;
  /** The address of the cloud's instance metadata service. */
  readonly metadataAddress: string;
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

/** How long a node waits for a late private address before it goes on without it. */
export const ADDRESS_WAIT_SECONDS = 600;

/**
 * The bootcmd entry that waits for a late private address. bootcmd runs before write_files,
 * so the script travels inline, in base64: quotes and backslashes would not survive inside
 * a Terraform function argument, base64 has neither.
 */
function waitForAddressCommand(address: string): string[] {
  const script = Buffer.from(template('wait-for-address.sh')).toString('base64');
  return ['/bin/sh', '-c', `echo ${script} | base64 -d | /bin/sh -s -- $1 $2`, 'gitpod-wait-for-address', address, String(ADDRESS_WAIT_SECONDS)];
}

/** A static template as a base64 write_files entry: scripts then need no escaping anywhere. */
function staticFile(path: string, name: string, permissions: string): Record<string, unknown> {
  return { path, permissions, owner: 'root:root', encoding: 'b64', content: Buffer.from(template(name)).toString('base64') };
}

/**
 * The cloud-config document of a node, as a structure. The original nodes' needs are
 * kept (sshd on 2244 with keys only, containerd/runc, shiftfs, UTC); k3s itself is
 * configured by a config file rather than SSH, and pods are fenced off the metadata service.
 * @internal
 */
export function nodeCloudConfig(node: NodeCloudConfig, encodeYaml: YamlEncoder): Record<string, unknown> {
  const files = [
    staticFile('/etc/ssh/sshd_config.d/10-gitpod.conf', 'sshd-gitpod.conf', '0644'),
    staticFile('/usr/local/sbin/gitpod-metadata-fence', 'metadata-fence.sh', '0755'),
    staticFile('/etc/systemd/system/gitpod-metadata-fence.service', 'metadata-fence.service', '0644'),
    // Both roles' units: k3s installs one of them, and neither may run without the fence.
    staticFile(`/etc/systemd/system/k3s.service.d/${FENCE_DROP_IN}`, 'k3s-requires-fence.conf', '0644'),
    staticFile(`/etc/systemd/system/k3s-agent.service.d/${FENCE_DROP_IN}`, 'k3s-requires-fence.conf', '0644'),
    staticFile(REQUIRE_FENCE, 'require-fence.sh', '0755'),
    staticFile('/usr/local/sbin/gitpod-install-shiftfs', 'install-shiftfs.sh', '0755'),
    staticFile('/usr/local/sbin/gitpod-install-k3s', 'install-k3s.sh', '0755'),
    {
      path: '/etc/default/gitpod-metadata-fence',
      permissions: '0644',
      content: `METADATA_ADDRESS=${node.metadataAddress}\nPOD_CIDR=${POD_CIDR}\n`,
    },
    { path: '/etc/rancher/k3s/config.yaml', permissions: '0600', content: encodeYaml(node.k3sConfig) },
    ...(node.extraFiles ?? []).map((f) => ({ path: f.path, permissions: f.permissions, content: f.content })),
    ...(node.nodeIpCidr === undefined ? [] : [staticFile('/usr/local/sbin/gitpod-node-ip', 'node-ip.sh', '0755')]),
    ...(node.installWrappers ?? []).map((w) => staticFile(w.path, w.template, '0755')),
  ];
  const installK3s = [
    ...(node.installWrappers ?? []).flatMap((w) => [w.path, ...w.args]),
    '/usr/local/sbin/gitpod-install-k3s', node.role, node.k3sVersion,
  ];
  // Fail closed: the whole install runs only where the fence is up.
  const nodeIp = node.nodeIpCidr === undefined ? [] : ['/usr/local/sbin/gitpod-node-ip', node.nodeIpCidr];
  const bootcmd = node.waitForAddress === undefined ? {} : { bootcmd: [waitForAddressCommand(node.waitForAddress)] };
  return {
    ...bootcmd,
    timezone: 'UTC',
    package_update: true,
    package_upgrade: true,
    package_reboot_if_required: true,
    packages: ['containerd', 'curl', 'dkms', 'git', 'linux-headers-generic', 'make', 'runc'],
    ssh_pwauth: false,
    write_files: node.moreFiles === undefined ? files : Fn.concat([files, node.moreFiles]),
    runcmd: [
      ['systemctl', 'daemon-reload'],
      ['systemctl', 'enable', '--now', 'gitpod-metadata-fence.service'],
      ['systemctl', 'restart', 'ssh'],
      ['/usr/local/sbin/gitpod-install-shiftfs'],
      // Where the node finds its address itself, k3s is installed only once it has.
      [REQUIRE_FENCE, ...nodeIp, ...installK3s],
    ],
  };
}

/**
 * The user data text: the cloud-config header and the document.
 * @internal
 */
export function cloudConfigText(document: Record<string, unknown>, encodeYaml: YamlEncoder): string {
  return `#cloud-config\n${encodeYaml(document)}`;
}
