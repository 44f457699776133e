'use strict';
// The scenario table of `node test-support/terraform/run.js` (npm run test:terraform).
//
// One entry per cloud and size. Fields:
//   cloud      module folder name: the module is <repo>/modules/<cloud>/main.tf.json
//              (a cloud whose folder does not exist is skipped with a note)
//   name       scenario label, e.g. the size
//   moduleDir  optional: another module folder, relative to the repo root (its main.tf.json,
//              or the cdk.tf.json of a synthesized stack)
//   missing    optional: what to do when that folder has no configuration (printed with the skip)
//   inputs     (ctx) => module arguments; ctx.sshPublicKeyPath is an ed25519 public
//              key file made for the run
//   providerConfig  optional provider blocks for the root module, by local name
//              (for providers that need one, e.g. { azurerm: { features: {} } })
//   expect
//     resources        { <type or address prefix>: count } of planned resource
//                      instances. A key with a dot is an address prefix inside the
//                      module ("hcloud_server.manager" counts manager[0..n]); a key
//                      without one is a resource type.
//     outputs          outputs that must exist and be non-null after apply
//     sensitiveOutputs outputs that must be marked sensitive
//     outputValues     { <output>: value } exact values after apply
//     kubeconfig       output holding kubeconfig YAML: one cluster, context and user,
//                      all named after the `kubecontext` input (default
//                      "gitpod-self-hosted"), https server on :6443, certificates
//                      and key that parse and belong together
//     dnsRecords       output holding the DNS records: three A records for
//                      domain_name, *.domain_name and *.ws.domain_name with an IPv4
//     k3sToken         output holding the k3s join token (used by `cluster`)
//     cluster          { managers, workers, clusterInit, managersRunWorkloads } (see
//                      CLUSTER): reads the state after apply and checks every server's
//                      user data as Terraform rendered it (servers.js says where each
//                      server type keeps it): `cloud-init schema` passes; the k3s
//                      config.yaml it writes has cluster-init, token, server, tls-san,
//                      node-label and node-taint right for the node's role (first
//                      manager, joining manager, worker: from the resource address);
//                      join tokens are K10<sha256 of the k3s-server-ca cert_pem>::server:
//                      <first manager's token> and equal the k3sToken output; only the
//                      first manager gets private keys; the kubeconfig's CA is the
//                      server CA in state and its client certificate is signed by the
//                      client CA with O=system:masters
//     readiness        { nodes } with fakeCurl: the readiness wait ran, called the fake
//                      curl with the kubeconfig's credentials and address, and asked for
//                      the nodes until `nodes` were Ready (not fewer, not more)
//     snapshots        { schedule, retention, s3, secretKey } (with cluster): every
//                      manager's etcd snapshot settings, none on workers, and the S3
//                      secret key in no user data, node template or plain output; with
//                      fakeCurl, the Secret gitpod-etcd-s3 reached the API with every
//                      setting, and no command line or apply output held the key
//     osUpdates        { enabled } (with cluster): unattended-upgrades on or off on every
//                      server, no kured file in user data; with fakeCurl and reboot_window,
//                      kured's HelmChart reached the API with the window
//     upgrade          { to, reruns }: after apply, a plan with k3s_version = to replaces or
//                      deletes no server (nor an autoscaled group), and replaces (runs
//                      again) each terraform_data whose address contains one of `reruns`;
//                      the readiness scenarios also check that the upgrade step applied
//                      both Plans
//     nodeTemplate     { pools } (with readiness, Hetzner large): the autoscaler's Secret
//                      reached the API after the upgrade step, its node template for each
//                      of `pools` installs the scenario's release, the autoscaler's
//                      Deployment was restarted with the Secret's hash, and no curl command
//                      line or apply output held the Hetzner token or the agent token
//     applyFails       a RegExp: apply (-auto-approve) must fail with output matching
//                      it (whitespace collapsed); then only the readiness checks run
//   fakeCurl   optional { readyNodes, readyz }: puts fake-bin/ (a fake curl) first on
//              the PATH of terraform and its local-exec provisioners. readyNodes: the
//              number of Ready nodes /api/v1/nodes reports, or a list of successive
//              answers (the last repeats); readyz: 'fail' makes /readyz fail
//              (connection refused)
//   waits      optional seconds the scenario spends waiting (sleeping, not computing):
//              run.js starts it at once, beside the --jobs limit
//   quick      optional true for a variant of another scenario on the same module:
//              no validate and no plan file (apply -auto-approve), so no
//              expect.resources
// Every scenario also checks: terraform get, validate, plan, apply, and that a second
// plan shows no changes (quick scenarios: get, apply and the second plan; applyFails
// scenarios: get and apply).

