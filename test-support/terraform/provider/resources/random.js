'use strict';
// hashicorp/random with real random values honouring the arguments (length,
// character classes, minimums), so that what consumes them (k3s tokens, passwords
// in templates) sees the real shape. Every argument forces replacement.
const crypto = require('crypto');
const { UNKNOWN } = require('../cty');

const set = (v, name, value) => { if (v[name] === UNKNOWN) v[name] = value; };
const known = (x) => x !== null && x !== UNKNOWN;

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NUMERIC = '0123456789';
const SPECIAL = '!@#$%&*()-_=+[]{}<>:?';

const pick = (chars) => chars[crypto.randomInt(chars.length)];

/** A random string as random_string/random_password make it. */
function randomString(v) {
  const classes = [
    [v.lower, LOWER, v.min_lower],
    [v.upper, UPPER, v.min_upper],
    [v.numeric && v.number !== false, NUMERIC, v.min_numeric],
    [v.special, v.override_special !== null ? v.override_special : SPECIAL, v.min_special],
  ];
  const out = [];
  let pool = '';
  for (const [enabled, chars, min] of classes) {
    if (!enabled || !chars) continue;
    pool += chars;
    for (let i = 0; i < (min || 0); i++) out.push(pick(chars));
  }
  if (!pool) pool = LOWER;
  while (out.length < v.length) out.push(pick(pool));
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.join('');
}

/** A bcrypt-shaped hash ($2a$10$ + 53 characters); nothing here verifies it. */
function bcryptShaped(text) {
  const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const h = crypto.createHash('sha512').update(text).digest();
  return `$2a$10$${Array.from(h.subarray(0, 53), (b) => alphabet[b % 64]).join('')}`;
}

const stringDefaults = {
  lower: true, upper: true, numeric: true, number: true, special: true,
  min_lower: 0, min_upper: 0, min_numeric: 0, min_special: 0,
};

function validateString(config) {
  const errors = [];
  if (known(config.length) && config.length < 1) {
    errors.push({ attribute: 'length', summary: 'Invalid Attribute Value', detail: `Attribute length value must be at least 1, got: ${config.length}` });
  }
  const mins = ['min_lower', 'min_upper', 'min_numeric', 'min_special'].map((k) => config[k]).filter(known);
  if (known(config.length) && mins.reduce((a, b) => a + b, 0) > config.length) {
    errors.push({ attribute: 'length', summary: 'Invalid Attribute Value', detail: 'Attribute length value must be at least sum of min_upper + min_lower + min_numeric + min_special' });
  }
  return errors;
}

/** `number` is the deprecated twin of `numeric`: the provider keeps them equal. */
function syncNumeric(v, { config }) {
  if (config.numeric !== null && config.number === null) v.number = v.numeric;
  if (config.number !== null && config.numeric === null) v.numeric = v.number;
}

const WORDS = ['able', 'bold', 'calm', 'deep', 'eager', 'fair', 'glad', 'keen', 'neat', 'proud', 'quick', 'warm'];
const ANIMALS = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen', 'jay', 'koi', 'owl', 'yak'];

module.exports = {
  random_password: {
    forceNew: 'all',
    defaults: stringDefaults,
    plan: syncNumeric,
    validate: validateString,
    apply(v) {
      const result = randomString(v);
      set(v, 'result', result);
      set(v, 'bcrypt_hash', bcryptShaped(result));
      set(v, 'id', 'none');
    },
  },
  random_string: {
    forceNew: 'all',
    defaults: stringDefaults,
    plan: syncNumeric,
    validate: validateString,
    apply(v) {
      const result = randomString(v);
      set(v, 'result', result);
      set(v, 'id', result);
    },
  },
  random_id: {
    forceNew: 'all',
    apply(v) {
      const bytes = crypto.randomBytes(v.byte_length);
      const prefix = v.prefix || '';
      const b64url = bytes.toString('base64url');
      set(v, 'b64_url', prefix + b64url);
      set(v, 'b64_std', prefix + bytes.toString('base64'));
      set(v, 'hex', prefix + bytes.toString('hex'));
      set(v, 'dec', prefix + BigInt(`0x${bytes.toString('hex') || '0'}`).toString(10));
      set(v, 'id', b64url);
    },
  },
  random_integer: {
    forceNew: 'all',
    apply(v) {
      const result = v.min + crypto.randomInt(v.max - v.min + 1);
      set(v, 'result', result);
      set(v, 'id', String(result));
    },
  },
  random_uuid: {
    forceNew: 'all',
    apply(v) {
      const id = crypto.randomUUID();
      set(v, 'result', id);
      set(v, 'id', id);
    },
  },
  random_pet: {
    forceNew: 'all',
    defaults: { length: 2, separator: '-' },
    apply(v) {
      const words = Array.from({ length: v.length }, (_, i) => (i === v.length - 1 ? pick(ANIMALS) : pick(WORDS)));
      set(v, 'id', [v.prefix, ...words].filter(Boolean).join(v.separator));
    },
  },
};
