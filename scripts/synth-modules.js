#!/usr/bin/env node
// Writes modules/<cloud>/main.tf.json: each cloud's module stack, synthesized and turned
// into a proper child module. Run after the build (npm run synth does both).
const fs = require('fs');
const path = require('path');
const { synthesizeModules } = require('../lib/module-synth');

const root = path.resolve(__dirname, '..');
for (const { cloud, json } of synthesizeModules()) {
  const dir = path.join(root, 'modules', cloud);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.tf.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, dir)}/main.tf.json`);
}
