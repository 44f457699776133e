'use strict';
// The scenario table of `node test-support/terraform/run.js` (npm run test:terraform).
//
// One entry per cloud and size. Fields:
//   cloud      module folder name: the module is <repo>/modules/<cloud>/main.tf.json
//              (a cloud whose folder does not exist is skipped with a note)
//   name       scenario label, e.g. the size
//   moduleDir  optional: another module folder, relative to the repo root
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
// Every scenario also checks: terraform get, validate, plan, apply, and that a second
// plan shows no changes.

const DOMAIN = 'gitpod.example.com';
const DEFAULT_KUBECONTEXT = 'gitpod-self-hosted';

const contract = {
  outputs: ['dns_records', 'k3s_token', 'kubeconfig', 'kubecontext'],
  sensitiveOutputs: ['k3s_token', 'kubeconfig'],
  outputValues: { kubecontext: DEFAULT_KUBECONTEXT },
  kubeconfig: 'kubeconfig',
  dnsRecords: 'dns_records',
};

const hetznerInputs = (size) => (ctx) => ({
  domain_name: DOMAIN,
  ssh_public_key_path: ctx.sshPublicKeyPath,
  size,
  size_data: { node_count: 3 },
  // 0 disables the wait for https://<api>:6443/readyz: there is no cluster here.
  ready_timeout_minutes: 0,
});

module.exports = [
  {
    // The harness's own fixture: proves the harness on a module of the same shape
    // while the real modules are being written.
    cloud: 'sample',
    name: 'medium',
    moduleDir: 'test-support/terraform/fixtures/sample',
    inputs: hetznerInputs('medium'),
    expect: {
      ...contract,
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
      // 1 manager + 1 worker; the public load balancer only (no manager load balancer)
      resources: { hcloud_server: 2, hcloud_load_balancer: 1 },
    },
  },
  {
    cloud: 'hetzner',
    name: 'medium',
    inputs: hetznerInputs('medium'),
    expect: {
      ...contract,
      // 3 managers + size_data.node_count (3) workers; public + manager load balancers
      resources: { hcloud_server: 6, hcloud_load_balancer: 2 },
    },
  },
];

module.exports.DEFAULT_KUBECONTEXT = DEFAULT_KUBECONTEXT;
