import { supportedSizes } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { CloudInputs } from 'cdktf-gitpod-self-hosted/lib/inputs';
import { COMMON_RULES, InputRule, hcl, oneOfRule, patternRule } from 'cdktf-gitpod-self-hosted/lib/validation';

/**
 * An Azure region's programmatic name: lowercase letters and digits (`uksouth`, `eastus2`).
 * A pattern rather than a list: Azure adds regions every year and the valid set depends
 * on the cloud (public, government, China) and the subscription, so Azure itself is the
 * authority on which exist; the pattern catches what people get wrong (the display name
 * "UK South", capitals, hyphens) before anything is created.
 * @internal
 */
export const AZURE_LOCATION_PATTERN = '^[a-z][a-z0-9]{2,49}$';

/**
 * An Azure resource group name: 1 to 90 letters, digits, underscores, hyphens, periods and
 * parentheses (letters and digits in the Unicode sense, as Azure allows), not ending in a period.
 * The only pattern here with backslashes: Unicode classes have no other spelling. ajv compiles
 * patterns with the `u` flag and Terraform's RE2 knows `\p{..}`, so one string serves both.
 * @internal
 */
export const RESOURCE_GROUP_PATTERN = '^[-_.()\\p{L}\\p{N}]{0,89}[-_()\\p{L}\\p{N}]$';

/**
 * The resource ID of a user-assigned managed identity. `resourceGroups` is also accepted in
 * lowercase, as the Azure CLI prints it.
 * @internal
 */
export const USER_ASSIGNED_IDENTITY_PATTERN =
  '^/subscriptions/[^/]+/resource[Gg]roups/[^/]+/providers/Microsoft[.]ManagedIdentity/userAssignedIdentities/[^/]+$';

/** The key types Azure accepts for a Linux VM's admin key: RSA (2048 bits or more) and Ed25519. @internal */
export const AZURE_SSH_KEY_PATTERN = '^(ssh-rsa|ssh-ed25519) [A-Za-z0-9+/]+={0,3}( .*)?$';

/**
 * The fewest base64 characters of an ssh-rsa key's blob with a modulus of 2048 bits (the
 * blob is the type, the exponent and the modulus: 279 bytes for 2048 bits and exponent
 * 65537). Counting characters is what Terraform can do too, so both judge alike.
 * @internal
 */
export const AZURE_RSA_MIN_BLOB_LENGTH = 372;

const AZURE_KEY_EXPECTATION = 'an ssh-rsa (2048 bits or more) or ssh-ed25519 public key: Azure refuses ECDSA and security-key (sk-) types for a VM\'s admin key.';

/** Narrower than the common key rule: Azure refuses ECDSA and security-key types. @internal */
export const AZURE_SSH_KEY_RULE: InputRule = {
  prop: 'sshPublicKey',
  variable: 'ssh_public_key_path',
  narrows: COMMON_RULES.sshPublicKey,
  schema: { type: 'string', pattern: AZURE_SSH_KEY_PATTERN },
  expectation: AZURE_KEY_EXPECTATION,
  condition: (ref) => `can(regex(${hcl(AZURE_SSH_KEY_PATTERN)}, trimspace(${ref})))`,
  variableRule: {
    condition: (ref) => `can(regex(${hcl(AZURE_SSH_KEY_PATTERN)}, trimspace(file(pathexpand(${ref})))))`,
    expectation: `the path of ${AZURE_KEY_EXPECTATION}`,
  },
};

const rsaLongEnough = (key: string) =>
  `!startswith(${key}, "ssh-rsa ") || length(split(" ", ${key})[1]) >= ${AZURE_RSA_MIN_BLOB_LENGTH}`;

