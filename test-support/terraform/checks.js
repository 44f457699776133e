'use strict';
// Expectation checks of a scenario (see scenarios.js), on parsed Terraform output.
// Each returns [{ name, ok, detail }].
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFile } = require('child_process');
const YAML = require('yaml');
const { plannedResources, stateResources } = require('./harness');
const servers = require('./servers');

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

const check = (name, ok, detail = '') => ({ name, ok: !!ok, detail: ok ? '' : detail });

/** Planned instance counts by type (key without a dot) or address prefix inside the module. */
function resourceCounts(planJson, expected, moduleName) {
  const planned = plannedResources(planJson, { actions: ['create'] });
  const inModule = (addr) => addr.replace(new RegExp(`^module\\.${moduleName}\\.`), '');
  return Object.entries(expected || {}).map(([key, want]) => {
    const matches = planned.filter((r) => (key.includes('.')
      ? inModule(r.address) === key || inModule(r.address).startsWith(`${key}[`) || inModule(r.address).startsWith(`${key}.`)
      : r.type === key));
    return check(`plan creates ${want} ${key}`, matches.length === want,
      `planned ${matches.length}: ${matches.map((r) => r.address).join(', ') || 'none'}`);
  });
}

function outputChecks(outputs, expect) {
  const out = [];
  for (const name of expect.outputs || []) {
    const o = outputs[name];
    out.push(check(`output ${name} exists`, o && o.value !== null && o.value !== undefined, `outputs: ${Object.keys(outputs).join(', ')}`));
  }
  for (const name of expect.sensitiveOutputs || []) {
    out.push(check(`output ${name} is sensitive`, outputs[name] && outputs[name].sensitive, `sensitive = ${outputs[name] && outputs[name].sensitive}`));
  }
  for (const [name, want] of Object.entries(expect.outputValues || {})) {
    const got = outputs[name] && outputs[name].value;
    out.push(check(`output ${name} = ${JSON.stringify(want)}`, JSON.stringify(got) === JSON.stringify(want), `got ${JSON.stringify(got)}`));
  }
  return out;
}

const b64pem = (s) => Buffer.from(s || '', 'base64').toString('utf8');

/** A kubeconfig whose cluster, context and user are all `context`, with usable credentials. */
function kubeconfigChecks(text, context) {
  let doc;
  try {
    doc = YAML.parse(text);
  } catch (err) {
    return [check('kubeconfig is YAML', false, err.message)];
  }
  const problems = [];
  const one = (list, what) => {
    if (!Array.isArray(list) || list.length !== 1) problems.push(`${what}: expected exactly one, got ${JSON.stringify((list || []).map((x) => x.name))}`);
    else if (list[0].name !== context) problems.push(`${what}: named ${JSON.stringify(list[0].name)}, expected ${JSON.stringify(context)}`);
    return Array.isArray(list) ? list[0] : undefined;
  };
  const cluster = one(doc.clusters, 'clusters');
  const ctx = one(doc.contexts, 'contexts');
  const user = one(doc.users, 'users');
  if (doc['current-context'] !== context) problems.push(`current-context is ${JSON.stringify(doc['current-context'])}`);
  if (ctx && ctx.context && (ctx.context.cluster !== context || ctx.context.user !== context)) {
    problems.push(`context points at cluster ${ctx.context.cluster} / user ${ctx.context.user}`);
  }
  const results = [check(`kubeconfig has one cluster, context and user named "${context}"`, !problems.length, problems.join('; '))];

  const server = cluster && cluster.cluster && cluster.cluster.server;
  results.push(check('kubeconfig server is https://<address>:6443', /^https:\/\/[^/:]+:6443\/?$/.test(server || ''), `server: ${server}`));

  const creds = [];
  try {
    const ca = new crypto.X509Certificate(b64pem(cluster.cluster['certificate-authority-data']));
    if (!ca.ca) creds.push('certificate-authority-data is not a CA certificate');
  } catch (err) {
    creds.push(`certificate-authority-data: ${err.message}`);
  }
  const u = (user && user.user) || {};
  if (u['client-certificate-data']) {
    try {
      const cert = new crypto.X509Certificate(b64pem(u['client-certificate-data']));
      const key = crypto.createPrivateKey(b64pem(u['client-key-data']));
      if (!cert.checkPrivateKey(key)) creds.push('client-key-data does not match client-certificate-data');
      if (new Date(cert.validTo) < new Date()) creds.push('client certificate expired');
    } catch (err) {
      creds.push(`client certificate/key: ${err.message}`);
    }
  } else if (!u.token) {
    creds.push('user has neither client-certificate-data nor token');
  }
  results.push(check('kubeconfig credentials parse and belong together', !creds.length, creds.join('; ')));
  return results;
}

/** Three A records: domain, *.domain, *.ws.domain, each with an IPv4 value. */
function dnsRecordChecks(records, domain) {
  const want = [domain, `*.${domain}`, `*.ws.${domain}`];
  const problems = [];
  if (!Array.isArray(records) || records.length !== 3) {
    problems.push(`expected 3 records, got ${JSON.stringify(records)}`);
  } else {
    const names = records.map((r) => r.name).sort();
    if (JSON.stringify(names) !== JSON.stringify([...want].sort())) problems.push(`names ${JSON.stringify(names)} != ${JSON.stringify(want)}`);
    for (const r of records) {
      if (r.type !== 'A') problems.push(`${r.name}: type ${r.type}`);
      if (!IPV4.test(r.value || '')) problems.push(`${r.name}: value ${JSON.stringify(r.value)} is not an IPv4 address`);
    }
  }
  return [check(`dns records: three A records for ${domain}`, !problems.length, problems.join('; '))];
}

// ---------------------------------------------------------------------------------
// Cluster checks: what only a real Terraform evaluation shows, read from the state
// after apply (`terraform show -json`) and the outputs.

/** The labels that let Gitpod schedule its workloads on a node. */
const WORKLOAD_LABELS = [
  'gitpod.io/workload_meta=true', 'gitpod.io/workload_ide=true', 'gitpod.io/workload_services=true',
  'gitpod.io/workload_workspace_regular=true', 'gitpod.io/workload_workspace_headless=true',
];
/** The taint that keeps workloads off highly available managers. */
const MANAGER_TAINT = 'app=gitpod-sh:NoSchedule';
const K3S_CONFIG = '/etc/rancher/k3s/config.yaml';
const PREPARE_NODE = '/usr/local/sbin/gitpod-prepare-node';
const K3S_SERVER_CA_FILE = '/var/lib/rancher/k3s/server/tls/server-ca.crt';
const JOIN_TOKEN = /^K10([0-9a-f]{64})::(server|node):(.+)$/;

