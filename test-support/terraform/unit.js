'use strict';
// Fast checks of the fake provider's parts (no Terraform): the msgpack encoding of
// unknown and dynamic values, the plan rules, and the tls/random values being the
// real thing. Run by run.js; each check is { name, ok, detail }.
const crypto = require('crypto');
const cty = require('./provider/cty');
const planner = require('./provider/planner');
const { Faker } = require('./provider/fakes');
const tls = require('./provider/resources/tls');
const random = require('./provider/resources/random');

const { UNKNOWN } = cty;

function attempt(name, fn) {
  try {
    const problem = fn();
    return { name, ok: !problem, detail: problem || '' };
  } catch (err) {
    return { name, ok: false, detail: err.stack };
  }
}

/** A value of tls_* with every computed attribute unknown, as a plan makes it. */
const planned = (v, computed) => ({ ...v, ...Object.fromEntries(computed.map((k) => [k, UNKNOWN])) });

function tlsChain(algorithm, extra = {}) {
  const key = planned({ algorithm, ecdsa_curve: 'P256', rsa_bits: 2048, ...extra },
    ['private_key_pem', 'private_key_pem_pkcs8', 'private_key_openssh', 'public_key_pem', 'public_key_openssh',
      'public_key_fingerprint_md5', 'public_key_fingerprint_sha256', 'id']);
  tls.tls_private_key.apply(key);
  const certComputed = ['cert_pem', 'key_algorithm', 'validity_start_time', 'validity_end_time', 'ready_for_renewal', 'id'];
  const ca = planned({
    private_key_pem: key.private_key_pem, validity_period_hours: 24, allowed_uses: ['cert_signing'], is_ca_certificate: true,
    set_subject_key_id: false, set_authority_key_id: false, dns_names: null, ip_addresses: null, uris: null,
    subject: [{ common_name: 'test-ca', organization: 'harness' }],
  }, certComputed);
  tls.tls_self_signed_cert.apply(ca);
  const leafKey = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' });
  const csr = planned({ private_key_pem: leafKey, dns_names: ['api.example.test'], ip_addresses: ['203.0.113.7'], uris: null, subject: [{ common_name: 'admin', organization: 'system:masters' }] },
    ['cert_request_pem', 'key_algorithm', 'id']);
  tls.tls_cert_request.apply(csr);
  const leaf = planned({
    cert_request_pem: csr.cert_request_pem, ca_private_key_pem: key.private_key_pem, ca_cert_pem: ca.cert_pem,
    validity_period_hours: 24, allowed_uses: ['client_auth', 'server_auth'], is_ca_certificate: false, set_subject_key_id: false,
  }, [...certComputed, 'ca_key_algorithm']);
  tls.tls_locally_signed_cert.apply(leaf);
  return { key, ca, csr, leaf, leafKey };
}