const DOMAIN = 'gitpod.example.com';
/** The release the upgrade checks move to: the next minor's (a plan only, nothing runs it). */
const UPGRADE_TO = 'v1.37.1+k3s1';
const DEFAULT_KUBECONTEXT = 'gitpod-self-hosted';

const contract = {
  outputs: ['dns_records', 'k3s_agent_token', 'k3s_token', 'kubeconfig', 'kubecontext'],
  sensitiveOutputs: ['k3s_agent_token', 'k3s_token', 'kubeconfig'],
  outputValues: { kubecontext: DEFAULT_KUBECONTEXT },
  kubeconfig: 'kubeconfig',
  dnsRecords: 'dns_records',
  k3sToken: 'k3s_token',
};

/** expect.cluster of each size: the k3s topology its user data must describe. */
const CLUSTER = {
  // every size runs embedded etcd, small included (snapshots, and a later move to three managers)
  small: { managers: 1, workers: 1, clusterInit: true, managersRunWorkloads: true },
  medium: (workers) => ({ managers: 3, workers, clusterInit: true, managersRunWorkloads: false }),
};

/**
 * The two readiness scenarios of a cloud, on a size whose inputs are `inputs` (with
 * ready_timeout_minutes replaced by 1) and whose cluster has `nodes` nodes:
 *   <name>-ready          the fake curl reports `nodes` - 1, then `nodes` Ready nodes:
 *                         apply succeeds after asking twice (~10 s asleep)
 *   <name>-ready-timeout  /readyz keeps failing: apply fails after the module's
 *                         minimum wait (1 minute; this scenario takes ~65 s, mostly
 *                         asleep, so run.js runs it beside the other scenarios)
 */
function readinessScenarios({ cloud, name, inputs, nodes }) {
  const ready = (ctx) => ({ ...inputs(ctx), ready_timeout_minutes: 1 });
  return [
    {
      cloud,
      name: `${name}-ready`,
      inputs: ready,
      // one node short first: the wait must ask again (10 s later) and then succeed
      fakeCurl: { readyNodes: [nodes - 1, nodes] },
      waits: 10,
      quick: true,
      expect: { ...contract, readiness: { nodes } },
    },
    {
      cloud,
      name: `${name}-ready-timeout`,
      inputs: ready,
      fakeCurl: { readyNodes: nodes, readyz: 'fail' },
      waits: 60,
      expect: { applyFails: /timed out after 60s waiting for the Kubernetes API/ },
    },
  ];
}

/** Every scenario takes snapshots on its own schedule and copies them to a bucket. */
const SNAPSHOT_INPUTS = {
  etcd_snapshot_schedule: '30 3 * * *',
  etcd_snapshot_retention: 7,
  etcd_s3: { endpoint: 'fsn1.your-objectstorage.com', bucket: 'gitpod-etcd-snapshots', region: 'fsn1', folder: 'harness/etcd' },
  etcd_s3_credentials: { access_key: 'HARNESSACCESSKEY01', secret_key: 'harness-s3-secret-key-never-shown' },
  reboot_window: { start: '01:30', end: '04:00', days: ['sa', 'su'], time_zone: 'Europe/Berlin' },
};
const OS_UPDATES = { enabled: true, window: SNAPSHOT_INPUTS.reboot_window };
/** The inputs of a root-module fixture that declares only the cluster's first-day variables (the services fixtures). */
const firstDayInputs = (inputs) => Object.fromEntries(Object.entries(inputs).filter(([k]) => !(k in SNAPSHOT_INPUTS)));
const SNAPSHOTS = { schedule: '30 3 * * *', retention: 7, s3: true, secretKey: SNAPSHOT_INPUTS.etcd_s3_credentials.secret_key };

const hetznerInputs = (size) => (ctx) => ({
  domain_name: DOMAIN,
  ssh_public_key_path: ctx.sshPublicKeyPath,
  size,
  size_data: { node_count: 3 },
  ...SNAPSHOT_INPUTS,
  // 0 disables the wait for https://<api>:6443/readyz (see the -ready scenarios).
  ready_timeout_minutes: 0,
});

