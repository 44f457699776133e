'use strict';
// Checks of the checks (run by run.js in the "unit" group): the cluster checks of
// checks.js accept a consistent synthetic cluster (real certificates from the fake tls
// provider, user data shaped like the modules'), and each deliberate fault fails exactly
// the check meant to catch it. Also: the fake curl passes shellcheck and answers as
// documented.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const YAML = require('yaml');
const checks = require('./checks');
const { UNKNOWN } = require('./provider/cty');
const tls = require('./provider/resources/tls');

const FAKE_CURL = path.join(__dirname, 'fake-bin', 'curl');
const MODULE = 'under_test';

const planned = (v, computed) => ({ ...v, ...Object.fromEntries(computed.map((k) => [k, UNKNOWN])) });
const KEY_COMPUTED = ['private_key_pem', 'private_key_pem_pkcs8', 'private_key_openssh', 'public_key_pem', 'public_key_openssh',
  'public_key_fingerprint_md5', 'public_key_fingerprint_sha256', 'id'];
const CERT_COMPUTED = ['cert_pem', 'key_algorithm', 'validity_start_time', 'validity_end_time', 'ready_for_renewal', 'id'];

function privateKey() {
  const v = planned({ algorithm: 'ECDSA', ecdsa_curve: 'P256', rsa_bits: 2048 }, KEY_COMPUTED);
  tls.tls_private_key.apply(v);
  return v;
}

function selfSignedCa(cn) {
  const key = privateKey();
  const cert = planned({
    private_key_pem: key.private_key_pem, validity_period_hours: 24, allowed_uses: ['cert_signing'], is_ca_certificate: true,
    set_subject_key_id: false, set_authority_key_id: false, dns_names: null, ip_addresses: null, uris: null, subject: [{ common_name: cn }],
  }, CERT_COMPUTED);
  tls.tls_self_signed_cert.apply(cert);
  return { key, cert };
}

function clientCert(ca) {
  const key = privateKey();
  const csr = planned({
    private_key_pem: key.private_key_pem, dns_names: null, ip_addresses: null, uris: null,
    subject: [{ common_name: 'gitpod-self-hosted-admin', organization: 'system:masters' }],
  }, ['cert_request_pem', 'key_algorithm', 'id']);
  tls.tls_cert_request.apply(csr);
  const cert = planned({
    cert_request_pem: csr.cert_request_pem, ca_private_key_pem: ca.key.private_key_pem, ca_cert_pem: ca.cert.cert_pem,
    validity_period_hours: 24, allowed_uses: ['client_auth'], is_ca_certificate: false, set_subject_key_id: false,
  }, [...CERT_COMPUTED, 'ca_key_algorithm']);
  tls.tls_locally_signed_cert.apply(cert);
  return { key, cert };
}

const sha256 = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');

/** The certificates of a synthetic cluster, made once (key generation is the slow part). */
function makePki() {
  const serverCa = selfSignedCa('k3s-server-ca');
  const clientCa = selfSignedCa('k3s-client-ca');
  return { serverCa, clientCa, admin: clientCert(clientCa), adminOfServerCa: clientCert(serverCa) };
}

/** The first manager's snapshot settings: k3s's schedule and retention, S3 from its Secret. */
const SNAPSHOT_CONFIG = { 'etcd-snapshot-schedule-cron': '0 */12 * * *', 'etcd-snapshot-retention': 5, 'etcd-s3': true, 'etcd-s3-config-secret': 'gitpod-etcd-s3' };

