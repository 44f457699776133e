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
