#!/bin/bash
# gitpod-upgrade-controller RELEASE_URL SUMS MANIFEST... -- COMMAND...: on the first manager,
# before k3s starts, writes the system-upgrade-controller's release manifests (its Plan CRD and
# the controller) into k3s's auto-deploy folder, each checked against the SHA-256 sums the
# release publishes (RELEASE_URL/SUMS), then runs COMMAND (the k3s install). k3s deploys them
# at its start; the Plans come later, from `terraform apply` (templates/apply-upgrade-plans.sh).
# A download or a sum that fails stops the install: a cluster made without its upgrade path
# would only show it at the first upgrade. GITPOD_K3S_MANIFESTS, GITPOD_DOWNLOAD_SLEEP: tests only.
set -euo pipefail
usage="usage: gitpod-upgrade-controller RELEASE_URL SUMS MANIFEST... -- COMMAND [ARG...]"
[ "$#" -gt 3 ] || { echo "${usage}" >&2; exit 2; }
release="$1"
sums="$2"
shift 2
names=()
while [ "$#" -gt 0 ] && [ "$1" != -- ]; do names+=("$1"); shift; done
[ "$#" -gt 1 ] || { echo "${usage}" >&2; exit 2; }
shift
manifests="${GITPOD_K3S_MANIFESTS:-/var/lib/rancher/k3s/server/manifests}"
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT

fetch() {
  local attempt
  for attempt in 1 2 3 4 5 6; do
    if curl -sfL --retry 3 "${release}/$1" -o "${work}/$1"; then return 0; fi
    sleep $((attempt * ${GITPOD_DOWNLOAD_SLEEP:-10}))
  done
  echo "gitpod-upgrade-controller: could not download ${release}/$1" >&2
  return 1
}

fetch "${sums}"
mkdir -p "${manifests}"
for name in "${names[@]}"; do
  fetch "${name}"
  want=$(awk -v n="${name}" '{ f = $2; sub(/^.*\//, "", f); if (f == n) print $1 }' "${work}/${sums}")
  got=$(sha256sum "${work}/${name}" | cut -d ' ' -f 1)
  if [ -z "${want}" ] || [ "${want}" != "${got}" ]; then
    echo "gitpod-upgrade-controller: ${name} does not match the release's sum (${want:-none listed}, got ${got})" >&2
    exit 1
  fi
  install -m 0600 "${work}/${name}" "${manifests}/gitpod-system-upgrade-${name}"
done
exec "$@"