/** A small cluster (one manager, one worker) as the modules would render it: fresh objects over `pki`. */
function model(pki) {
  const { serverCa, clientCa, admin } = pki;
  const secret = 'Zq3x9VfT2mK8pL4rN7sW1yB6cD0eH5jA';
  const host = '203.0.113.10';
  const agentSecret = 'Ag3x9VfT2mK8pL4rN7sW1yB6cD0eH5jB';
  const join = `K10${sha256(serverCa.cert.cert_pem)}::server:${secret}`;
  const agentJoin = `K10${sha256(serverCa.cert.cert_pem)}::node:${agentSecret}`;
  return {
    pki, serverCa, clientCa, admin, secret, agentSecret, host,
    first: {
      address: 'hcloud_server.gitpod_manager_1',
      ip: '10.2.0.10',
      k3s: {
        'node-ip': '10.2.0.10', 'tls-san': [host], 'node-label': [...checks.WORKLOAD_LABELS], 'node-taint': [], token: secret, 'agent-token': agentSecret, 'cluster-init': true,
        ...SNAPSHOT_CONFIG,
      },
      files: [
        { path: '/var/lib/rancher/k3s/server/tls/server-ca.crt', permissions: '0644', content: serverCa.cert.cert_pem },
        { path: '/var/lib/rancher/k3s/server/tls/server-ca.key', permissions: '0600', content: serverCa.key.private_key_pem },
      ],
      extra: {},
    },
    worker: {
      address: 'hcloud_server.gitpod_workers_1[0]',
      ip: '10.2.0.100',
      k3s: { server: 'https://10.2.0.10:6443', token: agentJoin, 'node-ip': '10.2.0.100', 'node-label': [...checks.WORKLOAD_LABELS] },
      files: [],
      extra: {},
    },
    kubeconfig: { caPem: serverCa.cert.cert_pem, certPem: admin.cert.cert_pem, keyPem: admin.key.private_key_pem },
    tokenOutput: join,
    agentTokenOutput: agentJoin,
  };
}

function userData(node) {
  const doc = {
    timezone: 'UTC',
    package_update: true,
    write_files: [
      { path: '/etc/rancher/k3s/config.yaml', permissions: '0600', encoding: 'b64', content: b64(YAML.stringify(node.k3s)) },
      ...node.files,
    ],
    runcmd: [['systemctl', 'daemon-reload']],
    ...node.extra,
  };
  return `#cloud-config\n${YAML.stringify(doc)}`;
}

/** The state (`terraform show -json`) and outputs (`terraform output -json`) of a model. */
function render(m) {
  const res = (address, values) => {
    const [type, name] = address.replace(/\[\d+\]$/, '').split('.');
    return { address: `module.${MODULE}.${address}`, mode: 'managed', type, name, values };
  };
  const server = (node) => res(node.address, { name: node.address, user_data: userData(node), network: [{ ip: node.ip, network_id: 1 }] });
  const state = {
    values: {
      root_module: {
        child_modules: [{
          address: `module.${MODULE}`,
          resources: [
            res('random_password.gitpod_k3s_token', { length: 32, result: m.secret }),
            res('random_password.gitpod_k3s_agent-token', { length: 32, result: m.agentSecret }),
            res('tls_self_signed_cert.server_ca', m.serverCa.cert),
            res('tls_self_signed_cert.client_ca', m.clientCa.cert),
            res('tls_locally_signed_cert.admin', m.admin.cert),
            server(m.first),
            server(m.worker),
            ...(m.extraResources || []).map(([address, values]) => res(address, values)),
          ],
        }],
      },
    },
  };
  const kubeconfig = YAML.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'c', cluster: { server: `https://${m.host}:6443`, 'certificate-authority-data': b64(m.kubeconfig.caPem) } }],
    contexts: [{ name: 'c', context: { cluster: 'c', user: 'c' } }],
    'current-context': 'c',
    users: [{ name: 'c', user: { 'client-certificate-data': b64(m.kubeconfig.certPem), 'client-key-data': b64(m.kubeconfig.keyPem) } }],
  });
  const outputs = { kubeconfig: { value: kubeconfig, sensitive: true }, k3s_token: { value: m.tokenOutput, sensitive: true }, k3s_agent_token: { value: m.agentTokenOutput, sensitive: true } };
  return { state, outputs };
}

