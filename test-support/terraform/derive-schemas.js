#!/usr/bin/env node
'use strict';
// Derives Terraform provider schemas (the `terraform providers schema -json` shape)
// from cdktf bindings, for providers whose real schema we cannot download here.
//
// The prebuilt @cdktf/provider-* packages embed their TypeScript source in inline
// source maps, and cdktf's generator writes everything a schema needs into it:
//   - `// name - computed: X, optional: Y, required: Z` above every attribute getter
//     (resource classes and the OutputReference class of every nested block);
//   - `isBlock/type/storageClassType` for every configurable attribute in
//     synthesizeHclAttributes() / <struct>ToHclTerraform();
//   - "<name> block" as the doc summary of block properties, and the registry link
//     `...#<snake_name>` that maps camelCase properties back to attribute names;
//   - getters (`getStringAttribute`, `new FooList(this, "foo", true)`, ...) that give
//     the type of computed-only attributes.
// Sensitivity is not in the bindings; KNOWN_FACTS adds it (and the few facts the
// bindings cannot carry) for the resources our modules use, and checkKnownFacts()
// proves the derived schema for those resources is exact.
//
// Usage:
//   node derive-schemas.js <provider> [type ...]     print the schema JSON
//   node derive-schemas.js --check                   compare with known facts and with every
//                                                    provider-schemas/ snapshot a cloud generates bindings from
//   node derive-schemas.js --snapshot <provider> [type ...]
//                                                    rewrite provider-schemas/<provider>.json from the installed
//                                                    prebuilt bindings: the types it holds, plus the ones named
const fs = require('fs');
const path = require('path');
const { attributeType } = require('./provider/cty');

const REPO = path.resolve(__dirname, '../..');

/**
 * A provider's registry address: the modules' requirement where they have one
 * (lib/module-synth.js), else the one its cdktf bindings name (a provider only an example
 * uses, such as the starter's cloudflare/cloudflare), else hashicorp/<name>.
 */
const sourceOf = (name) => {
  const { MODULE_PROVIDERS } = require(path.join(__dirname, '..', '..', 'lib', 'module-synth'));
  if (MODULE_PROVIDERS[name]) return MODULE_PROVIDERS[name].source;
  const dir = bindingsDir(name);
  const binding = dir && path.join(dir, 'provider', 'index.js');
  const m = binding && fs.existsSync(binding) && /terraformProviderSource: '([^']+)'/.exec(fs.readFileSync(binding, 'utf8'));
  return m ? m[1] : `hashicorp/${name}`;
};

// ---------------------------------------------------------------------------
// Reading the TypeScript source of one generated file

/** The generated TypeScript of a binding: the .ts itself, or the source map in the .js. */
function readSource(dir) {
  const ts = path.join(dir, 'index.ts');
  if (fs.existsSync(ts)) return fs.readFileSync(ts, 'utf8');
  const js = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
  const m = /sourceMappingURL=data:application\/json;base64,(\S+)\s*$/.exec(js);
  if (!m) throw new Error(`${dir}/index.js has no inline source map`);
  return JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')).sourcesContent[0];
}

/** Splits a file into its top-level `export interface/class/function` declarations. */
function declarations(src) {
  const out = { interfaces: {}, classes: {}, functions: {} };
  const re = /^export (interface|class|function) (\w+)([^\n]*)$/gm;
  const marks = [];
  let m;
  while ((m = re.exec(src))) marks.push({ kind: m[1], name: m[2], head: m[3], start: m.index });
  marks.forEach((mark, i) => {
    const body = src.slice(mark.start, i + 1 < marks.length ? marks[i + 1].start : src.length);
    const bucket = { interface: out.interfaces, class: out.classes, function: out.functions }[mark.kind];
    bucket[mark.name] = { head: mark.head, body };
  });
  return out;
}

