import * as fs from 'fs';
import * as path from 'path';
import { Token, ref } from 'cdktf';
import { AZURE_API_CIDRS_RULE, AZURE_LOCATION_RULE, AZURE_SSH_KEY_RULE, RESOURCE_GROUP_RULE, USER_ASSIGNED_IDENTITY_RULE, azureInputs } from '../constructs/azure/rules';
import { ClusterSize } from '../lib';
import { InputRule } from '../lib/validation';
import { IDENTITY_ID, synthAzure } from './azure-helpers';
import { SSH_PUBLIC_KEY, literalVerdict, tempDir, terraform } from './helpers';

const rules = {
  location: AZURE_LOCATION_RULE, size: azureInputs().size, resourceGroupName: RESOURCE_GROUP_RULE,
  userAssignedIdentityId: USER_ASSIGNED_IDENTITY_RULE, sshPublicKey: AZURE_SSH_KEY_RULE, apiAllowedCidrs: AZURE_API_CIDRS_RULE,
};
const ROOT = path.join(__dirname, '..');

/** Sample values per Azure rule: the ones a user gets right and the ones they get wrong. */
const SAMPLES: Array<{ rule: InputRule; good: unknown[]; bad: unknown[] }> = [
  { rule: rules.location, good: ['uksouth', 'westeurope', 'eastus2', 'southafricanorth', 'usgovvirginia'], bad: ['UK South', 'uk-south', 'UKSouth', '', 'us', '2east', `a${'b'.repeat(50)}`] },
  { rule: rules.size, good: ['small', 'medium', 'large'], bad: ['huge', 'Small', ''] },
  {
    rule: rules.resourceGroupName,
    good: ['gitpod-rg', 'Gitpod_RG.1', 'rg(1)', 'ümlaut-gruppe', 'a', 'x'.repeat(90)],
    bad: ['', 'ends.', 'has space', 'a/b', '/subscriptions/x/resourceGroups/rg', 'x'.repeat(91)],
  },
  {
    rule: rules.userAssignedIdentityId,
    good: [IDENTITY_ID, IDENTITY_ID.replace('resourceGroups', 'resourcegroups')],
    bad: ['gitpod', '00000000-0000-0000-0000-000000000000', '', `${IDENTITY_ID}/extra`,
      '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm'],
  },
  {
    rule: rules.sshPublicKey,
    good: [SSH_PUBLIC_KEY, 'ssh-rsa AAAAB3NzaC1yc2E= me@host'],
    bad: ['ecdsa-sha2-nistp256 AAAAE2VjZHNh me', 'sk-ssh-ed25519@openssh.com AAAAGnNr', 'not a key', ''],
  },
  { rule: rules.apiAllowedCidrs, good: [['0.0.0.0/0', '::/0'], ['203.0.113.0/24'], ['2001:db8::/32', '198.51.100.0/24']], bad: [['::/0'], ['2001:db8::/32'], []] },
];


describe('Azure input rules at synth time', () => {
  it.each(SAMPLES.map((s) => [`${s.rule.prop} (${s.rule.variable})`, s] as const))('%s accepts good values and rejects bad ones', (_name, sample) => {
    for (const value of sample.good) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, true]);
    for (const value of sample.bad) expect([value, literalVerdict(sample.rule, value)]).toEqual([value, false]);
  });
});