module.exports = [
  {
    // The harness's own fixture: proves the harness on a module of the same shape
    // while the real modules are being written.
    cloud: 'sample',
    name: 'medium',
    moduleDir: 'test-support/terraform/fixtures/sample',
    // the archived modules' variables: no snapshot inputs
    inputs: (ctx) => firstDayInputs(hetznerInputs('medium')(ctx)),
    expect: {
      ...contract,
      // the fixture has the archived modules' outputs, without the later agent token
      outputs: contract.outputs.filter((o) => o !== 'k3s_agent_token'),
      sensitiveOutputs: contract.sensitiveOutputs.filter((o) => o !== 'k3s_agent_token'),
      resources: {
        hcloud_server: 6, 'hcloud_server.manager': 3, 'hcloud_server.worker': 3, hcloud_load_balancer: 2,
        tls_private_key: 3, tls_self_signed_cert: 2, tls_locally_signed_cert: 1, random_password: 1, terraform_data: 1,
      },
    },
  },
  {
    cloud: 'hetzner',
    name: 'small',
    inputs: hetznerInputs('small'),
    expect: {
      ...contract,
      // 1 manager + 1 worker; the public load balancer only (no manager load balancer);
      // no readiness wait with ready_timeout_minutes = 0
      resources: { hcloud_server: 2, hcloud_load_balancer: 1, terraform_data: 0 },
      cluster: CLUSTER.small,
    },
  },
  ...readinessScenarios({ cloud: 'hetzner', name: 'small', inputs: hetznerInputs('small'), nodes: 2 }),
  {
    cloud: 'hetzner',
    name: 'medium',
    inputs: hetznerInputs('medium'),
    expect: {
      ...contract,
      // 3 managers + size_data.node_count (3) workers; public + manager load balancers
      resources: { hcloud_server: 6, hcloud_load_balancer: 2 },
      cluster: CLUSTER.medium(3),
      replaceFirstManager: { follows: [], probes: 3 },
      upgrade: { to: UPGRADE_TO },
    },
  },
  {
    // A cluster with its managed services (modules/digitalocean/services), wired as the example wires them.
    cloud: 'digitalocean',
    name: 'services',
    moduleDir: 'test-support/terraform/fixtures/digitalocean-services',
    inputs: (ctx) => firstDayInputs(hetznerInputs('small')(ctx)),
    expect: {
      outputs: ['dns_records', 'gitpod_config', 'gitpod_secrets', 'kubeconfig'],
      sensitiveOutputs: ['gitpod_config', 'gitpod_secrets', 'kubeconfig'],
      resources: {
        digitalocean_droplet: 2, digitalocean_database_cluster: 1, digitalocean_database_firewall: 1, digitalocean_database_mysql_config: 1,
        digitalocean_database_db: 2, digitalocean_database_user: 1, digitalocean_spaces_bucket: 1, digitalocean_spaces_key: 1,
        digitalocean_container_registry: 1, digitalocean_container_registry_docker_credentials: 1, random_bytes: 1,
      },
      services: { config: 'gitpod_config', secrets: 'gitpod_secrets' },
    },
  },
  {
    // The same with a registry the account has already: none is made, the credentials are for that one.
    cloud: 'digitalocean',
    name: 'services-existing-registry',
    moduleDir: 'test-support/terraform/fixtures/digitalocean-services',
    inputs: (ctx) => ({ ...firstDayInputs(hetznerInputs('small')(ctx)), existing_registry_name: 'acme-registry' }),
    expect: {
      outputs: ['gitpod_config', 'gitpod_secrets'],
      sensitiveOutputs: ['gitpod_config', 'gitpod_secrets'],
      resources: { digitalocean_container_registry: 0, digitalocean_container_registry_docker_credentials: 1, digitalocean_database_cluster: 1 },
      services: { config: 'gitpod_config', secrets: 'gitpod_secrets', registryUrl: 'registry.digitalocean.com/acme-registry' },
    },
  },
  {
    // An Azure cluster with its managed services (modules/azure/services).
    cloud: 'azure',
    name: 'services',
    moduleDir: 'test-support/terraform/fixtures/azure-services',
    inputs: (ctx) => ({
      ...firstDayInputs(hetznerInputs('small')(ctx)),
      resource_group_name: 'gitpod',
      azurerm_user_assigned_identity_id:
        '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/gitpod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/gitpod',
    }),
    providerConfig: { azurerm: { features: {} } },
    expect: {
      outputs: ['dns_records', 'gitpod_config', 'gitpod_secrets', 'kubeconfig'],
      sensitiveOutputs: ['gitpod_config', 'gitpod_secrets', 'kubeconfig'],
      resources: {
        azurerm_linux_virtual_machine: 2, azurerm_mysql_flexible_server: 1, azurerm_mysql_flexible_database: 2, azurerm_mysql_flexible_server_configuration: 3,
        azurerm_private_dns_zone: 1, azurerm_private_dns_zone_virtual_network_link: 1, azurerm_subnet: 2, azurerm_storage_account: 1, azurerm_container_registry: 1,
      },
      services: { config: 'gitpod_config', secrets: 'gitpod_secrets' },
    },
  },
  {
    // A Hetzner cluster with a bucket its user made (modules/hetzner/services makes no resource).
    cloud: 'hetzner',
    name: 'services',
    moduleDir: 'test-support/terraform/fixtures/hetzner-services',
    inputs: (ctx) => ({ ...firstDayInputs(hetznerInputs('small')(ctx)), bucket_access_key_id: 'EXAMPLEACCESSKEY01', bucket_secret_access_key: 'example-secret-key-0123456789' }),
    expect: {
      outputs: ['dns_records', 'gitpod_config', 'gitpod_secrets', 'kubeconfig'],
      sensitiveOutputs: ['gitpod_config', 'gitpod_secrets', 'kubeconfig'],
      resources: { hcloud_server: 2 },
      outputValues: {},
      services: { config: 'gitpod_config', secrets: 'gitpod_secrets' },
    },
  },
];