/** Faults, each with the start of the check name that must fail (or of each, in order). */
const FAULTS = [
  ['the join token hashes the client CA', ['joining managers: K10', 'output k3s_token is the managers'], (m) => {
    m.worker.k3s.token = `K10${sha256(m.clientCa.cert.cert_pem)}::node:${m.agentSecret}`;
    m.agentTokenOutput = m.worker.k3s.token;
  }],
  ['the join token carries another secret', ['joining managers: K10', 'output k3s_token is the managers'], (m) => {
    m.worker.k3s.token = m.worker.k3s.token.replace(/::node:.*/, '::node:other');
    m.agentTokenOutput = m.worker.k3s.token;
  }],
  ['the worker joins with the server token', ['joining managers: K10', 'the server secret is on the managers only', 'output k3s_token is the managers'], (m) => {
    m.worker.k3s.token = m.tokenOutput;
    m.agentTokenOutput = m.tokenOutput;
  }],
  ['the servers start without an agent token', ['joining managers: K10', 'output k3s_token is the managers'], (m) => { delete m.first.k3s['agent-token']; }],
  ['the k3s_token output is the plain secret', 'output k3s_token is the managers', (m) => { m.tokenOutput = m.secret; }],
  ['the k3s_agent_token output is the server token', 'output k3s_token is the managers', (m) => { m.agentTokenOutput = m.tokenOutput; }],
  ['the worker joins another address', 'joining managers and workers: server', (m) => { m.worker.k3s.server = 'https://10.2.0.11:6443'; }],
  ['the first manager keeps sqlite (no cluster-init), so it has no snapshots', 'first manager: cluster-init', (m) => { delete m.first.k3s['cluster-init']; }],
  // the join tokens then no longer carry the first manager's token either
  ['the first manager gets the join token', ['first manager: cluster-init', 'output k3s_token is the managers'],
    (m) => { m.first.k3s.token = m.tokenOutput; }],
  ['the first manager writes another server CA', 'first manager writes the k3s-server-ca', (m) => {
    m.first.files[0].content = m.clientCa.cert.cert_pem;
  }],
  ['the API address is not in tls-san', 'managers: tls-san', (m) => { m.first.k3s['tls-san'] = ['10.2.0.10']; }],
  ['a worker misses a workload label', 'workers: the five', (m) => { m.worker.k3s['node-label'].pop(); }],
  ['the manager of a small cluster is tainted', 'managers: the five', (m) => { m.first.k3s['node-taint'] = ['app=gitpod-sh:NoSchedule']; }],
  ['a worker gets the server CA key', 'only the first manager', (m) => { m.worker.files.push({ ...m.first.files[1] }); }],
  ['the kubeconfig trusts the client CA', 'kubeconfig certificate-authority-data', (m) => { m.kubeconfig.caPem = m.clientCa.cert.cert_pem; }],
  ['the admin certificate is signed by the server CA', 'kubeconfig client certificate', (m) => {
    m.kubeconfig.certPem = m.pki.adminOfServerCa.cert.cert_pem;
    m.kubeconfig.keyPem = m.pki.adminOfServerCa.key.private_key_pem;
  }],
  ['an Azure scale set carries the managed identity', 'Azure: the managed identity', (m) => {
    m.extraResources = [['azurerm_linux_virtual_machine_scale_set.gitpod_worker-scale-sets', {
      custom_data: b64(`token: ${m.worker.k3s.token}`),
      identity: [{ type: 'UserAssigned', identity_ids: ['/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/gitpod'] }],
    }]];
  }],
  ['the S3 secret key is in the first manager\'s user data', 'the S3 secret key is in no user data',
    (m) => { m.first.files.push({ path: '/etc/gitpod/s3', permissions: '0600', content: 'unit-s3-secret-key' }); }],
  ['an S3 setting in config.yaml beside the Secret (k3s would then ignore the Secret)', 'managers: etcd snapshots', (m) => { m.first.k3s['etcd-s3-bucket'] = 'b'; }],
  ['a worker with etcd settings', 'managers: etcd snapshots', (m) => { m.worker.k3s['etcd-snapshot-retention'] = 5; }],
  ['the snapshot schedule is not the input\'s', 'managers: etcd snapshots', (m) => { m.first.k3s['etcd-snapshot-schedule-cron'] = '0 0 * * *'; }],
  ['cloud-init rejects the user data', 'user data of every server passes', (m) => { m.worker.extra.package_upgrade = 'sometimes'; }, { cloudInit: true }],
];

const CLUSTER = { managers: 1, workers: 1, clusterInit: true, managersRunWorkloads: true };
const SNAPSHOTS = { schedule: '0 */12 * * *', retention: 5, s3: true, secretKey: 'unit-s3-secret-key' };

