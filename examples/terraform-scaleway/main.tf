# A plain Terraform root module that builds a self-hosted Gitpod cluster on Scaleway with
# the synthesized module. Callers of the archived module change only `source`:
#   source = "github.com/<org>/<repo>//modules/scaleway"
terraform {
  required_version = ">= 1.9.0"
  required_providers {
    scaleway = {
      source  = "scaleway/scaleway"
      version = "~> 2.81"
    }
  }
  # Configure your remote state here.
}

variable "project_id" {
  type = string
}

variable "domain_name" {
  type = string
}

# Credentials come from SCW_ACCESS_KEY and SCW_SECRET_KEY (or a profile). The module sets
# project_id, region (its `location`) and zone on each of its resources, so these provider
# defaults matter only for resources you add yourself.
provider "scaleway" {
  project_id = var.project_id
  region     = "nl-ams"
  zone       = "nl-ams-1"
}

module "scaleway" {
  source = "../../modules/scaleway"

  domain_name         = var.domain_name
  project_id          = var.project_id
  location            = "nl-ams"
  zone                = "nl-ams-1"
  size                = "small"
  ssh_public_key_path = "~/.ssh/id_ed25519.pub"
}

output "dns_records" {
  value = module.scaleway.dns_records
}

output "kubeconfig" {
  value     = module.scaleway.kubeconfig
  sensitive = true
}

output "kubecontext" {
  value = module.scaleway.kubecontext
}