const sha256 = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
const asArray = (x) => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
const sameSet = (a, b) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
/** YAML as cloud-init (PyYAML) and k3s (go-yaml v2) read it: YAML 1.1. */
const parseYaml11 = (text) => YAML.parse(text, { version: '1.1' });

/** The content of a cloud-config write_files entry, decoded the way cloud-init does. */
function fileContent(entry) {
  const content = entry.content === undefined || entry.content === null ? '' : String(entry.content);
  const enc = String(entry.encoding || 'text').toLowerCase();
  if (['b64', 'base64'].includes(enc)) return Buffer.from(content, 'base64').toString('utf8');
  if (['gz+b64', 'gzip+base64', 'gz+base64', 'gzip+b64'].includes(enc)) return zlib.gunzipSync(Buffer.from(content, 'base64')).toString('utf8');
  return content;
}

/** Subject common name of a tls_* certificate resource, from its state values. */
const commonName = (values) => asArray(values && values.subject).map((s) => s && s.common_name).find(Boolean);

/** cert_pem of the tls_self_signed_cert whose subject common name is `cn`. */
function caCertPem(resources, cn) {
  const found = resources.filter((r) => r.type === 'tls_self_signed_cert' && commonName(r.values) === cn);
  return found.length === 1 ? found[0].values.cert_pem : undefined;
}

/** Runs `cloud-init schema --config-file <file>`; resolves { ok, output }. */
function cloudInitSchema(file) {
  return new Promise((resolve) => {
    execFile('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8' }, (err, stdout, stderr) => {
      const output = `${stdout || ''}${stderr || ''}`.trim();
      resolve({ ok: !err && /Valid cloud-config/.test(stdout || ''), output: err && err.code === 'ENOENT' ? 'cloud-init is not installed' : output });
    });
  });
}

/** The kubeconfig's server URL, CA PEM and client certificate PEM ({} parts when absent). */
function kubeconfigParts(text) {
  try {
    const doc = YAML.parse(text || '');
    const cluster = ((doc.clusters || [])[0] || {}).cluster || {};
    const user = ((doc.users || [])[0] || {}).user || {};
    const server = cluster.server;
    let host;
    try { host = new URL(server).hostname.replace(/^\[|\]$/g, ''); } catch { host = undefined; }
    return {
      server, host,
      caPem: cluster['certificate-authority-data'] && b64pem(cluster['certificate-authority-data']),
      clientCertPem: user['client-certificate-data'] && b64pem(user['client-certificate-data']),
      clientKeyPem: user['client-key-data'] && b64pem(user['client-key-data']),
    };
  } catch {
    return {};
  }
}

/**
 * Checks the user data of every server as Terraform rendered it, the k3s configuration
 * it writes, and how the credentials of the state, the user data and the outputs fit.
 *   state      parsed `terraform show -json` after apply
 *   outputs    parsed `terraform output -json`
 *   moduleName the module call of the root module
 *   cluster    scenario's expect.cluster: { managers, workers, clusterInit, managersRunWorkloads }
 *   kubeconfigOutput, tokenOutput  output names (expect.kubeconfig, expect.k3sToken)
 *   tmpDir     a folder for the files handed to cloud-init
 *   snapshots  optional { schedule, retention, s3, secretKey }: every manager takes etcd
 *              snapshots on that schedule, keeps that many, names the S3 Secret when s3; no
 *              worker has them; the S3 secret key is in no user data and no plain output
 *   osUpdates  optional { enabled }: every server's unattended-upgrades settings ("1" on,
 *              "0" off, never its own reboots)
 *   cloudInit  false skips the `cloud-init schema` check (for the checks' own unit tests)
 */
