#!/bin/bash
# Gives the kubelet this server's Hetzner Cloud ID as its provider ID (hcloud://<id>), then
# runs the given command (the k3s install). The cluster-autoscaler finds a node's server by
# that ID: without it, it would take a node it made for one that never registered, and
# could not delete a node's server when it scales down. The ID comes from the metadata
# service, which the node itself reaches (pods are fenced off it). Without an ID, nothing runs.
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: gitpod-hcloud-provider-id COMMAND [ARG...]" >&2; exit 2; }
config_dir="${GITPOD_K3S_CONFIG_DIR:-/etc/rancher/k3s}"
metadata="${GITPOD_METADATA_URL:-http://169.254.169.254/hetzner/v1/metadata}"
for _ in $(seq 1 "${GITPOD_PROVIDER_ID_ATTEMPTS:-30}"); do
  id=$(curl -sf --max-time 5 "${metadata}/instance-id" || true)
  if [[ "${id}" =~ ^[0-9]+$ ]]; then
    mkdir -p "${config_dir}/config.yaml.d"
    printf 'kubelet-arg:\n  - "provider-id=hcloud://%s"\n' "${id}" > "${config_dir}/config.yaml.d/20-provider-id.yaml"
    echo "gitpod-hcloud-provider-id: provider-id hcloud://${id}"
    exec "$@"
  fi
  sleep 2
done
echo "gitpod-hcloud-provider-id: could not read this server's ID from ${metadata}; not running $1, so that the cluster-autoscaler does not take this node for a stranger" >&2
exit 1