describe('AzureGitpodCluster rejects bad props with a message that names the input, shows the value and says how to fix it', () => {
  const cases: Array<[string, object, RegExp]> = [
    ['location', { location: 'UK South' }, /AzureGitpodCluster at [^:]+: invalid location \(module variable location\): got "UK South"\. Expected an Azure region name of lowercase letters and digits such as uksouth/],
    ['size', { size: ClusterSize.of('huge') }, /invalid size \(module variable size\): got "huge"\. Expected one of small, medium, large \(large also needs size_data\.pools\)/],
    ['size large without pools', { size: ClusterSize.LARGE }, /invalid workerPools \(module variable size_data\): got \[\] for size "large"\. Expected size large to have at least one pool/],
    ['resourceGroupName', { resourceGroupName: '/subscriptions/x/resourceGroups/rg' }, /invalid resourceGroupName \(module variable resource_group_name\): got "\/subscriptions\/x\/resourceGroups\/rg"\. Expected the name of an existing resource group/],
    ['userAssignedIdentityId', { userAssignedIdentityId: '00000000-0000-0000-0000-000000000000' }, /invalid userAssignedIdentityId \(module variable azurerm_user_assigned_identity_id\): got "00000000-0000-0000-0000-000000000000"\. Expected the resource ID of a user-assigned managed identity/],
    ['sshPublicKey (ECDSA)', { sshPublicKey: 'ecdsa-sha2-nistp256 AAAAE2VjZHNh me' }, /invalid sshPublicKey \(module variable ssh_public_key_path\): got "ecdsa-sha2-nistp256 AAAAE2VjZHNh me"\. Expected an ssh-rsa \(2048 bits or more\) or ssh-ed25519 public key: Azure refuses ECDSA/],
    ['apiAllowedCidrs (IPv6 only)', { apiAllowedCidrs: ['::/0'] }, /invalid apiAllowedCidrs \(module variable api_allowed_cidrs\): got \["::\/0"\]\. Expected at least one IPv4 CIDR block/],
    ['workerCount (common rule)', { size: ClusterSize.MEDIUM, workerCount: 101 }, /invalid workerCount \(module variable size_data\): got 101/],
  ];
  it.each(cases)('%s', (_name, props, message) => {
    expect(() => synthAzure(props)).toThrow(message);
  });

  it('reports a broken key once: the common message for a non-key, the Azure one for a key type Azure refuses', () => {
    const message = (props: object) => {
      try {
        synthAzure(props);
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('expected an error');
    };
    const notAKey = message({ sshPublicKey: 'not a key' });
    expect(notAKey.split('\n')).toEqual([expect.stringMatching(/invalid sshPublicKey .*Expected one OpenSSH public key line/)]);
    expect(message({ sshPublicKey: 'ecdsa-sha2-nistp256 AAAAE2VjZHNh me' }).split('\n')).toHaveLength(1);
    expect(message({ apiAllowedCidrs: ['10.0.0.1'] }).split('\n')).toEqual([expect.stringMatching(/Expected a non-empty list of CIDR blocks/)]);
  });

  it('lists every broken input at once, common and Azure ones', () => {
    expect(() => synthAzure({ domainName: 'x', location: 'UK South', resourceGroupName: '', userAssignedIdentityId: 'id' }))
      .toThrow(/domainName[\s\S]*\n.*location[\s\S]*\n.*resourceGroupName[\s\S]*\n.*userAssignedIdentityId/);
  });

  it('accepts a resource group or identity given as a token (checked by Terraform then)', () => {
    const { json } = synthAzure({
      resourceGroupName: Token.asString(ref('azurerm_resource_group.x.name')),
      userAssignedIdentityId: Token.asString(ref('azurerm_user_assigned_identity.x.id')),
    });
    expect(json.resource.azurerm_virtual_network.gitpod_network_87C1B05A.resource_group_name).toBe('${azurerm_resource_group.x.name}');
  });
});

describe('the Azure rules as Terraform validation blocks', () => {
  it('agree with the synth-time check on every sample (terraform console)', () => {
    const checks: Array<{ rule: InputRule; value: unknown; expected: boolean }> = [];
    for (const sample of SAMPLES) {
      for (const value of sample.good) checks.push({ rule: sample.rule, value, expected: true });
      for (const value of sample.bad) checks.push({ rule: sample.rule, value, expected: false });
    }
    const dir = tempDir('tf-console-azure-');
    const { status, output } = terraform(['console'], dir, `jsonencode([${checks.map((c) => c.rule.condition(JSON.stringify(c.value))).join(', ')}])\n`);
    expect(status).toBe(0);
    const results = (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
    expect(checks.map((c, i) => [c.rule.variable, c.value, results[i]])).toEqual(checks.map((c) => [c.rule.variable, c.value, String(c.expected)]));
  });

  describe('in modules/azure, run by terraform plan with the module\'s own variable blocks', () => {
    const module = JSON.parse(fs.readFileSync(path.join(ROOT, 'modules', 'azure', 'main.tf.json'), 'utf8'));
    const names = ['location', 'size', 'resource_group_name', 'azurerm_user_assigned_identity_id', 'ssh_public_key_path', 'api_allowed_cidrs'];
    const dir = tempDir('tf-azure-variables-');
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: Object.fromEntries(names.map((n) => [n, module.variable[n]])) }));
    const keys = { ed25519: path.join(dir, 'id_ed25519.pub'), ecdsa: path.join(dir, 'id_ecdsa.pub') };
    fs.writeFileSync(keys.ed25519, `${SSH_PUBLIC_KEY}\n`);
    fs.writeFileSync(keys.ecdsa, 'ecdsa-sha2-nistp256 AAAAE2VjZHNh me\n');
    const plan = (values: Record<string, unknown>) => terraform(
      ['plan', '-input=false', '-no-color', ...Object.entries(values).flatMap(([k, v]) => ['-var', `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`])], dir);

    it('accepts good values (Unicode resource group names too)', () => {
      const result = plan({
        location: 'westeurope', size: 'medium', resource_group_name: 'ümlaut-gruppe', azurerm_user_assigned_identity_id: IDENTITY_ID,
        ssh_public_key_path: keys.ed25519, api_allowed_cidrs: ['203.0.113.0/24', '::/0'],
      });
      expect([result.status, result.output]).toEqual([0, expect.stringMatching(/No changes/)]);
    });

    it('rejects bad ones with the message of the rule, showing the value', () => {
      const result = plan({
        location: 'UK South', size: 'huge', resource_group_name: 'ends.', azurerm_user_assigned_identity_id: 'gitpod',
        ssh_public_key_path: keys.ecdsa, api_allowed_cidrs: ['::/0'],
      });
      expect(result.status).not.toBe(0);
      const text = result.output.replace(/\s*│\s*/g, ' ').replace(/\s+/g, ' ');
      expect(text).toContain('Invalid location: got "UK South". Expected an Azure region name');
      expect(text).toContain('Invalid size: got "huge". Expected one of small, medium, large (large also needs size_data.pools).');
      expect(text).toContain('Invalid resource_group_name: got "ends.". Expected the name of an existing resource group');
      expect(text).toContain('Invalid azurerm_user_assigned_identity_id: got "gitpod". Expected the resource ID');
      expect(text).toMatch(/Invalid ssh_public_key_path: got ".*id_ecdsa\.pub"\. Expected the path of an ssh-rsa \(2048 bits or more\) or ssh-ed25519 public key/);
      expect(text).toContain('Invalid api_allowed_cidrs: got ["::/0"]. Expected at least one IPv4 CIDR block');
    });
  });
});