/** Narrower than the Azure key types: an RSA key of 2048 bits or more, as Azure requires. @internal */
export const AZURE_RSA_KEY_LENGTH_RULE: InputRule = {
  prop: 'sshPublicKey',
  variable: 'ssh_public_key_path',
  narrows: AZURE_SSH_KEY_RULE,
  check: (value) => typeof value === 'string'
    && (!value.startsWith('ssh-rsa ') || value.split(' ')[1].length >= AZURE_RSA_MIN_BLOB_LENGTH),
  expectation: 'an ssh-rsa key of 2048 bits or more (Azure refuses shorter ones; make one with ssh-keygen -t rsa -b 4096), or an ssh-ed25519 key.',
  condition: (ref) => rsaLongEnough(`trimspace(${ref})`),
  variableRule: {
    condition: (ref) => rsaLongEnough(`trimspace(file(pathexpand(${ref})))`),
    expectation: 'the path of an ssh-rsa public key of 2048 bits or more (Azure refuses shorter ones; make one with ssh-keygen -t rsa -b 4096), or of an ssh-ed25519 key.',
  },
};

/**
 * Narrower than a common allow-list rule: at least one IPv4 block, because the Azure network
 * and the nodes are IPv4 only and a security rule may not mix address families.
 */
function ipv4BlockRule(common: InputRule): InputRule {
  return {
    prop: common.prop,
    variable: common.variable,
    narrows: common,
    schema: { type: 'array', contains: { type: 'string', not: { pattern: ':' } } },
    expectation: 'at least one IPv4 CIDR block such as "203.0.113.0/24": the Azure network and the nodes are IPv4 only, so IPv6 blocks are left out of the Azure rules.',
    condition: (ref) => `anytrue([for c in ${ref} : !strcontains(c, ":")])`,
  };
}

/** On top of the common API allow-list rule: at least one IPv4 block. @internal */
export const AZURE_API_CIDRS_RULE = ipv4BlockRule(COMMON_RULES.apiAllowedCidrs);

/** On top of the common SSH allow-list rule: at least one IPv4 block. @internal */
export const AZURE_SSH_CIDRS_RULE = ipv4BlockRule(COMMON_RULES.sshAllowedCidrs);

/** The rule of the resource group. @internal */
export const RESOURCE_GROUP_RULE: InputRule = patternRule('resourceGroupName', 'resource_group_name', RESOURCE_GROUP_PATTERN,
  'the name of an existing resource group: 1 to 90 letters, digits, underscores, hyphens, periods or parentheses, not ending in a period, such as gitpod-rg (the name, not its ID).');

/** The rule of the managed identity. @internal */
export const USER_ASSIGNED_IDENTITY_RULE: InputRule = patternRule('userAssignedIdentityId', 'azurerm_user_assigned_identity_id', USER_ASSIGNED_IDENTITY_PATTERN,
  'the resource ID of a user-assigned managed identity, /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> (azurerm_user_assigned_identity.<name>.id), not its client or principal ID.');

/** The Azure location rule: a pattern (see AZURE_LOCATION_PATTERN). @internal */
export const AZURE_LOCATION_RULE: InputRule = patternRule('location', 'location', AZURE_LOCATION_PATTERN,
  'an Azure region name of lowercase letters and digits such as uksouth, westeurope or eastus2 (the Name column of `az account list-locations -o table`, not the display name "UK South").');

/** What Azure decides about the inputs: its region names, sizes, key types, and the resource group and identity. @internal */
export function azureInputs(): CloudInputs {
  return {
    location: AZURE_LOCATION_RULE,
    size: oneOfRule('size', 'size', supportedSizes('azure'), 'large also needs size_data.pools'),
    rules: [AZURE_SSH_KEY_RULE, AZURE_RSA_KEY_LENGTH_RULE, AZURE_API_CIDRS_RULE, AZURE_SSH_CIDRS_RULE, RESOURCE_GROUP_RULE, USER_ASSIGNED_IDENTITY_RULE],
    variables: [
      {
        name: 'resource_group_name', type: 'string', description: 'The name of the existing resource group to create the cluster in',
        props: (v) => ({ resourceGroupName: v.stringValue }),
      },
      {
        name: 'azurerm_user_assigned_identity_id', type: 'string',
        description: 'The resource ID of the user-assigned managed identity given to the managers (not the workers), which the Azure Disk CSI controller uses',
        props: (v) => ({ userAssignedIdentityId: v.stringValue }),
      },
    ],
  };
}