/** Configurable members of an interface: camel name -> { snake, optional, isBlock }. */
function interfaceMembers(body) {
  const members = {};
  const re = /\/\*\*([\s\S]*?)\*\/\s*readonly (\w+)(\?)?:/g;
  let m;
  while ((m = re.exec(body))) {
    const doc = m[1];
    const link = /\{@link \S+#(\w+) /.exec(doc);
    members[m[2]] = {
      snake: link ? link[1] : null,
      optional: !!m[3],
      isBlock: /^\s*\*\s*\S+ block\s*$/m.test(doc),
    };
  }
  return members;
}

/** `name: { value: ..., isBlock, type, storageClassType }` entries of a *ToHcl* body. */
function hclEntries(body) {
  const out = {};
  const re = /(\w+): \{\s*value: ([^\n]*),\s*isBlock: (true|false),\s*type: "(\w+)",\s*storageClassType: "(\w+)",?\s*\}/g;
  let m;
  while ((m = re.exec(body))) {
    out[m[1]] = { value: m[2], complex: m[3] === 'true', kind: m[4], storage: m[5] };
  }
  return out;
}

/** `// name - computed: ..` comments of a class, each with the code up to the next one. */
function attributeComments(body) {
  const out = {};
  const re = /\/\/ (\w+) - computed: (true|false), optional: (true|false), required: (true|false)\n/g;
  const hits = [];
  let m;
  while ((m = re.exec(body))) hits.push({ m, end: re.lastIndex });
  hits.forEach(({ m, end }, i) => {
    const chunk = body.slice(end, i + 1 < hits.length ? hits[i + 1].m.index : body.length);
    out[m[1]] = { computed: m[2] === 'true', optional: m[3] === 'true', required: m[4] === 'true', chunk };
  });
  return out;
}

// ---------------------------------------------------------------------------
// Types

const PRIMITIVES = { string: 'string', number: 'number', boolean: 'bool', any: 'dynamic' };

/** The cty type of a storage class name such as "stringList", "FooList", "numberMap". */
function storageType(storage, kind, ctx, outerSet = false) {
  if (storage in PRIMITIVES) return PRIMITIVES[storage];
  if (ctx.structs.has(storage)) return ctx.objectType(storage);
  if (storage.endsWith('List')) {
    const inner = storageType(storage.slice(0, -4), 'simple', ctx);
    return [kind === 'set' || outerSet ? 'set' : 'list', inner];
  }
  if (storage.endsWith('Map')) {
    const inner = storage.slice(0, -3);
    // cdktf renders a `dynamic` attribute as a map of any
    if (inner === 'any') return 'dynamic';
    return ['map', storageType(inner, 'simple', ctx)];
  }
  throw new Error(`unknown storage class ${storage}`);
}

/** The cty type of a computed attribute from its getter or stored-class initializer. */
function getterType(chunk, ctx) {
  let m = /new (?:cdktf\.)?(\w+)\(this, "\w+"(?:, (true|false))?\)/.exec(chunk);
  if (m) {
    const cls = m[1];
    const isSet = m[2] === 'true';
    if (cls.endsWith('OutputReference')) return ctx.objectType(cls.slice(0, -'OutputReference'.length));
    const storage = cls.charAt(0).toLowerCase() + cls.slice(1);
    if (ctx.structs.has(cls.replace(/(List|Map)$/, ''))) {
      const struct = cls.replace(/(List|Map)$/, '');
      return cls.endsWith('Map') ? ['map', ctx.objectType(struct)] : [isSet ? 'set' : 'list', ctx.objectType(struct)];
    }
    return storageType(storage, isSet ? 'set' : 'list', ctx, isSet);
  }
  const rules = [
    [/cdktf\.Fn\.tolist\(this\.getListAttribute\(/, ['set', 'string']],
    [/cdktf\.Fn\.tolist\(this\.getNumberListAttribute\(/, ['set', 'number']],
    [/this\.getListAttribute\(/, ['list', 'string']],
    [/this\.getNumberListAttribute\(/, ['list', 'number']],
    [/this\.getStringMapAttribute\(/, ['map', 'string']],
    [/this\.getNumberMapAttribute\(/, ['map', 'number']],
    [/this\.getBooleanMapAttribute\(/, ['map', 'bool']],
    [/this\.getAnyMapAttribute\(/, 'dynamic'],
    [/this\.getStringAttribute\(/, 'string'],
    [/this\.getNumberAttribute\(/, 'number'],
    [/this\.getBooleanAttribute\(/, 'bool'],
  ];
  for (const [re, type] of rules) if (re.test(chunk)) return type;
  m = /this\.interpolationForAttribute\(/.exec(chunk);
  return 'dynamic';
}

// ---------------------------------------------------------------------------
// Blocks

/**
 * Builds the schema block of a struct (or of a resource/provider config).
 * iface: the config interface body; cls: the class whose comments describe the
 * attributes (resource class or <Struct>OutputReference); hcl: the ToHcl entries.
 */
function buildBlock(ctx, { iface, cls, hcl, isProvider }) {
  const members = iface ? interfaceMembers(iface.body) : {};
  const comments = cls ? attributeComments(cls.body) : {};
  const bySnake = {};
  for (const [camel, member] of Object.entries(members)) {
    const snake = member.snake || Object.keys(hcl).find((k) => new RegExp(`\\.${camel}\\b`).test(hcl[k].value));
    if (snake) bySnake[snake] = { ...member, camel };
  }
  const names = new Set([...Object.keys(comments), ...Object.keys(bySnake)]);
  if (isProvider) names.delete('alias'); // cdktf's own meta-argument, not in the schema
  const block = { attributes: {}, block_types: {} };
  for (const name of [...names].sort()) {
    const member = bySnake[name];
    const c = comments[name];
    const h = hcl[name];
    const flags = c
      ? { required: c.required, optional: c.optional, computed: c.computed }
      : { required: !member.optional, optional: member.optional, computed: false };
    if (member && member.isBlock) {
      block.block_types[name] = ctx.nestedBlock(name, h, flags, c && c.chunk);
      continue;
    }
    let type;
    if (h) type = h.complex || h.kind !== 'simple' ? complexType(ctx, h) : storageType(h.storage, h.kind, ctx);
    else if (c) type = getterType(c.chunk, ctx);
    else throw new Error(`no type for ${name}`);
    const attr = { type };
    if (flags.required) attr.required = true;
    if (flags.optional) attr.optional = true;
    if (flags.computed) attr.computed = true;
    block.attributes[name] = attr;
  }
  if (!Object.keys(block.block_types).length) delete block.block_types;
  return block;
}

function complexType(ctx, h) {
  if (h.kind === 'struct') return ctx.objectType(h.storage);
  return storageType(h.storage, h.kind, ctx);
}

/** Resolves structs by name within one generated file. */
function fileContext(decls) {
  const structs = new Set(Object.keys(decls.interfaces).filter((n) => decls.functions[`${lower(n)}ToHclTerraform`]
    || decls.classes[`${n}OutputReference`]));
  const ctx = {
    structs,
    structBlock(name) {
      const fn = decls.functions[`${lower(name)}ToHclTerraform`];
      return buildBlock(ctx, {
        iface: decls.interfaces[name],
        cls: decls.classes[`${name}OutputReference`],
        hcl: fn ? hclEntries(fn.body) : {},
      });
    },
    objectType(name) {
      const block = ctx.structBlock(name);
      const fields = {};
      for (const [k, a] of Object.entries(block.attributes)) fields[k] = a.type;
      for (const [k, b] of Object.entries(block.block_types || {})) fields[k] = impliedType(b);
      return ['object', fields];
    },
    nestedBlock(name, h, flags, chunk) {
      const storage = h ? h.storage : null;
      let nesting;
      let struct;
      let single = false;
      if (h && h.kind === 'struct') { nesting = 'single'; struct = storage; }
      else if (h && h.kind === 'map') { nesting = 'map'; struct = storage.replace(/Map$/, ''); }
      else if (h) {
        nesting = h.kind; // list or set
        struct = storage.replace(/List$/, '');
        single = !/listMapperHcl\([^)]*, true\)/.test(h.value);
      } else {
        throw new Error(`block ${name} without HCL metadata${chunk ? '' : ''}`);
      }
      const nb = { nesting_mode: nesting, block: ctx.structBlock(struct) };
      if (flags.required && nesting !== 'single') nb.min_items = 1;
      if (single) nb.max_items = 1;
      return nb;
    },
  };
  return ctx;
}

const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);

/** The value type a block implies (what `block` attributes look like in an object type). */
function impliedType(nb) {
  const fields = {};
  for (const [k, a] of Object.entries(nb.block.attributes)) fields[k] = a.type;
  for (const [k, b] of Object.entries(nb.block.block_types || {})) fields[k] = impliedType(b);
  const obj = ['object', fields];
  if (nb.nesting_mode === 'single' || nb.nesting_mode === 'group') return obj;
  return [nb.nesting_mode, obj];
}

/** Schema of the resource, data source or provider defined in one binding folder. */
function deriveFolder(dir) {
  const decls = declarations(readSource(dir));
  const ctx = fileContext(decls);
  for (const [name, cls] of Object.entries(decls.classes)) {
    const m = /extends cdktf\.(TerraformResource|TerraformDataSource|TerraformProvider)\b/.exec(cls.head);
    if (!m) continue;
    const typeName = /tfResourceType = "(\w+)"/.exec(cls.body)[1];
    const block = buildBlock(ctx, {
      iface: decls.interfaces[`${name}Config`],
      cls,
      hcl: hclEntries(cls.body),
      isProvider: m[1] === 'TerraformProvider',
    });
    const kind = { TerraformResource: 'resource', TerraformDataSource: 'data', TerraformProvider: 'provider' }[m[1]];
    return { kind, typeName, schema: { version: 0, block } };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Packages

/** The bindings a cloud's package generates (constructs/<cloud>/gen), for the provider of a registry cloud. */
function generatedBindingsDir(provider) {
  const cloud = require(path.join(REPO, 'lib', 'clouds')).CLOUDS.find((c) => c.provider.name === provider);
  return cloud ? path.join(REPO, 'constructs', cloud.name, 'gen') : null;
}

/** Where the prebuilt @cdktf/provider-<provider> keeps its bindings, when it is installed. */
const prebuiltBindingsDir = (provider) => path.join(REPO, 'node_modules', '@cdktf', `provider-${provider}`, 'lib');

/** Folder of the bindings for a provider: a prebuilt package or a cloud's generated ones. */
function bindingsDir(provider) {
  const pkg = prebuiltBindingsDir(provider);
  if (fs.existsSync(pkg)) return pkg;
  const gen = generatedBindingsDir(provider);
  if (gen && fs.existsSync(gen)) return gen;
  return null;
}

const kebab = (s) => s.replace(/_/g, '-');

/** Folders that probably hold `type` (cdktf names them after the type, minus the prefix). */
function candidateFolders(dir, provider, kind, type) {
  const rest = type.startsWith(`${provider}_`) ? type.slice(provider.length + 1) : type;
  const base = kind === 'data' ? `data-${kebab(type)}` : kebab(rest);
  return [base, `${base}-resource`, `${base}-data-source`].map((f) => path.join(dir, f));
}

/**
 * Derives the schema of `provider`, restricted to the given resource/data source
 * types (all when `types` is empty). Types are "tls_private_key" for resources and
 * "data.tls_public_key" for data sources.
 */
function deriveProvider(provider, types = []) {
  const dir = bindingsDir(provider);
  if (!dir) throw new Error(`no cdktf bindings for provider "${provider}" (install @cdktf/provider-${provider})`);
  const out = { provider: { version: 0, block: { attributes: {} } }, resource_schemas: {}, data_source_schemas: {} };
  const add = (derived) => {
    if (!derived) return;
    if (derived.kind === 'provider') out.provider = derived.schema;
    else if (derived.kind === 'resource') out.resource_schemas[derived.typeName] = derived.schema;
    else out.data_source_schemas[derived.typeName] = derived.schema;
  };
  const folders = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name));
  const hasSource = (f) => fs.existsSync(path.join(f, 'index.ts')) || fs.existsSync(path.join(f, 'index.js'));
  if (!types.length) {
    for (const f of folders) if (hasSource(f)) add(deriveFolder(f));
  } else {
    add(deriveFolder(path.join(dir, 'provider')));
    for (const t of types) {
      const [kind, type] = t.startsWith('data.') ? ['data', t.slice(5)] : ['resource', t];
      let found = null;
      for (const f of candidateFolders(dir, provider, kind, type)) {
        if (!hasSource(f)) continue;
        const d = deriveFolder(f);
        if (d && d.typeName === type && d.kind === kind) { found = d; break; }
      }
      if (!found) {
        // Fall back to a scan: slow for big providers, but only for unusual names.
        for (const f of folders) {
          if (!hasSource(f)) continue;
          const js = fs.readFileSync(path.join(f, fs.existsSync(path.join(f, 'index.ts')) ? 'index.ts' : 'index.js'), 'utf8');
          if (!js.includes(`"${type}"`)) continue;
          const d = deriveFolder(f);
          if (d && d.typeName === type && d.kind === kind) { found = d; break; }
        }
      }
      add(found); // an unknown type stays absent: Terraform then reports it as unsupported
    }
  }
  applyKnownFacts(out);
  return { format_version: '1.0', provider_schemas: { [`registry.terraform.io/${sourceOf(provider)}`]: out } };
}

// ---------------------------------------------------------------------------
// Known facts: what the bindings cannot say, and what must be exact for our modules

const KNOWN_FACTS = {
  sensitive: {
    tls_private_key: ['private_key_pem', 'private_key_openssh', 'private_key_pem_pkcs8'],
    tls_self_signed_cert: ['private_key_pem'],
    tls_cert_request: ['private_key_pem'],
    tls_locally_signed_cert: ['ca_private_key_pem'],
    'data.tls_public_key': ['private_key_pem', 'private_key_openssh'],
    random_password: ['result', 'bcrypt_hash'],
    random_bytes: ['base64', 'hex'],
    // The managed services' credentials (the providers' docs mark them sensitive).
    digitalocean_database_cluster: ['password', 'uri', 'private_uri'],
    digitalocean_database_user: ['password'],
    digitalocean_spaces_key: ['secret_key'],
    digitalocean_container_registry_docker_credentials: ['docker_credentials'],
    azurerm_mysql_flexible_server: ['administrator_password'],
    azurerm_storage_account: ['primary_access_key', 'secondary_access_key', 'primary_connection_string', 'secondary_connection_string',
      'primary_blob_connection_string', 'secondary_blob_connection_string'],
    azurerm_container_registry: ['admin_password'],
  },
  // The tls provider validates "at most one subject"; we let Terraform core say it.
  maxItems: {
    tls_self_signed_cert: { subject: 1 },
    tls_cert_request: { subject: 1 },
    // Scaleway attaches at most 8 private networks (provider-schemas/scaleway.json).
    scaleway_instance_server: { private_network: 8 },
    scaleway_lb: { private_network: 8 },
  },
};

function schemaOf(out, key) {
  return key.startsWith('data.') ? out.data_source_schemas[key.slice(5)] : out.resource_schemas[key];
}

function applyKnownFacts(out) {
  for (const [key, names] of Object.entries(KNOWN_FACTS.sensitive)) {
    const s = schemaOf(out, key);
    if (!s) continue;
    for (const n of names) if (s.block.attributes[n]) s.block.attributes[n].sensitive = true;
  }
  for (const [key, blocks] of Object.entries(KNOWN_FACTS.maxItems)) {
    const s = schemaOf(out, key);
    if (!s) continue;
    for (const [n, max] of Object.entries(blocks)) if (s.block.block_types && s.block.block_types[n]) s.block.block_types[n].max_items = max;
  }
}

/** Expected attributes: [name, type, flags] with flags from r(equired) o(ptional) c(omputed) s(ensitive). */
const EXPECTED = {
  tls_private_key: {
    attributes: [
      ['algorithm', 'string', 'r'], ['ecdsa_curve', 'string', 'oc'], ['rsa_bits', 'number', 'oc'],
      ['id', 'string', 'c'], ['private_key_pem', 'string', 'cs'], ['private_key_openssh', 'string', 'cs'],
      ['private_key_pem_pkcs8', 'string', 'cs'], ['public_key_pem', 'string', 'c'], ['public_key_openssh', 'string', 'c'],
      ['public_key_fingerprint_md5', 'string', 'c'], ['public_key_fingerprint_sha256', 'string', 'c'],
    ],
  },
  tls_self_signed_cert: {
    attributes: [
      ['private_key_pem', 'string', 'rs'], ['validity_period_hours', 'number', 'r'], ['allowed_uses', ['list', 'string'], 'r'],
      ['dns_names', ['list', 'string'], 'o'], ['ip_addresses', ['list', 'string'], 'o'], ['uris', ['list', 'string'], 'o'],
      ['early_renewal_hours', 'number', 'oc'], ['is_ca_certificate', 'bool', 'oc'], ['set_subject_key_id', 'bool', 'oc'],
      ['set_authority_key_id', 'bool', 'oc'], ['cert_pem', 'string', 'c'], ['key_algorithm', 'string', 'c'],
      ['ready_for_renewal', 'bool', 'c'], ['validity_start_time', 'string', 'c'], ['validity_end_time', 'string', 'c'], ['id', 'string', 'c'],
    ],
    blocks: { subject: { nesting_mode: 'list', max_items: 1 } },
  },
  tls_cert_request: {
    attributes: [
      ['private_key_pem', 'string', 'rs'], ['dns_names', ['list', 'string'], 'o'], ['ip_addresses', ['list', 'string'], 'o'],
      ['uris', ['list', 'string'], 'o'], ['cert_request_pem', 'string', 'c'], ['key_algorithm', 'string', 'c'], ['id', 'string', 'c'],
    ],
    blocks: { subject: { nesting_mode: 'list', max_items: 1 } },
  },
  tls_locally_signed_cert: {
    attributes: [
      ['cert_request_pem', 'string', 'r'], ['ca_private_key_pem', 'string', 'rs'], ['ca_cert_pem', 'string', 'r'],
      ['validity_period_hours', 'number', 'r'], ['allowed_uses', ['list', 'string'], 'r'],
      ['early_renewal_hours', 'number', 'oc'], ['is_ca_certificate', 'bool', 'oc'], ['set_subject_key_id', 'bool', 'oc'],
      ['cert_pem', 'string', 'c'], ['ca_key_algorithm', 'string', 'c'], ['ready_for_renewal', 'bool', 'c'],
      ['validity_start_time', 'string', 'c'], ['validity_end_time', 'string', 'c'], ['id', 'string', 'c'],
    ],
  },
  random_password: {
    attributes: [
      ['length', 'number', 'r'], ['keepers', ['map', 'string'], 'o'], ['special', 'bool', 'oc'], ['upper', 'bool', 'oc'],
      ['lower', 'bool', 'oc'], ['numeric', 'bool', 'oc'], ['number', 'bool', 'oc'], ['min_lower', 'number', 'oc'],
      ['min_upper', 'number', 'oc'], ['min_numeric', 'number', 'oc'], ['min_special', 'number', 'oc'],
      ['override_special', 'string', 'o'], ['result', 'string', 'cs'], ['bcrypt_hash', 'string', 'cs'], ['id', 'string', 'c'],
    ],
  },
  random_string: {
    attributes: [
      ['length', 'number', 'r'], ['keepers', ['map', 'string'], 'o'], ['special', 'bool', 'oc'], ['upper', 'bool', 'oc'],
      ['lower', 'bool', 'oc'], ['numeric', 'bool', 'oc'], ['number', 'bool', 'oc'], ['min_lower', 'number', 'oc'],
      ['min_upper', 'number', 'oc'], ['min_numeric', 'number', 'oc'], ['min_special', 'number', 'oc'],
      ['override_special', 'string', 'o'], ['result', 'string', 'c'], ['id', 'string', 'c'],
    ],
  },
  random_id: {
    attributes: [
      ['byte_length', 'number', 'r'], ['keepers', ['map', 'string'], 'o'], ['prefix', 'string', 'o'],
      ['b64_url', 'string', 'c'], ['b64_std', 'string', 'c'], ['hex', 'string', 'c'], ['dec', 'string', 'c'], ['id', 'string', 'c'],
    ],
  },
  null_resource: { attributes: [['id', 'string', 'c'], ['triggers', ['map', 'string'], 'o']] },
};

/** Differences between a derived schema and EXPECTED, as human-readable strings. */
function checkKnownFacts(schemasByProvider, types = Object.keys(EXPECTED)) {
  const problems = [];
  const find = (type) => {
    for (const doc of Object.values(schemasByProvider)) {
      for (const p of Object.values(doc.provider_schemas)) if (p.resource_schemas[type]) return p.resource_schemas[type];
    }
    return null;
  };
  for (const type of types) {
    const exp = EXPECTED[type];
    const s = find(type);
    if (!s) { problems.push(`${type}: missing`); continue; }
    const attrs = s.block.attributes;
    const expNames = exp.attributes.map((a) => a[0]).sort();
    const gotNames = Object.keys(attrs).sort();
    if (JSON.stringify(expNames) !== JSON.stringify(gotNames)) {
      problems.push(`${type}: attributes ${JSON.stringify(gotNames)} != expected ${JSON.stringify(expNames)}`);
    }
    for (const [name, type2, flags] of exp.attributes) {
      const a = attrs[name];
      if (!a) continue;
      if (JSON.stringify(a.type) !== JSON.stringify(type2)) problems.push(`${type}.${name}: type ${JSON.stringify(a.type)} != ${JSON.stringify(type2)}`);
      const got = `${a.required ? 'r' : ''}${a.optional ? 'o' : ''}${a.computed ? 'c' : ''}${a.sensitive ? 's' : ''}`;
      if (got !== flags) problems.push(`${type}.${name}: flags ${got} != ${flags}`);
    }
    const blocks = s.block.block_types || {};
    const expBlocks = exp.blocks || {};
    if (JSON.stringify(Object.keys(blocks).sort()) !== JSON.stringify(Object.keys(expBlocks).sort())) {
      problems.push(`${type}: blocks ${Object.keys(blocks)} != ${Object.keys(expBlocks)}`);
    }
    for (const [name, e] of Object.entries(expBlocks)) {
      const b = blocks[name];
      if (b && (b.nesting_mode !== e.nesting_mode || (b.max_items || 0) !== (e.max_items || 0))) {
        problems.push(`${type}.${name}: block ${b.nesting_mode}/max ${b.max_items} != ${e.nesting_mode}/max ${e.max_items}`);
      }
    }
  }
  return problems;
}

/** Compares two `providers schema -json` provider entries; returns differences. */
function compareSchemas(real, derived, { ignoreSensitive = true } = {}) {
  const problems = [];
  const cmpBlock = (where, a, b) => {
    const an = Object.keys(a.attributes || {}).sort();
    const bn = Object.keys(b.attributes || {}).sort();
    if (JSON.stringify(an) !== JSON.stringify(bn)) problems.push(`${where}: attributes differ: ${an.filter((x) => !bn.includes(x))} / ${bn.filter((x) => !an.includes(x))}`);
    for (const n of an) {
      const x = a.attributes[n];
      const y = (b.attributes || {})[n];
      if (!y) continue;
      for (const k of ['required', 'optional', 'computed', ...(ignoreSensitive ? [] : ['sensitive'])]) {
        if (!!x[k] !== !!y[k]) problems.push(`${where}.${n}: ${k} ${!!x[k]} != ${!!y[k]}`);
      }
      if (JSON.stringify(attributeType(x)) !== JSON.stringify(attributeType(y))) problems.push(`${where}.${n}: type ${JSON.stringify(attributeType(x))} != ${JSON.stringify(attributeType(y))}`);
    }
    const ab = Object.keys(a.block_types || {}).sort();
    const bb = Object.keys(b.block_types || {}).sort();
    if (JSON.stringify(ab) !== JSON.stringify(bb)) problems.push(`${where}: blocks differ: ${ab} / ${bb}`);
    for (const n of ab) {
      const x = a.block_types[n];
      const y = (b.block_types || {})[n];
      if (!y) continue;
      if (x.nesting_mode !== y.nesting_mode) problems.push(`${where}.${n}: nesting ${x.nesting_mode} != ${y.nesting_mode}`);
      if ((x.max_items || 0) !== (y.max_items || 0)) problems.push(`${where}.${n}: max_items ${x.max_items} != ${y.max_items}`);
      if (((x.min_items || 0) > 0) !== ((y.min_items || 0) > 0)) problems.push(`${where}.${n}: min_items ${x.min_items} != ${y.min_items}`);
      cmpBlock(`${where}.${n}`, x.block, y.block);
    }
  };
  for (const kind of ['resource_schemas', 'data_source_schemas']) {
    for (const [type, s] of Object.entries(real[kind] || {})) {
      if (!derived[kind][type]) { problems.push(`${type}: missing`); continue; }
      cmpBlock(type, s.block, derived[kind][type].block);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Cache: derived schemas are written under schemas/ (gitignored) and reused while
// the installed package is unchanged.

const CACHE_DIR = path.join(__dirname, 'schemas');

function packageStamp(provider) {
  const dir = bindingsDir(provider);
  const pkgJson = path.join(dir, '..', 'package.json');
  if (fs.existsSync(pkgJson)) return `pkg-${JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version}`;
  return `gen-${Math.floor(fs.statSync(dir).mtimeMs)}`;
}

/** Derived schema for `provider` and `types`, from the cache when it is current. */
function cachedSchema(provider, types = []) {
  // The known facts are part of the key: a fact added later must not be hidden by an older cache.
  const facts = require('crypto').createHash('sha1').update(JSON.stringify(KNOWN_FACTS)).digest('hex').slice(0, 8);
  const key = `${provider}-${packageStamp(provider)}-${facts}-${types.length ? require('crypto').createHash('sha1').update([...types].sort().join(',')).digest('hex').slice(0, 12) : 'all'}`;
  const file = path.join(CACHE_DIR, `${key}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const schema = deriveProvider(provider, types);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(schema));
  fs.renameSync(tmp, file); // atomic: plugin processes may race for the same file
  return schema;
}

/** Objects with their keys sorted, so that a snapshot's diff shows only what changed. */
const sortedKeys = (v) => (Array.isArray(v) ? v.map(sortedKeys)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedKeys(v[k])])) : v);

/** The types a snapshot holds, in deriveProvider's naming (data sources as "data.<type>"). */
function snapshotTypes(schema) {
  const { resource_schemas: resources = {}, data_source_schemas: dataSources = {} } = Object.values(schema.provider_schemas)[0];
  return [...Object.keys(resources), ...Object.keys(dataSources).map((t) => `data.${t}`)];
}

/**
 * Rewrites provider-schemas/<provider>.json from the prebuilt @cdktf/provider-<provider>
 * (installed with --no-save for the purpose): the types it already holds plus `added`.
 */
function writeSnapshot(provider, added = []) {
  const file = path.join(REPO, 'provider-schemas', `${provider}.json`);
  if (!fs.existsSync(prebuiltBindingsDir(provider))) throw new Error(`--snapshot ${provider}: @cdktf/provider-${provider} is not installed; install the version whose provider cdktf.json pins with npm install --no-save`);
  const types = [...new Set([...(fs.existsSync(file) ? snapshotTypes(JSON.parse(fs.readFileSync(file, 'utf8'))) : []), ...added])];
  const schema = deriveProvider(provider, types);
  const missing = types.filter((t) => !schemaOf(Object.values(schema.provider_schemas)[0], t));
  if (missing.length) throw new Error(`--snapshot ${provider}: the bindings have no ${missing.join(', ')}; check the names (data sources as data.<type>)`);
  fs.writeFileSync(file, `${JSON.stringify(sortedKeys(schema), null, 2)}\n`);
  return { file, types };
}

/** Runs the self checks; returns [{ name, ok, detail }]. */
function selfCheck() {
  const results = [];
  const derived = {};
  const installed = ['tls', 'random', 'null'].filter((p) => bindingsDir(p));
  for (const p of installed) derived[p] = deriveProvider(p);
  // Facts are checked for the providers installed (a project may drop one, e.g. null).
  const expected = Object.keys(EXPECTED).filter((t) => installed.includes(t.split('_')[0]));
  const problems = checkKnownFacts(derived, expected);
  results.push({ name: `derived ${installed.join('/')} schemas match known facts (${expected.length} resources)`, ok: !problems.length, detail: problems.join('\n') });
  // Every pinned snapshot whose bindings a cloud's package generates: they must say the same.
  for (const file of fs.readdirSync(path.join(REPO, 'provider-schemas')).filter((f) => f.endsWith('.json')).sort()) {
    const provider = path.basename(file, '.json');
    if (!bindingsDir(provider)) continue;
    const real = Object.values(JSON.parse(fs.readFileSync(path.join(REPO, 'provider-schemas', file), 'utf8')).provider_schemas)[0];
    const mine = Object.values(deriveProvider(provider).provider_schemas)[0];
    const diff = compareSchemas(real, mine);
    results.push({ name: `deriving ${path.relative(REPO, bindingsDir(provider))} reproduces provider-schemas/${file}`, ok: !diff.length, detail: diff.join('\n') });
  }
  return results;
}

module.exports = { deriveProvider, cachedSchema, checkKnownFacts, compareSchemas, selfCheck, sourceOf, bindingsDir, snapshotTypes, sortedKeys, writeSnapshot };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--check') {
    let failed = 0;
    for (const r of selfCheck()) {
      console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok ? '' : `\n${r.detail}`}`);
      if (!r.ok) failed++;
    }
    process.exit(failed ? 1 : 0);
  } else if (args[0] === '--snapshot' && args[1]) {
    try {
      const { file, types } = writeSnapshot(args[1], args.slice(2));
      console.log(`wrote ${path.relative(REPO, file)} (${types.length} types); now run npm run generate:providers -- ${args[1]}`);
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
  } else if (args[0]) {
    process.stdout.write(`${JSON.stringify(deriveProvider(args[0], args.slice(1)), null, 2)}\n`);
  } else {
    console.error('usage: derive-schemas.js <provider> [type ...] | --check | --snapshot <provider> [type ...]');
    process.exit(2);
  }
}
