# A plain Terraform root module that builds a self-hosted Gitpod cluster on Hetzner Cloud
# with the synthesized module. Callers of the archived module change only `source`:
#   source = "github.com/<org>/<repo>//modules/hetzner"
terraform {
  required_version = ">= 1.9.0"
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.68"
    }
  }
  # Configure your remote state here.
}

variable "hcloud_token" {
  type      = string
  sensitive = true
}

variable "domain_name" {
  type = string
}

# Hetzner Object Storage for Gitpod, from a bucket and S3 credentials you made in the Hetzner
# Console (the hcloud provider cannot make them; the README's "Managed services (opt-in)" says
# how). Leave the bucket null to keep MinIO in the cluster. The database and the registry stay
# in the cluster either way: Hetzner sells neither.
variable "object_storage_bucket" {
  type    = string
  default = null
}

variable "object_storage_location" {
  type    = string
  default = "fsn1"
}

variable "object_storage_access_key_id" {
  type      = string
  sensitive = true
  default   = null
}

variable "object_storage_secret_access_key" {
  type      = string
  sensitive = true
  default   = null
}

provider "hcloud" {
  token = var.hcloud_token
}

module "hetzner" {
  source = "../../modules/hetzner"

  domain_name         = var.domain_name
  location            = "nbg1"
  size                = "small"
  ssh_public_key_path = "~/.ssh/id_ed25519.pub"

  # size = "large" takes autoscaled worker pools, and the token for its cluster-autoscaler:
  # size_data = {
  #   pools = [{ name = "workers", machine_type = "cx43", min = 1, max = 10 }]
  # }
  hcloud_token = var.hcloud_token
}

module "services" {
  source = "../../modules/hetzner/services"
  count  = var.object_storage_bucket == null ? 0 : 1

  location          = var.object_storage_location
  bucket_name       = var.object_storage_bucket
  access_key_id     = var.object_storage_access_key_id
  secret_access_key = var.object_storage_secret_access_key
}

# What the installation step reads (`install gitpod`): the bucket's config part with the domain,
# and the secret it names.
output "gitpod_config" {
  value     = merge({ domain = var.domain_name }, try(module.services[0].gitpod_config, {}))
  sensitive = true
}

output "gitpod_secrets" {
  value     = try(module.services[0].gitpod_secrets, {})
  sensitive = true
}

output "dns_records" {
  value = module.hetzner.dns_records
}

output "kubeconfig" {
  value     = module.hetzner.kubeconfig
  sensitive = true
}

output "kubecontext" {
  value = module.hetzner.kubecontext
}
