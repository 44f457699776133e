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
