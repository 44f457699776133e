'use strict';
// Fake values for computed attributes that no real cloud is there to fill in.
// They are shaped like the real ones where other configuration converts them:
// ids are numeric strings (hcloud ids are strings, but many *_id arguments are
// numbers), addresses are valid IPs from documentation/private ranges, times are
// RFC 3339. Values are derived from a hash of the resource's planned values, and
// made unique across the processes of one run through files created exclusively
// in $TF_FAKE_PROVIDER_STATE (the harness sets it; without it uniqueness is
// only as good as the hash).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { UNKNOWN, Dynamic } = require('./cty');

function hashOf(text) {
  return crypto.createHash('sha256').update(text).digest();
}

/** Claims `kind`/`value` for this run, or returns false when another resource has it. */
function claim(kind, value) {
  const dir = process.env.TF_FAKE_PROVIDER_STATE;
  if (!dir) return true;
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.closeSync(fs.openSync(path.join(dir, `${kind}-${String(value).replace(/[^\w.:-]/g, '_')}`), 'wx'));
    return true;
  } catch (err) {
    if (err.code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * A source of fake values for one resource instance. `seedText` identifies it
 * (type name and planned values); every call gives the next value of its kind.
 */
class Faker {
  constructor(provider, typeName, seedText) {
    this.provider = provider;
    this.typeName = typeName;
    this.seed = hashOf(`${typeName}\n${seedText}`);
    this.counter = 0;
    this.memo = {};
  }

  /** A number from the seed, different for every call. */
  next(mod) {
    const h = hashOf(`${this.seed.toString('hex')}:${this.counter++}`);
    return h.readUInt32BE(0) % mod;
  }

  /** A claimed value: candidates start at the seed and move on while taken. */
  unique(kind, count, make) {
    const start = this.next(count);
    for (let i = 0; i < count; i++) {
      const v = make((start + i) % count);
      if (claim(kind, v)) return v;
    }
    return make(start);
  }

  /** The resource id, the same for every attribute that asks. */
  id() {
    if (!this.memo.id) this.memo.id = this.unique('id', 9000000, (n) => String(1000000 + n));
    return this.memo.id;
  }

  /** Another id, for `*_id` attributes the resource did not get from its configuration. */
  otherId() { return this.unique('id', 9000000, (n) => String(1000000 + n)); }

  publicIPv4() { return this.unique('ipv4', 250, (n) => `203.0.113.${n + 2}`); }

  privateIPv4() { return this.unique('ip-private', 250 * 200, (n) => `10.${Math.floor(n / 250) + 50}.0.${(n % 250) + 2}`); }

  ipv6() { return `2001:db8:${this.id().slice(-4)}::1`; }

  ipv6Network() { return `2001:db8:${this.id().slice(-4)}::/64`; }

  shortHash() { return this.seed.toString('hex').slice(0, 8); }
}

const TIME = '2025-01-01T00:00:00Z';

/** A fake value of `type` for the attribute `name` (path: names of enclosing blocks). */
function fakeValue(type, name, faker, pathNames = []) {
  const n = name.toLowerCase();
  const inNetwork = pathNames.some((p) => /network|private|subnet/.test(p));
  if (type === 'string') return fakeString(n, faker, inNetwork);
  if (type === 'number') {
    if (n === 'id') return Number(faker.id());
    if (n.endsWith('_id')) return Number(faker.otherId());
    if (n === 'status_code') return 200;
    if (/port$/.test(n)) return 443;
    if (/(size|disk|_gb)$/.test(n)) return 40;
    return 0;
  }
  if (type === 'bool') return false;
  if (type === 'dynamic') return new Dynamic('string', '');
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    // One element for lists of objects (kube_config[0].host and the like), none otherwise.
    return Array.isArray(inner) && inner[0] === 'object' ? [fakeValue(inner, name, faker, [...pathNames, name])] : [];
  }
  if (kind === 'map') return {};
  if (kind === 'object') {
    return Object.fromEntries(Object.entries(inner).map(([k, t]) => [k, fakeValue(t, k, faker, [...pathNames, name])]));
  }
  if (kind === 'tuple') return inner.map((t) => fakeValue(t, name, faker, pathNames));
  return null;
}

function fakeString(n, faker, inNetwork) {
  if (n === 'id') return faker.id();
  if (n.endsWith('_id')) return faker.otherId();
  if (/ipv6_(network|prefix|range)|cidr|ip_range/.test(n)) return n.includes('ipv6') ? faker.ipv6Network() : '10.0.0.0/16';
  if (n.includes('ipv6')) return faker.ipv6();
  if (/(^|_)(ip|ipv4|ip_address|ipv4_address|private_ip|public_ip|network_ip|gateway)(_|$)/.test(n) || n.endsWith('_ip')) {
    return /private|network|internal|gateway|local/.test(n) || inNetwork ? faker.privateIPv4() : faker.publicIPv4();
  }
  if (n.includes('mac_address')) return `86:00:00:${faker.shortHash().match(/../g).slice(0, 3).join(':')}`;
  if (n.includes('fingerprint')) return crypto.createHash('md5').update(faker.seed).digest('hex').match(/../g).join(':');
  if (/(^|_)(status|state)$/.test(n)) return 'running';
  if (/(created|_at$|_time$|timestamp|rfc3339)/.test(n)) return TIME;
  if (n.endsWith('urn')) return `${faker.provider}:${faker.typeName}:${faker.id()}`;
  if (/(host|hostname|fqdn|endpoint)$/.test(n)) return `${faker.shortHash()}.example.test`;
  if (/url$/.test(n)) return `https://${faker.shortHash()}.example.test`;
  return `fake-${n}-${faker.shortHash()}`;
}

/** Replaces unknown values inside `value` (of `type`) with fakes. */
function fillUnknown(value, type, name, faker, pathNames = []) {
  if (value === UNKNOWN) return fakeValue(type, name, faker, pathNames);
  if (value === null || typeof type === 'string') return value;
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') return value.map((e) => fillUnknown(e, inner, name, faker, pathNames));
  if (kind === 'map') return Object.fromEntries(Object.entries(value).map(([k, e]) => [k, fillUnknown(e, inner, k, faker, pathNames)]));
  if (kind === 'object') {
    return Object.fromEntries(Object.entries(inner).map(([k, t]) => [k, fillUnknown(value[k], t, k, faker, [...pathNames, name])]));
  }
  return value;
}

module.exports = { Faker, fakeValue, fillUnknown, TIME };
