import { supportedSizes } from '../../lib/catalog';
import { InputRule, oneOfRule } from '../../lib/validation';

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

/** The rules of the Azure inputs. @internal */
export interface AzureRules {
  readonly location: InputRule;
  readonly size: InputRule;
  readonly resourceGroupName: InputRule;
  readonly userAssignedIdentityId: InputRule;
  /** Narrower than the common key rule: Azure refuses ECDSA and security-key types. */
  readonly sshPublicKey: InputRule;
  /** On top of the common CIDR rule: at least one IPv4 block. */
  readonly apiAllowedCidrs: InputRule;
}

const AZURE_KEY_EXPECTATION = 'an ssh-rsa (2048 bits or more) or ssh-ed25519 public key: Azure refuses ECDSA and security-key (sk-) types for a VM\'s admin key.';

/** The Azure inputs whose rules depend on the cloud, and the Azure-only inputs. @internal */
export function azureRules(): AzureRules {
  return {
    location: {
      prop: 'location',
      variable: 'location',
      schema: { type: 'string', pattern: AZURE_LOCATION_PATTERN },
      expectation: 'an Azure region name of lowercase letters and digits such as uksouth, westeurope or eastus2 (the Name column of `az account list-locations -o table`, not the display name "UK South").',
      condition: (ref: string) => `can(regex(${JSON.stringify(AZURE_LOCATION_PATTERN)}, ${ref}))`,
    },
    size: oneOfRule('size', 'size', supportedSizes('azure'), 'large also needs size_data.pools'),
    resourceGroupName: {
      prop: 'resourceGroupName',
      variable: 'resource_group_name',
      schema: { type: 'string', pattern: RESOURCE_GROUP_PATTERN },
      expectation: 'the name of an existing resource group: 1 to 90 letters, digits, underscores, hyphens, periods or parentheses, not ending in a period, such as gitpod-rg (the name, not its ID).',
      condition: (ref: string) => `can(regex(${JSON.stringify(RESOURCE_GROUP_PATTERN)}, ${ref}))`,
    },
    userAssignedIdentityId: {
      prop: 'userAssignedIdentityId',
      variable: 'azurerm_user_assigned_identity_id',
      schema: { type: 'string', pattern: USER_ASSIGNED_IDENTITY_PATTERN },
      expectation: 'the resource ID of a user-assigned managed identity, /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> (azurerm_user_assigned_identity.<name>.id), not its client or principal ID.',
      condition: (ref: string) => `can(regex(${JSON.stringify(USER_ASSIGNED_IDENTITY_PATTERN)}, ${ref}))`,
    },
    sshPublicKey: {
      prop: 'sshPublicKey',
      variable: 'ssh_public_key_path',
      schema: { type: 'string', pattern: AZURE_SSH_KEY_PATTERN },
      expectation: AZURE_KEY_EXPECTATION,
      condition: (ref: string) => `can(regex(${JSON.stringify(AZURE_SSH_KEY_PATTERN)}, trimspace(${ref})))`,
      variableRule: {
        condition: (ref: string) => `can(regex(${JSON.stringify(AZURE_SSH_KEY_PATTERN)}, trimspace(file(pathexpand(${ref})))))`,
        expectation: `the path of ${AZURE_KEY_EXPECTATION}`,
      },
    },
    apiAllowedCidrs: {
      prop: 'apiAllowedCidrs',
      variable: 'api_allowed_cidrs',
      schema: { type: 'array', contains: { type: 'string', not: { pattern: ':' } } },
      expectation: 'at least one IPv4 CIDR block such as "203.0.113.0/24": the Azure network and the nodes are IPv4 only, so IPv6 blocks are left out of the Azure rules.',
      condition: (ref: string) => `anytrue([for c in ${ref} : !strcontains(c, ":")])`,
    },
  };
}
