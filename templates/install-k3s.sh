#!/bin/bash
# Installs k3s as a server or an agent. Everything node-specific (token, server URL,
# labels, taints, node IP) is already in /etc/rancher/k3s/config.yaml.
set -euo pipefail
role="${1:?usage: gitpod-install-k3s server|agent VERSION}"
version="${2:?usage: gitpod-install-k3s server|agent VERSION}"
installer=$(mktemp)
for attempt in 1 2 3 4 5 6; do
  # The release's own install script, by its tag: the get.k3s.io site serves the one of k3s's
  # main branch. The script checks the k3s binary against the release's sha256sum file.
  if curl -sfL --retry 3 "https://raw.githubusercontent.com/k3s-io/k3s/${version//+/%2B}/install.sh" -o "${installer}"; then
    break
  fi
  if [ "${attempt}" -eq 6 ]; then
    echo "gitpod-install-k3s: could not download the k3s installer" >&2
    exit 1
  fi
  sleep $((attempt * 10))
done
# cgroup v1 (20.04 before its reboot): k3s starts after the reboot.
if [ ! -e /sys/fs/cgroup/cgroup.controllers ]; then
  export INSTALL_K3S_SKIP_START=true
fi
INSTALL_K3S_VERSION="${version}" INSTALL_K3S_EXEC="${role}" sh "${installer}"
rm -f "${installer}"
