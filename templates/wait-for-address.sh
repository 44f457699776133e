#!/bin/sh
# Runs from cloud-init's bootcmd, before packages are installed: waits until this node's
# private address is configured. Clouds such as Scaleway attach the private NIC after the
# instance has started, and a node without a public address reaches the internet only
# through it (apt, the k3s download). Usage: gitpod-wait-for-address ADDRESS TIMEOUT_SECONDS
set -u
address="${1:?usage: gitpod-wait-for-address ADDRESS TIMEOUT_SECONDS}"
timeout="${2:?usage: gitpod-wait-for-address ADDRESS TIMEOUT_SECONDS}"
waited=0
until ip -4 -o address show | grep -q " inet ${address}/"; do
  if [ "${waited}" -ge "${timeout}" ]; then
    echo "gitpod-wait-for-address: ${address} is still not configured after ${timeout} s; going on without it" >&2
    exit 1
  fi
  sleep 2
  waited=$((waited + 2))
done
echo "gitpod-wait-for-address: ${address} is up after ${waited} s"
