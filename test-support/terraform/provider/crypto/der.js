'use strict';
// Minimal DER (ASN.1) encoder and reader: just enough to build X.509 certificates
// and PKCS#10 requests and to read the parts of a request we need. Node's crypto
// signs and exports keys but cannot create certificates.

function encodeLength(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  while (n > 0) { bytes.unshift(n & 0xff); n = Math.floor(n / 256); }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** A TLV with the given tag byte and content. */
function tlv(tag, content) {
  const body = Buffer.isBuffer(content) ? content : Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

const seq = (...items) => tlv(0x30, items);
const set = (...items) => tlv(0x31, items);
const nul = () => Buffer.from([0x05, 0x00]);
const bool = (b) => tlv(0x01, Buffer.from([b ? 0xff : 0x00]));
const octets = (buf) => tlv(0x04, buf);
const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const printable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
const ia5 = (s) => tlv(0x16, Buffer.from(s, 'ascii'));
/** Context-specific constructed tag [n] wrapping DER items (EXPLICIT tagging). */
const explicit = (n, ...items) => tlv(0xa0 | n, items);
/** Context-specific primitive tag [n] (IMPLICIT tagging of a primitive). */
const implicit = (n, buf) => tlv(0x80 | n, buf);

/** INTEGER from a BigInt or a non-negative Number. */
function int(value) {
  let v = BigInt(value);
  if (v < 0n) throw new Error('negative integers are not needed here');
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(0x02, bytes);
}

function oid(dotted) {
  const parts = dotted.split('.').map(Number);
  const out = [parts[0] * 40 + parts[1]];
  for (const p of parts.slice(2)) {
    const chunk = [];
    let v = p;
    do { chunk.unshift(v & 0x7f); v = Math.floor(v / 128); } while (v > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i] |= 0x80;
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** BIT STRING with the given number of unused trailing bits. */
const bitString = (buf, unused = 0) => tlv(0x03, Buffer.concat([Buffer.from([unused]), buf]));

/** UTCTime before 2050, GeneralizedTime after (RFC 5280 4.1.2.5). */
function time(date) {
  const iso = date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:T]/g, '');
  if (date.getUTCFullYear() < 2050) return tlv(0x17, Buffer.from(iso.slice(2), 'ascii'));
  return tlv(0x18, Buffer.from(iso, 'ascii'));
}

/**
 * Reads one TLV at `offset`: { tag, header, length, start, end, content, raw }.
 * Only definite lengths (DER) are supported.
 */
function read(buf, offset = 0) {
  const tag = buf[offset];
  let len = buf[offset + 1];
  let header = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[offset + 2 + i];
    header += n;
  }
  const start = offset + header;
  const end = start + len;
  return { tag, length: len, start, end, content: buf.subarray(start, end), raw: buf.subarray(offset, end) };
}

/** The child TLVs of a constructed TLV. */
function children(node, buf) {
  const out = [];
  let pos = node.start;
  while (pos < node.end) {
    const child = read(buf, pos);
    out.push(child);
    pos = child.end;
  }
  return out;
}

function readOid(content) {
  const parts = [Math.floor(content[0] / 40), content[0] % 40];
  let v = 0;
  for (const b of content.subarray(1)) {
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) { parts.push(v); v = 0; }
  }
  return parts.join('.');
}

function pem(label, der) {
  const b64 = der.toString('base64').match(/.{1,64}/g).join('\n');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

function unpem(text) {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text || '');
  if (!m) throw new Error('not a PEM block');
  return { label: m[1], der: Buffer.from(m[2].replace(/\s+/g, ''), 'base64') };
}

module.exports = {
  tlv, seq, set, nul, bool, octets, utf8, printable, ia5, explicit, implicit, int, oid, bitString, time,
  read, children, readOid, pem, unpem,
};
