#!/usr/bin/env node
// The package's bin files (package.json "bin") made executable after the build. The jsii
// runtime that Python and Go users run executes a console script's file directly from the
// package tarball, and npm pack keeps a file's mode: built with 0644, the scripts exit 126.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const { bin = {} } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const file of Object.values(bin)) fs.chmodSync(path.join(root, file), 0o755);