async function runClusterChecks(m, cloudInit, tmpDir) {
  const { state, outputs } = render(m);
  return checks.clusterChecks({
    state, outputs, moduleName: MODULE, cluster: CLUSTER, snapshots: SNAPSHOTS, kubeconfigOutput: 'kubeconfig', tokenOutput: 'k3s_token', tmpDir, cloudInit,
  });
}

/** Resolves [{ name, ok, detail }]. */
async function run() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-checks-unit-'));
  const out = [];
  try {
    const pki = makePki();
    const base = model(pki);
    const good = await runClusterChecks(base, true, path.join(tmp, 'good'));
    const failing = good.filter((r) => !r.ok);
    out.push({
      name: `cluster checks pass a consistent synthetic cluster (${good.length} checks)`,
      ok: !failing.length && good.length > 10,
      detail: failing.map((r) => `${r.name}: ${r.detail}`).join('\n'),
    });
    const results = await Promise.all(FAULTS.map(async ([what, expected, mutate, opts = {}], i) => {
      const m = model(pki);
      mutate(m);
      const got = await runClusterChecks(m, !!opts.cloudInit, path.join(tmp, `fault-${i}`));
      const failed = got.filter((r) => !r.ok).map((r) => r.name);
      const want = [].concat(expected);
      const ok = failed.length === want.length && want.every((w, j) => failed[j].startsWith(w));
      return { name: `cluster checks catch: ${what}`, ok, detail: `expected only "${want.join('…", "')}…" to fail; failed: ${failed.join(' | ') || 'none'}` };
    }));
    out.push(...results);
  } catch (err) {
    out.push({ name: 'cluster checks on a synthetic cluster', ok: false, detail: err.stack });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  out.push(...fakeCurlChecks());
  out.push(...servicesCheckChecks());
  out.push(...upgradeCheckUnits());
  return out;
}

/** The services checks pass consistent outputs, and each planted fault fails exactly its check. */
function servicesCheckChecks() {
  const good = () => ({
    gitpod_config: { sensitive: true, value: {
      domain: 'gitpod.example.com',
      database: { inCluster: false, external: { certificate: { kind: 'secret', name: 'database' } } },
      containerRegistry: { inCluster: false, external: { url: 'registry.example.com/gitpod', certificate: { kind: 'secret', name: 'registry' } } },
    } },
    gitpod_secrets: { sensitive: true, value: {
      database: { encryptionKeys: '[{"name":"general"}]', host: 'db.example.com', password: 'secret-password', port: '25060', username: 'gitpod' },
      registry: { '.dockerconfigjson': '{"auths":{"registry.example.com":{"auth":"dXNlcjpwYXNzd29yZA=="}}}' },
    } },
    dns_records: { sensitive: false, value: [] },
  });
  const run = (outputs) => checks.servicesChecks(outputs, { config: 'gitpod_config', secrets: 'gitpod_secrets' }).filter((r) => !r.ok).map((r) => r.name);
  const faults = [
    ['a key the installer wants is missing', (o) => { delete o.gitpod_secrets.value.database.port; }, /database\.external\.certificate names secret database/],
    ['the config refers to a secret the output lacks', (o) => { delete o.gitpod_secrets.value.registry; }, /containerRegistry\.external\.certificate names secret registry/],
    ['the config breaks the installer schema', (o) => { o.gitpod_config.value.database.inCluster = 'no'; }, /passes the Installer config schema/],
    ['a password shows in an output that is not sensitive', (o) => { o.dns_records.value = ['secret-password']; }, /no secret value shows/],
    // (the secrets themselves then show in an output that is not sensitive: that check fails too)
    ['the secrets output is not sensitive', (o) => { o.gitpod_secrets.sensitive = false; }, /output gitpod_secrets is sensitive/, 2],
  ];
  const out = [{ name: 'services checks pass consistent outputs', ok: run(good()).length === 0, detail: run(good()).join('; ') }];
  for (const [what, plant, want, count = 1] of faults) {
    const outputs = good();
    plant(outputs);
    const failed = run(outputs);
    out.push({ name: `services checks catch: ${what}`, ok: failed.length === count && want.test(failed[0]), detail: `failed: ${failed.join('; ') || 'none'}` });
  }
  return out;
}

