'use strict';
// hashicorp/tls with real keys and certificates: a kubeconfig assembled from these
// values is one kubectl and openssl accept. Every argument forces replacement, as
// in the real provider.
const crypto = require('crypto');
const { UNKNOWN } = require('../cty');
const der = require('../crypto/der');
const x509 = require('../crypto/x509');
const ssh = require('../crypto/ssh');

const CURVES = { P224: 'secp224r1', P256: 'prime256v1', P384: 'secp384r1', P521: 'secp521r1' };
const ALGORITHMS = ['RSA', 'ECDSA', 'ED25519'];

const set = (v, name, value) => { if (v[name] === UNKNOWN) v[name] = value; };
const known = (x) => x !== null && x !== UNKNOWN;
const sha1hex = (data) => crypto.createHash('sha1').update(data).digest('hex');

function keyAlgorithm(key) {
  return { rsa: 'RSA', ec: 'ECDSA', ed25519: 'ED25519' }[key.asymmetricKeyType] || key.asymmetricKeyType.toUpperCase();
}

function parsePrivateKey(pem, attribute) {
  try {
    return crypto.createPrivateKey(pem);
  } catch (err) {
    throw Object.assign(new Error(`${attribute}: failed to decode PEM private key: ${err.message}`), { attribute });
  }
}

/** RFC 3339 as Go's time.RFC3339 prints UTC times. */
const rfc3339 = (d) => d.toISOString().replace(/\.\d+Z$/, 'Z');

function validity(v) {
  const start = new Date(Math.floor(Date.now() / 1000) * 1000);
  const end = new Date(start.getTime() + v.validity_period_hours * 3600 * 1000);
  return { start, end };
}

function checkUses(config, errors) {
  if (!known(config.allowed_uses)) return;
  for (const use of config.allowed_uses) {
    if (known(use) && !x509.ALLOWED_USES.includes(use)) {
      errors.push({ attribute: 'allowed_uses', summary: 'Invalid Attribute Value Match', detail: `allowed_uses value must be one of: ${x509.ALLOWED_USES.join(', ')}; got "${use}"` });
    }
  }
}

function checkHours(config, errors) {
  if (known(config.validity_period_hours) && config.validity_period_hours < 0) {
    errors.push({ attribute: 'validity_period_hours', summary: 'Invalid Attribute Value', detail: 'validity_period_hours must be at least 0' });
  }
}

/** The subject block (a list of at most one) as a plain object. */
const subjectOf = (v) => (Array.isArray(v.subject) && v.subject[0]) || {};

function sanOf(v) {
  return x509.subjectAltNames({ dnsNames: v.dns_names || [], ipAddresses: v.ip_addresses || [], uris: v.uris || [] });
}

const certDefaults = { early_renewal_hours: 0, is_ca_certificate: false, set_subject_key_id: false };

