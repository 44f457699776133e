# A plain Terraform root module that builds a self-hosted Gitpod cluster on DigitalOcean
# with the synthesized module:
#   source = "github.com/<org>/<repo>//modules/digitalocean"
terraform {
  required_version = ">= 1.9.0"
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.71"
    }
  }
  # Configure your remote state here.
}

variable "do_token" {
  type      = string
  sensitive = true
}

variable "domain_name" {
  type = string
}

# The one switch: DigitalOcean's managed MySQL, a Spaces bucket and a container registry for
# Gitpod, in place of the database, MinIO and registry in the cluster (see the README's
# "Managed services (opt-in)" for what they cost).
variable "managed_services" {
  type    = bool
  default = false
}

provider "digitalocean" {
  token = var.do_token
}

module "digitalocean" {
  source = "../../modules/digitalocean"

  domain_name         = var.domain_name
  location            = "fra1"
  size                = "small"
  ssh_public_key_path = "~/.ssh/id_ed25519.pub"
}

module "services" {
  source = "../../modules/digitalocean/services"
  count  = var.managed_services ? 1 : 0

  cluster = module.digitalocean.service_attachment
  # Optional, each null by default (the cluster's size and region decide):
  # database_size, database_node_count, registry_tier, registry_region, spaces_region, bucket_name
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

output "dns_records" {
  value = module.digitalocean.dns_records
}

output "kubeconfig" {
  value     = module.digitalocean.kubeconfig
  sensitive = true
}

output "kubecontext" {
  value = module.digitalocean.kubecontext
}
