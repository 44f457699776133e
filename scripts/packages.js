// The jsii packages this checkout builds: the core (the checkout's root) first, then each
// cloud's package, found from package.json's workspaces (constructs/<cloud>/).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function readPackage(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** @returns {{ dir: string, name: string, pkg: object }[]} the core, then the clouds in folder order. */
function packages() {
  const root = readPackage(ROOT);
  const dirs = [ROOT];
  for (const pattern of root.workspaces || []) {
    // The workspaces are written as <folder>/*: every sub-folder with a package.json.
    const parent = path.join(ROOT, pattern.replace(/\/\*$/, ''));
    for (const entry of fs.readdirSync(parent, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const dir = path.join(parent, entry.name);
      if (entry.isDirectory() && fs.existsSync(path.join(dir, 'package.json'))) dirs.push(dir);
    }
  }
  return dirs.map((dir) => ({ dir, name: readPackage(dir).name, pkg: readPackage(dir) }));
}

module.exports = { ROOT, packages };