/** A cloud's small and medium scenarios: `inputs(size)` gives the module arguments. */
function sizeScenarios({ cloud, inputs, providerConfig, extraOutputs = [], servers, loadBalancers, replaceFollows = [], replaceProbes = 3 }) {
  const expectFor = (size, nodes, lbs, cluster) => ({
    ...contract,
    outputs: [...contract.outputs, ...extraOutputs],
    resources: { [servers]: nodes, [loadBalancers]: lbs },
    cluster,
  });
  // The wait's node count is an expression of each cloud: prove it with the quick readiness scenario.
  const [ready] = readinessScenarios({ cloud, name: 'small', inputs: inputs('small'), nodes: 2 });
  return [
    { ...ready, providerConfig, expect: { ...ready.expect, outputs: [...contract.outputs, ...extraOutputs] } },
    { cloud, name: 'small', inputs: inputs('small'), providerConfig, expect: expectFor('small', 2, 1, CLUSTER.small) },
    {
      cloud, name: 'medium', inputs: inputs('medium'), providerConfig,
      expect: {
        ...expectFor('medium', 6, cloud === 'scaleway' ? 1 : 2, CLUSTER.medium(3)),
        replaceFirstManager: { follows: replaceFollows, probes: replaceProbes },
        upgrade: { to: UPGRADE_TO },
      },
    },
  ];
}

module.exports.push(
  ...sizeScenarios({
    cloud: 'digitalocean',
    inputs: hetznerInputs,
    servers: 'digitalocean_droplet',
    // the public load balancer; medium adds the managers' one
    loadBalancers: 'digitalocean_loadbalancer',
    // DigitalOcean assigns the private addresses: a replaced first manager can only ask the API address
    replaceProbes: 1,
  }),
  ...sizeScenarios({
    cloud: 'azure',
    inputs: (size) => (ctx) => ({
      ...hetznerInputs(size)(ctx),
      resource_group_name: 'gitpod',
      azurerm_user_assigned_identity_id:
        '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/gitpod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/gitpod',
    }),
    providerConfig: { azurerm: { features: {} } },
    extraOutputs: ['network_security_group_id'],
    servers: 'azurerm_linux_virtual_machine',
    loadBalancers: 'azurerm_lb',
  }),
  ...sizeScenarios({
    cloud: 'scaleway',
    inputs: (size) => (ctx) => ({ ...hetznerInputs(size)(ctx), project_id: '11111111-2222-3333-4444-555555555555' }),
    servers: 'scaleway_instance_server',
    // the first manager's private NIC follows the new instance
    replaceFollows: ['scaleway_instance_private_nic'],
    // one load balancer serves Gitpod and, on 6443, the managers, in both sizes
    loadBalancers: 'scaleway_lb',
  }),
);

