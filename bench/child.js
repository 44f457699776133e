#!/usr/bin/env node
// One measured synthesis, in a fresh process: `node bench/child.js <scenario>`.
// Prints one JSON line with the peak RSS; the parent times the whole process.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const [scenario, arg] = process.argv.slice(2);

function emptyStack(requireProviders) {
  const { App, TerraformStack } = require('cdktf');
  requireProviders();
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const app = new App({ outdir, skipValidation: true });
  new TerraformStack(app, 'empty');
  app.synth();
  fs.rmSync(outdir, { recursive: true, force: true });
}

const scenarios = {
  // The floor: cdktf itself and an empty stack.
  floor: () => emptyStack(() => undefined),
  // What a naive library pays: every provider it uses loaded through its package index.
  naive: () => emptyStack(() => {
    for (const name of arg.split(',')) require(name.startsWith('.') ? path.join(root, name) : name);
  }),
  // One cloud's module, as `npm run synth` makes it.
  module: () => require(path.join(root, 'lib', 'module-synth')).synthesizeModules([arg]),
  // Everything `npm run synth` does after the build, writing to a scratch folder.
  synth: () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-'));
    require(path.join(root, 'scripts', 'synth-modules.js')).writeModules(out);
    fs.rmSync(out, { recursive: true, force: true });
  },
};

if (!scenarios[scenario]) {
  console.error(`unknown scenario "${scenario}"; one of ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
Promise.resolve(scenarios[scenario]()).then(() => {
  process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
