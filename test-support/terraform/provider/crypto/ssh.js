'use strict';
// OpenSSH encodings of Node key objects (public "ssh-ed25519 AAAA..." lines, the
// "OPENSSH PRIVATE KEY" container and fingerprints), as the tls provider outputs them.
const crypto = require('crypto');

const CURVES = {
  prime256v1: { ssh: 'nistp256', size: 32 },
  secp384r1: { ssh: 'nistp384', size: 48 },
  secp521r1: { ssh: 'nistp521', size: 66 },
};

const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const str = (buf) => { const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf); return Buffer.concat([u32(b.length), b]); };
const b64url = (s) => Buffer.from(s, 'base64url');
/** SSH mpint: big-endian two's complement, minimal, with a zero byte before a set high bit. */
function mpint(buf) {
  let i = 0;
  while (i < buf.length - 1 && buf[i] === 0) i++;
  let b = buf.subarray(i);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return str(b);
}

/**
 * A copy of a key object, made from its DER, that shares no lock with the key object
 * generateKeyPairSync returned. Node 20 can deadlock exporting a freshly generated EC key
 * as JWK: a garbage collection during the export may destroy the generation job, which
 * waits for the lock the export holds (seen in about 1 of a few thousand exports).
 */
function detached(key) {
  return key.type === 'private'
    ? crypto.createPrivateKey({ key: key.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' })
    : crypto.createPublicKey({ key: key.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' });
}

/** Key type name and parts for a Node KeyObject, or null when OpenSSH cannot express it (P-224). */
function describe(original) {
  const key = detached(original);
  const pub = key.type === 'private' ? crypto.createPublicKey(key) : key;
  const jwk = key.export({ format: 'jwk' });
  switch (pub.asymmetricKeyType) {
    case 'ed25519':
      return { type: 'ssh-ed25519', jwk, blob: Buffer.concat([str('ssh-ed25519'), str(b64url(jwk.x))]) };
    case 'rsa':
      return { type: 'ssh-rsa', jwk, blob: Buffer.concat([str('ssh-rsa'), mpint(b64url(jwk.e)), mpint(b64url(jwk.n))]) };
    case 'ec': {
      const curve = CURVES[pub.asymmetricKeyDetails.namedCurve];
      if (!curve) return null;
      const point = Buffer.concat([Buffer.from([4]), b64url(jwk.x), b64url(jwk.y)]);
      const type = `ecdsa-sha2-${curve.ssh}`;
      return { type, jwk, point, curve, blob: Buffer.concat([str(type), str(curve.ssh), str(point)]) };
    }
    default:
      return null;
  }
}

/** "ssh-ed25519 AAAA...\n" (with the newline, as the tls provider writes it), or "". */
function publicKeyLine(key) {
  const d = describe(key);
  return d ? `${d.type} ${d.blob.toString('base64')}\n` : '';
}

function fingerprints(key) {
  const d = describe(key);
  if (!d) return { md5: '', sha256: '' };
  const md5 = crypto.createHash('md5').update(d.blob).digest('hex').match(/../g).join(':');
  const sha256 = `SHA256:${crypto.createHash('sha256').update(d.blob).digest('base64').replace(/=+$/, '')}`;
  return { md5, sha256 };
}

/** The unencrypted "OPENSSH PRIVATE KEY" PEM of a private KeyObject, or "". */
function privateKeyPem(privateKey) {
  const d = describe(privateKey);
  if (!d) return '';
  const { jwk } = d;
  let body;
  if (d.type === 'ssh-ed25519') {
    const pub = b64url(jwk.x);
    body = Buffer.concat([str(d.type), str(pub), str(Buffer.concat([b64url(jwk.d), pub]))]);
  } else if (d.type === 'ssh-rsa') {
    body = Buffer.concat([str(d.type), ...['n', 'e', 'd', 'qi', 'p', 'q'].map((k) => mpint(b64url(jwk[k])))]);
  } else {
    body = Buffer.concat([str(d.type), str(d.curve.ssh), str(d.point), mpint(b64url(jwk.d))]);
  }
  const check = crypto.randomBytes(4);
  let priv = Buffer.concat([check, check, body, str('')]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'binary'), str('none'), str('none'), str(''), u32(1), str(d.blob), str(priv),
  ]);
  const b64 = blob.toString('base64').match(/.{1,70}/g).join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

module.exports = { publicKeyLine, fingerprints, privateKeyPem };
