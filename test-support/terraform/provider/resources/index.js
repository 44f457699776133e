'use strict';
// Per-resource behaviour of the fake provider, by resource type:
//   forceNew  'all' or the top-level attributes whose change replaces the resource
//   defaults  values the real provider plans for unset optional+computed attributes
//   validate  (config) => [{ attribute, summary, detail }] for values Terraform core
//             cannot check against the schema (enumerations, ranges)
//   plan      (planned, { prior, config }) adjustments after defaults
//   apply     (value, { prior, config, faker }) fills unknown computed attributes
//   read      (value, { config, faker }) the same for data sources
// Types not listed here get the generic behaviour (pass-through plan, fake values).
const tls = require('./tls');
const random = require('./random');

/** hcloud arguments that are ForceNew in the real provider (the ones cheap to know). */
const HCLOUD_FORCE_NEW = {
  hcloud_server: ['location', 'datacenter', 'ssh_keys', 'user_data'],
  hcloud_network_subnet: ['network_id', 'type', 'network_zone', 'ip_range', 'vswitch_id'],
  hcloud_load_balancer: ['location', 'network_zone'],
  hcloud_load_balancer_network: ['load_balancer_id', 'network_id', 'subnet_id', 'ip'],
  hcloud_load_balancer_service: ['load_balancer_id', 'listen_port'],
  hcloud_load_balancer_target: ['type', 'load_balancer_id', 'server_id', 'label_selector', 'ip'],
  hcloud_server_network: ['server_id', 'network_id', 'subnet_id', 'ip'],
  hcloud_ssh_key: ['public_key'],
  hcloud_placement_group: ['type'],
  hcloud_firewall_attachment: ['firewall_id'],
  hcloud_primary_ip: ['type', 'datacenter', 'location'],
  hcloud_volume: ['location'],
  hcloud_network_route: ['network_id', 'destination'],
};

const hcloud = Object.fromEntries(Object.entries(HCLOUD_FORCE_NEW).map(([t, names]) => [t, { forceNew: names }]));

module.exports = {
  ...hcloud,
  ...tls,
  ...random,
  null_resource: { forceNew: ['triggers'] },
};
