'use strict';
// A fake Terraform provider plugin (protocol 5) serving any provider by name:
//   node plugin.js <name>
// Terraform starts it through dev_overrides (terraform-provider-<name> next to this
// file) and talks gRPC over mutual TLS, as go-plugin does:
//   - Terraform passes its client certificate in PLUGIN_CLIENT_CERT;
//   - we listen on 127.0.0.1 with a fresh self-signed server certificate and print
//     the handshake line `1|5|tcp|127.0.0.1:<port>|grpc|<server cert DER, base64>`;
//   - Terraform calls plugin.GRPCController/Shutdown when done; we exit at once
//     (a plugin without it is killed after a ~2 s grace period, per process start).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const providerName = process.argv[2];

// Terraform keeps a plugin's stderr to itself, so problems go to $TF_FAKE_PROVIDER_LOG
// (the harness sets it); TF_FAKE_PROVIDER_TRACE=1 adds a line per call.
function logLine(...args) {
  if (process.env.TF_FAKE_PROVIDER_LOG) {
    fs.appendFileSync(process.env.TF_FAKE_PROVIDER_LOG, `${new Date().toISOString()} ${providerName}[${process.pid}] ${args.join(' ')}\n`);
  }
}
const log = (...args) => { if (process.env.TF_FAKE_PROVIDER_TRACE) logLine(...args); };
process.on('uncaughtException', (err) => {
  logLine('fatal:', err.stack || err);
  process.stderr.write(`fake provider ${providerName}: ${err.stack || err}\n`);
  process.exit(1);
});

const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const cty = require('./cty');
const der = require('./crypto/der');
const x509 = require('./crypto/x509');
const planner = require('./planner');
const { loadProviderSchema, schemaToProto } = require('./schemas');

const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';


// ---------------------------------------------------------------------------
// Schema, loaded once per process

let schemaCache = null;
function schema() {
  if (!schemaCache) schemaCache = loadProviderSchema(providerName);
  return schemaCache;
}
const resourceSchema = (type) => schema().resource_schemas[type];
const dataSchema = (type) => schema().data_source_schemas[type];

// ---------------------------------------------------------------------------
// Wire helpers

const objType = (s) => cty.blockType(s.block);
const decodeDV = (dv, type) => (dv && dv.msgpack && dv.msgpack.length ? cty.decodeValue(dv.msgpack, type) : null);
const encodeDV = (value, type) => ({ msgpack: cty.encodeValue(value, type) });

function diagnostic(summary, detail = '', attribute = null) {
  const d = { severity: 'ERROR', summary, detail };
  if (attribute) d.attribute = { steps: [{ attribute_name: attribute }] };
  return d;
}

/** Wraps a handler: errors become diagnostics instead of a dead plugin. */
function rpc(name, fn, errorField = 'diagnostics') {
  return (call, callback) => {
    try {
      log(name, call.request.type_name || '');
      callback(null, fn(call.request));
    } catch (err) {
      logLine(name, 'failed:', err.stack);
      callback(null, { [errorField]: [diagnostic(`fake provider: ${name} failed`, err.message, err.attribute)] });
    }
  };
}

function unknownType(kind, type) {
  return { diagnostics: [diagnostic(`fake provider: unknown ${kind} type ${type}`)] };
}

// ---------------------------------------------------------------------------
// Provider service

