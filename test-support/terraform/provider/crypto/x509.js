'use strict';
// X.509 certificates and PKCS#10 requests built with Node's crypto for signing and
// der.js for the structure, so that the fake tls provider hands out certificates
// that real clients (kubectl, openssl, Node's X509Certificate) accept.
const crypto = require('crypto');
const der = require('./der');

const OID = {
  commonName: '2.5.4.3', serialNumber: '2.5.4.5', country: '2.5.4.6', locality: '2.5.4.7',
  province: '2.5.4.8', streetAddress: '2.5.4.9', organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11', postalCode: '2.5.4.17', emailAddress: '1.2.840.113549.1.9.1',
  subjectKeyId: '2.5.29.14', keyUsage: '2.5.29.15', subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19', authorityKeyId: '2.5.29.35', extKeyUsage: '2.5.29.37',
  extensionRequest: '1.2.840.113549.1.9.14',
};

/** Key usage bit positions (RFC 5280 4.2.1.3) under the tls provider's names. */
const KEY_USAGE_BITS = {
  digital_signature: 0, content_commitment: 1, key_encipherment: 2, data_encipherment: 3,
  key_agreement: 4, cert_signing: 5, crl_signing: 6, encipher_only: 7, decipher_only: 8,
};

/** Extended key usages under the tls provider's names. */
const EXT_KEY_USAGE_OIDS = {
  any_extended: '2.5.29.37.0', server_auth: '1.3.6.1.5.5.7.3.1', client_auth: '1.3.6.1.5.5.7.3.2',
  code_signing: '1.3.6.1.5.5.7.3.3', email_protection: '1.3.6.1.5.5.7.3.4',
  ipsec_end_system: '1.3.6.1.5.5.7.3.5', ipsec_tunnel: '1.3.6.1.5.5.7.3.6',
  ipsec_user: '1.3.6.1.5.5.7.3.7', timestamping: '1.3.6.1.5.5.7.3.8', ocsp_signing: '1.3.6.1.5.5.7.3.9',
  microsoft_server_gated_crypto: '1.3.6.1.4.1.311.10.3.3', netscape_server_gated_crypto: '2.16.840.1.113730.4.1',
  microsoft_commercial_code_signing: '1.3.6.1.4.1.311.2.1.22', microsoft_kernel_code_signing: '1.3.6.1.4.1.311.61.1.1',
};

const ALLOWED_USES = [...Object.keys(KEY_USAGE_BITS), ...Object.keys(EXT_KEY_USAGE_OIDS)];

/** Signature algorithm identifier and digest for a signing key, chosen as Go's x509 does. */
function signatureAlgorithm(key) {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return { id: der.seq(der.oid('1.2.840.113549.1.1.11'), der.nul()), hash: 'sha256' };
    case 'ec': {
      const curve = key.asymmetricKeyDetails.namedCurve;
      if (curve === 'secp384r1') return { id: der.seq(der.oid('1.2.840.10045.4.3.3')), hash: 'sha384' };
      if (curve === 'secp521r1') return { id: der.seq(der.oid('1.2.840.10045.4.3.4')), hash: 'sha512' };
      return { id: der.seq(der.oid('1.2.840.10045.4.3.2')), hash: 'sha256' };
    }
    case 'ed25519':
      return { id: der.seq(der.oid('1.3.101.112')), hash: null };
    default:
      throw new Error(`unsupported key type ${key.asymmetricKeyType}`);
  }
}

function signed(body, signingKey) {
  const alg = signatureAlgorithm(signingKey);
  return { alg, signature: crypto.sign(alg.hash, body, signingKey) };
}

const isPrintable = (s) => /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s);
const dirString = (s) => (isPrintable(s) ? der.printable(s) : der.utf8(s));

/** A distinguished name from the tls provider's `subject` block (in Go's pkix order). */
function name(subject = {}) {
  const rdns = [];
  const add = (oid, value, enc = dirString) => {
    if (value === null || value === undefined || value === '') return;
    rdns.push(der.set(der.seq(der.oid(oid), enc(String(value)))));
  };
  add(OID.country, subject.country, der.printable);
  add(OID.province, subject.province);
  add(OID.locality, subject.locality);
  for (const street of subject.street_address || []) add(OID.streetAddress, street);
  add(OID.postalCode, subject.postal_code);
  add(OID.organization, subject.organization);
  add(OID.organizationalUnit, subject.organizational_unit);
  add(OID.commonName, subject.common_name);
  add(OID.serialNumber, subject.serial_number, der.printable);
  add(OID.emailAddress, subject.email_address, der.ia5);
  return der.seq(...rdns);
}

function extension(oid, critical, value) {
  return critical ? der.seq(der.oid(oid), der.bool(true), der.octets(value)) : der.seq(der.oid(oid), der.octets(value));
}