/** The upgrade check fails a plan that replaces or deletes a server or an autoscaled group, and passes one that updates them. */
function upgradeCheckUnits() {
  const plan = (type, actions) => ({ resource_changes: [
    { mode: 'managed', type: 'hcloud_server', address: 'module.m.hcloud_server.manager', change: { actions: ['no-op'] } },
    { mode: 'managed', type, address: `module.m.${type}.x`, change: { actions } },
  ] });
  const verdict = (type, actions) => checks.upgradeChecks(plan(type, actions), { to: 'v1.37.1+k3s1' })[0].ok;
  const cases = [
    ['hcloud_server', ['delete', 'create'], false], ['hcloud_server', ['create', 'delete'], false], ['hcloud_server', ['delete'], false],
    ['scaleway_autoscaling_instance_group', ['delete', 'create'], false], ['azurerm_linux_virtual_machine_scale_set', ['delete', 'create'], false],
    ['hcloud_server', ['update'], true], ['scaleway_autoscaling_instance_template', ['update'], true], ['terraform_data', ['delete', 'create'], true],
  ];
  const wrong = cases.filter(([type, actions, ok]) => verdict(type, actions) !== ok).map(([type, actions, ok]) => `${type} ${actions.join('+')}: expected ${ok ? 'pass' : 'fail'}`);
  return [{ name: 'the upgrade check fails a replaced or deleted server or autoscaled group, and only that', ok: !wrong.length, detail: wrong.join('\n') }];
}

function fakeCurlChecks() {
  const out = [];
  const sc = spawnSync('shellcheck', ['--severity=style', FAKE_CURL], { encoding: 'utf8' });
  out.push({ name: 'fake-bin/curl passes shellcheck --severity=style', ok: sc.status === 0, detail: sc.error ? sc.error.message : sc.stdout + sc.stderr });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-fake-curl-'));
  try {
    const ca = path.join(dir, 'ca.crt');
    fs.writeFileSync(ca, 'CA\n');
    const curl = (env, ...args) => spawnSync(FAKE_CURL, args, { encoding: 'utf8', env: { ...process.env, FAKE_CURL_DIR: dir, ...env } });
    const problems = [];
    const readyz = curl({}, '-sf', '--max-time', '10', '--cacert', ca, '--cert', path.join(dir, 'none'), '--key', ca, 'https://203.0.113.1:6443/readyz');
    if (readyz.status !== 0 || readyz.stdout !== 'ok') problems.push(`/readyz: exit ${readyz.status}, ${JSON.stringify(readyz.stdout)}`);
    if (!fs.existsSync(path.join(dir, 'cacert.pem')) || !fs.existsSync(path.join(dir, 'cert.missing'))) problems.push('files not recorded');
    const failing = curl({ FAKE_CURL_READYZ: 'fail' }, '-sf', 'https://203.0.113.1:6443/readyz');
    if (failing.status !== 7 || failing.stdout !== '') problems.push(`/readyz with FAKE_CURL_READYZ=fail: exit ${failing.status}`);
    const counts = [1, 2, 3].map(() => {
      const r = curl({ FAKE_CURL_READY_NODES: '1 2' }, '-sf', 'https://203.0.113.1:6443/api/v1/nodes');
      return (r.stdout.match(/"type":"Ready","status":"True"/g) || []).length;
    });
    if (counts.join() !== '1,2,2') problems.push(`/api/v1/nodes with "1 2" answered ${counts.join(', ')} Ready nodes`);
    const other = curl({}, '-sf', 'https://203.0.113.1:6443/version');
    if (other.status !== 22) problems.push(`/version: exit ${other.status}`);
    const calls = fs.readFileSync(path.join(dir, 'calls'), 'utf8').trim().split('\n');
    if (calls.length !== 6 || calls[0] !== `call -sf --max-time 10 --cacert ${ca} --cert ${path.join(dir, 'none')} --key ${ca} https://203.0.113.1:6443/readyz`) {
      problems.push(`calls recorded: ${calls.join(' / ')}`);
    }
    out.push({ name: 'fake-bin/curl answers /readyz, /api/v1/nodes and records its calls', ok: !problems.length, detail: problems.join('\n') });
  } catch (err) {
    out.push({ name: 'fake-bin/curl answers', ok: false, detail: err.stack });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

module.exports = { run };
