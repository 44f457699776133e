#!/usr/bin/env node
// Regenerates the cdktf bindings for providers that have no prebuilt package,
// offline, from the schema snapshots pinned in provider-schemas/.
// Usage: npm run generate:providers [-- hcloud scaleway]
// @cdktf/commons probes the terraform CLI on load; keep it from warning about a missing CLI config.
process.env.TF_CLI_CONFIG_FILE = process.env.TF_CLI_CONFIG_FILE || '/dev/null';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { CodeMaker, TerraformProviderGenerator, TerraformProviderConstraint } = require('@cdktf/provider-generator');
const { ConstructsMakerProviderTarget, LANGUAGES } = require('@cdktf/commons');

const PINNED = require('./pinned-providers').pinnedProviders();

async function generate(name) {
  const pin = PINNED[name];
  if (!pin) throw new Error(`unknown provider "${name}"; pinned: ${Object.keys(PINNED).join(', ')}`);
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'provider-schemas', `${name}.json`), 'utf8'));
  const fqpn = Object.keys(schema.provider_schemas)[0];
  schema.provider_versions = { [fqpn]: pin.version };
  // A provider's bindings live in the package of the cloud that uses it.
  const cloud = require(path.join(root, 'lib', 'clouds')).CLOUDS.find((c) => c.provider.name === name);
  if (!cloud) throw new Error(`provider "${name}" is no registry cloud's (lib/clouds.ts); its bindings would have no package`);
  const target = path.join(root, 'constructs', cloud.name, 'gen');
  fs.rmSync(target, { recursive: true, force: true });
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(new ConstructsMakerProviderTarget(
    new TerraformProviderConstraint(`${pin.source}@${pin.version}`), LANGUAGES[0]));
  const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), `gen-${name}-`));
  await code.save(tmp);
  // The generator writes providers/<name>/...; the cloud's package keeps them in gen/.
  fs.cpSync(path.join(tmp, 'providers', name), target, { recursive: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`generated ${path.relative(root, target)} from provider-schemas/${name}.json (${pin.source} v${pin.version})`);
}

(async () => {
  const names = process.argv.slice(2);
  for (const name of names.length ? names : Object.keys(PINNED)) await generate(name);
})().catch((err) => { console.error(err.message || err); process.exit(1); });
