import { synthesizeModules } from '../lib/module-synth';
import { SIZE_DATA_TYPE } from '../lib/inputs';

const [azure] = synthesizeModules().filter((m) => m.cloud === 'azure');
const json = azure.json;

describe('modules/azure', () => {
  it('keeps the old Azure inputs: location defaults to uksouth, resource group and identity are required strings', () => {
    expect(json.variable.location.default).toBe('uksouth');
    for (const name of ['resource_group_name', 'azurerm_user_assigned_identity_id']) {
      expect(json.variable[name]).toMatchObject({ type: 'string', nullable: false });
      expect(json.variable[name].default).toBeUndefined();
      expect(json.variable[name].validation).toHaveLength(1);
    }
    // size_data keeps accepting the old `{}`, and gains node_count for medium (and large's fields, all optional).
    expect(json.variable.size_data).toMatchObject({ type: SIZE_DATA_TYPE, default: {} });
    expect(SIZE_DATA_TYPE.startsWith('object({ node_count = optional(number, 3), ')).toBe(true);
  });

  it('narrows two common inputs with further validation blocks: Azure key types and RSA length, IPv4 for the API allow-list', () => {
    expect(json.variable.ssh_public_key_path.validation.map((v: any) => v.error_message)).toEqual([
      expect.stringMatching(/Expected the path of a readable OpenSSH public key file/),
      expect.stringMatching(/Expected the path of an ssh-rsa \(2048 bits or more\) or ssh-ed25519 public key/),
      expect.stringMatching(/Expected the path of an ssh-rsa public key of 2048 bits or more/),
    ]);
    expect(json.variable.api_allowed_cidrs.validation.map((v: any) => v.error_message)).toEqual([
      expect.stringMatching(/Expected a non-empty list of CIDR blocks/),
      expect.stringMatching(/Expected at least one IPv4 CIDR block/),
    ]);
  });

  it('outputs network_security_group_id besides the common outputs', () => {
    expect(json.output.network_security_group_id).toEqual({
      description: 'The ID of the network security group on every node',
      value: expect.stringMatching(/^\$\{azurerm_network_security_group\.gitpod_nsg_[0-9A-F]+\.id\}$/),
    });
  });

  it('configures no azurerm provider (the caller does, with its features block) and requires azurerm 4', () => {
    expect(json.provider).toBeUndefined();
    expect(json.terraform.required_providers.azurerm).toEqual({ source: 'hashicorp/azurerm', version: '~> 4.55' });
  });

  it('builds everything in the given resource group and region', () => {
    const placed = Object.entries<any>(json.resource)
      .filter(([type]) => type.startsWith('azurerm_'))
      .flatMap(([, resources]) => Object.values<any>(resources))
      .filter((r) => 'resource_group_name' in r);
    expect(placed.length).toBeGreaterThan(20);
    expect(new Set(placed.map((r) => r.resource_group_name))).toEqual(new Set(['${var.resource_group_name}']));
    const located = placed.filter((r) => 'location' in r);
    expect(new Set(located.map((r) => r.location))).toEqual(new Set(['${var.location}']));
  });
});
