#!/bin/bash
# Runs on the first manager (a systemd timer): deletes the Node objects of autoscaled workers
# (label gitpod-self-hosted/pool) that have not been Ready for a while. A scale set that
# scales in deletes its VMs without telling Kubernetes, whose Node objects would stay
# NotReady for ever. A VM that was only down (a reboot) registers its node again by itself.
set -euo pipefail
k3s="${GITPOD_K3S_BIN:-/usr/local/bin/k3s}"
label="${GITPOD_POOL_LABEL:-gitpod-self-hosted/pool}"
grace="${GITPOD_REAP_AFTER_SECONDS:-900}"
[ -x "${k3s}" ] || exit 0
now=$(date +%s)
template='{range .items[*]}{.metadata.name}{" "}{range .status.conditions[?(@.type=="Ready")]}{.status}{" "}{.lastTransitionTime}{end}{"\n"}{end}'
"${k3s}" kubectl get nodes -l "${label}" -o "jsonpath=${template}" | while read -r name status since; do
  if [ -z "${name}" ] || [ -z "${since}" ] || [ "${status}" = "True" ]; then
    continue
  fi
  changed=$(date -d "${since}" +%s) || continue
  if [ $((now - changed)) -ge "${grace}" ]; then
    echo "gitpod-node-reaper: deleting node ${name}, not Ready since ${since}"
    "${k3s}" kubectl delete node "${name}" --wait=false
  fi
done
