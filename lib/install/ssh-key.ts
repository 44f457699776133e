import { generateKeyPairSync, randomBytes } from 'crypto';

/** An SSH wire-format string: a 32-bit big-endian length, then the bytes. */
function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function uint32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(value >>> 0);
  return b;
}

/** A new SSH host key. @internal */
export interface SshHostKey {
  /** The private key in OpenSSH's format (`-----BEGIN OPENSSH PRIVATE KEY-----`), unencrypted. */
  readonly privateKey: string;
  /** The public key as an authorized_keys / known_hosts line: `ssh-ed25519 AAAA... <comment>`. */
  readonly publicKey: string;
}

/**
 * Generates an Ed25519 host key with node:crypto and writes it in OpenSSH's private key
 * format (PROTOCOL.key: "openssh-key-v1", no cipher, no KDF, one key), which the Gitpod
 * SSH gateway reads with golang.org/x/crypto/ssh's ParsePrivateKey, as `ssh-keygen -t ed25519 -N ""` would.
 * @internal
 */
export function generateSshHostKey(comment = 'gitpod-ssh-gateway'): SshHostKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const seed = Buffer.from(jwk.d as string, 'base64url');
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
  if (seed.length !== 32 || pub.length !== 32) throw new Error('unexpected Ed25519 key length');

  const keyType = 'ssh-ed25519';
  const publicBlob = Buffer.concat([sshString(keyType), sshString(pub)]);
  const check = randomBytes(4).readUInt32BE(0);
  let section = Buffer.concat([
    uint32(check), uint32(check),
    sshString(keyType), sshString(pub),
    sshString(Buffer.concat([seed, pub])), // OpenSSH keeps the 32-byte seed followed by the public key
    sshString(comment),
  ]);
  // Padded to the cipher block size (8 for "none") with the bytes 1, 2, 3, ...
  const padding = (8 - (section.length % 8)) % 8;
  section = Buffer.concat([section, Buffer.from(Array.from({ length: padding }, (_, i) => i + 1))]);

  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'), sshString('none'), sshString(''),
    uint32(1),
    sshString(publicBlob),
    sshString(section),
  ]);
  const lines = body.toString('base64').match(/.{1,70}/g) ?? [];
  return {
    privateKey: ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----', ''].join('\n'),
    publicKey: `${keyType} ${publicBlob.toString('base64')} ${comment}`,
  };
}
