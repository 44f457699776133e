#!/bin/bash
# gitpod-upgrade-controller CRD_URL CONTROLLER_URL SUMS_URL COMMAND...: on the first manager,
# before k3s starts, writes the system-upgrade-controller's release manifests (its Plan CRD and
# the controller) into k3s's auto-deploy folder, each checked against the SHA-256 sums the
# release publishes, then runs COMMAND (the k3s install). k3s deploys them at its start; the
# Plans come later, from `terraform apply` (templates/apply-upgrade-plans.sh). A download or a
# sum that fails stops the install: a cluster made without its upgrade path would only show
# it at the first upgrade. GITPOD_K3S_MANIFESTS and GITPOD_DOWNLOAD_SLEEP: tests only.
set -euo pipefail
[ "$#" -gt 3 ] || { echo "usage: gitpod-upgrade-controller CRD_URL CONTROLLER_URL SUMS_URL COMMAND [ARG...]" >&2; exit 2; }
crd_url="$1"
controller_url="$2"
sums_url="$3"
shift 3
manifests="${GITPOD_K3S_MANIFESTS:-/var/lib/rancher/k3s/server/manifests}"
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

fetch() {
  local attempt
  for attempt in 1 2 3 4 5 6; do
    if curl -sfL --retry 3 "$1" -o "$2"; then return 0; fi
    sleep $((attempt * ${GITPOD_DOWNLOAD_SLEEP:-10}))
  done
  echo "gitpod-upgrade-controller: could not download $1" >&2
  return 1
}

fetch "${sums_url}" "${work}/sums"
mkdir -p "${manifests}"
for url in "${crd_url}" "${controller_url}"; do
  name="${url##*/}"
  fetch "${url}" "${work}/${name}"
  want=$(awk -v n="${name}" '{ f = $2; sub(/^.*\//, "", f); if (f == n) print $1 }' "${work}/sums")
  got=$(sha256sum "${work}/${name}" | cut -d ' ' -f 1)
  if [ -z "${want}" ] || [ "${want}" != "${got}" ]; then
    echo "gitpod-upgrade-controller: ${name} does not match the release's sum (${want:-none listed}, got ${got})" >&2
    exit 1
  fi
  install -m 0600 "${work}/${name}" "${manifests}/gitpod-system-upgrade-${name}"
done
exec "$@"
