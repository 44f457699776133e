'use strict';
// The resource lifecycle of the fake provider, schema-driven:
//   plan   proposed values pass through; computed attributes left unset become
//          unknown on create (or a default the real provider sets at plan time);
//          on update, computed values of nested block elements are carried from
//          the matching prior element so that a second plan is empty.
//   apply  unknowns get values: real ones from a resource handler (tls, random),
//          else fakes shaped like the real thing.
//   read   state unchanged; data sources get fakes for computed attributes.
const { UNKNOWN, Dynamic, equal, blockType, fromJson, whollyKnown } = require('./cty');
const { Faker, fillUnknown } = require('./fakes');
const handlers = require('./resources');

function clone(v) {
  if (v === null || v === UNKNOWN || typeof v !== 'object') return v;
  if (v instanceof Dynamic) return new Dynamic(v.type, clone(v.value));
  if (Array.isArray(v)) return v.map(clone);
  return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, clone(e)]));
}

/** Calls fn(element) for every element value of a nested block. */
function eachElement(nb, v, fn) {
  if (v === null || v === UNKNOWN) return;
  if (nb.nesting_mode === 'single' || nb.nesting_mode === 'group') fn(v);
  else if (nb.nesting_mode === 'map') Object.values(v).forEach((e) => e !== UNKNOWN && fn(e));
  else v.forEach((e) => e !== UNKNOWN && fn(e));
}

/** Computed attributes still null become unknown, in the block and every nested element. */
function markUnknown(block, v) {
  if (v === null || v === UNKNOWN) return;
  for (const [name, a] of Object.entries(block.attributes || {})) {
    if (a.computed && v[name] === null) v[name] = UNKNOWN;
  }
  for (const [name, nb] of Object.entries(block.block_types || {})) eachElement(nb, v[name], (e) => markUnknown(nb.block, e));
}

/** True when two elements agree on everything the configuration decides. */
function sameConfigured(block, p, q) {
  for (const [name, a] of Object.entries(block.attributes || {})) {
    if (a.computed && !a.optional) continue;
    if (a.computed && (q[name] === null || q[name] === UNKNOWN)) continue;
    if (!equal(p[name], q[name])) return false;
  }
  return true;
}

/** Copies computed values the plan left null or unknown from prior element p into q. */
function carryComputed(block, p, q) {
  for (const [name, a] of Object.entries(block.attributes || {})) {
    if (a.computed && (q[name] === null || q[name] === UNKNOWN) && p[name] !== null) q[name] = clone(p[name]);
  }
  carryNested(block, p, q);
}

/**
 * Terraform carries top-level computed values itself; inside nested blocks (sets
 * above all) it cannot pair elements, so we do: by key for maps, else the element
 * that agrees on the configured attributes (same index first for lists).
 */
function carryNested(block, prior, planned) {
  for (const [name, nb] of Object.entries(block.block_types || {})) {
    const p = prior[name];
    const q = planned[name];
    if (p === null || q === null || p === UNKNOWN || q === UNKNOWN) continue;
    if (nb.nesting_mode === 'single' || nb.nesting_mode === 'group') {
      carryComputed(nb.block, p, q);
    } else if (nb.nesting_mode === 'map') {
      for (const [k, e] of Object.entries(q)) if (p[k] && e !== UNKNOWN) carryComputed(nb.block, p[k], e);
    } else {
      const used = new Set();
      q.forEach((e, i) => {
        if (e === UNKNOWN) return;
        let j = nb.nesting_mode === 'list' && p[i] && sameConfigured(nb.block, p[i], e) ? i : -1;
        if (j < 0) j = p.findIndex((pe, k) => !used.has(k) && sameConfigured(nb.block, pe, e));
        if (j < 0) return;
        used.add(j);
        carryComputed(nb.block, p[j], e);
      });
    }
  }
}

/** Top-level attributes whose change forces a new resource. */
function replacePaths(block, forceNew, prior, planned) {
  if (!forceNew) return [];
  const names = forceNew === 'all'
    ? [...Object.entries(block.attributes || {}).filter(([, a]) => a.optional || a.required).map(([n]) => n),
      ...Object.keys(block.block_types || {})]
    : forceNew;
  return names.filter((n) => n in planned && !equal(prior[n], planned[n]));
}

function handlerFor(typeName) {
  return handlers[typeName] || {};
}

/** PlanResourceChange: { planned, requiresReplace, diagnostics }. */
function plan({ typeName, schema, prior, proposed, config }) {
  if (proposed === null) return { planned: null, requiresReplace: [] };
  const h = handlerFor(typeName);
  const planned = clone(proposed);
  if (prior) carryNested(schema.block, prior, planned);
  for (const [name, value] of Object.entries(h.defaults || {})) {
    const a = (schema.block.attributes || {})[name];
    if (planned[name] === null && a && a.computed) planned[name] = clone(value);
  }
  if (h.plan) h.plan(planned, { prior, config });
  markUnknown(schema.block, planned);
  return { planned, requiresReplace: prior ? replacePaths(schema.block, h.forceNew, prior, planned) : [] };
}

/** The known parts of a value as stable text, to seed fakes. */
function seedText(v) {
  return JSON.stringify(v, (k, x) => (x === UNKNOWN ? null : x instanceof Dynamic ? x.value : x));
}

/** ApplyResourceChange: the new state. */
function apply({ provider, typeName, schema, prior, planned, config }) {
  if (planned === null) return null;
  const h = handlerFor(typeName);
  const value = clone(planned);
  const faker = new Faker(provider, typeName, seedText(planned));
  if (h.apply) h.apply(value, { prior, config, faker });
  return fillUnknown(value, blockType(schema.block), typeName, faker);
}

/** ReadDataSource: the configuration with every unset computed attribute filled in. */
function readDataSource({ provider, typeName, schema, config }) {
  const h = handlerFor(typeName);
  const value = clone(config);
  markUnknown(schema.block, value);
  const faker = new Faker(provider, `data.${typeName}`, seedText(config));
  if (h.read) h.read(value, { config, faker });
  return fillUnknown(value, blockType(schema.block), typeName, faker);
}

/** UpgradeResourceState: the JSON state read as a value of the current schema. */
function upgrade({ schema, json }) {
  return fromJson(JSON.parse(json), blockType(schema.block));
}

/** ValidateResourceTypeConfig / ValidateDataSourceConfig: error messages by attribute. */
function validate({ typeName, config }) {
  const h = handlerFor(typeName);
  return h.validate ? h.validate(config) : [];
}

module.exports = { plan, apply, readDataSource, upgrade, validate, whollyKnown };