async function clusterChecks({ state, outputs, moduleName, cluster, os, snapshots, osUpdates, kubeconfigOutput, tokenOutput, tmpDir, cloudInit = true }) {
  const results = [];
  const add = (name, problems) => results.push(check(name, !problems.length, problems.join('\n')));
  const resources = stateResources(state);
  const all = servers.servers(resources, moduleName).map((s) => ({ ...s, role: servers.role(s.address) }));
  const first = all.filter((s) => s.role === 'first');
  const joining = all.filter((s) => s.role === 'joining');
  const workers = all.filter((s) => s.role === 'worker');
  const kc = kubeconfigParts(outputs[kubeconfigOutput] && outputs[kubeconfigOutput].value);
  const serverCaPem = caCertPem(resources, 'k3s-server-ca');
  const clientCaPem = caCertPem(resources, 'k3s-client-ca');

  // Shape: one first manager, the joining managers and workers of the size, all with user data.
  const shape = [];
  const want = { first: 1, joining: cluster.managers - 1, worker: cluster.workers };
  for (const [r, list] of [['first', first], ['joining', joining], ['worker', workers]]) {
    if (list.length !== want[r]) shape.push(`${want[r]} ${r} expected, state has ${list.length}: ${list.map((s) => s.address).join(', ') || 'none'}`);
  }
  for (const s of all) if (s.userData === undefined) shape.push(`${s.address}: no user data in state (${s.type}: ${servers.SERVER_TYPES[s.type].userData.join('.')})`);
  add(`servers: 1 first manager, ${want.joining} joining managers, ${want.worker} workers, each with user data`, shape);
  const withData = all.filter((s) => s.userData !== undefined);

  // What the cloud's API accepts.
  const limited = withData.filter((s) => servers.SERVER_TYPES[s.type].maxBytes);
  if (limited.length) {
    const sizes = limited.map((s) => ({ s, bytes: Buffer.byteLength(s.userData, 'utf8'), max: servers.SERVER_TYPES[s.type].maxBytes }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    add(`user data of every server fits its API limit (largest ${largest.bytes} of ${largest.max} bytes)`,
      sizes.filter((x) => x.bytes > x.max).map((x) => `${x.s.address}: ${x.bytes} bytes, ${x.s.type} accepts ${x.max}`));
  }

  // cloud-init's own schema check of every rendered user data.
  if (cloudInit) {
    fs.mkdirSync(tmpDir, { recursive: true });
    const schema = await Promise.all(withData.map((s, i) => {
      const file = path.join(tmpDir, `user-data-${i}.yaml`);
      fs.writeFileSync(file, s.userData);
      return cloudInitSchema(file).then((r) => (r.ok ? null : `${s.address}: ${r.output.split('\n').slice(-6).join(' | ')}`));
    }));
    add(`user data of every server passes \`cloud-init schema\` (${withData.length})`, schema.filter(Boolean));
  }

  // Parse the cloud-config and the k3s configuration it writes.
  const parseProblems = [];
  for (const s of withData) {
    try {
      s.cloudConfig = parseYaml11(s.userData);
      s.files = asArray(s.cloudConfig && s.cloudConfig.write_files).map((f) => ({ path: f.path, content: fileContent(f) }));
      const cfgFile = s.files.filter((f) => f.path === K3S_CONFIG);
      if (cfgFile.length !== 1) throw new Error(`${cfgFile.length} write_files entries for ${K3S_CONFIG}`);
      s.k3s = parseYaml11(cfgFile[0].content) || {};
    } catch (err) {
      parseProblems.push(`${s.address}: ${err.message}`);
    }
  }
  add(`every server's cloud-config writes ${K3S_CONFIG} (YAML)`, parseProblems);
  const parsed = withData.filter((s) => s.k3s);
  const fm = first.length === 1 && first[0].k3s ? first[0] : undefined;
  const joiners = parsed.filter((s) => s.role !== 'first');
  const managers = parsed.filter((s) => s.role !== 'worker');

  // The first manager starts the cluster with the plain secret.
  const secrets = resources.filter((r) => ['random_password', 'random_string'].includes(r.type)).map((r) => r.values.result);
  const fmProblems = [];
  if (!fm) fmProblems.push('no first manager with a k3s configuration');
  else {
    const ci = fm.k3s['cluster-init'] === undefined ? false : fm.k3s['cluster-init'];
    if (ci !== cluster.clusterInit) fmProblems.push(`cluster-init is ${JSON.stringify(fm.k3s['cluster-init'])}, expected ${cluster.clusterInit}`);
    if (typeof fm.k3s.token !== 'string' || !fm.k3s.token) fmProblems.push(`token is ${JSON.stringify(fm.k3s.token)}`);
    else if (fm.k3s.token.startsWith('K10') || fm.k3s.token.includes('::')) fmProblems.push('token is a join token, not the plain secret');
    else if (!secrets.includes(fm.k3s.token)) fmProblems.push('token is not the result of a random_password (or random_string) in state');
    if (fm.k3s.server !== undefined) fmProblems.push(`first manager has server: ${fm.k3s.server}`);
  }
  add(`first manager: cluster-init ${cluster.clusterInit}, token is the plain secret`, fmProblems);

  // Joining managers and workers find the first manager and trust its CA.
  const firstIp = first.length === 1 ? first[0].privateIp : undefined;
  const wantServer = `https://${firstIp}:6443`;
  const ipProblems = [];
  if (!firstIp) ipProblems.push(`first manager has no private IP in state (${first[0] ? servers.privateIpSource(first[0].type) : '-'})`);
  if (fm && fm.k3s['node-ip'] !== undefined && fm.k3s['node-ip'] !== firstIp) ipProblems.push(`first manager's node-ip ${fm.k3s['node-ip']} is not its private IP ${firstIp}`);
  for (const s of joiners) if (s.k3s.server !== wantServer) ipProblems.push(`${s.address}: server ${JSON.stringify(s.k3s.server)}`);
  add(`joining managers and workers: server ${wantServer} (the first manager's private IP)`, ipProblems);

  const caHash = serverCaPem ? sha256(serverCaPem) : undefined;
  const tokenProblems = [];
  if (!serverCaPem) tokenProblems.push('no single tls_self_signed_cert with subject common_name k3s-server-ca in state');
  // Managers join with the server secret; workers with the agent secret, user `node`.
  const agentSecret = fm && fm.k3s['agent-token'];
  if (fm && (typeof agentSecret !== 'string' || !secrets.includes(agentSecret) || agentSecret === fm.k3s.token)) {
    tokenProblems.push(`first manager's agent-token is not a random_password of its own in state (${typeof agentSecret})`);
  }
  for (const s of managers) if (s.k3s['agent-token'] !== agentSecret) tokenProblems.push(`${s.address}: agent-token differs from the first manager's`);
  for (const s of joiners) {
    const m = JOIN_TOKEN.exec(typeof s.k3s.token === 'string' ? s.k3s.token : '');
    if (!m) { tokenProblems.push(`${s.address}: token is not K10<sha256>::<user>:<secret>`); continue; }
    if (caHash && m[1] !== caHash) tokenProblems.push(`${s.address}: token hash ${m[1]} is not the SHA-256 of the k3s-server-ca cert_pem in state (${caHash})`);
    const [user, secret] = s.role === 'worker' ? ['node', agentSecret] : ['server', fm && fm.k3s.token];
    if (m[2] !== user) tokenProblems.push(`${s.address}: token user ${m[2]}, expected ${user}`);
    if (fm && m[3] !== secret) tokenProblems.push(`${s.address}: token secret is not the first manager's ${user === 'node' ? 'agent-token' : 'token'}`);
  }
  add('joining managers: K10<sha256 of k3s-server-ca cert_pem>::server:<first manager\'s token>; workers: ::node:<its agent-token>', tokenProblems);

  // The server secret is full admin: no worker and no autoscaled node's template holds it.
  const serverSecret = fm && fm.k3s.token;
  const leaks = [];
  if (serverSecret) {
    for (const s of withData.filter((x) => x.role === 'worker')) {
      const text = [s.userData, ...(s.files || []).map((f) => f.content)].join('\n');
      if (text.includes(serverSecret)) leaks.push(`${s.address}: user data holds the server secret`);
    }
    for (const t of autoscaledTemplates(resources)) {
      if (t.text.includes(serverSecret)) leaks.push(`${t.address}: holds the server secret`);
      if (agentSecret && !t.text.includes(agentSecret)) leaks.push(`${t.address}: does not hold the agent secret`);
    }
  }
  add('the server secret is on the managers only: not in workers\' user data nor in autoscaled nodes\' templates', leaks);

  // The K10 hash is checked by joining nodes against the CA the first manager serves.
  const caFileProblems = [];
  if (fm && serverCaPem) {
    const f = fm.files.filter((x) => x.path === K3S_SERVER_CA_FILE);
    if (f.length !== 1) caFileProblems.push(`${f.length} write_files entries for ${K3S_SERVER_CA_FILE}`);
    else if (f[0].content !== serverCaPem) caFileProblems.push(`${K3S_SERVER_CA_FILE} differs from the k3s-server-ca cert_pem in state (sha256 ${sha256(f[0].content)} vs ${caHash})`);
  } else caFileProblems.push('no first manager configuration or no server CA in state');
  add(`first manager writes the k3s-server-ca cert_pem from state byte for byte to ${K3S_SERVER_CA_FILE}`, caFileProblems);

  // Managers answer on the kubeconfig address.
  const sanProblems = [];
  if (!kc.host) sanProblems.push(`no server host in output ${kubeconfigOutput}`);
  for (const s of managers) if (!asArray(s.k3s['tls-san']).includes(kc.host)) sanProblems.push(`${s.address}: tls-san ${JSON.stringify(s.k3s['tls-san'])}`);
  add(`managers: tls-san contains the kubeconfig server host ${kc.host}`, sanProblems);

  // Where Gitpod's workloads may run.
  const labelProblems = (list, labels, taints) => list.flatMap((s) => {
    const gotLabels = asArray(s.k3s['node-label']);
    const gotTaints = asArray(s.k3s['node-taint']);
    const p = [];
    if (!sameSet(gotLabels, labels)) p.push(`${s.address}: node-label ${JSON.stringify(gotLabels)}`);
    if (!sameSet(gotTaints, taints)) p.push(`${s.address}: node-taint ${JSON.stringify(gotTaints)}`);
    return p;
  });
  if (cluster.managersRunWorkloads) {
    add('managers: the five gitpod.io/workload_* labels, no taint', labelProblems(managers, WORKLOAD_LABELS, []));
  } else {
    add(`managers: taint ${MANAGER_TAINT}, no node-label`, labelProblems(managers, [], [MANAGER_TAINT]));
  }
  add('workers: the five gitpod.io/workload_* labels, no taint', labelProblems(parsed.filter((s) => s.role === 'worker'), WORKLOAD_LABELS, []));

  if (snapshots) {
    const snap = [];
    for (const s of managers) {
      const k = s.k3s;
      if (k['etcd-snapshot-schedule-cron'] !== snapshots.schedule) snap.push(`${s.address}: etcd-snapshot-schedule-cron ${JSON.stringify(k['etcd-snapshot-schedule-cron'])}`);
      if (k['etcd-snapshot-retention'] !== snapshots.retention) snap.push(`${s.address}: etcd-snapshot-retention ${JSON.stringify(k['etcd-snapshot-retention'])}`);
      if (snapshots.s3 && (k['etcd-s3'] !== true || k['etcd-s3-config-secret'] !== 'gitpod-etcd-s3')) snap.push(`${s.address}: etcd-s3 ${k['etcd-s3']}, etcd-s3-config-secret ${k['etcd-s3-config-secret']}`);
      if (!snapshots.s3 && k['etcd-s3'] === true) snap.push(`${s.address}: etcd-s3 without a bucket`);
      // k3s ignores the Secret where config.yaml sets any other etcd-s3 option.
      const other = Object.keys(k).filter((key) => key.startsWith('etcd-s3-') && key !== 'etcd-s3-config-secret');
      if (other.length) snap.push(`${s.address}: ${other.join(', ')} in config.yaml`);
    }
    for (const s of parsed.filter((x) => x.role === 'worker')) {
      if (Object.keys(s.k3s).some((key) => key.startsWith('etcd-'))) snap.push(`${s.address}: a worker with etcd settings`);
    }
    add(`managers: etcd snapshots "${snapshots.schedule}", ${snapshots.retention} kept${snapshots.s3 ? ', S3 from the Secret gitpod-etcd-s3' : ''}; workers: none`, snap);
    if (snapshots.secretKey) {
      const leaked = withData.filter((s) => s.userData.includes(snapshots.secretKey) || (s.files || []).some((f) => String(f.content).includes(snapshots.secretKey)))
        .map((s) => `${s.address}: user data holds the S3 secret key`);
      for (const t of autoscaledTemplates(resources)) if (t.text.includes(snapshots.secretKey)) leaked.push(`${t.address}: holds the S3 secret key`);
      for (const [name, o] of Object.entries(outputs)) if (!o.sensitive && JSON.stringify(o.value).includes(snapshots.secretKey)) leaked.push(`output ${name} (not sensitive) holds the S3 secret key`);
      add('the S3 secret key is in no user data, no node template and no plain output', leaked);
    }
  }

  if (osUpdates) {
    const apt = [];
    const want = osUpdates.enabled ? '1' : '0';
    for (const s of parsed) {
      const f = (s.files || []).find((x) => x.path === '/etc/apt/apt.conf.d/52gitpod-unattended-upgrades');
      const text = f ? String(f.content) : '';
      if (!f) apt.push(`${s.address}: no unattended-upgrades settings`);
      else if (!text.includes(`APT::Periodic::Unattended-Upgrade "${want}";`) || !text.includes('Unattended-Upgrade::Automatic-Reboot "false";')) apt.push(`${s.address}: ${text.replace(/\n/g, ' ')}`);
    }
    add(`every server: unattended-upgrades ${osUpdates.enabled ? 'on' : 'off'}, no reboot of its own`, apt);
    // kured's HelmChart comes over the API (kuredChecks), not in user data.
    const kured = parsed.filter((x) => (x.files || []).some((f) => /kured/.test(f.path))).map((x) => `${x.address}: a kured file in user data`);
    add('no kured file in any user data (its HelmChart comes over the API)', kured);
  }

  // Private keys (the cluster CAs) go to the first manager only.
  const keyProblems = [];
  for (const s of withData) {
    const text = [s.userData, ...(s.files || []).map((f) => f.content)].join('\n');
    const has = text.includes('PRIVATE KEY');
    if (s.role === 'first' && !has) keyProblems.push(`${s.address}: the first manager gets no private key (the CA keys)`);
    if (s.role !== 'first' && has) keyProblems.push(`${s.address}: ${s.role === 'worker' ? 'worker' : 'joining manager'} user data contains PRIVATE KEY`);
  }
  add('only the first manager\'s user data contains PRIVATE KEY', keyProblems);

  // Azure: the managed identity is on the managers, where its one user (the disk CSI
  // controller) runs; workers and scale sets, where workspaces run, carry none.
  const vms = resources.filter((r) => ['azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set'].includes(r.type));
  if (vms.length) {
    const identityProblems = vms.flatMap((r) => {
      const ids = asArray(r.values.identity).flatMap((i) => asArray(i.identity_ids));
      const manager = r.type === 'azurerm_linux_virtual_machine' && servers.role(r.address) !== 'worker';
      if (manager && ids.length !== 1) return [`${r.address}: a manager with ${ids.length} identities`];
      if (!manager && ids.length) return [`${r.address}: carries the identity ${ids.join(', ')}`];
      return [];
    });
    add('Azure: the managed identity on every manager, on no worker and no scale set', identityProblems);
  }

  // The token outputs are what a manager and a worker need to join.
  const outProblems = [];
  const value = (name) => outputs[name] && outputs[name].value;
  const serverToken = caHash && fm ? `K10${caHash}::server:${fm.k3s.token}` : undefined;
  const agentToken = caHash && agentSecret ? `K10${caHash}::node:${agentSecret}` : undefined;
  // A stack (the starter) need not output the join tokens; the nodes must still agree.
  if (tokenOutput && value(tokenOutput) !== serverToken) outProblems.push(`output ${tokenOutput} is not K10<hash>::server:<first manager's token>`);
  if (tokenOutput && value('k3s_agent_token') !== agentToken) outProblems.push('output k3s_agent_token is not K10<hash>::node:<agent-token>');
  for (const s of joiners) {
    const want = s.role === 'worker' ? agentToken : serverToken;
    if (s.k3s.token !== want) outProblems.push(`${s.address}: joins with another token than the output says`);
  }
  add(tokenOutput ? `output ${tokenOutput} is the managers' join token, k3s_agent_token the workers'` : 'joining nodes use the managers\' and the workers\' join tokens', outProblems);

  if (os) results.push(...osChecks(withData, os));
  results.push(...credentialChecks({ kc, serverCaPem, clientCaPem }));
  return results;
}

/** The full address of the first manager in a state (one server whose role is "first"). */
function firstManagerAddress(state) {
  const resources = stateResources(state);
  const first = resources.filter((r) => servers.SERVER_TYPES[r.type] && servers.role(r.address) === 'first');
  return first.length === 1 ? first[0].address : undefined;
}

/**
 * A plan with -replace of the first manager (expect.replaceFirstManager: { follows: [types], probes }):
 * the first manager is replaced; the only other changes are updates or replacements of the
 * types that point at it (load balancer targets, the readiness wait, ...); no other server,
 * key, certificate or password changes; and the replacement boots to look for the cluster
 * before it initialises one (find-cluster MODE=first, with `probes` addresses: the other managers'
 * and the API address; where the cloud assigns addresses, the API address only).
 */
function replaceChecks(planJson, address, { follows = [], probes = 3 }) {
  const changes = (planJson.resource_changes || []).filter((rc) => rc.mode === 'managed' && !rc.change.actions.every((a) => a === 'no-op' || a === 'read'));
  const replaced = changes.find((rc) => rc.address === address);
  const others = changes.filter((rc) => rc.address !== address);
  const unexpected = others.filter((rc) => !follows.includes(rc.type)).map((rc) => `${rc.address}: ${rc.change.actions.join('+')}`);
  const spec = replaced && servers.SERVER_TYPES[replaced.type];
  let userData = spec && replaced.change.after && dig(replaced.change.after, spec.userData);
  if (typeof userData === 'string' && spec.encoding === 'base64') userData = Buffer.from(userData, 'base64').toString('utf8');
  const doc = typeof userData === 'string' ? parseYaml11(userData) : undefined;
  const defaults = doc && asArray(doc.write_files).find((f) => f.path === '/etc/default/gitpod-find-cluster');
  const text = defaults ? fileContent(defaults) : '';
  const addresses = (/^ADDRESSES=(.*)$/m.exec(text) || [])[1] || '';
  return [
    check(`-replace replaces the first manager (${address})`, !!replaced && replaced.change.actions.includes('delete') && replaced.change.actions.includes('create'),
      replaced ? replaced.change.actions.join('+') : 'not in the plan'),
    check(`-replace changes nothing else but what points at it (${follows.join(', ') || 'nothing'})`, !unexpected.length, unexpected.join('\n')),
    check(`the replacement looks for the cluster at ${probes} address(es) before it initialises one (MODE=first)`,
      /^MODE=first$/m.test(text) && addresses.split(',').filter(Boolean).length === probes, text || 'no /etc/default/gitpod-find-cluster in its user data'),
  ];
}

const dig = (value, keys) => keys.reduce((v, k) => (v === null || v === undefined ? undefined : v[k]), value);

/** Where autoscaled nodes' user data waits in state: the clouds' templates ({ address, text }). */
function autoscaledTemplates(resources) {
  const texts = {
    scaleway_autoscaling_instance_template: (v) => v.cloud_init,
    digitalocean_droplet_autoscale: (v) => ((v.droplet_template || [])[0] || {}).user_data,
    azurerm_linux_virtual_machine_scale_set: (v) => (v.custom_data ? Buffer.from(v.custom_data, 'base64').toString('utf8') : undefined),
  };
  return resources.filter((r) => texts[r.type]).map((r) => ({ address: r.address, text: texts[r.type](r.values) || '' }));
}

/**
 * The Ubuntu release of a scenario (expect.os: { image, fsShiftMethod }): every server boots
 * the cloud's image of it, and its k3s install runs behind the node preparation for that
 * fsShiftMethod (the last runcmd entry: the fence check, then gitpod-prepare-node <method>).
 */
function osChecks(withData, os) {
  const image = withData.filter((s) => s.image !== os.image).map((s) => `${s.address}: image ${JSON.stringify(s.image)}`);
  const prepare = withData.flatMap((s) => {
    const runcmd = asArray(s.cloudConfig && s.cloudConfig.runcmd);
    const install = asArray(runcmd[runcmd.length - 1]);
    return install[1] === PREPARE_NODE && install[2] === os.fsShiftMethod ? [] : [`${s.address}: last runcmd ${JSON.stringify(install.slice(0, 3))}`];
  });
  return [
    check(`every server boots ${os.image}`, !image.length, image.join('\n')),
    check(`every server prepares ${os.fsShiftMethod} before its k3s install`, !prepare.length, prepare.join('\n')),
  ];
}

/** The kubeconfig's CA is the server CA in state; its client certificate is signed by the client CA. */
function credentialChecks({ kc, serverCaPem, clientCaPem }) {
  const ca = [];
  if (!serverCaPem) ca.push('no single tls_self_signed_cert with subject common_name k3s-server-ca in state');
  else if (!kc.caPem) ca.push('kubeconfig has no certificate-authority-data');
  else if (kc.caPem !== serverCaPem) ca.push('certificate-authority-data is not the k3s-server-ca cert_pem in state');
  const client = [];
  if (!clientCaPem) client.push('no single tls_self_signed_cert with subject common_name k3s-client-ca in state');
  else if (!kc.clientCertPem) client.push('kubeconfig has no client-certificate-data');
  else {
    try {
      const caCert = new crypto.X509Certificate(clientCaPem);
      const cert = new crypto.X509Certificate(kc.clientCertPem);
      if (!cert.verify(caCert.publicKey)) client.push('client certificate is not signed by k3s-client-ca');
      if (!cert.checkIssued(caCert)) client.push(`client certificate issuer ${cert.issuer.replace(/\n/g, ', ')} is not k3s-client-ca`);
      if (!cert.subject.split('\n').includes('O=system:masters')) client.push(`client certificate subject ${cert.subject.replace(/\n/g, ', ')} lacks O=system:masters`);
    } catch (err) {
      client.push(err.message);
    }
  }
  return [
    check('kubeconfig certificate-authority-data is the k3s-server-ca certificate in state', !ca.length, ca.join('; ')),
    check('kubeconfig client certificate is signed by k3s-client-ca and has O=system:masters', !client.length, client.join('; ')),
  ];
}

/** Every string value anywhere in a state's resources (to find where an address comes from). */
function stateStrings(resources) {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  resources.forEach((r) => walk(r.values));
  return out;
}

/**
 * What the fake curl (fake-bin/curl) saw during apply: calls of
 * https://<kubeconfig host>:6443/readyz with --cacert, --cert and --key files holding the
 * kubeconfig's credentials, and (unless `readyzFails`) of /api/v1/nodes until it reported
 * `nodes` Ready nodes: with readyNodes [nodes - 1, nodes] (the fake's successive answers)
 * the wait must ask twice, which proves it waits for exactly `nodes` nodes.
 *   curlDir     FAKE_CURL_DIR of the run
 *   kubeconfig  the kubeconfig YAML; absent when apply failed (the output is not written
 *               then): the URL's host must then be an address in state, and the
 *               certificates are compared with the server CA and client certificate in state
 *   state       parsed `terraform show -json` after apply
 *   nodes, readyNodes  the expected node count and the fake's FAKE_CURL_READY_NODES list
 */
function readinessChecks({ curlDir, kubeconfig, state, readyzFails, nodes, readyNodes = [] }) {
  const callFile = path.join(curlDir, 'calls');
  const calls = fs.existsSync(callFile)
    ? fs.readFileSync(callFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ').slice(1))
    : [];
  const listCalls = () => `calls:\n${calls.map((a) => a.join(' ')).join('\n') || 'none'}`;
  const resources = state ? stateResources(state) : [];
  let kc;
  if (kubeconfig) kc = kubeconfigParts(kubeconfig);
  else {
    const admin = resources.filter((r) => r.type === 'tls_locally_signed_cert');
    kc = { caPem: caCertPem(resources, 'k3s-server-ca'), clientCertPem: admin.length === 1 ? admin[0].values.cert_pem : undefined };
  }
  const url = (a) => a[a.length - 1] || '';
  const results = [];

  const readyz = calls.filter((a) => /\/readyz$/.test(url(a)));
  const urls = [...new Set(readyz.map(url))];
  const hostProblems = [];
  if (!readyz.length) hostProblems.push(`no call of /readyz; ${listCalls()}`);
  else if (kc.host) {
    const want = `https://${kc.host}:6443/readyz`;
    if (urls.length !== 1 || urls[0] !== want) hostProblems.push(`called ${urls.join(', ')}, expected ${want}`);
  } else {
    const known = stateStrings(resources);
    const m = urls.length === 1 && /^https:\/\/([^/:]+):6443\/readyz$/.exec(urls[0]);
    if (!m || !known.has(m[1])) hostProblems.push(`called ${urls.join(', ')}: expected one https://<address in state>:6443/readyz`);
  }
  results.push(check(`fake curl was called with https://${kc.host || '<api address>'}:6443/readyz`, !hostProblems.length, hostProblems.join('\n')));

  const flagProblems = [];
  for (const a of calls) {
    for (const flag of ['--cacert', '--cert', '--key']) {
      const i = a.indexOf(flag);
      if (i < 0 || !a[i + 1]) flagProblems.push(`${flag} missing in: ${a.join(' ')}`);
    }
  }
  for (const name of ['cacert', 'cert', 'key']) {
    if (fs.existsSync(path.join(curlDir, `${name}.missing`))) flagProblems.push(`the --${name} file did not exist when curl ran`);
  }
  const read = (name) => (fs.existsSync(path.join(curlDir, `${name}.pem`)) ? fs.readFileSync(path.join(curlDir, `${name}.pem`), 'utf8') : undefined);
  const [cacert, cert, key] = ['cacert', 'cert', 'key'].map(read);
  if (!calls.length) flagProblems.push('fake curl was not called');
  if (calls.length && (cacert === undefined || cert === undefined || key === undefined)) flagProblems.push('not every one of the --cacert, --cert and --key files was seen');
  if (cacert !== undefined && (!kc.caPem || cacert.trim() !== kc.caPem.trim())) flagProblems.push('--cacert file is not the server CA (k3s-server-ca) of the kubeconfig and state');
  if (cert !== undefined && (!kc.clientCertPem || cert.trim() !== kc.clientCertPem.trim())) flagProblems.push('--cert file is not the client certificate of the kubeconfig and state');
  if (cert !== undefined && key !== undefined) {
    try {
      if (!new crypto.X509Certificate(cert).checkPrivateKey(crypto.createPrivateKey(key))) flagProblems.push('--key does not match --cert');
    } catch (err) {
      flagProblems.push(`--cert/--key: ${err.message}`);
    }
  }
  results.push(check('fake curl got --cacert, --cert and --key files holding the kubeconfig\'s credentials', !flagProblems.length, flagProblems.join('\n')));
  if (!readyzFails && nodes !== undefined) {
    const asked = calls.filter((a) => /\/api\/v1\/nodes$/.test(url(a))).length;
    const want = readyNodes.findIndex((n) => n >= nodes) + 1;
    const answers = readyNodes.slice(0, Math.max(asked, 1)).join(', ');
    results.push(check(`the wait asked /api/v1/nodes until ${nodes} nodes were Ready (answers ${readyNodes.slice(0, want).join(', ')})`,
      want > 0 && asked === want,
      `asked ${asked} times (answers ${answers}): ${asked < want ? `it accepted fewer than ${nodes} Ready nodes` : 'it kept asking'}`));
  }
  return results;
}

/**
 * A cloud's managed services after apply: the `config` output, merged over the base config and
 * the installer's defaults, passes the Installer config schema; every secret it refers to is in
 * the `secrets` output with the keys the installer checks, none empty; both outputs are
 * sensitive, and no value of a secret shows in an output that is not.
 */
function servicesChecks(outputs, { config, secrets, registryUrl }) {
  const { GitpodInstallerConfig } = require('../../lib/gitpod/config');
  const cfg = outputs[config] && outputs[config].value;
  const sec = (outputs[secrets] && outputs[secrets].value) || {};
  const out = [];
  const problems = cfg ? GitpodInstallerConfig.problems(cfg) : ['missing'];
  out.push(check(`output ${config} passes the Installer config schema`, problems.length === 0, problems.join('; ')));
  const refs = [
    ['database.external.certificate', ['encryptionKeys', 'host', 'password', 'port', 'username']],
    ['database.ssl.caCert', ['ca.crt']],
    ['objectStorage.s3.credentials', ['accessKeyId', 'secretAccessKey']],
    ['objectStorage.azure.credentials', ['accountName', 'accountKey']],
    ['containerRegistry.external.certificate', ['.dockerconfigjson']],
  ];
  for (const [at, keys] of refs) {
    const ref = at.split('.').reduce((node, part) => node && node[part], cfg);
    if (!ref) continue;
    const data = sec[ref.name] || {};
    const missing = keys.filter((k) => typeof data[k] !== 'string' || data[k] === '');
    out.push(check(`${at} names secret ${ref.name}, which ${secrets} holds with ${keys.join(', ')}`, missing.length === 0, `missing or empty: ${missing.join(', ')}`));
  }
  if (registryUrl !== undefined) {
    const url = cfg && cfg.containerRegistry && cfg.containerRegistry.external && cfg.containerRegistry.external.url;
    out.push(check(`containerRegistry.external.url is ${registryUrl}`, url === registryUrl, `got ${JSON.stringify(url)}`));
  }
  for (const name of [config, secrets]) out.push(check(`output ${name} is sensitive`, outputs[name] && outputs[name].sensitive, 'not sensitive'));
  const values = Object.values(sec).flatMap((data) => Object.values(data)).filter((v) => typeof v === 'string' && v.length >= 8);
  const leaks = Object.entries(outputs).filter(([, o]) => !o.sensitive && values.some((v) => JSON.stringify(o.value).includes(v))).map(([n]) => n);
  out.push(check('no secret value shows in an output that is not sensitive', leaks.length === 0, `in ${leaks.join(', ')}`));
  return out;
}

/** The k3s release of the module's default (lib/platform.ts), which the fake curl's nodes run. */
const DEFAULT_K3S_VERSION = 'v1.36.3+k3s1';

/**
 * The upgrade step's Plans, as the fake curl received them: both applied, for `version`, the
 * managers' one at a time and cordoned, the workers' drained after the managers.
 */
function upgradePlanChecks({ curlDir, version, output }) {
  const read = (name) => {
    const file = path.join(curlDir, `plan-${name}.json`);
    try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return undefined; }
  };
  const server = read('k3s-server');
  const agent = read('k3s-agent');
  const problems = [];
  if (!server || !agent) problems.push(`Plans applied: ${[server && 'k3s-server', agent && 'k3s-agent'].filter(Boolean).join(', ') || 'none'}`);
  for (const p of [server, agent].filter(Boolean)) {
    if (p.spec.version !== version) problems.push(`${p.metadata.name}: version ${p.spec.version}, expected ${version}`);
    if (p.metadata.namespace !== 'system-upgrade') problems.push(`${p.metadata.name}: namespace ${p.metadata.namespace}`);
  }
  if (server && (server.spec.concurrency !== 1 || server.spec.cordon !== true)) problems.push('k3s-server: not one manager at a time, cordoned');
  if (agent && (!agent.spec.drain || !agent.spec.prepare || !agent.spec.prepare.args.includes('k3s-server'))) problems.push('k3s-agent: no drain, or not after k3s-server');
  if (!new RegExp(`every node runs k3s ${version.replace(/[.+]/g, '\\$&')}`).test(output)) problems.push('the step did not report every node on the release');
  return [check(`the upgrade step applied both Plans for ${version} and saw every node on it`, !problems.length, problems.join('\n'))];
}

/**
 * A plan after k3s_version changed (expect.upgrade: { to }): no server (nor an autoscaled group
 * of them) is replaced or deleted; the upgrade step is replaced (it runs again) where it exists.
 */
function upgradeChecks(planJson, { to, reruns = [] }) {
  const changes = (planJson.resource_changes || []).filter((rc) => rc.mode === 'managed');
  const serverLike = (rc) => servers.SERVER_TYPES[rc.type] || /autoscal|scale_set|instance_group|instance_template/.test(rc.type);
  const removed = changes.filter((rc) => serverLike(rc) && rc.change.actions.includes('delete')).map((rc) => `${rc.address}: ${rc.change.actions.join('+')}`);
  const kept = changes.filter((rc) => servers.SERVER_TYPES[rc.type]);
  const results = [
    check(`k3s_version = ${to}: the plan replaces or deletes no server (${kept.length} kept)`, kept.length > 0 && !removed.length,
      removed.join('\n') || (kept.length ? '' : 'no server in the plan')),
  ];
  for (const part of reruns) {
    const steps = changes.filter((rc) => rc.type === 'terraform_data' && rc.address.includes(part));
    const replaced = steps.filter((rc) => rc.change.actions.includes('delete') && rc.change.actions.includes('create'));
    results.push(check(`k3s_version = ${to}: the plan replaces the ${part} step (it runs again)`, steps.length === 1 && replaced.length === 1,
      steps.map((rc) => `${rc.address}: ${rc.change.actions.join('+')}`).join('\n') || `no terraform_data ${part} in the plan`));
  }
  return results;
}

/**
 * Hetzner large's node template step, as the fake curl received it (expect.nodeTemplate): the
 * autoscaler's Secret with the Hetzner token and, per pool, a cloud-config that installs
 * `version`; then the restart of the autoscaler's Deployment, annotated with the Secret's
 * hash; neither token on a curl command line or in the apply's output.
 */
function nodeTemplateChecks({ curlDir, version, pools, token, state, output }) {
  const read = (name) => {
    try { return JSON.parse(fs.readFileSync(path.join(curlDir, name), 'utf8')); } catch { return undefined; }
  };
  const secret = read('secret-gitpod-cluster-autoscaler.json');
  const restart = read('deployment-cluster-autoscaler.json');
  const problems = [];
  let agentToken;
  for (const r of stateResources(state)) {
    if (r.type === 'random_password' && r.address.includes('agent-token')) agentToken = r.values.result;
  }
  if (!agentToken) problems.push('no agent token in the state');
  const data = secret && secret.stringData;
  if (!data) problems.push('no Secret gitpod-cluster-autoscaler reached the API');
  else {
    if (secret.metadata.namespace !== 'kube-system') problems.push(`namespace ${secret.metadata.namespace}`);
    if (data.HCLOUD_TOKEN !== token) problems.push('HCLOUD_TOKEN is not the hcloud_token input');
    let config;
    try { config = JSON.parse(Buffer.from(data.HCLOUD_CLUSTER_CONFIG, 'base64').toString()); } catch { config = undefined; }
    const templates = Object.entries((config && config.nodeConfigs) || {});
    if (templates.length !== pools) problems.push(`${templates.length} node groups, expected ${pools}`);
    for (const [group, t] of templates) {
      if (!String(t.cloudInit).startsWith('#cloud-config\n') || !String(t.cloudInit).includes(`- "${version}"`)) problems.push(`${group}: its cloud-config does not install ${version}`);
      if (agentToken && !String(t.cloudInit).includes(agentToken)) problems.push(`${group}: its cloud-config has not the agent token`);
    }
  }
  const annotations = restart && restart.spec && restart.spec.template && restart.spec.template.metadata && restart.spec.template.metadata.annotations;
  const hash = secret && crypto.createHash('sha256').update(fs.readFileSync(path.join(curlDir, 'secret-gitpod-cluster-autoscaler.json'))).digest('hex');
  if (!annotations || !Object.values(annotations).includes(hash)) problems.push(`the autoscaler's Deployment was not restarted with the Secret's hash: ${JSON.stringify(restart)}`);
  const calls = fs.existsSync(path.join(curlDir, 'calls')) ? fs.readFileSync(path.join(curlDir, 'calls'), 'utf8') : '';
  const secretCall = calls.split('\n').findIndex((l) => l.includes('/secrets/gitpod-cluster-autoscaler?'));
  const restartCall = calls.split('\n').findIndex((l) => l.includes('/deployments/cluster-autoscaler?'));
  const planCall = calls.split('\n').findIndex((l) => l.includes('/plans/'));
  if (!(planCall >= 0 && planCall < secretCall && secretCall < restartCall)) problems.push(`order of the calls: Plans ${planCall}, Secret ${secretCall}, restart ${restartCall}`);
  for (const [name, value] of [['the Hetzner token', token], ['the agent token', agentToken]]) {
    if (!value) continue;
    if (calls.includes(value)) problems.push(`a curl command line held ${name}`);
    if (output.includes(value)) problems.push(`the apply's output showed ${name}`);
  }
  return [check(`after the upgrade step, the autoscaler's Secret reached the API with ${pools} node templates on ${version}, then its restart; no token on a command line or in the output`,
    !problems.length, problems.join('\n'))];
}

/**
 * The S3 step of a scenario with etcd_s3 and the fake curl: the Secret k3s reads came by
 * server-side apply with every setting and both keys; no curl command line held the secret key;
 * the apply's output never showed it.
 */
function etcdS3SecretChecks({ curlDir, inputs, output }) {
  const file = path.join(curlDir, 'secret-gitpod-etcd-s3.json');
  let secret;
  try { secret = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { secret = undefined; }
  const s3 = inputs.etcd_s3;
  const creds = inputs.etcd_s3_credentials;
  const problems = [];
  const data = secret && secret.stringData;
  if (!data) problems.push('no Secret gitpod-etcd-s3 reached the API');
  else {
    const want = {
      'etcd-s3-endpoint': s3.endpoint, 'etcd-s3-bucket': s3.bucket, 'etcd-s3-region': s3.region || 'us-east-1', 'etcd-s3-folder': s3.folder || '',
      'etcd-s3-access-key': creds.access_key, 'etcd-s3-secret-key': creds.secret_key,
    };
    for (const [k, v] of Object.entries(want)) if (data[k] !== v) problems.push(`${k}: ${k.includes('key') ? 'wrong' : JSON.stringify(data[k])}`);
    if (secret.metadata.namespace !== 'kube-system') problems.push(`namespace ${secret.metadata.namespace}`);
  }
  const calls = fs.existsSync(path.join(curlDir, 'calls')) ? fs.readFileSync(path.join(curlDir, 'calls'), 'utf8') : '';
  if (calls.includes(creds.secret_key)) problems.push('a curl command line held the secret key');
  if (output.includes(creds.secret_key)) problems.push('the apply\'s output showed the secret key');
  return [check('the S3 settings and keys reached kube-system/gitpod-etcd-s3, never a command line or the output', !problems.length, problems.join('\n'))];
}

/**
 * kured's HelmChart as the fake curl received it (the readiness scenarios): the pinned chart,
 * one node at a time, every taint tolerated, the scenario's reboot window.
 */
function kuredChecks({ curlDir, window }) {
  const problems = [];
  let chart;
  try { chart = JSON.parse(fs.readFileSync(path.join(curlDir, 'helmchart-kured.json'), 'utf8')); } catch { chart = undefined; }
  if (!chart) problems.push('no HelmChart kured reached the API');
  else {
    const values = parseYaml11(String(chart.spec.valuesContent || '')) || {};
    const c = values.configuration || {};
    if (chart.kind !== 'HelmChart' || chart.spec.chart !== 'kured' || !/^[0-9]+[.][0-9]+[.][0-9]+$/.test(chart.spec.version || '')) problems.push(`not a pinned kured chart: ${JSON.stringify(chart.spec)}`);
    if (c.startTime !== window.start || c.endTime !== window.end || c.timeZone !== window.time_zone || !sameSet(asArray(c.rebootDays), window.days)) problems.push(`window ${JSON.stringify(c)}`);
    if (c.concurrency !== 1) problems.push(`concurrency ${c.concurrency}`);
    if (!asArray(values.tolerations).some((t) => t.operator === 'Exists' && !t.key)) problems.push('does not tolerate the managers\' taint');
  }
  return [check(`kured's HelmChart (pinned) reached the API: one node at a time, ${window.start} to ${window.end} ${window.time_zone} on ${window.days.join(', ')}`, !problems.length, problems.join('\n'))];
}

module.exports = {
  servicesChecks,
  check, resourceCounts, upgradePlanChecks, etcdS3SecretChecks, kuredChecks, upgradeChecks, nodeTemplateChecks, DEFAULT_K3S_VERSION, outputChecks, kubeconfigChecks, dnsRecordChecks, clusterChecks, credentialChecks, readinessChecks,
  firstManagerAddress, replaceChecks,
  kubeconfigParts, WORKLOAD_LABELS, MANAGER_TAINT,
};