module.exports = {
  tls_private_key: {
    forceNew: 'all',
    defaults: { ecdsa_curve: 'P224', rsa_bits: 2048 },
    validate(config) {
      const errors = [];
      if (known(config.algorithm) && !ALGORITHMS.includes(config.algorithm)) {
        errors.push({ attribute: 'algorithm', summary: 'Invalid Attribute Value Match', detail: `algorithm value must be one of: ["RSA" "ECDSA" "ED25519"], got: "${config.algorithm}"` });
      }
      if (known(config.ecdsa_curve) && !(config.ecdsa_curve in CURVES)) {
        errors.push({ attribute: 'ecdsa_curve', summary: 'Invalid Attribute Value Match', detail: `ecdsa_curve value must be one of: ["P224" "P256" "P384" "P521"], got: "${config.ecdsa_curve}"` });
      }
      return errors;
    },
    apply(v) {
      let pair;
      if (v.algorithm === 'RSA') pair = crypto.generateKeyPairSync('rsa', { modulusLength: v.rsa_bits });
      else if (v.algorithm === 'ECDSA') pair = crypto.generateKeyPairSync('ec', { namedCurve: CURVES[v.ecdsa_curve] });
      else pair = crypto.generateKeyPairSync('ed25519');
      const { privateKey, publicKey } = pair;
      const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' });
      const traditional = v.algorithm === 'RSA' ? privateKey.export({ type: 'pkcs1', format: 'pem' })
        : v.algorithm === 'ECDSA' ? privateKey.export({ type: 'sec1', format: 'pem' }) : pkcs8;
      const fp = ssh.fingerprints(publicKey);
      set(v, 'private_key_pem', traditional);
      set(v, 'private_key_pem_pkcs8', pkcs8);
      set(v, 'private_key_openssh', ssh.privateKeyPem(privateKey));
      set(v, 'public_key_pem', publicKey.export({ type: 'spki', format: 'pem' }));
      set(v, 'public_key_openssh', ssh.publicKeyLine(publicKey));
      set(v, 'public_key_fingerprint_md5', fp.md5);
      set(v, 'public_key_fingerprint_sha256', fp.sha256);
      set(v, 'id', sha1hex(x509.spkiOf(publicKey)));
    },
  },

  tls_self_signed_cert: {
    forceNew: 'all',
    defaults: { ...certDefaults, set_authority_key_id: false },
    validate(config) { const e = []; checkUses(config, e); checkHours(config, e); return e; },
    apply(v) {
      const key = parsePrivateKey(v.private_key_pem, 'private_key_pem');
      const publicKey = crypto.createPublicKey(key);
      const name = x509.name(subjectOf(v));
      const { start, end } = validity(v);
      const serial = x509.randomSerial();
      const ski = v.is_ca_certificate || v.set_subject_key_id ? x509.keyIdentifier(x509.spkiOf(publicKey)) : null;
      const certDer = x509.certificate({
        publicKey, signingKey: key, subjectName: name, issuerName: name, serial, notBefore: start, notAfter: end,
        isCA: v.is_ca_certificate, allowedUses: v.allowed_uses, sanExtension: sanOf(v),
        subjectKeyId: ski, authorityKeyId: v.set_authority_key_id ? x509.keyIdentifier(x509.spkiOf(publicKey)) : null,
      });
      set(v, 'cert_pem', der.pem('CERTIFICATE', certDer));
      set(v, 'key_algorithm', keyAlgorithm(key));
      set(v, 'validity_start_time', rfc3339(start));
      set(v, 'validity_end_time', rfc3339(end));
      set(v, 'ready_for_renewal', false);
      set(v, 'id', serial.toString(10));
    },
  },

  tls_cert_request: {
    forceNew: 'all',
    apply(v) {
      const key = parsePrivateKey(v.private_key_pem, 'private_key_pem');
      const csr = x509.certificateRequest({ privateKey: key, subjectName: x509.name(subjectOf(v)), sanExtension: sanOf(v) });
      const pem = der.pem('CERTIFICATE REQUEST', csr);
      set(v, 'cert_request_pem', pem);
      set(v, 'key_algorithm', keyAlgorithm(key));
      set(v, 'id', sha1hex(pem));
    },
  },

  tls_locally_signed_cert: {
    forceNew: 'all',
    defaults: certDefaults,
    validate(config) { const e = []; checkUses(config, e); checkHours(config, e); return e; },
    apply(v) {
      const caKey = parsePrivateKey(v.ca_private_key_pem, 'ca_private_key_pem');
      const request = x509.parseRequest(der.unpem(v.cert_request_pem).der);
      const ca = x509.parseCertificate(der.unpem(v.ca_cert_pem).der);
      const { start, end } = validity(v);
      const serial = x509.randomSerial();
      const certDer = x509.certificate({
        publicKey: request.publicKey, signingKey: caKey, subjectName: request.subjectName, issuerName: ca.subjectName,
        serial, notBefore: start, notAfter: end, isCA: v.is_ca_certificate, allowedUses: v.allowed_uses,
        sanExtension: request.sanExtension,
        subjectKeyId: v.is_ca_certificate || v.set_subject_key_id ? x509.keyIdentifier(x509.spkiOf(request.publicKey)) : null,
        authorityKeyId: ca.subjectKeyId,
      });
      set(v, 'cert_pem', der.pem('CERTIFICATE', certDer));
      set(v, 'ca_key_algorithm', keyAlgorithm(caKey));
      set(v, 'validity_start_time', rfc3339(start));
      set(v, 'validity_end_time', rfc3339(end));
      set(v, 'ready_for_renewal', false);
      set(v, 'id', serial.toString(10));
    },
  },
};
