'use strict';
// Expectation checks of a scenario (see scenarios.js), on parsed Terraform output.
// Each returns [{ name, ok, detail }].
const crypto = require('crypto');
const YAML = require('yaml');
const { plannedResources } = require('./harness');

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

module.exports = { check, resourceCounts, outputChecks, kubeconfigChecks, dnsRecordChecks };
