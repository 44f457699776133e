'use strict';
// Where the fake provider gets each provider's schema from, in this order:
//   1. <repo>/provider-schemas/<name>.json  the real schema snapshot (hcloud, scaleway; azurerm's
//                                            derived once from the prebuilt bindings)
//   2. $TF_FAKE_SCHEMA_DIR/<name>.json       prepared by the harness for one run
//                                            (derived, restricted to the types used)
//   3. derived from the installed cdktf bindings of the provider (all types, cached)
const fs = require('fs');
const path = require('path');
const { attributeType } = require('./cty');

const REPO = path.resolve(__dirname, '../../..');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The provider entry ({ provider, resource_schemas, data_source_schemas }) for `name`. */
function loadProviderSchema(name) {
  const candidates = [path.join(REPO, 'provider-schemas', `${name}.json`)];
  if (process.env.TF_FAKE_SCHEMA_DIR) candidates.push(path.join(process.env.TF_FAKE_SCHEMA_DIR, `${name}.json`));
  let doc = null;
  for (const file of candidates) {
    if (fs.existsSync(file)) { doc = readJson(file); break; }
  }
  if (!doc) doc = require('../derive-schemas').cachedSchema(name);
  const entries = Object.values(doc.provider_schemas);
  if (entries.length !== 1) throw new Error(`schema for ${name}: expected one provider, found ${entries.length}`);
  const entry = entries[0];
  entry.resource_schemas = entry.resource_schemas || {};
  entry.data_source_schemas = entry.data_source_schemas || {};
  return entry;
}

const NESTING = { single: 'SINGLE', list: 'LIST', set: 'SET', map: 'MAP', group: 'GROUP' };

/** A `providers schema -json` block as a tfplugin5 Schema.Block message. */
function blockToProto(block) {
  return {
    attributes: Object.entries(block.attributes || {}).map(([name, a]) => ({
      name,
      type: Buffer.from(JSON.stringify(attributeType(a))),
      description: a.description || '',
      required: !!a.required,
      optional: !!a.optional,
      computed: !!a.computed,
      sensitive: !!a.sensitive,
      deprecated: !!a.deprecated,
    })),
    block_types: Object.entries(block.block_types || {}).map(([name, nb]) => ({
      type_name: name,
      block: blockToProto(nb.block),
      nesting: NESTING[nb.nesting_mode],
      min_items: nb.min_items || 0,
      max_items: nb.max_items || 0,
    })),
    description: block.description || '',
    deprecated: !!block.deprecated,
  };
}

function schemaToProto(s) {
  return { version: s.version || 0, block: blockToProto(s.block || {}) };
}

module.exports = { loadProviderSchema, schemaToProto, REPO };
