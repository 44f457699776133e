# A plain Terraform root module that builds a self-hosted Gitpod cluster on Microsoft Azure
# with the synthesized module, and publishes its DNS records in an Azure DNS zone.
# Callers of the archived module change only `source`:
#   source = "github.com/<org>/<repo>//modules/azure"
# and add the `provider "azurerm"` block below: the module no longer configures it.
terraform {
  required_version = ">= 1.9.0"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.55"
    }
  }
  # Configure your remote state here.
}

variable "subscription_id" {
  type        = string
  description = "The Azure subscription to build in"
}

variable "domain_name" {
  type        = string
  description = "The domain Gitpod is served on; an Azure DNS zone of that name must exist"
}

variable "dns_zone_resource_group_name" {
  type        = string
  description = "The resource group of the Azure DNS zone named domain_name"
}

variable "location" {
  type    = string
  default = "uksouth"
}

# The one switch: Azure's MySQL flexible server (private access from the cluster's network),
# a storage account and a container registry for Gitpod, in place of those in the cluster
# (see the README's "Managed services (opt-in)" for what they cost).
variable "managed_services" {
  type    = bool
  default = false
}

provider "azurerm" {
  # Required by the azurerm provider, even when empty.
  features {}
  subscription_id = var.subscription_id
}

resource "azurerm_resource_group" "gitpod" {
  name     = "gitpod"
  location = var.location
}

# The managers carry this identity, for the Azure Disk CSI controller that the install step runs
# on them (pods are fenced off the metadata service that hands out its tokens: see the README).
resource "azurerm_user_assigned_identity" "gitpod" {
  name                = "gitpod"
  resource_group_name = azurerm_resource_group.gitpod.name
  location            = azurerm_resource_group.gitpod.location
}

data "azurerm_dns_zone" "gitpod" {
  name                = var.domain_name
  resource_group_name = var.dns_zone_resource_group_name
}

# The CSI controller creates disks in the group and attaches them to the VMs.
resource "azurerm_role_assignment" "disks" {
  scope                = azurerm_resource_group.gitpod.id
  role_definition_name = "Contributor"
  principal_id         = azurerm_user_assigned_identity.gitpod.principal_id
}

module "azure" {
  source = "../../modules/azure"

  domain_name                       = var.domain_name
  location                          = var.location
  resource_group_name               = azurerm_resource_group.gitpod.name
  azurerm_user_assigned_identity_id = azurerm_user_assigned_identity.gitpod.id
  size                              = "small"
  # Azure takes ssh-rsa and ssh-ed25519 keys.
  ssh_public_key_path = "~/.ssh/id_ed25519.pub"
}

module "services" {
  source = "../../modules/azure/services"
  count  = var.managed_services ? 1 : 0

  cluster = module.azure.service_attachment
  # Optional, each null by default (the cluster's size decides):
  # database_sku, database_storage_gb, registry_sku, storage_replication
}

# What the installation step reads (`install gitpod`): the services' config parts with the domain,
# and the secrets they name. Without the services, the domain alone: everything in the cluster.
output "gitpod_config" {
  value     = merge({ domain = var.domain_name }, try(module.services[0].gitpod_config, {}))
  sensitive = true
}

output "gitpod_secrets" {
  value     = try(module.services[0].gitpod_secrets, {})
  sensitive = true
}

# `subdomain` is the record name Azure DNS uses: "@", "*" and "*.ws".
resource "azurerm_dns_a_record" "gitpod" {
  for_each            = { for record in module.azure.dns_records : record.subdomain => record }
  name                = each.key
  zone_name           = data.azurerm_dns_zone.gitpod.name
  resource_group_name = data.azurerm_dns_zone.gitpod.resource_group_name
  ttl                 = 300
  records             = [each.value.value]
}

output "dns_records" {
  value = module.azure.dns_records
}

output "kubeconfig" {
  value     = module.azure.kubeconfig
  sensitive = true
}

output "kubecontext" {
  value = module.azure.kubecontext
}

output "network_security_group_id" {
  value = module.azure.network_security_group_id
}

# For the install step's csi (--azure-identity-client-id).
output "identity_client_id" {
  value = azurerm_user_assigned_identity.gitpod.client_id
}