/** The `large` size: three managers and two autoscaled pools that together carry every Gitpod label. */
const largeSizeData = (workspaceType, serviceType) => ({
  pools: [
    {
      name: 'workspaces', machine_type: workspaceType, min: 1, max: 10,
      labels: { 'gitpod.io/workload_workspace_regular': 'true', 'gitpod.io/workload_workspace_headless': 'true' },
    },
    {
      name: 'services', machine_type: serviceType, min: 2, max: 4,
      labels: { 'gitpod.io/workload_meta': 'true', 'gitpod.io/workload_ide': 'true', 'gitpod.io/workload_services': 'true' },
    },
  ],
});
const largeInputs = (base, workspaceType, serviceType, extra = {}) => (ctx) =>
  ({ ...base('large')(ctx), size_data: largeSizeData(workspaceType, serviceType), ...extra });

module.exports.push(
  {
    cloud: 'hetzner',
    name: 'large',
    inputs: largeInputs(hetznerInputs, 'cx53', 'cx43', { hcloud_token: 'x'.repeat(64) }),
    // 3 managers; workers come from the autoscaler; one load balancer target per pool
    // beside the managers'; the destroy-time cleanup of autoscaled servers
    expect: { ...contract, resources: { hcloud_server: 3, hcloud_load_balancer: 2, hcloud_load_balancer_target: 4, terraform_data: 1 } },
  },
  {
    cloud: 'digitalocean',
    name: 'large',
    inputs: largeInputs(hetznerInputs, 's-8vcpu-16gb', 's-4vcpu-8gb'),
    // 3 managers; workers come from a Droplet Autoscale Pool per pool; both load balancers
    expect: { ...contract, resources: { digitalocean_droplet: 3, digitalocean_droplet_autoscale: 2, digitalocean_loadbalancer: 2 } },
  },
  {
    cloud: 'azure',
    name: 'large',
    inputs: largeInputs((size) => (ctx) => ({
      ...hetznerInputs(size)(ctx),
      resource_group_name: 'gitpod',
      azurerm_user_assigned_identity_id:
        '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/gitpod/providers/Microsoft.ManagedIdentity/userAssignedIdentities/gitpod',
    }), 'Standard_D8s_v3', 'Standard_D4s_v3'),
    providerConfig: { azurerm: { features: {} } },
    expect: {
      ...contract,
      outputs: [...contract.outputs, 'network_security_group_id'],
      resources: { azurerm_linux_virtual_machine: 3, azurerm_linux_virtual_machine_scale_set: 2, azurerm_monitor_autoscale_setting: 2, azurerm_lb: 2 },
    },
  },
  {
    cloud: 'scaleway',
    name: 'large',
    inputs: largeInputs((size) => (ctx) => ({ ...hetznerInputs(size)(ctx), project_id: '11111111-2222-3333-4444-555555555555' }), 'PRO2-M', 'PRO2-S'),
    expect: {
      ...contract,
      resources: {
        scaleway_instance_server: 3, scaleway_autoscaling_instance_template: 2, scaleway_autoscaling_instance_group: 2,
        scaleway_autoscaling_instance_policy: 4, scaleway_lb_backend: 7, scaleway_lb_frontend: 4,
      },
    },
  },
);

// large: a new release must not replace the managers or the autoscaled groups either.
for (const sc of module.exports.filter((x) => x.name === 'large')) sc.expect.upgrade = { to: UPGRADE_TO };

// Hetzner large with the readiness wait: after the upgrade step, the autoscaler's node template
// (its Secret) reaches the API with the release, and the autoscaler is restarted to read it; a new
// k3s_version re-runs that step (the nodes the autoscaler makes then install the new release).
{
  const [ready] = readinessScenarios({ cloud: 'hetzner', name: 'large', inputs: module.exports.find((x) => x.cloud === 'hetzner' && x.name === 'large').inputs, nodes: 6 });
  module.exports.push({
    ...ready,
    expect: { ...ready.expect, nodeTemplate: { pools: 2 }, upgrade: { to: UPGRADE_TO, reruns: ['upgrade_plans', 'autoscaler_node-template'] } },
  });
}

/**
 * Every cloud x size x Ubuntu release: each cloud's image of each release, written out here
 * rather than read from the size catalog, and the fsShiftMethod each release gets.
 */
