#!/bin/bash
# On the first manager, before k3s starts: turns the cluster-autoscaler's token and node group
# configuration, which cloud-init wrote to /etc/gitpod/autoscaler, into the k3s auto-deploy
# manifest of its Secret, then runs the given command (the k3s install). The configuration
# travels compressed and is base64-encoded here: base64 inside the user data would not
# compress, and user data is limited (Hetzner: 32 KiB). Without the files (the sizes without
# an autoscaler) it only runs the command.
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: gitpod-autoscaler-secret COMMAND [ARG...]" >&2; exit 2; }
source_dir="${GITPOD_AUTOSCALER_DIR:-/etc/gitpod/autoscaler}"
manifests="${GITPOD_K3S_MANIFESTS:-/var/lib/rancher/k3s/server/manifests}"
if [ -f "${source_dir}/cluster-config.json" ]; then
  umask 077
  mkdir -p "${manifests}"
  token=$(base64 -w0 < "${source_dir}/token")
  # The autoscaler reads its configuration as base64 from the environment; a Secret's data is base64 again.
  config=$(base64 -w0 < "${source_dir}/cluster-config.json" | base64 -w0)
  cat > "${manifests}/gitpod-cluster-autoscaler-secret.yaml" <<MANIFEST
apiVersion: v1
kind: Secret
metadata:
  name: gitpod-cluster-autoscaler
  namespace: kube-system
  labels:
    app.kubernetes.io/name: cluster-autoscaler
    app.kubernetes.io/part-of: gitpod-self-hosted
type: Opaque
data:
  HCLOUD_TOKEN: ${token}
  HCLOUD_CLUSTER_CONFIG: ${config}
MANIFEST
  # One copy on disk is enough: k3s re-reads the manifest whenever it starts.
  rm -f "${source_dir}/token" "${source_dir}/cluster-config.json"
  echo "gitpod-autoscaler-secret: wrote ${manifests}/gitpod-cluster-autoscaler-secret.yaml"
fi
exec "$@"
