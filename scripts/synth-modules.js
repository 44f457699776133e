#!/usr/bin/env node
// Writes modules/<cloud>/main.tf.json: each cloud's module stack, synthesized and turned
// into a proper child module. Run after the build (npm run synth does both).
// (Worker threads were tried: loading cdktf twice costs what the second core saves.)
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

/** Synthesizes every cloud's module and writes it below `dir`; returns the files written. */
function writeModules(dir) {
  const { synthesizeModules, synthesizeServiceModules } = require('../lib/module-synth');
  const modules = [
    ...synthesizeModules().map(({ cloud, json }) => ({ folder: cloud, json })),
    // A cloud's managed services, beside its cluster module: modules/<cloud>/services.
    ...synthesizeServiceModules().map(({ cloud, json }) => ({ folder: path.join(cloud, 'services'), json })),
  ];
  return modules.map(({ folder, json }) => {
    const moduleDir = path.join(dir, folder);
    fs.mkdirSync(moduleDir, { recursive: true });
    const file = path.join(moduleDir, 'main.tf.json');
    fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    return file;
  });
}

if (require.main === module) {
  for (const file of writeModules(path.join(root, 'modules'))) console.log(`wrote ${path.relative(root, file)}`);
}

module.exports = { writeModules };