const CHECKS = [
  attempt('msgpack: unknown is written as d4 00 00 and read back (also the refined form)', () => {
    const hex = cty.encodeValue(UNKNOWN, 'string').toString('hex');
    if (hex !== 'd40000') return `encoded ${hex}`;
    if (cty.decodeValue(Buffer.from('d40000', 'hex'), 'string') !== UNKNOWN) return 'ext 0 not read as unknown';
    if (cty.decodeValue(Buffer.from('c7010c00', 'hex'), 'string') !== UNKNOWN) return 'ext 12 not read as unknown';
    return null;
  }),
  attempt('msgpack: objects, sets and dynamic values round-trip', () => {
    const type = ['object', { a: 'number', s: ['set', 'string'], d: 'dynamic', u: 'string' }];
    const v = { a: 1.5, s: ['x', 'y'], d: new cty.Dynamic(['list', 'string'], ['p']), u: UNKNOWN };
    const back = cty.decodeValue(cty.encodeValue(v, type), type);
    return back.a === 1.5 && back.s.join() === 'x,y' && back.d.value[0] === 'p' && back.u === UNKNOWN ? null : JSON.stringify(back);
  }),
  attempt('plan: unset computed attributes become unknown on create, defaults are planned', () => {
    const schema = { block: { attributes: { algorithm: { type: 'string', required: true }, ecdsa_curve: { type: 'string', optional: true, computed: true }, id: { type: 'string', computed: true } } } };
    const { planned: p } = planner.plan({ typeName: 'tls_private_key', schema, prior: null, proposed: { algorithm: 'ECDSA', ecdsa_curve: null, id: null }, config: { algorithm: 'ECDSA', ecdsa_curve: null, id: null } });
    return p.id === UNKNOWN && p.ecdsa_curve === 'P224' ? null : JSON.stringify(p);
  }),
  attempt('plan: computed values of nested set elements are carried from the matching prior element', () => {
    const schema = { block: { attributes: { name: { type: 'string', required: true } }, block_types: { network: { nesting_mode: 'set', block: { attributes: { network_id: { type: 'number', required: true }, ip: { type: 'string', optional: true, computed: true }, mac: { type: 'string', computed: true } } } } } } };
    const prior = { name: 's', network: [{ network_id: 2, ip: '10.0.0.3', mac: 'm2' }, { network_id: 1, ip: '10.0.0.2', mac: 'm1' }] };
    const proposed = { name: 's', network: [{ network_id: 1, ip: null, mac: null }, { network_id: 3, ip: null, mac: null }] };
    const { planned: p, requiresReplace } = planner.plan({ typeName: 'hcloud_server', schema, prior, proposed, config: proposed });
    const [a, b] = p.network;
    return a.ip === '10.0.0.2' && a.mac === 'm1' && b.ip === UNKNOWN && b.mac === UNKNOWN && !requiresReplace.length ? null : JSON.stringify(p);
  }),
  attempt('plan: changing a tls argument requires replacement', () => {
    const schema = { block: { attributes: { algorithm: { type: 'string', required: true }, id: { type: 'string', computed: true } } } };
    const { requiresReplace } = planner.plan({ typeName: 'tls_private_key', schema, prior: { algorithm: 'RSA', id: 'x' }, proposed: { algorithm: 'ECDSA', id: 'x' }, config: { algorithm: 'ECDSA', id: null } });
    return requiresReplace.join() === 'algorithm' ? null : JSON.stringify(requiresReplace);
  }),
  attempt('fakes: hcloud ids are numeric strings, addresses are IPv4', () => {
    const f = new Faker('hcloud', 'hcloud_server', 'x');
    const id = f.id();
    const ip = f.publicIPv4();
    return /^\d+$/.test(id) && /^203\.0\.113\.\d+$/.test(ip) ? null : `${id} ${ip}`;
  }),
  ...['ECDSA', 'RSA', 'ED25519'].map((alg) => attempt(`tls: ${alg} key, self-signed CA, request and signed certificate verify`, () => {
    const { key, ca, leaf, leafKey } = tlsChain(alg);
    const caCert = new crypto.X509Certificate(ca.cert_pem);
    const leafCert = new crypto.X509Certificate(leaf.cert_pem);
    const problems = [];
    if (!caCert.ca) problems.push('CA is not a CA');
    if (!caCert.verify(crypto.createPublicKey(key.private_key_pem))) problems.push('CA signature');
    if (!leafCert.verify(caCert.publicKey) || !leafCert.checkIssued(caCert)) problems.push('leaf not issued by CA');
    if (!leafCert.checkPrivateKey(crypto.createPrivateKey(leafKey))) problems.push('leaf key mismatch');
    if (!leafCert.checkIP('203.0.113.7') || !leafCert.checkHost('api.example.test')) problems.push(`SANs ${leafCert.subjectAltName}`);
    if (!/O=system:masters/.test(leafCert.subject)) problems.push(`subject ${leafCert.subject}`);
    if (!key.public_key_openssh.startsWith({ RSA: 'ssh-rsa ', ECDSA: 'ecdsa-sha2-nistp256 ', ED25519: 'ssh-ed25519 ' }[alg])) problems.push(key.public_key_openssh);
    if (!/^-----BEGIN OPENSSH PRIVATE KEY-----/.test(key.private_key_openssh)) problems.push('openssh private key');
    if (ca.key_algorithm !== alg || leaf.ca_key_algorithm !== alg) problems.push(`key algorithm ${ca.key_algorithm}`);
    return problems.join('; ') || null;
  })),
  attempt('random: password honours length, classes and minimums', () => {
    const v = { length: 32, lower: true, upper: true, numeric: true, number: true, special: false, min_lower: 0, min_upper: 5, min_numeric: 5, min_special: 0, override_special: null, result: UNKNOWN, bcrypt_hash: UNKNOWN, id: UNKNOWN };
    random.random_password.apply(v);
    const r = v.result;
    if (r.length !== 32) return `length ${r.length}`;
    if (!/^[A-Za-z0-9]+$/.test(r)) return `special characters in ${r}`;
    if ((r.match(/[A-Z]/g) || []).length < 5 || (r.match(/\d/g) || []).length < 5) return `minimums not met: ${r}`;
    return /^\$2a\$10\$.{53}$/.test(v.bcrypt_hash) && v.id === 'none' ? null : v.bcrypt_hash;
  }),
];

module.exports = { CHECKS };