function ipBytes(ip) {
  if (ip.includes(':')) {
    const [head, tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
    return Buffer.from(groups.flatMap((g) => { const n = parseInt(g, 16); return [n >> 8, n & 0xff]; }));
  }
  return Buffer.from(ip.split('.').map(Number));
}

/** subjectAltName extension body, or null when there is nothing to name. */
function subjectAltNames({ dnsNames = [], ipAddresses = [], uris = [] }) {
  const names = [
    ...dnsNames.map((n) => der.implicit(2, Buffer.from(n, 'ascii'))),
    ...uris.map((u) => der.implicit(6, Buffer.from(u, 'ascii'))),
    ...ipAddresses.map((ip) => der.implicit(7, ipBytes(ip))),
  ];
  return names.length ? der.seq(...names) : null;
}

function keyUsageBits(uses) {
  const bits = uses.filter((u) => u in KEY_USAGE_BITS).map((u) => KEY_USAGE_BITS[u]);
  if (!bits.length) return null;
  const bytes = Buffer.alloc(Math.floor(Math.max(...bits) / 8) + 1);
  for (const b of bits) bytes[b >> 3] |= 0x80 >> (b & 7);
  const last = bytes[bytes.length - 1];
  let unused = 0;
  while (unused < 8 && !(last & (1 << unused))) unused++;
  return der.bitString(bytes, unused);
}

/** The subjectPublicKey bits of a SubjectPublicKeyInfo, hashed as RFC 5280 method 1. */
function keyIdentifier(spkiDer) {
  const spki = der.read(spkiDer);
  const bits = der.children(spki, spkiDer)[1];
  return crypto.createHash('sha1').update(bits.content.subarray(1)).digest();
}

const spkiOf = (publicKey) => publicKey.export({ type: 'spki', format: 'der' });

/** A fresh positive 128-bit serial number. */
function randomSerial() {
  const bytes = crypto.randomBytes(16);
  bytes[0] &= 0x7f;
  bytes[0] |= 0x01;
  return BigInt(`0x${bytes.toString('hex')}`);
}

/**
 * Builds and signs a certificate.
 * opts: { publicKey, signingKey, subjectName (DER), issuerName (DER), serial, notBefore, notAfter,
 *         isCA, allowedUses, sanExtension (DER body or null), subjectKeyId, authorityKeyId }
 */
function certificate(opts) {
  const spki = spkiOf(opts.publicKey);
  const exts = [];
  const ku = keyUsageBits(opts.allowedUses);
  if (ku) exts.push(extension(OID.keyUsage, true, ku));
  const eku = opts.allowedUses.filter((u) => u in EXT_KEY_USAGE_OIDS).map((u) => der.oid(EXT_KEY_USAGE_OIDS[u]));
  if (eku.length) exts.push(extension(OID.extKeyUsage, false, der.seq(...eku)));
  exts.push(extension(OID.basicConstraints, true, opts.isCA ? der.seq(der.bool(true)) : der.seq()));
  if (opts.subjectKeyId) exts.push(extension(OID.subjectKeyId, false, der.octets(opts.subjectKeyId)));
  if (opts.authorityKeyId) exts.push(extension(OID.authorityKeyId, false, der.seq(der.implicit(0, opts.authorityKeyId))));
  if (opts.sanExtension) exts.push(extension(OID.subjectAltName, false, opts.sanExtension));
  const alg = signatureAlgorithm(opts.signingKey);
  const tbs = der.seq(
    der.explicit(0, der.int(2)),
    der.int(opts.serial),
    alg.id,
    opts.issuerName,
    der.seq(der.time(opts.notBefore), der.time(opts.notAfter)),
    opts.subjectName,
    spki,
    der.explicit(3, der.seq(...exts)),
  );
  const { signature } = signed(tbs, opts.signingKey);
  return der.seq(tbs, alg.id, der.bitString(signature));
}

/** A PKCS#10 certificate request for `privateKey` with the given subject and SANs. */
function certificateRequest({ privateKey, subjectName, sanExtension }) {
  const publicKey = crypto.createPublicKey(privateKey);
  const attrs = sanExtension
    ? [der.seq(der.oid(OID.extensionRequest), der.set(der.seq(extension(OID.subjectAltName, false, sanExtension))))]
    : [];
  const info = der.seq(der.int(0), subjectName, spkiOf(publicKey), der.tlv(0xa0, attrs));
  const { alg, signature } = signed(info, privateKey);
  return der.seq(info, alg.id, der.bitString(signature));
}

/** Extensions of a certificate or request, as { oid: contentDer }. */
function extensionsIn(extSeq, buf) {
  const out = {};
  for (const ext of der.children(extSeq, buf)) {
    const parts = der.children(ext, buf);
    out[der.readOid(parts[0].content)] = parts[parts.length - 1].content;
  }
  return out;
}

/** The parts of a request a signer copies: subject DER, public key, SAN extension body. */
function parseRequest(csrDer) {
  const root = der.read(csrDer);
  const info = der.children(root, csrDer)[0];
  const [, subject, spki, attrs] = der.children(info, csrDer);
  let sanExtension = null;
  if (attrs) {
    for (const attr of der.children(attrs, csrDer)) {
      const [type, values] = der.children(attr, csrDer);
      if (der.readOid(type.content) !== OID.extensionRequest) continue;
      const exts = extensionsIn(der.children(values, csrDer)[0], csrDer);
      sanExtension = exts[OID.subjectAltName] || null;
    }
  }
  return {
    subjectName: Buffer.from(subject.raw),
    publicKey: crypto.createPublicKey({ key: Buffer.from(spki.raw), format: 'der', type: 'spki' }),
    sanExtension: sanExtension && Buffer.from(sanExtension),
  };
}

/** The parts of a CA certificate a signer needs: subject DER and subject key id. */
function parseCertificate(certDer) {
  const root = der.read(certDer);
  const tbs = der.children(root, certDer)[0];
  const fields = der.children(tbs, certDer);
  const subject = fields[5];
  const extWrapper = fields.find((f) => f.tag === 0xa3);
  let subjectKeyId = null;
  if (extWrapper) {
    const exts = extensionsIn(der.children(extWrapper, certDer)[0], certDer);
    if (exts[OID.subjectKeyId]) subjectKeyId = Buffer.from(der.read(exts[OID.subjectKeyId]).content);
  }
  return { subjectName: Buffer.from(subject.raw), subjectKeyId };
}

module.exports = {
  ALLOWED_USES, name, subjectAltNames, certificate, certificateRequest, parseRequest, parseCertificate,
  keyIdentifier, spkiOf, randomSerial,
};
