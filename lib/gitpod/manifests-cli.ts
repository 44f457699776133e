#!/usr/bin/env node
// Renders what the installation step applies from `terraform output -json`, without a cluster:
//   terraform output -json | npx gitpod-installation-manifests            (manifests to stdout)
//   terraform output -json | npx gitpod-installation-manifests --gitpod-config
//   npx gitpod-installation-manifests --out rendered/ outputs.json        (manifests.yaml, gitpod.config.yaml)
// The output holds the secrets: keep it out of version control.
import * as fs from 'fs';
import * as path from 'path';
import { InstallationManifests } from './render';

const USAGE = 'usage: gitpod-installation-manifests [--gitpod-config | --out DIR] [FILE]  (FILE: `terraform output -json`, default stdin)';

function run(args: string[]): number {
  let out: string | undefined;
  let configOnly = false;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--out') out = args[++i];
    else if (arg === '--gitpod-config') configOnly = true;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else file = arg;
  }
  if (args.includes('--out') && !out) {
    process.stderr.write(`--out needs a folder\n${USAGE}\n`);
    return 2;
  }
  const text = fs.readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  const rendered = InstallationManifests.fromTerraformOutputJson(text);
  for (const problem of rendered.configProblems) process.stderr.write(`gitpod_config ${problem}\n`);
  if (out) {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'manifests.yaml'), rendered.manifestsYaml, { mode: 0o600 });
    fs.writeFileSync(path.join(out, 'gitpod.config.yaml'), rendered.gitpodConfigYaml, { mode: 0o600 });
  } else {
    process.stdout.write(configOnly ? rendered.gitpodConfigYaml : rendered.manifestsYaml);
  }
  return rendered.configProblems.length > 0 ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`gitpod-installation-manifests: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
