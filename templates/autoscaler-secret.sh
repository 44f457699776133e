#!/bin/bash
# On the first manager, before k3s starts: turns the cluster-autoscaler's token and node group
# configuration, which cloud-init wrote to /etc/gitpod/autoscaler, into the k3s auto-deploy
# manifest of its Secret, then runs the given command (the k3s install). The configuration
# travels compressed and is base64-encoded here: base64 inside the user data would not
# compress, and user data is limited (Hetzner: 32 KiB). Without the files (the sizes without
# an autoscaler) it only runs the command.
#
# Once k3s has made the Secret, the manifest goes: k3s applies every manifest again whenever
# it starts (an upgrade, a reboot), which would take the Secret back to this first node
# template after terraform apply has written a newer one (a new k3s release; that step also
# adds the Secret's labels, left out here to save user data). The Secret stays in the
# cluster. Where the install leaves k3s stopped (cgroup v1: 20.04 before its reboot) the
# manifest stays, for k3s to apply when it starts.
# GITPOD_AUTOSCALER_DIR, GITPOD_K3S_MANIFESTS, GITPOD_SECRET_ATTEMPTS: tests only.
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: gitpod-autoscaler-secret COMMAND [ARG...]" >&2; exit 2; }
source_dir="${GITPOD_AUTOSCALER_DIR:-/etc/gitpod/autoscaler}"
manifest="${GITPOD_K3S_MANIFESTS:-/var/lib/rancher/k3s/server/manifests}/gitpod-cluster-autoscaler-secret.yaml"
[ -f "${source_dir}/cluster-config.json" ] || exec "$@"
umask 077
mkdir -p "${manifest%/*}"
token=$(base64 -w0 < "${source_dir}/token")
# The autoscaler reads its configuration as base64 from the environment; a Secret's data is base64 again.
config=$(base64 -w0 < "${source_dir}/cluster-config.json" | base64 -w0)
cat > "${manifest}" <<MANIFEST
apiVersion: v1
kind: Secret
metadata:
  name: gitpod-cluster-autoscaler
  namespace: kube-system
data:
  HCLOUD_TOKEN: ${token}
  HCLOUD_CLUSTER_CONFIG: ${config}
MANIFEST
# One copy on disk is enough, until k3s has read it.
rm -f "${source_dir}/token" "${source_dir}/cluster-config.json"
"$@"
systemctl is-active -q k3s || exit 0
# k3s's deploy controller applies the manifests within seconds of its start.
for _ in $(seq "${GITPOD_SECRET_ATTEMPTS:-60}"); do
  k3s kubectl -n kube-system get secret gitpod-cluster-autoscaler && exec rm "${manifest}"
  sleep 5
done
