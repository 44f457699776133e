import * as fs from 'fs';
import * as path from 'path';
import { synthesizeModules } from '../lib/module-synth';
import { SSH_PUBLIC_KEY, resourceNamed, tempDir } from './helpers';
import { evaluateInModule } from './module-eval';

// The size-dependent expressions every module shares (lib/topology.ts), computed by Terraform.
// cdktf writes `a + (c ? x : y)` as `(a + c ? x : y)`, which Terraform reads as `(a + c) ? x : y`
// and rejects at plan time: these checks catch that, which a look at the JSON does not.
const hetzner = synthesizeModules().find((m) => m.cloud === 'hetzner')!.json;
const keyFile = path.join(tempDir('size-expr-'), 'id.pub');
fs.writeFileSync(keyFile, `${SSH_PUBLIC_KEY}\n`);

function vars(size: string, extra: Record<string, string> = {}): Record<string, string> {
  return { domain_name: '"gitpod.example.com"', size: JSON.stringify(size), ssh_public_key_path: JSON.stringify(keyFile), ...extra };
}

describe('modules/hetzner, evaluated by Terraform (the shared size expressions)', () => {
  const wait = resourceNamed(hetzner, 'terraform_data', 'ready').provisioner[0]['local-exec'].environment;
  const expressions = [
    wait.EXPECTED_NODES,
    resourceNamed(hetzner, 'hcloud_server', 'workers').count,
    resourceNamed(hetzner, 'hcloud_load_balancer', 'manager-load-balancer').count,
  ];

  it('small: the readiness check expects 2 nodes', () => {
    expect(evaluateInModule(hetzner, expressions, vars('small'), [])).toEqual([2, 1, 0]);
  });

  it('medium: the worker count stays whole inside the sum', () => {
    expect(evaluateInModule(hetzner, expressions, vars('medium', { size_data: '{ node_count = 4 }' }), [])).toEqual([7, 4, 1]);
  });
});
