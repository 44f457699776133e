'use strict';
// Terraform values as the plugin protocol carries them (cty msgpack), in plain JS:
// null, strings, numbers, booleans, arrays (lists, sets, tuples), objects (maps,
// objects), UNKNOWN for values not known until apply, and Dynamic for values of
// attributes typed "dynamic" (msgpack carries those with their type).
const { encode, decode, ExtensionCodec } = require('@msgpack/msgpack');

class Unknown {
  toJSON() { return '<unknown>'; }
}
/** The one unknown value. Unknown refinements (newer cty) are read as plain unknowns. */
const UNKNOWN = Object.freeze(new Unknown());

class Dynamic {
  constructor(type, value) { this.type = type; this.value = value; }
}

const codec = new ExtensionCodec();
// cty writes unknowns as extension 0 and reads back the 3 bytes d4 00 00.
codec.register({ type: 0, encode: (v) => (v === UNKNOWN ? new Uint8Array([0]) : null), decode: () => UNKNOWN });
codec.register({ type: 12, encode: () => null, decode: () => UNKNOWN });

const isUnknown = (v) => v === UNKNOWN;

/** Converts a decoded msgpack value to our representation, guided by its type. */
function fromWire(v, type) {
  if (v === null || v === undefined) return null;
  if (v === UNKNOWN) return UNKNOWN;
  if (type === 'dynamic') {
    // [type JSON, value]
    const t = JSON.parse(Buffer.from(v[0]).toString('utf8'));
    return new Dynamic(t, fromWire(v[1], t));
  }
  if (type === 'number') return typeof v === 'string' ? Number(v) : Number(v);
  if (typeof type === 'string') return v;
  const [kind, inner] = type;
  switch (kind) {
    case 'list': case 'set': return v.map((e) => fromWire(e, inner));
    case 'tuple': return v.map((e, i) => fromWire(e, inner[i]));
    case 'map': return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fromWire(e, inner)]));
    case 'object': return Object.fromEntries(Object.entries(inner).map(([k, t]) => [k, fromWire(v[k], t)]));
    default: throw new Error(`unknown type ${JSON.stringify(type)}`);
  }
}

/** Converts our representation to what the msgpack encoder should write for `type`. */
function toWire(v, type) {
  if (v === null || v === undefined) return null;
  if (v === UNKNOWN) return UNKNOWN;
  if (type === 'dynamic') {
    const d = v instanceof Dynamic ? v : new Dynamic(guessType(v), v);
    return [Buffer.from(JSON.stringify(d.type)), toWire(d.value, d.type)];
  }
  if (typeof type === 'string') return v;
  const [kind, inner] = type;
  switch (kind) {
    case 'list': case 'set': return v.map((e) => toWire(e, inner));
    case 'tuple': return v.map((e, i) => toWire(e, inner[i]));
    case 'map': return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, toWire(e, inner)]));
    case 'object': return Object.fromEntries(Object.entries(inner).map(([k, t]) => [k, toWire(v[k], t)]));
    default: throw new Error(`unknown type ${JSON.stringify(type)}`);
  }
}

/** A type for a plain JS value put into a dynamic attribute. */
function guessType(v) {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return ['tuple', v.map(guessType)];
  if (v && typeof v === 'object') return ['object', Object.fromEntries(Object.entries(v).map(([k, e]) => [k, guessType(e)]))];
  return 'string';
}

function decodeValue(buf, type) {
  if (!buf || !buf.length) return null;
  return fromWire(decode(buf, { extensionCodec: codec, useBigInt64: false }), type);
}

function encodeValue(v, type) {
  return Buffer.from(encode(toWire(v, type), { extensionCodec: codec, forceFloat32: false }));
}

/** Reads a JSON-encoded value (state files, raw_state.json) as a value of `type`. */
function fromJson(v, type) {
  if (v === null || v === undefined) return null;
  if (type === 'dynamic') {
    if (v && typeof v === 'object' && 'type' in v && 'value' in v) return new Dynamic(v.type, fromJson(v.value, v.type));
    return new Dynamic(guessType(v), v);
  }
  if (typeof type === 'string') return type === 'number' ? Number(v) : v;
  const [kind, inner] = type;
  switch (kind) {
    case 'list': case 'set': return v.map((e) => fromJson(e, inner));
    case 'tuple': return v.map((e, i) => fromJson(e, inner[i]));
    case 'map': return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fromJson(e, inner)]));
    case 'object': return Object.fromEntries(Object.entries(inner).map(([k, t]) => [k, fromJson(v[k], t)]));
    default: throw new Error(`unknown type ${JSON.stringify(type)}`);
  }
}

// ---------------------------------------------------------------------------
// Schema blocks (the `providers schema -json` shape) and the types they imply

/** Attribute type; protocol 6 style nested attributes are read as their object type. */
function attributeType(attr) {
  if (attr.type !== undefined) return attr.type;
  const nt = attr.nested_type;
  const fields = Object.fromEntries(Object.entries(nt.attributes).map(([k, a]) => [k, attributeType(a)]));
  const obj = ['object', fields];
  switch (nt.nesting_mode) {
    case 'single': return obj;
    case 'list': return ['list', obj];
    case 'set': return ['set', obj];
    case 'map': return ['map', obj];
    default: throw new Error(`nesting ${nt.nesting_mode}`);
  }
}

/** The object type of a block. */
function blockType(block) {
  const fields = {};
  for (const [k, a] of Object.entries(block.attributes || {})) fields[k] = attributeType(a);
  for (const [k, nb] of Object.entries(block.block_types || {})) fields[k] = nestedBlockType(nb);
  return ['object', fields];
}

function nestedBlockType(nb) {
  const obj = blockType(nb.block);
  switch (nb.nesting_mode) {
    case 'single': case 'group': return obj;
    case 'list': return ['list', obj];
    case 'set': return ['set', obj];
    case 'map': return ['map', obj];
    default: throw new Error(`nesting ${nb.nesting_mode}`);
  }
}

/** Deep equality of values (sets compared as lists; good enough for plans we make). */
function equal(a, b) {
  if (a === b) return true;
  if (a instanceof Dynamic || b instanceof Dynamic) {
    return a instanceof Dynamic && b instanceof Dynamic && equal(a.value, b.value);
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equal(a[k], b[k]));
}

/** True when the value contains no unknowns. */
function whollyKnown(v) {
  if (v === UNKNOWN) return false;
  if (v instanceof Dynamic) return whollyKnown(v.value);
  if (v && typeof v === 'object') return Object.values(v).every(whollyKnown);
  return true;
}

module.exports = {
  UNKNOWN, Dynamic, isUnknown, decodeValue, encodeValue, fromJson,
  attributeType, blockType, nestedBlockType, equal, whollyKnown,
};
