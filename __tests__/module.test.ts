import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { toChildModule } from '../lib/module-json';
import { MODULE_PROVIDERS, MODULE_STACKS, synthesizeModules } from '../lib/module-synth';
import { SIZE_DATA_TYPE } from '../lib/inputs';
import { terraform, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..');
const fresh = synthesizeModules();
/** What each cloud's original module had beyond the common contract. */
const CLOUD_CONTRACT: Record<string, { requiredVariables: string[]; optionalVariables: string[]; outputs: string[]; apexWildcard: string }> = {
  hetzner: { requiredVariables: [], optionalVariables: [], outputs: [], apexWildcard: '*.' },
  // service_attachment: what modules/digitalocean/services takes (an output more, nothing else changes).
  digitalocean: { requiredVariables: [], optionalVariables: [], outputs: ['service_attachment'], apexWildcard: '*.' },
  azure: { requiredVariables: ['resource_group_name', 'azurerm_user_assigned_identity_id'], optionalVariables: [], outputs: ['network_security_group_id', 'service_attachment'], apexWildcard: '*' },
  scaleway: { requiredVariables: ['project_id'], optionalVariables: ['zone'], outputs: [], apexWildcard: '*.' },
};

it('every module has its contract row', () => {
  expect(fresh.map((m) => m.cloud).sort()).toEqual(Object.keys(CLOUD_CONTRACT).sort());
});

describe.each(fresh.map((m) => [m.cloud, m.json] as const))('modules/%s', (cloud, json) => {
  it('is committed exactly as a fresh synth writes it (run `npm run synth` and commit)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'modules', cloud, 'main.tf.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('is a proper child module: no provider configuration, no backend, no cdktf metadata', () => {
    expect(json.provider).toBeUndefined();
    expect(json.terraform.backend).toBeUndefined();
    expect(JSON.stringify(json)).not.toMatch(/"\/\/"/);
    expect(json.terraform.required_version).toBe('>= 1.9.0');
    for (const [name, requirement] of Object.entries<any>(json.terraform.required_providers)) {
      expect(requirement).toEqual(MODULE_PROVIDERS[name]);
      expect(requirement.version).toMatch(/^~> \d+\.\d+$/);
    }
  });

  it('keeps the old variables, defaults and types, and adds only optional ones', () => {
    const variables = json.variable;
    expect(variables.domain_name.default).toBeUndefined();
    expect(variables.kubecontext.default).toBe('gitpod-self-hosted');
    expect(variables.size.default).toBe('small');
    // A superset of the old `object({ node_count = optional(number, 3) })`: every new field is optional
    // (old callers' values are planned in validation-large.test.ts).
    expect(variables.size_data).toMatchObject({ type: SIZE_DATA_TYPE, default: {} });
    expect(SIZE_DATA_TYPE).toMatch(/^object\(\{ node_count = optional\(number, 3\), manager_type = optional\(string\), pools = optional\(/);
    expect(variables.ssh_public_key_path.default).toBe('~/.ssh/id_rsa.pub');
    expect(variables.ssh_private_key_path.default).toBe('~/.ssh/id_rsa');
    const contract = CLOUD_CONTRACT[cloud];
    for (const name of contract.requiredVariables) expect([name, name in variables, variables[name]?.default]).toEqual([name, true, undefined]);
    const old = ['domain_name', 'kubecontext', 'location', 'size', 'size_data', 'ssh_public_key_path', 'ssh_private_key_path', ...contract.requiredVariables, ...contract.optionalVariables];
    const added = Object.keys(variables).filter((v) => !old.includes(v));
    for (const name of added) expect([name, variables[name].default !== undefined]).toEqual([name, true]);
  });

  it('validates every variable that has a rule, showing the value in the message', () => {
    for (const name of ['domain_name', 'kubecontext', 'location', 'size', 'size_data', 'ssh_public_key_path', 'api_allowed_cidrs', 'ready_timeout_minutes']) {
      const [validation] = json.variable[name].validation;
      expect(validation.condition).toMatch(new RegExp(`var\\.${name}`));
      expect(validation.error_message).toMatch(new RegExp(`^Invalid ${name}: got \\$\\{jsonencode\\(var\\.${name}\\)\\}\\. Expected .*\\.$`));
    }
  });

  it('gives the old outputs with the same sensitivity', () => {
    const contract = CLOUD_CONTRACT[cloud];
    expect(Object.keys(json.output).sort()).toEqual(['dns_records', 'fs_shift_method', 'k3s_agent_token', 'k3s_token', 'kubeconfig', 'kubecontext', ...contract.outputs].sort());
    expect(json.output.k3s_token.sensitive).toBe(true);
    expect(json.output.k3s_agent_token.sensitive).toBe(true);
    expect(json.output.kubeconfig.sensitive).toBe(true);
    expect(json.output.dns_records.sensitive).toBeUndefined();
    expect(json.output.kubecontext).toMatchObject({ value: '${var.kubecontext}' });
    expect(json.output.kubeconfig.depends_on).toEqual([expect.stringMatching(/^terraform_data\.[A-Za-z0-9_-]+$/)]);
    expect(json.output.dns_records.value.map((r: any) => [r.type, r.subdomain])).toEqual([['A', '@'], ['A', contract.apexWildcard], ['A', '*.ws']]);
  });
});

it('synthesizes what cdktf\'s own app.synth() writes, but for the backend it adds', () => {
  const outdir = tempDir('app-synth-');
  const app = new App({ outdir, skipValidation: true, stackTraces: false });
  for (const { cloud, create } of MODULE_STACKS) create(app, cloud);
  app.synth();
  for (const { cloud, json } of fresh) {
    const written = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', cloud, 'cdk.tf.json'), 'utf8'));
    expect(written.terraform.backend).toBeDefined();
    expect([cloud, toChildModule(written, MODULE_PROVIDERS)]).toEqual([cloud, json]);
  }
});

describe('terraform init of the plain Terraform examples', () => {
  const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((e) => e.startsWith('terraform-'));

  it.each(examples)('examples/%s parses the module and fails only at the provider registry', (example) => {
    const work = tempDir('tf-init-');
    fs.cpSync(path.join(ROOT, 'examples', example), path.join(work, 'examples', example), { recursive: true });
    fs.cpSync(path.join(ROOT, 'modules'), path.join(work, 'modules'), { recursive: true });
    const { status, output } = terraform(['init', '-input=false', '-no-color', '-backend=false'], path.join(work, 'examples', example));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Initializing modules/);
    expect(output).toMatch(/Failed to query available provider packages/);
    expect(output).not.toMatch(/Invalid expression|Unsupported argument|Invalid JSON|Error: .*syntax/i);
  });

  it('the check bites: a module with a syntax error fails before the registry', () => {
    const work = tempDir('tf-init-bad-');
    fs.mkdirSync(path.join(work, 'mod'));
    fs.writeFileSync(path.join(work, 'mod', 'main.tf.json'), JSON.stringify({ outputs: { x: { value: 1 } } }));
    fs.writeFileSync(path.join(work, 'main.tf'), 'module "m" {\n  source = "./mod"\n}\n');
    const { status, output } = terraform(['init', '-input=false', '-no-color', '-backend=false'], work);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Unsupported block type|Extraneous JSON object property/);
    expect(output).not.toMatch(/Failed to query available provider packages/);
  });
});