const UBUNTU_IMAGES = {
  hetzner: { '24.04': 'ubuntu-24.04', '22.04': 'ubuntu-22.04', '20.04': 'ubuntu-20.04' },
  digitalocean: { '24.04': 'ubuntu-24-04-x64', '22.04': 'ubuntu-22-04-x64', '20.04': 'ubuntu-20-04-x64' },
  scaleway: { '24.04': 'ubuntu_noble', '22.04': 'ubuntu_jammy', '20.04': 'ubuntu_focal' },
  azure: {
    '24.04': 'Canonical:ubuntu-24_04-lts:server:latest',
    '22.04': 'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest',
    '20.04': 'Canonical:0001-com-ubuntu-server-focal:20_04-lts-gen2:latest',
  },
};
const FS_SHIFT = { '24.04': 'fuse', '22.04': 'fuse', '20.04': 'shiftfs' };
const DEFAULT_UBUNTU = '24.04';
/** large: three managers, no fixed worker (the pools' nodes are the autoscaler's). */
const LARGE_CLUSTER = { managers: 3, workers: 0, clusterInit: true, managersRunWorkloads: false };

const osExpect = (cloud, release) => ({
  os: { image: UBUNTU_IMAGES[cloud][release], fsShiftMethod: FS_SHIFT[release] },
  outputValues: { ...contract.outputValues, fs_shift_method: FS_SHIFT[release] },
});
for (const base of module.exports.filter((sc) => UBUNTU_IMAGES[sc.cloud] && ['small', 'medium', 'large'].includes(sc.name))) {
  const cluster = base.expect.cluster || (base.name === 'large' ? LARGE_CLUSTER : undefined);
  Object.assign(base.expect, { cluster, snapshots: SNAPSHOTS, osUpdates: OS_UPDATES }, osExpect(base.cloud, DEFAULT_UBUNTU));
  for (const release of Object.keys(FS_SHIFT).filter((r) => r !== DEFAULT_UBUNTU)) {
    // small on 22.04 also turns OS updates off: no unattended-upgrades, no kured
    const off = base.name === 'small' && release === '22.04';
    module.exports.push({
      ...base,
      name: `${base.name}-ubuntu-${release}${off ? '-no-os-updates' : ''}`,
      inputs: (ctx) => ({ ...base.inputs(ctx), ubuntu_release: release, ...off ? { os_updates: false } : {} }),
      // the same module as the base scenario, which validates and plans it
      quick: true,
      expect: { ...base.expect, resources: undefined, ...osExpect(base.cloud, release), ...off ? { osUpdates: { enabled: false } } : {} },
    });
  }
}

// The starter app's stack (examples/starter) as `npx cdktf synth` writes it; a copy of it,
// synthesized by scripts/check-examples.js, comes with --module starter=<its stack folder>.
// A stack is a root module (provider blocks, its own variables) that Terraform also takes
// as a child module: the harness calls it with the variables a user sets (TF_VAR_...).
const STARTER_OUTPUTS = ['cert_manager', 'domain_name', 'gitpod_config', 'gitpod_secrets', 'kubeconfig'];
module.exports.push({
  cloud: 'starter',
  name: 'small',
  moduleDir: 'examples/starter/cdktf.out/stacks/gitpod',
  missing: 'synthesize the starter first (examples/starter/README.md), or run scripts/check-examples.js',
  inputs: (ctx) => ({
    cloudflare_api_token: 'x'.repeat(40),
    cloudflare_zone_id: '0123456789abcdef0123456789abcdef',
    ssh_public_key_path: ctx.sshPublicKeyPath,
  }),
  // the starter keeps the default ready timeout: its wait runs, against the fake curl
  fakeCurl: { readyNodes: 2 },
  expect: {
    // 1 manager + 1 worker, the public load balancer, the three A records; the readiness wait, the
    // upgrade step and kured's (no S3 Secret step: the starter copies no snapshot off the cluster)
    resources: { hcloud_server: 2, hcloud_load_balancer: 1, cloudflare_dns_record: 3, terraform_data: 3 },
    // the installation step's five outputs, every one sensitive (they hold secrets)
    outputs: STARTER_OUTPUTS,
    sensitiveOutputs: STARTER_OUTPUTS,
    outputValues: { domain_name: DOMAIN },
    kubeconfig: 'kubeconfig',
    cluster: CLUSTER.small,
    readiness: { nodes: 2 },
  },
});

module.exports.DEFAULT_KUBECONTEXT = DEFAULT_KUBECONTEXT;
module.exports.CLUSTER = CLUSTER;
module.exports.readinessScenarios = readinessScenarios;