const provider = {
  GetSchema: rpc('GetSchema', () => {
    const s = schema();
    const map = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, schemaToProto(v)]));
    return {
      provider: schemaToProto(s.provider || { block: {} }),
      resource_schemas: map(s.resource_schemas),
      data_source_schemas: map(s.data_source_schemas),
      provider_meta: { version: 0, block: {} },
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: false },
    };
  }),

  PrepareProviderConfig: rpc('PrepareProviderConfig', (req) => ({ prepared_config: req.config })),

  ValidateResourceTypeConfig: rpc('ValidateResourceTypeConfig', (req) => {
    const s = resourceSchema(req.type_name);
    if (!s) return unknownType('resource', req.type_name);
    const config = decodeDV(req.config, objType(s));
    const errors = planner.validate({ typeName: req.type_name, config });
    return { diagnostics: errors.map((e) => diagnostic(e.summary, e.detail, e.attribute)) };
  }),

  ValidateDataSourceConfig: rpc('ValidateDataSourceConfig', () => ({ diagnostics: [] })),

  UpgradeResourceState: rpc('UpgradeResourceState', (req) => {
    const s = resourceSchema(req.type_name);
    if (!s) return unknownType('resource', req.type_name);
    const json = req.raw_state && req.raw_state.json && req.raw_state.json.length ? req.raw_state.json.toString('utf8') : 'null';
    const value = planner.upgrade({ schema: s, json });
    return { upgraded_state: encodeDV(value, objType(s)) };
  }),

  Configure: rpc('Configure', () => ({ diagnostics: [] })),

  // The fake cloud has nothing to refresh from: the state is the truth.
  ReadResource: rpc('ReadResource', (req) => ({ new_state: req.current_state, private: req.private })),

  PlanResourceChange: rpc('PlanResourceChange', (req) => {
    const s = resourceSchema(req.type_name);
    if (!s) return unknownType('resource', req.type_name);
    const t = objType(s);
    const result = planner.plan({
      typeName: req.type_name,
      schema: s,
      prior: decodeDV(req.prior_state, t),
      proposed: decodeDV(req.proposed_new_state, t),
      config: decodeDV(req.config, t),
    });
    return {
      planned_state: encodeDV(result.planned, t),
      requires_replace: result.requiresReplace.map((n) => ({ steps: [{ attribute_name: n }] })),
      planned_private: req.prior_private,
    };
  }),

  ApplyResourceChange: rpc('ApplyResourceChange', (req) => {
    const s = resourceSchema(req.type_name);
    if (!s) return unknownType('resource', req.type_name);
    const t = objType(s);
    const newState = planner.apply({
      provider: providerName,
      typeName: req.type_name,
      schema: s,
      prior: decodeDV(req.prior_state, t),
      planned: decodeDV(req.planned_state, t),
      config: decodeDV(req.config, t),
    });
    return { new_state: encodeDV(newState, t), private: req.planned_private };
  }),

  ImportResourceState: rpc('ImportResourceState', (req) => ({
    diagnostics: [diagnostic('fake provider: import is not supported', `cannot import ${req.type_name} "${req.id}"`)],
  })),

  ReadDataSource: rpc('ReadDataSource', (req) => {
    const s = dataSchema(req.type_name);
    if (!s) return unknownType('data source', req.type_name);
    const t = objType(s);
    const state = planner.readDataSource({ provider: providerName, typeName: req.type_name, schema: s, config: decodeDV(req.config, t) });
    return { state: encodeDV(state, t) };
  }),

  Stop: rpc('Stop', () => ({ Error: '' })),
};

// ---------------------------------------------------------------------------
// TLS and the go-plugin handshake

/** A self-signed P-256 certificate for "localhost", usable as its own CA (go-plugin pins it). */
function serverCertificate() {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = x509.name({ common_name: 'localhost', organization: 'terraform fake provider' });
  const now = Date.now();
  const certDer = x509.certificate({
    publicKey, signingKey: privateKey, subjectName: name, issuerName: name, serial: x509.randomSerial(),
    notBefore: new Date(now - 60 * 1000), notAfter: new Date(now + 24 * 3600 * 1000), isCA: true,
    allowedUses: ['digital_signature', 'key_encipherment', 'cert_signing', 'server_auth', 'client_auth'],
    sanExtension: x509.subjectAltNames({ dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] }),
    subjectKeyId: x509.keyIdentifier(x509.spkiOf(publicKey)),
  });
  return { certDer, certPem: der.pem('CERTIFICATE', certDer), keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) };
}

function loadServices() {
  const opts = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };
  const dir = __dirname;
  const tf = grpc.loadPackageDefinition(protoLoader.loadSync(path.join(dir, 'plugin-protocol.proto'), opts));
  const gp = grpc.loadPackageDefinition(protoLoader.loadSync(path.join(dir, 'go-plugin.proto'), opts));
  return { tf, gp };
}

function main() {
  if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write('This binary is a Terraform provider plugin (a test fake). Terraform starts it; do not run it directly.\n');
    process.exit(1);
  }
  if (!providerName) {
    process.stderr.write('usage: plugin.js <provider name>\n');
    process.exit(1);
  }
  const { tf, gp } = loadServices();
  const server = new grpc.Server({
    'grpc.max_receive_message_length': 256 << 20,
    'grpc.max_send_message_length': 256 << 20,
  });
  server.addService(tf.tfplugin5.Provider.service, provider);
  server.addService(gp.plugin.GRPCController.service, {
    Shutdown: (call, callback) => {
      log('Shutdown');
      callback(null, {});
      setTimeout(() => process.exit(0), 20);
    },
  });
  const cert = serverCertificate();
  const clientCert = process.env.PLUGIN_CLIENT_CERT;
  const creds = clientCert
    ? grpc.ServerCredentials.createSsl(Buffer.from(clientCert), [{ cert_chain: Buffer.from(cert.certPem), private_key: Buffer.from(cert.keyPem) }], true)
    : grpc.ServerCredentials.createInsecure();
  server.bindAsync('127.0.0.1:0', creds, (err, port) => {
    if (err) {
      process.stderr.write(`fake provider: cannot listen: ${err.message}\n`);
      process.exit(1);
    }
    const certField = clientCert ? cert.certDer.toString('base64').replace(/=+$/, '') : '';
    process.stdout.write(`1|5|tcp|127.0.0.1:${port}|grpc|${certField}\n`);
    log('listening on', port);
  });
  // Terraform closes our stdin... or just kills us; either way there is nothing to flush.
  process.on('SIGTERM', () => process.exit(0));
}

main();
