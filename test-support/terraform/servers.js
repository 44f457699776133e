'use strict';
// Where each cloud's server resource keeps what the cluster checks of checks.js read
// from the state (`terraform show -json`): the user data exactly as Terraform rendered
// it, and the server's private IPv4 (the address joining nodes must be pointed at).
//
// A cloud gets the user data checks by having its server type here. Fields:
//   userData   path of the attribute in the resource's state values (strings are
//              attribute or map keys, numbers list indexes)
//   encoding   'base64' when the attribute holds the user data base64-encoded
//   privateIp  path of the private IPv4 in the same values, or a function
//              (values, resources) => address for clouds that keep it on another
//              resource (a network interface, an IPAM address)
//   maxBytes   optional: the most user data (decoded, in bytes) the cloud's API accepts
//   image      path of the image the server boots, or a function values => image
//              (Azure: publisher:offer:sku:version of its source_image_reference)
//
// Caveat: the fake provider keeps the planned value of every argument in state. Some
// real providers keep a SHA-1 of the user data there instead (hcloud, digitalocean), so
// against real clouds the state would not show it; here the checks read what Terraform
// evaluated and sent to the provider, which is what the server receives.
const SERVER_TYPES = {
  // Hetzner Cloud API, POST /servers: "user_data ... This field is limited to 32KiB."
  hcloud_server: { userData: ['user_data'], privateIp: ['network', 0, 'ip'], maxBytes: 32 * 1024, image: ['image'] },
  // DigitalOcean API, POST /v2/droplets: user_data is limited to 64 KiB
  digitalocean_droplet: { userData: ['user_data'], privateIp: ['ipv4_address_private'], maxBytes: 64 * 1024, image: ['image'] },
  // Azure osProfile.customData: base64 of at most 65535 bytes. The address is the
  // static one of the VM's first network interface.
  azurerm_linux_virtual_machine: {
    userData: ['custom_data'],
    encoding: 'base64',
    maxBytes: 65535,
    image: (values) => {
      const ref = dig(values, ['source_image_reference', 0]);
      return ref ? [ref.publisher, ref.offer, ref.sku, ref.version].join(':') : undefined;
    },
    privateIp: (values, resources) => {
      const nicId = (values.network_interface_ids || [])[0];
      const nic = resources.find((r) => r.type === 'azurerm_network_interface' && r.values.id === nicId);
      return nic ? dig(nic.values, ['ip_configuration', 0, 'private_ip_address']) : undefined;
    },
  },
  // The address is the IPAM address of the server's private NIC.
  scaleway_instance_server: {
    userData: ['user_data', 'cloud-init'],
    image: ['image'],
    privateIp: (values, resources) => {
      const nic = resources.find((r) => r.type === 'scaleway_instance_private_nic' && r.values.server_id === values.id);
      const ipamId = nic && (nic.values.ipam_ip_ids || [])[0];
      const ipam = ipamId && resources.find((r) => r.type === 'scaleway_ipam_ip' && r.values.id === ipamId);
      return ipam && typeof ipam.values.address === 'string' ? ipam.values.address.replace(/\/\d+$/, '') : undefined;
    },
  },
};

function dig(value, keys) {
  return keys.reduce((v, k) => (v === null || v === undefined ? undefined : v[k]), value);
}

/** Where a server type's private address comes from, for messages. */
const privateIpSource = (type) => {
  const spec = SERVER_TYPES[type].privateIp;
  return Array.isArray(spec) ? spec.join('.') : `${type} resolver in servers.js`;
};

/**
 * The servers of a state, in state order: [{ address, type, userData, privateIp }]
 * (address without the `module.<name>.` prefix; userData undefined when not set).
 */
function servers(resources, moduleName) {
  const prefix = new RegExp(`^module\\.${moduleName}\\.`);
  return resources.filter((r) => SERVER_TYPES[r.type]).map((r) => {
    const spec = SERVER_TYPES[r.type];
    let userData = dig(r.values, spec.userData);
    if (typeof userData === 'string' && spec.encoding === 'base64') userData = Buffer.from(userData, 'base64').toString('utf8');
    return {
      address: r.address.replace(prefix, ''),
      type: r.type,
      userData: typeof userData === 'string' ? userData : undefined,
      privateIp: typeof spec.privateIp === 'function' ? spec.privateIp(r.values, resources) : dig(r.values, spec.privateIp),
      image: typeof spec.image === 'function' ? spec.image(r.values) : dig(r.values, spec.image),
    };
  });
}

/**
 * A server's role from its resource address: "first" (contains `manager`, not
 * `joining`), "joining" (contains `manager` and `joining`) or "worker".
 */
function role(address) {
  const a = address.toLowerCase();
  if (a.includes('manager')) return a.includes('joining') ? 'joining' : 'first';
  return 'worker';
}

module.exports = { SERVER_TYPES, servers, role, privateIpSource };
