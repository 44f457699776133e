#!/bin/bash
# Gives k3s this node's private address as its node IP, then runs the given command (the
# k3s install). For clouds that assign private addresses themselves (DigitalOcean), where
# Terraform cannot write the address into the node's own configuration. The address is
# the one inside the private network's range; k3s reads config.yaml.d drop-ins after
# config.yaml. Without it k3s would take the public address, and flannel, etcd and the
# kubelet would talk where the firewall is shut: so without an address, nothing runs.
set -euo pipefail
cidr="${1:?usage: gitpod-node-ip CIDR COMMAND [ARG...]}"
shift
[ "$#" -gt 0 ] || { echo "usage: gitpod-node-ip CIDR COMMAND [ARG...]" >&2; exit 2; }
config_dir="${GITPOD_K3S_CONFIG_DIR:-/etc/rancher/k3s}"
# The private interface can come up a little after cloud-init's final stage starts.
for _ in $(seq 1 "${GITPOD_NODE_IP_ATTEMPTS:-60}"); do
  address=$(ip -4 -o addr show to "${cidr}" | awk '{ split($4, a, "/"); print a[1]; exit }')
  if [ -n "${address}" ]; then
    mkdir -p "${config_dir}/config.yaml.d"
    printf 'node-ip: "%s"\n' "${address}" > "${config_dir}/config.yaml.d/10-node-ip.yaml"
    echo "gitpod-node-ip: node-ip ${address}"
    exec "$@"
  fi
  sleep 2
done
echo "gitpod-node-ip: no address in ${cidr} on any interface; not running $1, so that k3s does not start on the public address" >&2
exit 1
